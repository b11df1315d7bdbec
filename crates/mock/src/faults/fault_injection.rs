//! Middleware inside CORS and rate limiting, so broken answers still carry those headers.

use super::fault_spec::FaultSpec;
use crate::api::{ApiError, QueryParams};
use crate::state::AppState;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// The fault spec a `/__fault/{spec}/...` path asked for, or why it could not be read.
#[derive(Clone, Debug)]
pub struct PathFault(pub Result<FaultSpec, String>);

const BAD_GATEWAY_PAGE: &str =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// Applies CLI, path and query faults (later ones win) around the real handler.
pub async fn inject_faults(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let from_path = match request.extensions().get::<PathFault>() {
        Some(PathFault(Err(detail))) => {
            return ApiError::bad_request(detail.clone()).into_response()
        }
        Some(PathFault(Ok(spec))) => *spec,
        None => FaultSpec::default(),
    };
    let from_query = match FaultSpec::from_query(&QueryParams::parse(request.uri().query())) {
        Ok(spec) => spec,
        Err(detail) => return ApiError::bad_request(detail).into_response(),
    };
    let fault = state
        .faults
        .overlaid_with(from_path)
        .overlaid_with(from_query);
    if let Some(latency) = fault.latency_ms {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(latency) = fault.later_pages_latency_ms {
        let page = QueryParams::parse(request.uri().query())
            .get("page[number]")
            .and_then(|number| number.parse::<u32>().ok())
            .unwrap_or(1);
        if page > 1 {
            tokio::time::sleep(Duration::from_millis(latency)).await;
        }
    }
    if fault.html_error {
        let headers = [(header::CONTENT_TYPE, "text/html")];
        return (StatusCode::BAD_GATEWAY, headers, BAD_GATEWAY_PAGE).into_response();
    }
    if let Some(status) = fault
        .status
        .and_then(|code| StatusCode::from_u16(code).ok())
    {
        return injected_status(status);
    }
    let response = next.run(request).await;
    if fault.truncate {
        truncated(response).await
    } else {
        response
    }
}

fn injected_status(status: StatusCode) -> Response {
    if status == StatusCode::UNAUTHORIZED {
        // The real API has been seen answering a bad key with an empty 401.
        return status.into_response();
    }
    let mut response =
        ApiError::new(status, "Injected by the mock's fault injection").into_response();
    if status == StatusCode::TOO_MANY_REQUESTS {
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from_static("1"));
    }
    response
}

async fn truncated(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(half.len()));
    Response::from_parts(parts, Body::from(half))
}
