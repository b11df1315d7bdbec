//! The page of a job that no longer takes applications: it says so, and offers open jobs
//! from the same department and the way back to all jobs.

use leptos::prelude::*;
use teamtailor_api::{similar_open_jobs, Job};

use crate::board_host::BoardHost;
use crate::i18n;
use crate::state::{job_href_prefix, Catalog, Navigator};
use crate::ui::{job_heading_id, JobHeading, JobRow};

/// How many open jobs a closed job's page suggests.
const SIMILAR_JOBS: usize = 3;

/// A closed job's title, the notice, and up to three open jobs like it.
#[component]
pub fn ClosedJobPage(
    job: Memo<Option<Job>>,
    catalog: Catalog,
    navigator: Navigator,
) -> impl IntoView {
    let t = i18n::use_texts();
    let host = BoardHost::current();
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
    let href_prefix = Signal::stored(job_href_prefix(&host.job_param));
    let on_open = Callback::new(move |id: String| navigator.open(id));
    view! {
        <article class="tt-job-page tt-job-closed" aria-labelledby=job_heading_id()>
            <button type="button" class="tt-back" on:click=move |_| navigator.back()>
                {t.back_to_jobs}
            </button>
            <JobHeading job />
            <p class="tt-closed-notice" role="status">{t.job_closed}</p>
            <Show when=move || similar.with(|ids| !ids.is_empty())>
                <section class="tt-similar-jobs" aria-labelledby=host.id("similar-heading")>
                    <h2 id=host.id("similar-heading") class="tt-similar-heading">
                        {move || department.with(|name| t.suggestions_heading(name.as_deref()))}
                    </h2>
                    <ul class="tt-job-list">
                        <For each=move || similar.get() key=|id| id.clone() let:id>
                            <JobRow job=catalog.job(id.clone()) id href_prefix on_open />
                        </For>
                    </ul>
                </section>
            </Show>
        </article>
    }
}
