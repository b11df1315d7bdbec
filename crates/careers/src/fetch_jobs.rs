//! Every published job, read page by page with the widget's requests.

use futures::{StreamExt, TryStreamExt};
use teamtailor_api::{merge_pages, Job, JobsPage, JobsQuery};

use crate::api_client::ApiClient;
use crate::failure::Failure;
use crate::progress;
use teamtailor_api::parse_jobs_page;

/// Pages in flight at once after the first: the widget's figure, gentle on a shared key.
const CONCURRENT_PAGES: usize = 4;
/// A bound on `meta.page-count`, so a broken answer cannot start an endless crawl
/// (30,000 jobs at 30 a page).
const MAX_PAGES: u32 = 1000;

/// All published jobs in board order, each once.
pub async fn fetch_published_jobs(client: &ApiClient) -> Result<Vec<Job>, Failure> {
    let first = fetch_page(client, 1).await?;
    let page_count = first.page_count.unwrap_or(1).clamp(1, MAX_PAGES);
    progress::line(&format!(
        "page 1 of {page_count}: {} of {} jobs",
        first.jobs.len(),
        first.record_count.unwrap_or(first.jobs.len() as u32)
    ));
    let rest: Vec<JobsPage> = futures::stream::iter(2..=page_count)
        .map(|number| fetch_page(client, number))
        .buffered(CONCURRENT_PAGES)
        .inspect_ok(|page| progress::line(&format!("read {} more jobs", page.jobs.len())))
        .try_collect()
        .await?;
    let jobs: Vec<Job> = merge_pages(std::iter::once(first).chain(rest))
        .into_iter()
        .filter(|job| !job.closed)
        .collect();
    Ok(jobs)
}

async fn fetch_page(client: &ApiClient, number: u32) -> Result<JobsPage, Failure> {
    let what = format!("reading jobs page {number}");
    let request = client.config().jobs_request(&JobsQuery::page(number));
    let answer = client
        .get(&request, &what)
        .await
        .map_err(|error| Failure::api(error, &what))?;
    parse_jobs_page(&answer.body).map_err(|error| Failure::api(error, &what))
}
