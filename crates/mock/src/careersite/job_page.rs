//! The plain job page a `careersite-job-url` link leads to.

use super::page_shell::page;
use crate::data::{Job, BASE_PLACEHOLDER, HOSTILE_JOB_IDS};
use crate::html_text::escape_html;
use crate::request_origin::request_origin;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};

/// The job named by a path segment like `7101` or `7101-senior-backend-engineer`.
pub fn find_job<'a>(state: &'a AppState, segment: &str) -> Option<&'a Job> {
    let digits: String = segment.chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .ok()
        .and_then(|id| state.current_data().job(id))
}

/// The career site's 404 page.
pub fn not_found() -> Response {
    let body = page(
        "en",
        "Job not found",
        "standalone",
        "<h1>Job not found</h1><p>This job does not exist.</p>",
    );
    (StatusCode::NOT_FOUND, Html(body)).into_response()
}

/// `GET /careersite/jobs/{id}`.
pub async fn job_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(job) = find_job(&state, &id) else {
        return not_found();
    };
    // The hostile bodies exist to test the widget's sanitizer; this page shows them inert.
    let body = if HOSTILE_JOB_IDS.contains(&job.id) {
        format!("<pre>{}</pre>", escape_html(&job.body))
    } else {
        job.body
            .replace(BASE_PLACEHOLDER, &request_origin(&headers))
    };
    let apply = match &job.external_application_url {
        Some(url) => escape_html(url),
        None => format!("/careersite/jobs/{}/applications/new", job.id),
    };
    let main = format!(
        "<h1>{}</h1>\n<p class=\"meta\">{}</p>\n{body}\n<p><a class=\"button\" href=\"{apply}\">Apply</a></p>",
        escape_html(&job.title),
        escape_html(&job.pitch),
    );
    Html(page(job.language_code, &job.title, "standalone", &main)).into_response()
}
