//! The `/v1` route table and its layers: CORS outermost, then rate limiting, then faults.

use super::admin_endpoints::{list_candidates, list_users};
use super::api_error::ApiError;
use super::cors::cors_layer;
use super::jobs_endpoint::{list_jobs, show_job};
use super::rate_limit::enforce_rate_limit;
use super::taxonomy_endpoints::*;
use crate::faults::inject_faults;
use crate::state::AppState;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::routing::{any, get};
use axum::Router;

/// Every `/v1` route. Layer order matters: CORS answers preflights before anything counts or
/// authenticates them, and stamps every response, errors and faults included.
pub(crate) fn api_router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/v1/jobs", get(list_jobs))
        .route("/v1/jobs/{id}", get(show_job))
        .route("/v1/departments", get(list_departments))
        .route("/v1/departments/{id}", get(show_department))
        .route("/v1/locations", get(list_locations))
        .route("/v1/locations/{id}", get(show_location))
        .route("/v1/roles", get(list_roles))
        .route("/v1/roles/{id}", get(show_role))
        .route("/v1/users", get(list_users))
        .route("/v1/candidates", get(list_candidates))
        .route("/v1", any(unknown_endpoint))
        .route("/v1/{*rest}", any(unknown_endpoint))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(state.clone(), inject_faults))
        .layer(from_fn_with_state(state, enforce_rate_limit))
        .layer(cors_layer())
}

async fn unknown_endpoint() -> ApiError {
    ApiError::not_found("There is no such endpoint in this API")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "This API is read-only here: use GET",
    )
}
