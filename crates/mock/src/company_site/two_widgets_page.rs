//! `/two-widgets`: two boards on one page, each pre-filtered to a department and keeping its
//! open job in its own query parameter, so they must not disturb each other.

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{html_response, SitePage};
use crate::data::{ENGINEERING_DEPARTMENT_ID, SALES_DEPARTMENT_ID};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// One pre-filtered board: heading, mount id, department, route parameter.
struct Board {
    heading: &'static str,
    blurb: &'static str,
    target_id: &'static str,
    department_id: u32,
    route_param: &'static str,
}

const BOARDS: [Board; 2] = [
    Board {
        heading: "Engineering",
        blurb: "Build the planners, the telemetry pipeline and the apps drivers use every night.",
        target_id: "engineering-careers",
        department_id: ENGINEERING_DEPARTMENT_ID,
        route_param: "eng_job",
    },
    Board {
        heading: "Sales",
        blurb: "Bring shippers and carriers onto the network across Europe and North America.",
        target_id: "sales-careers",
        department_id: SALES_DEPARTMENT_ID,
        route_param: "sales_job",
    },
];

/// `GET /two-widgets`.
pub async fn two_widgets_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let boards: String = BOARDS
        .iter()
        .map(|board| {
            let embed = EmbedTag::demo(origin, &format!("#{}", board.target_id))
                .set("data-departments", board.department_id.to_string())
                .set("data-route-param", board.route_param)
                .render(origin);
            format!(
                "<section class=\"careers-panel\" aria-labelledby=\"{id}-heading\">\n\
                 <h2 id=\"{id}-heading\">{heading}</h2>\n<p class=\"lead\">{blurb}</p>\n\
                 <div id=\"{id}\"></div>\n{embed}\n</section>\n",
                id = board.target_id,
                heading = board.heading,
                blurb = board.blurb,
            )
        })
        .collect();
    let main = format!(
        "<div class=\"page-hero\"><div class=\"wrap\"><h1>Engineering and Sales roles</h1>\n\
         <p>Two boards on one page, each pre-filtered with <code>data-departments</code>. Each \
         keeps its open job in its own query parameter (<code>eng_job</code>, \
         <code>sales_job</code>), so both can be open at once.</p></div></div>\n\
         <div class=\"section\"><div class=\"wrap\">\n{boards}</div></div>"
    );
    let page = SitePage {
        title: "Engineering and Sales roles",
        path: "/two-widgets",
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
