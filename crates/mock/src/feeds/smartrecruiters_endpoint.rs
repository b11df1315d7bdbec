//! `GET /smartrecruiters/v1/companies/{company}/postings[/{id}]`: SmartRecruiters' Posting
//! API for the demo company, paged with `limit` and `offset`.

use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::smartrecruiters_postings::{smartrecruiters_posting, smartrecruiters_postings};
use crate::api::QueryParams;

/// The page size when a request names none.
pub const SMARTRECRUITERS_DEFAULT_LIMIT: usize = 10;
/// The largest `limit` the API accepts.
pub const SMARTRECRUITERS_MAX_LIMIT: usize = 100;

/// One page of postings as `{offset, limit, totalFound, content}`; an unknown company is an
/// empty page with status 200, as the real API answers.
pub async fn list_postings(Path(company): Path<String>, RawQuery(query): RawQuery) -> Response {
    let params = QueryParams::parse(query.as_deref());
    let number = |name: &str, default: usize| match params.get(name) {
        None => Ok(default),
        Some(value) => value
            .parse::<usize>()
            .map_err(|_| format!("{name} must be a non-negative integer, got {value:?}")),
    };
    let limit = match number("limit", SMARTRECRUITERS_DEFAULT_LIMIT) {
        Ok(limit) if (1..=SMARTRECRUITERS_MAX_LIMIT).contains(&limit) => limit,
        Ok(limit) => {
            return bad_request(format!(
                "limit must be between 1 and {SMARTRECRUITERS_MAX_LIMIT}, got {limit}"
            ))
        }
        Err(message) => return bad_request(message),
    };
    let offset = match number("offset", 0) {
        Ok(offset) => offset,
        Err(message) => return bad_request(message),
    };
    let postings = smartrecruiters_postings(&company);
    let total_found = postings.len();
    let content: Vec<_> = postings.into_iter().skip(offset).take(limit).collect();
    Json(json!({
        "offset": offset,
        "limit": limit,
        "totalFound": total_found,
        "content": content,
    }))
    .into_response()
}

/// One posting with `postingUrl`, `applyUrl` and `jobAd.sections`; 404 when there is none.
pub async fn show_posting(Path((company, id)): Path<(String, String)>) -> Response {
    match smartrecruiters_posting(&company, &id) {
        Some(posting) => Json(posting).into_response(),
        None => not_found(&id),
    }
}

/// The list as [`list_postings`] answers it, under `/smartrecruiters/__withdrawn/{withdrawn}`:
/// the same postings, for a client given that path as its API base.
pub async fn list_postings_one_withdrawn(
    Path((_withdrawn, company)): Path<(String, String)>,
    query: RawQuery,
) -> Response {
    list_postings(Path(company), query).await
}

/// [`show_posting`], except that posting `withdrawn` answers 404: a posting taken down after
/// the list that names it was read, as a publisher meets it on a live feed.
pub async fn show_posting_one_withdrawn(
    Path((withdrawn, company, id)): Path<(String, String, String)>,
) -> Response {
    if id == withdrawn {
        return not_found(&id);
    }
    show_posting(Path((company, id))).await
}

fn not_found(id: &str) -> Response {
    (
        StatusCode::NOT_FOUND,
        Json(json!({"message": format!("Posting with id {id} not found"), "code": "NOT_FOUND"})),
    )
        .into_response()
}

fn bad_request(message: String) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({"message": message, "code": "BAD_REQUEST"})),
    )
        .into_response()
}
