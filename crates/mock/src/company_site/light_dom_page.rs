//! `/light-dom`: one board rendered without a shadow root (`data-shadow="none"`).

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// `GET /light-dom`.
pub async fn light_dom_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let embed = EmbedTag::demo(origin, "#careers")
        .set("data-shadow", "none")
        .render(origin);
    let main = hero_and_board(
        "Careers in the light DOM",
        "<p>This board is embedded with <code>data-shadow=\"none\"</code>: its markup lives in \
         the page itself, so the page can style it and scripts can reach it.</p>",
        &embed,
    );
    let page = SitePage {
        title: "Careers (light DOM)",
        path: "/light-dom",
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
