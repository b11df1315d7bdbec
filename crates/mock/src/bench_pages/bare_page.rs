//! The document frame of the bench pages: no stylesheet, script or favicon request of its own.

use crate::html_text::escape_html;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// A complete document with `title` and trusted `body` markup.
pub fn bare_page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<link rel=\"icon\" href=\"data:,\">\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        escape_html(title)
    )
}

/// `text/html` that always revalidates, like the board's `index.html`.
pub fn html_response(document: String) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-cache"),
    ];
    (headers, document).into_response()
}
