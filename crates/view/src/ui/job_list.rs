//! The rows of the list, keyed by job id.

use leptos::prelude::*;
use teamtailor_api::JobFilters;

use crate::ui::JobRow;
use crate::{BoardScope, Catalog};

/// The jobs `rows` names, in order; `on_open` receives the id of a job the user opens.
#[component]
pub fn JobList(
    rows: Memo<Vec<String>>,
    catalog: Catalog,
    /// The filters of the moment: each row's link carries them.
    filters: Memo<JobFilters>,
    on_open: Callback<String>,
) -> impl IntoView {
    let scope = BoardScope::current();
    // The URL is written before the filters change, so it already holds them here; rows
    // update their href attribute instead of being rebuilt.
    let href_prefix = Memo::new(move |_| {
        filters.track();
        scope.job_prefix()
    });
    view! {
        <ul class="tt-job-list">
            <For each=move || rows.get() key=|id| id.clone() let:id>
                <JobRow row=catalog.row(id.clone()) id href_prefix on_open />
            </For>
        </ul>
    }
}
