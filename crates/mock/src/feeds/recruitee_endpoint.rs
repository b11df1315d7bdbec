//! `GET /recruitee/{company}/api/offers/`: Recruitee's Careers Site API for the demo company,
//! and the same behind `/recruitee/__fault/{spec}/…` for the failures crawlers report.

use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::time::Duration;

use super::recruitee_offers::{recruitee_offers, RECRUITEE_DEMO_TOKEN};
use crate::faults::FaultSpec;

/// The header Recruitee announced as mandatory from 2027-02-10.
const TOKEN_HEADER: &str = "x-careers-sites-token";

const TOO_MANY_REQUESTS_PAGE: &str = "<!DOCTYPE html>\n<html><head><title>429 Too Many \
Requests</title></head><body><h1>Too Many Requests</h1><p>Please slow down.</p></body></html>\n";
const BAD_GATEWAY_PAGE: &str = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title>\
</head><body><h1>Bad Gateway</h1></body></html>\n";
const NOT_FOUND_PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Page not found</title>\
</head><body><h1>The page you were looking for doesn't exist.</h1></body></html>\n";

/// Every published offer of `company` as `{"offers": [...]}`; an unknown company is a 404
/// page, a wrong careers-site token a 401.
pub async fn list_offers(Path(company): Path<String>, headers: HeaderMap) -> Response {
    offers_response(&company, &headers)
}

/// [`list_offers`] after the faults of `spec`: `latency_ms`, `status` (any error status,
/// answered as Recruitee's edge does: an HTML page and no `Retry-After`) and `html_error`
/// (a 502 page).
pub async fn list_offers_with_fault(
    Path((spec, company)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let fault = match FaultSpec::parse_path_spec(&spec) {
        Ok(fault) => fault,
        Err(detail) => return (StatusCode::BAD_REQUEST, detail).into_response(),
    };
    if let Some(latency) = fault.latency_ms {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if fault.html_error {
        return html(StatusCode::BAD_GATEWAY, BAD_GATEWAY_PAGE);
    }
    if let Some(status) = fault
        .status
        .and_then(|code| StatusCode::from_u16(code).ok())
    {
        let page = if status == StatusCode::TOO_MANY_REQUESTS {
            TOO_MANY_REQUESTS_PAGE
        } else {
            BAD_GATEWAY_PAGE
        };
        return html(status, page);
    }
    offers_response(&company, &headers)
}

fn offers_response(company: &str, headers: &HeaderMap) -> Response {
    // No token is needed yet; one that is sent must be right, so a client that sends the
    // token can be seen to send it.
    if let Some(token) = headers.get(TOKEN_HEADER) {
        if token.as_bytes() != RECRUITEE_DEMO_TOKEN.as_bytes() {
            let body = json!({"error": "Invalid careers sites token"});
            return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
        }
    }
    match recruitee_offers(company) {
        Some(offers) => axum::Json(json!({ "offers": offers })).into_response(),
        None => html(StatusCode::NOT_FOUND, NOT_FOUND_PAGE),
    }
}

fn html(status: StatusCode, page: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}
