//! `/job-posting`: one board with `data-company-name`, so an open job adds its JSON-LD
//! `JobPosting` to this page's `<head>` (live-mode SEO).

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// The company name the page's embed tag gives the board.
const JOB_POSTING_COMPANY_NAME: &str = "Northwind";

/// `GET /job-posting`.
pub async fn job_posting_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let embed = EmbedTag::demo(origin, "#careers")
        .set("data-company-name", JOB_POSTING_COMPANY_NAME)
        .render(origin);
    let main = hero_and_board(
        "Careers with job posting data",
        "<p>This board is embedded with <code>data-company-name</code>: an open job adds its \
         JSON-LD <code>JobPosting</code> to this page's head for search engines.</p>",
        &embed,
    );
    let page = SitePage {
        title: "Careers (job posting data)",
        path: "/job-posting",
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
