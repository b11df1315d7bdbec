//! CORS for the API: any origin may read it, as Teamtailor's public keys are meant for browsers.

use axum::http::{header, HeaderName, Method};
use std::time::Duration;
use tower_http::cors::{Any, CorsLayer};

/// Answers preflights itself (before auth) and stamps every other response, errors included.
pub fn cors_layer() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::OPTIONS])
        .allow_headers([
            header::AUTHORIZATION,
            HeaderName::from_static("x-api-version"),
            header::CONTENT_TYPE,
        ])
        .expose_headers([
            HeaderName::from_static("x-rate-limit-limit"),
            HeaderName::from_static("x-rate-limit-remaining"),
            HeaderName::from_static("x-rate-limit-reset"),
            header::RETRY_AFTER,
        ])
        .max_age(Duration::from_secs(600))
}
