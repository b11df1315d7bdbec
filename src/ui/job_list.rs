//! The list of jobs with its result count.

use std::sync::Arc;

use leptos::prelude::*;
use teamtailor_api::Job;

use crate::i18n;
use crate::ui::JobRow;

/// Every job given, in the order given, keyed by id.
#[component]
pub fn JobList(jobs: Arc<[Job]>) -> impl IntoView {
    let count = jobs.len();
    let rows = jobs.to_vec();
    view! {
        <p class="tt-result-count" aria-live="polite">{i18n::job_count(count)}</p>
        <ul class="tt-job-list">
            <For each=move || rows.clone() key=|job| job.id.clone() let:job>
                <JobRow job />
            </For>
        </ul>
    }
}
