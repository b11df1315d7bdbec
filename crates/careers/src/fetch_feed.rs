//! Every published job of a Recruitee or SmartRecruiters company, as board jobs.

use futures::{StreamExt, TryStreamExt};
use teamtailor_api::{
    copies_per_job, parse_recruitee_offers, parse_smartrecruiters_page,
    parse_smartrecruiters_posting, sort_like_teamtailor, ApiError, Job, Posting, Provider,
};

use crate::failure::Failure;
use crate::feed_client::{FeedClient, RECRUITEE_TOKEN_VARIABLE};
use crate::progress;

/// Posting details in flight at once: under SmartRecruiters' documented 8 concurrent
/// requests, and gentle on a feed every visitor of the company's own site also reads.
const CONCURRENT_DETAILS: usize = 4;
/// A bound on paging, so a feed whose `totalFound` never comes true cannot crawl forever
/// (50,000 postings at 100 a page).
const MAX_PAGES: u32 = 500;

/// All published jobs in board order, each once, in `language` where a job has copies.
pub async fn fetch_feed_jobs(
    client: &FeedClient,
    language: Option<&str>,
) -> Result<Vec<Job>, Failure> {
    let mut jobs = match client.source().provider {
        Provider::Recruitee => fetch_recruitee(client, language).await?,
        Provider::SmartRecruiters => fetch_smartrecruiters(client, language).await?,
        Provider::Teamtailor => {
            return Err(Failure::usage(
                "Teamtailor is read with an API key, not a company feed",
            ))
        }
    };
    jobs.retain(|job| !job.closed);
    sort_like_teamtailor(&mut jobs);
    Ok(jobs)
}

async fn fetch_recruitee(client: &FeedClient, language: Option<&str>) -> Result<Vec<Job>, Failure> {
    let what = "reading Recruitee offers";
    let request = client.source().recruitee_offers_request();
    if client.sends_token() {
        progress::line(&format!(
            "sending the careers-site token from {RECRUITEE_TOKEN_VARIABLE}"
        ));
    }
    let answer = client
        .get(&request, what)
        .await
        .map_err(|error| client.failure(error, what))?;
    let jobs = parse_recruitee_offers(&answer.body, language)
        .map_err(|error| client.failure(error, what))?;
    progress::line(&format!("read {} Recruitee offers", jobs.len()));
    Ok(jobs)
}

async fn fetch_smartrecruiters(
    client: &FeedClient,
    language: Option<&str>,
) -> Result<Vec<Job>, Failure> {
    let company = client.source().company.clone();
    let mut postings: Vec<Posting> = Vec::new();
    let mut offset = Some(0);
    let mut pages = 0;
    while let Some(start) = offset.filter(|_| pages < MAX_PAGES) {
        let what = format!("reading SmartRecruiters postings from {start}");
        let request = client.source().smartrecruiters_postings_request(start);
        let answer = client
            .get(&request, &what)
            .await
            .map_err(|error| client.failure(error, &what))?;
        let page = parse_smartrecruiters_page(&answer.body, &company)
            .map_err(|error| client.failure(error, &what))?;
        progress::line(&format!(
            "postings {start}–{} of {}",
            start + page.content_len,
            page.total_found
        ));
        offset = page.next_offset();
        postings.extend(page.postings);
        pages += 1;
    }
    if let Some(next) = offset {
        progress::line(&format!(
            "warning: stopped after {MAX_PAGES} pages at posting {next} of a list that claims \
             more; the board holds only the postings read"
        ));
    }
    if postings.is_empty() {
        progress::line(&empty_board_warning(&company));
    }
    let listed = copies_per_job(postings, language);
    progress::line(&format!(
        "{} jobs once language copies are merged; reading their job ads",
        listed.len()
    ));
    let detailed: Vec<Option<Job>> = futures::stream::iter(listed)
        .map(|copies| fetch_detail(client, &company, copies))
        .buffered(CONCURRENT_DETAILS)
        .try_collect()
        .await?;
    Ok(detailed.into_iter().flatten().collect())
}

/// SmartRecruiters answers an unknown company with an empty list, exactly as it answers a
/// company with no open jobs: the board is written (it may be right), with a warning that
/// names the company, since a typo would otherwise publish an empty board without a word.
fn empty_board_warning(company: &str) -> String {
    format!(
        "warning: SmartRecruiters lists no postings for company \"{company}\". It answers an \
         unknown company identifier the same way, so if this board should have jobs, check \
         the spelling and case of --company"
    )
}

/// The job with its job ad, from the first of its language `copies` (best first) whose
/// detail can be read; `None` when every copy was withdrawn after the list was read.
async fn fetch_detail(
    client: &FeedClient,
    company: &str,
    copies: Vec<Job>,
) -> Result<Option<Job>, Failure> {
    for listed in copies {
        let what = format!("reading SmartRecruiters posting {}", listed.id);
        let request = client.source().smartrecruiters_posting_request(&listed.id);
        let answer = match client.get(&request, &what).await {
            Ok(answer) => answer,
            Err(ApiError::NotFound) => {
                progress::line(&format!(
                    "{what}: withdrawn since the list was read; left out"
                ));
                continue;
            }
            Err(error) => return Err(client.failure(error, &what)),
        };
        let detailed = parse_smartrecruiters_posting(&answer.body, company)
            .map_err(|error| client.failure(error, &what))?;
        return Ok(Some(detailed));
    }
    Ok(None)
}
