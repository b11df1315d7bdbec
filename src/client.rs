//! Talks to the Teamtailor API (company feeds through `feed_client`): page 1 first, then the remaining pages a few at a time,
//! single jobs by id, retries with jittered backoff for transient failures, a time limit on
//! every request, every failure typed.

use std::time::Duration;

use futures::stream::{self, StreamExt, TryStreamExt};
use leptos::prelude::{set_timeout_with_handle, window};
use teamtailor_api::{
    decode_job, decode_jobs_page, decode_source, merge_pages, retry_delay_ms, ApiError, ApiRequest,
    FeedSource, Job, JobsQuery, WidgetConfig,
};

use careers_view::browser_json::{describe, BrowserJson};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

/// A request that has not answered by then is abandoned and reported as a timeout.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Pages requested at once after page 1. Every visitor spends the company's one key, so a
/// big account's 67 pages go four at a time, not all at once.
pub(crate) const PAGES_IN_FLIGHT: usize = 4;

/// The company feed this board reads; always `None` in a build without the `feeds` feature,
/// so a Teamtailor board's wasm carries no feed code (embed.js loads the feeds build only
/// for `data-provider` boards).
pub(crate) fn company_feed(config: &WidgetConfig) -> Option<&FeedSource> {
    if cfg!(feature = "feeds") {
        config.feed.as_ref()
    } else {
        None
    }
}

/// Every published job in board order. Page 1 says how many pages there are; the others
/// follow, [`PAGES_IN_FLIGHT`] at a time. `on_first_page` sees page 1's jobs as soon as they
/// arrive when more pages follow, so the first jobs show while the rest load.
pub async fn fetch_listing(
    config: &WidgetConfig,
    on_first_page: impl FnOnce(Vec<Job>),
) -> Result<Vec<Job>, ApiError> {
    if let Some(source) = &config.source {
        let snapshot = ApiRequest {
            url: source.clone(),
            headers: Vec::new(),
        };
        return decode_source(&get_json(&snapshot).await?).map(merge_pages);
    }
    // `cfg`, not `company_feed`: a branch inside an async fn is never dropped by the
    // optimizer, since the future's states are all reachable as far as it can tell.
    #[cfg(feature = "feeds")]
    if let Some(feed) = &config.feed {
        return crate::feed_client::fetch_feed_listing(
            feed,
            config.language.as_deref(),
            on_first_page,
        )
        .await;
    }
    let first =
        decode_jobs_page(&get_with_retries(&config.jobs_request(&JobsQuery::page(1))).await?)?;
    let page_count = first.page_count.unwrap_or(1);
    if page_count > 1 {
        on_first_page(merge_pages([first.clone()]));
    }
    let rest: Vec<_> = stream::iter(2..=page_count)
        .map(|number| async move {
            let body = get_with_retries(&config.jobs_request(&JobsQuery::page(number))).await?;
            decode_jobs_page(&body)
        })
        .buffered(PAGES_IN_FLIGHT)
        .try_collect()
        .await?;
    Ok(merge_pages(std::iter::once(first).chain(rest)))
}

/// One job by id (`GET /v1/jobs/{id}` with the list's side-loads), for a link to a job the
/// listed pages do not hold (yet).
/// A SmartRecruiters board asks for the posting's detail instead (which may be another
/// language copy's, with its own id, when this one was withdrawn).
pub async fn fetch_job(config: &WidgetConfig, id: &str) -> Result<Job, ApiError> {
    #[cfg(feature = "feeds")]
    if let Some(feed) = &config.feed {
        return crate::feed_client::fetch_posting_detail(feed, config.language.as_deref(), id)
            .await;
    }
    decode_job(&get_with_retries(&config.job_request(id)).await?)
}

pub(crate) async fn get_with_retries(request: &ApiRequest) -> Result<BrowserJson, ApiError> {
    let mut attempt = 0;
    loop {
        match get_json(request).await {
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

/// GETs a URL and returns its body as the browser parsed it, mapping every failure to an
/// `ApiError`.
async fn get_json(request: &ApiRequest) -> Result<BrowserJson, ApiError> {
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

async fn send(
    request: &ApiRequest,
    signal: &web_sys::AbortSignal,
) -> Result<BrowserJson, ApiError> {
    let response = match crate::prefetch::take(&request.url) {
        // Started by the loader script before the wasm ran: the same request, further along.
        Some(started) => wasm_bindgen_futures::JsFuture::from(until_aborted(started, signal))
            .await
            .map(web_sys::Response::unchecked_from_js)
            .map_err(|error| network_error(&describe(&error)))?,
        None => fetch(request, signal).await?,
    };
    let seconds = |name: &str| {
        response
            .headers()
            .get(name)
            .ok()
            .flatten()
            .and_then(|value| value.trim().parse().ok())
    };
    let retry_after = seconds("Retry-After").or_else(|| seconds("X-Rate-Limit-Reset"));
    if let Some(error) = ApiError::from_status(response.status(), retry_after) {
        return Err(error);
    }
    // The engine parses the body: no copy of the text into the wasm, no parser in it.
    let parsed = response
        .json()
        .map_err(|error| network_error(&describe(&error)))?;
    wasm_bindgen_futures::JsFuture::from(parsed)
        .await
        .map(BrowserJson)
        .map_err(|error| match error.dyn_ref::<js_sys::SyntaxError>() {
            Some(syntax) => ApiError::Malformed(String::from(syntax.message())),
            None => network_error(&describe(&error)),
        })
}

/// A GET of the request's URL with its headers; only a failure to connect is an error here.
async fn fetch(
    request: &ApiRequest,
    signal: &web_sys::AbortSignal,
) -> Result<web_sys::Response, ApiError> {
    let failed = |error: JsValue| network_error(&describe(&error));
    let headers = web_sys::Headers::new().map_err(failed)?;
    for (name, value) in &request.headers {
        headers.set(name, value).map_err(failed)?;
    }
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    init.set_signal(Some(signal));
    let response =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(&request.url, &init))
            .await
            .map_err(failed)?;
    Ok(response.unchecked_into())
}

/// `promise`, rejected when `signal` aborts: the time limit holds for adopted requests too.
fn until_aborted(promise: js_sys::Promise, signal: &web_sys::AbortSignal) -> js_sys::Promise {
    let aborted = js_sys::Promise::new(&mut |_, reject| signal.set_onabort(Some(&reject)));
    js_sys::Promise::race(&js_sys::Array::of2(&promise, &aborted))
}

pub(crate) async fn sleep(milliseconds: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn network_error(detail: &str) -> ApiError {
    ApiError::Network(detail.to_owned())
}
