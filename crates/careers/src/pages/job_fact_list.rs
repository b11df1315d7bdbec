//! A job page's facts, each under its label as on the widget's job page: department,
//! locations, remote, employment type, start date and the last day to apply.

use maud::{html, Markup};
use teamtailor_api::{Job, Language};

use super::job_facts::employment_label;
use super::long_date::long_date;

/// A description list of the facts the job states; empty when it states none.
pub fn job_fact_list(job: &Job, language: Language) -> Markup {
    let facts = labelled_facts(job, language);
    html! {
        @if !facts.is_empty() {
            dl.careers-fact-list {
                @for (label, value) in &facts {
                    div { dt { (label) } dd { (value) } }
                }
            }
        }
    }
}

fn labelled_facts(job: &Job, language: Language) -> Vec<(&'static str, String)> {
    let texts = language.texts();
    let date = |value: Option<&str>| stated(value).map(|iso| long_date(language, iso));
    [
        (
            texts.department,
            job.department
                .as_ref()
                .and_then(|d| stated(Some(&d.name)))
                .map(str::to_owned),
        ),
        (
            texts.location,
            Some(job.location_names()).filter(|names| !names.is_empty()),
        ),
        (
            texts.remote,
            texts.remote_label(&job.remote_status).map(str::to_owned),
        ),
        (
            texts.employment_type,
            stated(job.employment_type.as_deref()).map(|kind| employment_label(kind, texts)),
        ),
        (texts.start_date, date(job.start_date.as_deref())),
        (texts.apply_by, date(job.end_date.as_deref())),
    ]
    .into_iter()
    .filter_map(|(label, value)| value.map(|value| (label, value)))
    .collect()
}

/// `value` trimmed, unless it is blank.
fn stated(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|value| !value.is_empty())
}
