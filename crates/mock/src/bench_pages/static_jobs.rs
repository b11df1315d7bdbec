//! `GET /__bench/static-jobs`: the jobs of the board's first API page as plain HTML with no
//! script, the fastest a page can show them. Rows use the board's class names
//! (`li.tt-job > a.tt-job-title`), so the bench finds "the first title" the same way in all cases.

use super::bare_page::{bare_page, html_response};
use crate::api::{JobSelection, KeyScope, QueryParams, MAX_PAGE_SIZE};
use crate::data::{DemoData, Job};
use crate::html_text::escape_html;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;

/// The page, rendered per request from the account the API serves now.
pub async fn static_jobs_page(State(state): State<AppState>) -> Response {
    let data = state.current_data();
    let rows: String = first_page(data)
        .into_iter()
        .map(|job| row(data, job))
        .collect();
    let body = format!(
        "<main>\n<h1>Open positions</h1>\n<ul class=\"tt-job-list\">\n{rows}</ul>\n</main>"
    );
    html_response(bare_page("Careers (static baseline)", &body))
}

/// What the board shows once page 1 has arrived: the Public key's first `page[size]=30` jobs
/// (newest first, as `GET /v1/jobs` orders them), pinned ones moved to the top.
fn first_page(data: &DemoData) -> Vec<&Job> {
    let mut jobs = JobSelection::from_params(&QueryParams::default(), KeyScope::Public)
        .map(|selection| selection.apply(&data.jobs))
        .unwrap_or_default();
    jobs.truncate(MAX_PAGE_SIZE);
    // A stable sort keeps "newest first" within the pinned and the other jobs.
    jobs.sort_by_key(|job| !job.pinned);
    jobs
}

/// One `<li>` with the title and the department and locations the board's row shows.
fn row(data: &DemoData, job: &Job) -> String {
    let department = job
        .department_id
        .and_then(|id| data.department(id))
        .map(|department| department.name);
    let locations: Vec<&str> = job
        .location_ids
        .iter()
        .filter_map(|id| data.location(*id))
        .map(|location| location.name)
        .collect();
    let mut meta = Vec::new();
    if let Some(name) = department {
        meta.push(escape_html(name));
    }
    if !locations.is_empty() {
        meta.push(escape_html(&locations.join(", ")));
    }
    format!(
        "<li class=\"tt-job\"><a class=\"tt-job-title\" href=\"/careersite/jobs/{}\">{}</a> \
         <span class=\"tt-job-meta\">{}</span></li>\n",
        job.id,
        escape_html(&job.title),
        meta.join(" · ")
    )
}
