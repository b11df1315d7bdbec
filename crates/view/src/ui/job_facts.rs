//! The facts about a job as a description list: department, locations, pay, remote, type,
//! dates.

use leptos::prelude::*;
use teamtailor_api::Job;

use crate::i18n::{self, Language};

/// Only the facts the job has are listed; `format_date` writes its dates.
#[component]
pub fn JobFacts(job: Job, format_date: fn(Language, &str) -> String) -> impl IntoView {
    let t = i18n::use_texts();
    let language = i18n::use_language();
    let date = |iso: &str| format_date(language, iso);
    let facts: Vec<(&'static str, String)> = [
        (
            t.department,
            job.department.as_ref().map(|d| d.name.clone()),
        ),
        (
            t.location,
            Some(job.location_names()).filter(|names| !names.is_empty()),
        ),
        (t.pay, job.salary.as_ref().map(|pay| t.pay_text(pay))),
        (
            t.remote,
            t.remote_label(&job.remote_status).map(str::to_owned),
        ),
        (
            t.employment_type,
            job.employment_type
                .as_deref()
                .map(|wire| t.employment_type_label(wire)),
        ),
        (t.start_date, job.start_date.as_deref().map(date)),
        (t.apply_by, job.end_date.as_deref().map(date)),
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
