//! The rows of the list, keyed by job id.

use leptos::prelude::*;
use teamtailor_api::Job;

use crate::board_host::BoardHost;
use crate::state::job_href_prefix;
use crate::ui::JobRow;

/// The given rows in order; `on_open` receives the id of a job the user opens.
#[component]
pub fn JobList(#[prop(into)] rows: Signal<Vec<Job>>, on_open: Callback<String>) -> impl IntoView {
    let job_param = BoardHost::current().job_param;
    // The URL changes with the filters, and so do the rows: recompute the link prefix
    // then, and let each row update its href attribute instead of being rebuilt.
    let href_prefix = Memo::new(move |_| {
        rows.track();
        job_href_prefix(&job_param)
    });
    view! {
        <ul class="tt-job-list">
            <For each=move || rows.get() key=|job| job.id.clone() let:job>
                <JobRow job href_prefix=href_prefix.into() on_open />
            </For>
        </ul>
    }
}
