//! `GET /v1/jobs` and `GET /v1/jobs/{id}`.

use super::api_context::ApiContext;
use super::api_error::{json_api_response, ApiError};
use super::included::{included_for_jobs, job_includes, requested_includes};
use super::job_selection::JobSelection;
use super::pagination::PageRequest;
use super::resource_objects::Renderer;
use super::wire::Document;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::BTreeMap;

/// One page of the jobs the key may see, filtered and sorted.
pub async fn list_jobs(
    ctx: ApiContext,
    State(state): State<AppState>,
) -> Result<Response, ApiError> {
    let includes = requested_includes(&ctx.params, job_includes(ctx.version))?;
    let page = PageRequest::from_params(&ctx.params)?;
    let data = state.current_data();
    let jobs = JobSelection::from_params(&ctx.params, ctx.scope)?.apply(&data.jobs);
    let on_page = page.slice(&jobs);
    let renderer = Renderer {
        origin: &ctx.origin,
        version: ctx.version,
        data,
    };
    let document = Document {
        data: on_page
            .iter()
            .map(|job| renderer.job(job))
            .collect::<Vec<_>>(),
        included: includes.map(|names| included_for_jobs(&renderer, on_page, &names)),
        meta: Some(page.meta(jobs.len())),
        links: page.links(&ctx.origin, &ctx.path, &ctx.params, jobs.len()),
    };
    Ok(json_api_response(StatusCode::OK, &document))
}

/// One job, or 404 when it does not exist or the key may not open it. Closed (archived)
/// jobs stay readable by link, as their career-site pages do, so a shared link can say the
/// job is closed instead of "not found".
pub async fn show_job(
    ctx: ApiContext,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let includes = requested_includes(&ctx.params, job_includes(ctx.version))?;
    let job = id
        .parse::<u32>()
        .ok()
        .and_then(|id| state.current_data().job(id))
        .filter(|job| ctx.scope.may_open(job.status))
        .ok_or_else(|| ApiError::not_found(format!("Couldn't find a job with id {id:?}")))?;
    let renderer = Renderer {
        origin: &ctx.origin,
        version: ctx.version,
        data: state.current_data(),
    };
    let document = Document {
        data: renderer.job(job),
        included: includes.map(|names| included_for_jobs(&renderer, &[job], &names)),
        meta: None,
        links: BTreeMap::from([("self", format!("{}/v1/jobs/{}", ctx.origin, job.id))]),
    };
    Ok(json_api_response(StatusCode::OK, &document))
}
