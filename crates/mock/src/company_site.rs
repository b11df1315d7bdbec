//! A demo company website ("Northwind") on its own port, so the board is embedded from another
//! origin exactly as a customer's site would embed it: `<script src=".../embed.js">`.

mod bad_config_page;
mod embed_tag;
mod home_page;
mod hostile_css_page;
mod job_posting_page;
mod light_dom_page;
mod not_found_page;
mod provider_board_page;
mod site_config;
mod site_shell;
mod site_stylesheet;
mod strict_csp_page;
mod two_widgets_page;

pub use bad_config_page::BAD_CONFIG_CASES;
pub(crate) use embed_tag::EmbedTag;
pub use site_config::CompanySiteConfig;
pub use site_stylesheet::STYLESHEET_PATH;
pub use strict_csp_page::strict_csp_policy;

use crate::bench_pages::{embed_host_page, EMBED_HOST_PATH};
use crate::compression::compression_layer;
use axum::routing::get;
use axum::Router;
use std::sync::Arc;

/// The company site: `/`, `/two-widgets`, `/light-dom`, `/hostile-css`, `/strict-csp`, `/job-posting`,
/// `/recruitee`, `/smartrecruiters`, `/bad-config/{case}`, its stylesheet and the bench's bare embed host page; anything else is
/// a 404 page. Compressed when the browser asks, like the widget's origin.
pub fn company_site_app(config: CompanySiteConfig) -> Router {
    Router::new()
        .route("/", get(home_page::home_page))
        .route("/two-widgets", get(two_widgets_page::two_widgets_page))
        .route("/light-dom", get(light_dom_page::light_dom_page))
        .route("/hostile-css", get(hostile_css_page::hostile_css_page))
        .route("/job-posting", get(job_posting_page::job_posting_page))
        .route("/strict-csp", get(strict_csp_page::strict_csp_page))
        .route("/recruitee", get(provider_board_page::recruitee_page))
        .route(
            "/smartrecruiters",
            get(provider_board_page::smartrecruiters_page),
        )
        .route("/bad-config/{case}", get(bad_config_page::bad_config_page))
        .route(STYLESHEET_PATH, get(site_stylesheet::stylesheet))
        .route(EMBED_HOST_PATH, get(embed_host_page))
        .fallback(not_found_page::not_found_page)
        .layer(compression_layer())
        .with_state(Arc::new(config))
}
