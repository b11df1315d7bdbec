//! The rows of the list, keyed by job id.

use leptos::prelude::*;
use teamtailor_api::JobFilters;

use crate::board_host::BoardHost;
use crate::state::{job_href_prefix, Catalog};
use crate::ui::JobRow;

/// The jobs `rows` names, in order; `on_open` receives the id of a job the user opens.
#[component]
pub fn JobList(
    rows: Memo<Vec<String>>,
    catalog: Catalog,
    /// The filters of the moment: each row's link carries them.
    filters: Signal<JobFilters>,
    on_open: Callback<String>,
) -> impl IntoView {
    let job_param = BoardHost::current().job_param;
    // The URL is written before the filters change, so it already holds them here; rows
    // update their href attribute instead of being rebuilt.
    let href_prefix = Memo::new(move |_| {
        filters.track();
        job_href_prefix(&job_param)
    });
    view! {
        <ul class="tt-job-list">
            <For each=move || rows.get() key=|id| id.clone() let:id>
                <JobRow job=catalog.job(id.clone()) id href_prefix=href_prefix.into() on_open />
            </For>
        </ul>
    }
}
