//! `/__fault/{spec}/v1/...`: the same faults for clients that can only be given an API base URL.

use super::fault_injection::PathFault;
use super::fault_spec::FaultSpec;
use axum::extract::Request;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower::ServiceExt;

/// Rewrites the request to the plain `/v1/...` path and hands it to `api` with the spec attached.
pub async fn forward_with_path_fault(api: Router, request: Request) -> Response {
    let path = request.uri().path();
    let Some((spec, rest)) = path
        .strip_prefix("/__fault/")
        .and_then(|tail| tail.split_once('/'))
        .filter(|(_, rest)| *rest == "v1" || rest.starts_with("v1/"))
    else {
        return (StatusCode::NOT_FOUND, "expected /__fault/{spec}/v1/...").into_response();
    };
    let spec = FaultSpec::parse_path_spec(spec);
    let target = match request.uri().query() {
        Some(query) => format!("/{rest}?{query}"),
        None => format!("/{rest}"),
    };
    let Ok(uri) = target.parse::<Uri>() else {
        return (StatusCode::BAD_REQUEST, "unparsable path").into_response();
    };
    // A fresh request, because the outer route's path parameters sit in the extensions and
    // would confuse the inner route's `Path` extractor.
    let (parts, body) = request.into_parts();
    let mut forwarded = Request::new(body);
    *forwarded.method_mut() = parts.method;
    *forwarded.uri_mut() = uri;
    *forwarded.headers_mut() = parts.headers;
    forwarded.extensions_mut().insert(PathFault(spec));
    match api.oneshot(forwarded).await {
        Ok(response) => response,
        Err(infallible) => match infallible {},
    }
}
