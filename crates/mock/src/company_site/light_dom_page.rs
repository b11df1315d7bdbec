//! `/light-dom`: one board rendered without a shadow root (`data-shadow="none"`).

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{html_response, SitePage};
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
    let main = format!(
        "<div class=\"page-hero\"><div class=\"wrap\"><h1>Careers in the light DOM</h1>\n\
         <p>This board is embedded with <code>data-shadow=\"none\"</code>: its markup lives in \
         the page itself, so the page can style it and scripts can reach it.</p></div></div>\n\
         <div class=\"section\"><div class=\"wrap\"><div class=\"careers-panel\">\n\
         <div id=\"careers\"></div>\n{embed}\n\
         </div></div></div>"
    );
    let page = SitePage {
        title: "Careers (light DOM)",
        path: "/light-dom",
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
