//! `GET /__bench/embed` on the company-site port: the bare frame plus the documented one-tag
//! snippet, loading `embed.js` from the widget's origin. Unlike the Northwind pages it has no
//! stylesheet or copy, so its load time is the embed's own cost.

use super::bare_page::{bare_page, html_response};
use crate::company_site::{CompanySiteConfig, EmbedTag};
use axum::extract::State;
use axum::response::Response;
use std::sync::Arc;

/// The host page of the embed case.
pub async fn embed_host_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let embed = EmbedTag::demo(origin, "#careers").render(origin);
    let body =
        format!("<main>\n<h1>Open positions</h1>\n<div id=\"careers\"></div>\n{embed}\n</main>");
    html_response(bare_page("Careers (embed)", &body))
}
