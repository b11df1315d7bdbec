//! Talks to the Teamtailor API: page 1 first, the remaining pages in parallel, retries with
//! backoff for transient failures, a time limit on every request, every failure typed.

use std::time::Duration;

use futures::future::try_join_all;
use gloo_net::http::Request;
use leptos::prelude::{set_timeout_with_handle, window};
use teamtailor_api::{
    parse_jobs_page, parse_snapshot, retry_delay_ms, ApiError, ApiRequest, JobsPage, JobsQuery,
    WidgetConfig,
};
use web_sys::AbortController;

/// A request that has not answered by then is abandoned and reported as a timeout.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The response bodies of every page of published jobs, in page order. The first page says
/// how many pages there are; the others are then requested all at once. `on_first_page`
/// sees page 1 as soon as it arrives, so the first jobs can show while the rest load.
pub async fn fetch_job_pages(
    config: &WidgetConfig,
    on_first_page: impl FnOnce(JobsPage),
) -> Result<Vec<String>, ApiError> {
    if let Some(source) = &config.source {
        let snapshot = ApiRequest {
            url: source.clone(),
            headers: Vec::new(),
        };
        return get_text(&snapshot).await.map(|body| vec![body]);
    }
    let first_body = fetch_page_body(config, 1).await?;
    let first = parse_jobs_page(&first_body)?;
    let page_count = first.page_count.unwrap_or(1);
    if page_count > 1 {
        on_first_page(first);
    }
    let rest = try_join_all((2..=page_count).map(|number| fetch_page_body(config, number))).await?;
    Ok(std::iter::once(first_body).chain(rest).collect())
}

/// Parses page bodies (API pages or a snapshot, from the network or the cache).
pub fn parse_pages(bodies: &[String]) -> Result<Vec<JobsPage>, ApiError> {
    let mut pages = Vec::new();
    for body in bodies {
        pages.extend(parse_snapshot(body)?);
    }
    Ok(pages)
}

async fn fetch_page_body(config: &WidgetConfig, number: u32) -> Result<String, ApiError> {
    let request = config.jobs_request(&JobsQuery::page(number));
    let mut attempt = 0;
    loop {
        match get_text(&request).await {
            Err(error) => match retry_delay_ms(&error, attempt, js_sys::Math::random()) {
                Some(delay) => {
                    leptos::logging::warn!("[teamtailor] {error}; retrying in {delay} ms");
                    sleep(delay).await;
                    attempt += 1;
                }
                None => return Err(error),
            },
            body => return body,
        }
    }
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
    let seconds = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|value| value.trim().parse().ok())
    };
    let retry_after = seconds("Retry-After").or_else(|| seconds("X-Rate-Limit-Reset"));
    if let Some(error) = ApiError::from_status(response.status(), retry_after) {
        return Err(error);
    }
    response
        .text()
        .await
        .map_err(|error| network_error(&error.to_string()))
}

async fn sleep(milliseconds: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn network_error(detail: &str) -> ApiError {
    ApiError::Network(detail.to_owned())
}
