//! `/` and `/index.html`: the board's page with the demo key and this server as API base, in
//! the board's attributes and in the URL of its preloaded first request.

use crate::api::DEMO_PUBLIC_KEY;
use crate::request_origin::request_origin;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// The placeholder the board's `index.html` ships with, as written and as a release build's
/// HTML minifier leaves it (quotes dropped).
pub const KEY_PLACEHOLDERS: [&str; 2] = [
    r#"data-api-key="YOUR_PUBLIC_READ_KEY""#,
    "data-api-key=YOUR_PUBLIC_READ_KEY",
];

/// The start of the preloaded first request's URL in the board's `index.html` (the API's
/// default base) and its key parameter: this server and its demo key replace them, as they do
/// the board's attributes, so the board adopts the preload instead of asking again.
const PRELOAD_URL_START: &str = "https://api.teamtailor.com/v1/";
const PRELOAD_KEY_PARAMETER: &str = "api_key=YOUR_PUBLIC_READ_KEY";

const NOT_BUILT: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Board not built</title></head><body><h1>The board has not been built yet</h1>\
<p>Run <code>make build</code> to produce <code>dist/</code>, then reload this page.</p>\
<p>The API double is already running: try <a href=\"/healthz\">/healthz</a>.</p></body></html>\n";

/// Reads `dist/index.html` per request (so rebuilds show at once) and injects key and base.
pub async fn index_page(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let html = match tokio::fs::read_to_string(state.dist.join("index.html")).await {
        Ok(html) => html,
        Err(_) => {
            let headers = [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ];
            return (StatusCode::SERVICE_UNAVAILABLE, headers, NOT_BUILT).into_response();
        }
    };
    let origin = request_origin(&headers);
    let configured = format!(r#"data-api-key="{DEMO_PUBLIC_KEY}" data-api-base="{origin}""#);
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-cache"),
    ];
    let html = KEY_PLACEHOLDERS
        .iter()
        .fold(html, |html, placeholder| {
            html.replace(placeholder, &configured)
        })
        .replace(PRELOAD_URL_START, &format!("{origin}/v1/"))
        .replace(PRELOAD_KEY_PARAMETER, &format!("api_key={DEMO_PUBLIC_KEY}"));
    (headers, html).into_response()
}
