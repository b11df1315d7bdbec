//! The company site's 404 page.

use super::site_shell::{html_response, SitePage};
use axum::http::StatusCode;
use axum::response::Response;

/// Any path the site does not have, including unknown `/bad-config/{case}`s.
pub async fn not_found_page() -> Response {
    let page = SitePage {
        title: "Page not found",
        path: "",
        head: "",
        main: "<div class=\"page-hero\"><div class=\"wrap\"><h1>Page not found</h1>\n\
               <p>There is no such page. <a href=\"/\">Back to the homepage</a>.</p>\
               </div></div>",
    };
    html_response(StatusCode::NOT_FOUND, page.render())
}
