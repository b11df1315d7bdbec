//! `/`: Northwind's homepage, with the careers board embedded in its careers section.

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{html_response, SitePage};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// `GET /` (its query string is the host page's own, where the board keeps the open job).
pub async fn home_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let embed = EmbedTag::demo(origin, "#careers").render(origin);
    let main = format!(
        "<section class=\"hero\"><div class=\"wrap\">\n\
         <span class=\"eyebrow\">Cold-chain logistics</span>\n\
         <h1>We keep Europe's fresh food moving</h1>\n\
         <p>Northwind plans the routes, watches the temperatures and connects the carriers behind \
         your weekly groceries: 1,200 fleets in 14 countries run on our software.</p>\n\
         <div class=\"actions\"><a class=\"button button-primary\" href=\"#careers\">See open \
         roles</a><a class=\"button button-secondary\" href=\"#company\">Life at Northwind</a></div>\n\
         </div></section>\n\
         <section class=\"section\" id=\"product\"><div class=\"wrap\">\n\
         <h2>What we build</h2>\n\
         <p class=\"lead\">Three products, one platform, and a stubborn belief that a lettuce \
         should arrive as crisp as it left the farm.</p>\n\
         <div class=\"cards\">\n\
         <article class=\"card\"><h3>Route planning</h3><p>Plans tens of thousands of stops a \
         night around delivery windows, driver hours and charging stops.</p></article>\n\
         <article class=\"card\"><h3>Cold-chain telemetry</h3><p>Sensors in every trailer report \
         temperature and door events, and raise the alarm before the cargo is at risk.</p></article>\n\
         <article class=\"card\"><h3>Carrier network</h3><p>Shippers find spare refrigerated \
         capacity in minutes instead of phoning around for a day.</p></article>\n\
         </div></div></section>\n\
         <section class=\"section section-muted\" id=\"company\"><div class=\"wrap\">\n\
         <h2>Life at Northwind</h2>\n\
         <p class=\"lead\">We are engineers, designers, sellers and former truck drivers who like \
         hard, physical problems. We work in small teams, ship every day and meet in person every \
         quarter.</p>\n\
         <ul class=\"stats\"><li><strong>420</strong>people</li><li><strong>9</strong>offices \
         plus remote</li><li><strong>31</strong>nationalities</li><li><strong>4.7</strong>average \
         rating from our teams</li></ul>\n\
         </div></section>\n\
         <section class=\"section\" id=\"jobs\"><div class=\"wrap\">\n\
         <div class=\"careers-panel\">\n\
         <h2>Join Northwind</h2>\n\
         <p class=\"lead\">Find your next role below. Open a job, share its link, or apply \
         without leaving this page.</p>\n\
         <div id=\"careers\"></div>\n{embed}\n\
         </div></div></section>"
    );
    let page = SitePage {
        title: "Cold-chain logistics",
        path: "/",
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
