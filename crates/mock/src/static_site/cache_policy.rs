//! Long-lived caching for content-hashed files only; everything else revalidates. Every
//! file may be read from any origin, as from a CDN.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use std::path::Path;
use tower_http::services::ServeDir;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const NO_CACHE: &str = "no-cache";

/// Whether the last path segment carries a trunk-style hash: `-` then 16 lowercase hex digits.
pub fn is_content_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).as_bytes();
    name.windows(17).any(|window| {
        window[0] == b'-'
            && window[1..]
                .iter()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(byte))
    })
}

async fn set_cache_control(request: Request, next: Next) -> Response {
    let policy = if is_content_hashed(request.uri().path()) {
        IMMUTABLE
    } else {
        NO_CACHE
    };
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    // Like a CDN: the embed's module script and wasm are fetched with CORS by host pages
    // on other origins. These files are public, so any origin may read them.
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// Files under `dist` (ServeDir guesses types, so `.wasm` is `application/wasm`). The build's
/// `.br` / `.gz` copies are sent when the browser accepts them, as a CDN serving precompressed
/// files would; other files are compressed on the fly.
pub(crate) fn static_files(dist: &Path) -> Router {
    let files = ServeDir::new(dist).precompressed_br().precompressed_gzip();
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(set_cache_control))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashes_are_recognised_only_in_the_file_name() {
        assert!(is_content_hashed(
            "/careers-widget-0123456789abcdef_bg.wasm"
        ));
        assert!(is_content_hashed("/embed-89abcdef01234567.js"));
        assert!(!is_content_hashed("/embed.js"));
        assert!(!is_content_hashed("/assets-0123456789abcdef/logo.svg"));
        assert!(!is_content_hashed("/app-0123456789ABCDEF.js"));
    }
}
