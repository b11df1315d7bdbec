//! A fake career site on the same server: job pages and apply forms that post resize messages.

mod apply_page;
mod job_page;
mod page_shell;
mod resize_script;

pub use resize_script::ResizeShape;

use crate::state::AppState;
use axum::routing::get;
use axum::Router;

/// `/careersite/jobs/{id}` and `/careersite/jobs/{id}/applications/new`.
pub(crate) fn careersite_router() -> Router<AppState> {
    Router::new()
        .route("/careersite/jobs/{id}", get(job_page::job_page))
        .route(
            "/careersite/jobs/{id}/applications/new",
            get(apply_page::apply_page),
        )
}
