//! Response compression, negotiated from `Accept-Encoding` (brotli preferred, then gzip), for
//! `dist/`, the pages and the API alike, so loads in the browser ship what a CDN would.
//!
//! tower-http's default levels are those of an on-the-fly server such as nginx: brotli quality
//! 4 and gzip 6, not the slow maxima a build would precompress with; `make bench` prints both
//! what was sent and the `-q 11` / `-9` sizes. Pictures (`image/*`) are left alone.

use tower_http::compression::CompressionLayer;

/// The layer every router of the mock wraps its routes in.
pub(crate) fn compression_layer() -> CompressionLayer {
    CompressionLayer::new().br(true).gzip(true)
}
