//! Reads Recruitee and SmartRecruiters company feeds: the listing (Recruitee's one answer, or
//! SmartRecruiters' pages a few at a time) and a SmartRecruiters posting's detail. Retries,
//! time limits and adoption of the loader's first request are the client's, shared.

use futures::stream::{self, StreamExt, TryStreamExt};
use teamtailor_api::{
    decode_recruitee_offers, decode_smartrecruiters_page, decode_smartrecruiters_posting,
    keep_one_copy_per_job, ApiError, FeedSource, Job, Provider, SMARTRECRUITERS_PAGE_LIMIT,
};

use crate::client::{get_with_retries, PAGES_IN_FLIGHT};

/// Every job the company publishes, in the feed's own order (the company's), in `language`
/// where a job has copies. SmartRecruiters' first page goes to `on_first_page` when more
/// pages follow.
pub async fn fetch_feed_listing(
    feed: &FeedSource,
    language: Option<&str>,
    on_first_page: impl FnOnce(Vec<Job>),
) -> Result<Vec<Job>, ApiError> {
    match feed.provider {
        Provider::SmartRecruiters => fetch_postings(feed, language, on_first_page).await,
        Provider::Recruitee | Provider::Teamtailor => {
            let offers = get_with_retries(&feed.recruitee_offers_request()).await?;
            decode_recruitee_offers(&offers, language)
        }
    }
}

/// One SmartRecruiters posting with its job ad and apply URL.
pub async fn fetch_posting_detail(feed: &FeedSource, id: &str) -> Result<Job, ApiError> {
    if !feed.lists_without_details() {
        // Recruitee's one list holds every published offer: one it lacks does not exist.
        return Err(ApiError::NotFound);
    }
    let body = get_with_retries(&feed.smartrecruiters_posting_request(id)).await?;
    decode_smartrecruiters_posting(&body, &feed.company)
}

async fn fetch_postings(
    feed: &FeedSource,
    language: Option<&str>,
    on_first_page: impl FnOnce(Vec<Job>),
) -> Result<Vec<Job>, ApiError> {
    let read_page = |offset: u32| async move {
        let body = get_with_retries(&feed.smartrecruiters_postings_request(offset)).await?;
        decode_smartrecruiters_page(&body, &feed.company)
    };
    let first = read_page(0).await?;
    let Some(second) = first.next_offset() else {
        return Ok(keep_one_copy_per_job(first.postings, language));
    };
    on_first_page(keep_one_copy_per_job(first.postings.clone(), language));
    // totalFound is known now, so the other pages go out together, a few at a time.
    let rest: Vec<_> =
        stream::iter((second..first.total_found).step_by(SMARTRECRUITERS_PAGE_LIMIT as usize))
            .map(read_page)
            .buffered(PAGES_IN_FLIGHT)
            .try_collect()
            .await?;
    let postings = std::iter::once(first)
        .chain(rest)
        .flat_map(|page| page.postings)
        .collect();
    Ok(keep_one_copy_per_job(postings, language))
}
