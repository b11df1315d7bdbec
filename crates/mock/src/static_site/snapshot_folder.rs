//! `/snapshot/`: a `careers snapshot` folder served as a CDN would serve it, so `make demo`
//! shows the static site the publisher CLI builds from this mock next to the live board.

use axum::http::{header, HeaderValue};
use axum::middleware::map_response;
use axum::response::Response;
use axum::Router;
use std::path::Path;
use tower_http::services::ServeDir;

/// Where the snapshot folder is served.
pub const SNAPSHOT_PATH: &str = "/snapshot";

/// Files under `folder`, `index.html` for a directory. Everything revalidates: the demo
/// rewrites the folder on every start.
pub(crate) fn snapshot_files(folder: &Path) -> Router {
    Router::new()
        .fallback_service(ServeDir::new(folder))
        .layer(map_response(|mut response: Response| async move {
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }))
}
