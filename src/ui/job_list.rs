//! The rows of the list, keyed by job id.

use leptos::prelude::*;
use teamtailor_api::Job;

use crate::ui::JobRow;

/// The given rows in order; `on_open` receives the id of a job the user opens.
#[component]
pub fn JobList(#[prop(into)] rows: Signal<Vec<Job>>, on_open: Callback<String>) -> impl IntoView {
    view! {
        <ul class="tt-job-list">
            <For each=move || rows.get() key=|job| job.id.clone() let:job>
                <JobRow job on_open />
            </For>
        </ul>
    }
}
