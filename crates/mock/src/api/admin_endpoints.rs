//! `GET /v1/users` and `GET /v1/candidates`: people data only an Admin key may read. They let
//! `careers doctor` tell a browser-safe key from one that must never ship in a page.

use super::access::KeyScope;
use super::api_context::ApiContext;
use super::api_error::{json_api_response, ApiError};
use super::pagination::PageRequest;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

/// `GET /v1/users`.
pub async fn list_users(ctx: ApiContext) -> Result<Response, ApiError> {
    admin_only_collection(&ctx, "users")
}

/// `GET /v1/candidates`.
pub async fn list_candidates(ctx: ApiContext) -> Result<Response, ApiError> {
    admin_only_collection(&ctx, "candidates")
}

/// The demo account has no people to show, so an Admin key gets an empty page; every other
/// scope gets the 403 the real API answers.
fn admin_only_collection(ctx: &ApiContext, kind: &str) -> Result<Response, ApiError> {
    if ctx.scope != KeyScope::Admin {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            format!("This API key's scope may not read {kind}"),
        ));
    }
    let page = PageRequest::from_params(&ctx.params)?;
    let document = json!({
        "data": [],
        "meta": page.meta(0),
        "links": page.links(&ctx.origin, &ctx.path, &ctx.params, 0),
    });
    Ok(json_api_response(StatusCode::OK, &document))
}
