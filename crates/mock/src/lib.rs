//! `teamtailor-mock`: a faithful double of the Teamtailor JSON:API with demo data, a fake
//! career site whose apply pages post resize messages, static serving of the built board, and
//! doubles of the Recruitee and SmartRecruiters job feeds (`feeds`).
//!
//! It deliberately shares no code with the widget's `teamtailor-api` crate, so it can catch
//! that crate's parsing mistakes instead of repeating them.

mod api;
mod bench_pages;
mod careersite;
pub mod cli;
mod company_site;
mod compression;
mod config;
pub mod data;
mod faults;
mod feeds;
mod html_text;
mod pictures;
mod request_origin;
mod servers;
mod state;
mod static_site;
mod stats;

pub use api::{
    ApiVersion, KeyScope, DEFAULT_PAGE_SIZE, DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY,
    JSON_API, MAX_PAGE_SIZE, SUPPORTED_API_VERSIONS,
};
pub use bench_pages::{EMBED_HOST_PATH, STATIC_JOBS_PATH};
pub use careersite::ResizeShape;
pub use company_site::{
    company_site_app, strict_csp_policy, CompanySiteConfig, BAD_CONFIG_CASES, STYLESHEET_PATH,
};
pub use config::{MockConfig, RateLimitConfig};
pub use faults::FaultSpec;
pub use feeds::{
    RECRUITEE_DEMO_COMPANY, RECRUITEE_DEMO_TOKEN, SMARTRECRUITERS_DEFAULT_LIMIT,
    SMARTRECRUITERS_DEMO_COMPANY, SMARTRECRUITERS_MAX_LIMIT,
};
pub use servers::BoundServers;
pub use static_site::{is_content_hashed, SNAPSHOT_PATH};
pub use stats::StatsSnapshot;

use axum::extract::Request;
use axum::middleware::from_fn_with_state;
use axum::routing::{any, get, post, put};
use axum::Router;
use state::AppState;

/// The whole server: API, fault prefix, career site, pictures, board, the bench's static
/// baseline, health and stats, and a snapshot folder when configured. Every answer is compressed when the client asks, as CDNs and
/// API gateways commonly do; the stats layer stays outermost so it counts every request.
pub fn app(config: MockConfig) -> Router {
    let snapshot_folder = config.snapshot.clone();
    let state = AppState::new(config);
    let api = api::api_router(state.clone());
    let api_service = api.clone().with_state(state.clone());
    let router = match &snapshot_folder {
        Some(folder) => {
            Router::new().nest_service(SNAPSHOT_PATH, static_site::snapshot_files(folder))
        }
        None => Router::new(),
    };
    router
        .merge(api)
        .route(
            "/__fault/{*rest}",
            any(move |request: Request| {
                faults::forward_with_path_fault(api_service.clone(), request)
            }),
        )
        .merge(feeds::feeds_router())
        .merge(careersite::careersite_router())
        .route("/assets/pictures/{file}", get(pictures::picture))
        .route("/", get(static_site::index_page))
        .route("/index.html", get(static_site::index_page))
        .route(STATIC_JOBS_PATH, get(bench_pages::static_jobs_page))
        .route("/healthz", get(|| async { "ok" }))
        .route("/__mock/stats", get(stats::show_stats))
        .route("/__mock/stats/reset", post(stats::reset_stats))
        .route("/__mock/revision/{revision}", put(stats::set_revision))
        .fallback_service(static_site::static_files(&state.dist))
        .layer(compression::compression_layer())
        .layer(from_fn_with_state(state.clone(), stats::count_requests))
        .with_state(state)
}
