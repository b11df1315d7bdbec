//! Reads Recruitee and SmartRecruiters company feeds: the listing (Recruitee's one answer, or
//! SmartRecruiters' pages a few at a time) and a SmartRecruiters posting's detail. Retries,
//! time limits and adoption of the loader's first request are the client's, shared.

use std::cell::RefCell;

use futures::stream::{self, StreamExt, TryStreamExt};
use rustc_hash::FxHashMap;
use teamtailor_api::{
    copies_per_job, decode_recruitee_offers, decode_smartrecruiters_page,
    decode_smartrecruiters_posting, ApiError, FeedSource, Job, Posting, Provider,
    SMARTRECRUITERS_PAGE_LIMIT,
};

use crate::client::{get_with_retries, PAGES_IN_FLIGHT};

thread_local! {
    /// The other language copies of each listed SmartRecruiters job, best first, by the
    /// listing they were read from ([`copies_key`]) and the listed copy's id. The board lists
    /// one copy per job; a copy withdrawn since the list was read (its detail a 404) then
    /// gives way to the next without reading the list again.
    static OTHER_COPIES: RefCell<FxHashMap<String, FxHashMap<String, Vec<String>>>> =
        RefCell::default();
}

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

/// One SmartRecruiters posting with its job ad and apply URL; when it was withdrawn since
/// the list was read, the detail of the job's next language copy, which has its own id.
pub async fn fetch_posting_detail(
    feed: &FeedSource,
    language: Option<&str>,
    id: &str,
) -> Result<Job, ApiError> {
    if !feed.lists_without_details() {
        // Recruitee's one list holds every published offer: one it lacks does not exist.
        return Err(ApiError::NotFound);
    }
    let others = OTHER_COPIES.with_borrow(|copies| {
        copies
            .get(&copies_key(feed, language))
            .and_then(|jobs| jobs.get(id))
            .cloned()
            .unwrap_or_default()
    });
    for copy in std::iter::once(id).chain(others.iter().map(String::as_str)) {
        match get_with_retries(&feed.smartrecruiters_posting_request(copy)).await {
            Err(ApiError::NotFound) => continue,
            body => return decode_smartrecruiters_posting(&body?, &feed.company),
        }
    }
    Err(ApiError::NotFound)
}

/// The listing of `feed` read for a board in `language`.
fn copies_key(feed: &FeedSource, language: Option<&str>) -> String {
    format!("{} {}", feed.listing_url(), language.unwrap_or_default())
}

/// One copy of each job, in `language` where it can, remembering the others for
/// [`fetch_posting_detail`].
fn one_copy_per_job(feed: &FeedSource, language: Option<&str>, postings: Vec<Posting>) -> Vec<Job> {
    let mut others = FxHashMap::default();
    let listed = copies_per_job(postings, language)
        .into_iter()
        .filter_map(|copies| {
            let mut copies = copies.into_iter();
            let listed = copies.next()?;
            let rest: Vec<String> = copies.map(|copy| copy.id).collect();
            if !rest.is_empty() {
                others.insert(listed.id.clone(), rest);
            }
            Some(listed)
        })
        .collect();
    OTHER_COPIES.with_borrow_mut(|copies| copies.insert(copies_key(feed, language), others));
    listed
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
        return Ok(one_copy_per_job(feed, language, first.postings));
    };
    on_first_page(one_copy_per_job(feed, language, first.postings.clone()));
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
    Ok(one_copy_per_job(feed, language, postings))
}
