//! The facts about a job as a description list: department, locations, remote, type, dates.

use leptos::prelude::*;
use teamtailor_api::Job;

use crate::i18n;

/// Only the facts the job has are listed.
#[component]
pub fn JobFacts(job: Job) -> impl IntoView {
    let facts: Vec<(&'static str, String)> = [
        (
            i18n::DEPARTMENT,
            job.department.as_ref().map(|d| d.name.clone()),
        ),
        (
            i18n::LOCATION,
            Some(job.location_names()).filter(|names| !names.is_empty()),
        ),
        (
            i18n::REMOTE,
            i18n::remote_label(&job.remote_status).map(str::to_owned),
        ),
        (
            i18n::EMPLOYMENT_TYPE,
            job.employment_type
                .as_deref()
                .map(i18n::employment_type_label),
        ),
        (i18n::START_DATE, job.start_date.clone()),
        (i18n::APPLY_BY, job.end_date.clone()),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|value| (label, value)))
    .collect();
    view! {
        <dl class="tt-job-facts">
            {facts
                .into_iter()
                .map(|(label, value)| {
                    view! {
                        <div class="tt-fact">
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
