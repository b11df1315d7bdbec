//! The page of a job that no longer takes applications: it says so, and offers open jobs
//! from the same department and the way back to all jobs.

use leptos::prelude::*;
use teamtailor_api::{similar_open_jobs, Job};

use crate::ui::{job_heading_id, BackLink, JobHeading, JobRow};
use crate::{i18n, BoardScope, Catalog};

/// How many open jobs a closed job's page suggests.
const SIMILAR_JOBS: usize = 3;

/// A closed job's title, the notice, and up to three open jobs like it.
#[component]
pub fn ClosedJobPage(
    job: Memo<Option<Job>>,
    catalog: Catalog,
    on_back: Callback<()>,
    on_open: Callback<String>,
) -> impl IntoView {
    let t = i18n::use_texts();
    let scope = BoardScope::current();
    let department = Memo::new(move |_| {
        job.with(|job| {
            job.as_ref()
                .and_then(|job| job.department.as_ref().map(|d| d.name.clone()))
        })
    });
    let similar = Memo::new(move |_| {
        job.with(|job| {
            let Some(job) = job else { return Vec::new() };
            catalog.listing().with(|listing| {
                similar_open_jobs(job, &listing.jobs, SIMILAR_JOBS)
                    .into_iter()
                    .map(|job| job.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let prefix = scope.job_prefix();
    let href_prefix = Memo::new(move |_| prefix.clone());
    let heading_id = scope.id("similar-heading");
    view! {
        <article class="tt-job-page tt-job-closed" aria-labelledby=job_heading_id()>
            <BackLink on_back />
            <JobHeading job />
            <p class="tt-closed-notice" role="status">{t.job_closed}</p>
            <Show when=move || similar.with(|ids| !ids.is_empty())>
                <section class="tt-similar-jobs" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone() class="tt-similar-heading">
                        {move || department.with(|name| t.suggestions_heading(name.as_deref()))}
                    </h2>
                    <ul class="tt-job-list">
                        <For each=move || similar.get() key=|id| id.clone() let:id>
                            <JobRow row=catalog.row(id.clone()) id href_prefix on_open />
                        </For>
                    </ul>
                </section>
            </Show>
        </article>
    }
}
