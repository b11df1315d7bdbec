//! CORS for the feed doubles. Neither real feed documents its CORS behaviour; the mock allows
//! any origin so the board can be developed against it, which proves nothing about the real
//! feeds (the README points to snapshot mode, which needs no CORS).

use axum::http::{header, HeaderName, Method};
use std::time::Duration;
use tower_http::cors::{Any, CorsLayer};

/// Any origin may GET; Recruitee's token header is allowed in a preflight.
pub fn feed_cors_layer() -> CorsLayer {
    CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::OPTIONS])
        .allow_headers([
            HeaderName::from_static("x-careers-sites-token"),
            header::CONTENT_TYPE,
        ])
        .max_age(Duration::from_secs(600))
}
