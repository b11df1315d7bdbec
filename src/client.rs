//! Talks to the Teamtailor API: one page first, the rest in parallel, every failure typed.

use std::time::Duration;

use futures::future::try_join_all;
use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use teamtailor_api::{
    parse_jobs_page, sort_like_teamtailor, ApiError, ApiRequest, Job, JobsPage, JobsQuery,
    WidgetConfig,
};
use web_sys::AbortController;

/// A request that has not answered by then is abandoned and reported as a timeout.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Every published job of the account, in Teamtailor's order. The first page tells how many
/// pages there are; the remaining pages are then requested all at once.
pub async fn fetch_all_jobs(config: &WidgetConfig) -> Result<Vec<Job>, ApiError> {
    let first = fetch_jobs_page(config, 1).await?;
    let page_count = first.page_count.unwrap_or(1);
    let rest = try_join_all((2..=page_count).map(|number| fetch_jobs_page(config, number))).await?;
    let mut jobs = first.jobs;
    for page in rest {
        jobs.extend(page.jobs);
    }
    // A job published while the pages were being read can shift it onto two pages.
    let mut seen = std::collections::HashSet::new();
    jobs.retain(|job| seen.insert(job.id.clone()));
    sort_like_teamtailor(&mut jobs);
    Ok(jobs)
}

async fn fetch_jobs_page(config: &WidgetConfig, number: u32) -> Result<JobsPage, ApiError> {
    let body = get_text(&config.jobs_request(&JobsQuery::page(number))).await?;
    parse_jobs_page(&body)
}

/// GETs a URL and returns its body, mapping every failure to an `ApiError`.
async fn get_text(request: &ApiRequest) -> Result<String, ApiError> {
    let controller = AbortController::new().map_err(|_| network_error("AbortController"))?;
    let signal = controller.signal();
    let timer = set_timeout_with_handle(move || controller.abort(), REQUEST_TIMEOUT).ok();
    let result = send(request, &signal).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result.map_err(|error| {
        if signal.aborted() {
            ApiError::Timeout
        } else {
            error
        }
    })
}

async fn send(request: &ApiRequest, signal: &web_sys::AbortSignal) -> Result<String, ApiError> {
    let mut builder = Request::get(&request.url).abort_signal(Some(signal));
    for (name, value) in &request.headers {
        builder = builder.header(name, value);
    }
    let response = builder
        .send()
        .await
        .map_err(|error| network_error(&error.to_string()))?;
    let retry_after = response
        .headers()
        .get("Retry-After")
        .and_then(|value| value.trim().parse().ok());
    if let Some(error) = ApiError::from_status(response.status(), retry_after) {
        return Err(error);
    }
    response
        .text()
        .await
        .map_err(|error| network_error(&error.to_string()))
}

fn network_error(detail: &str) -> ApiError {
    ApiError::Network(detail.to_owned())
}
