//! The one line of facts under a job's title in the list: department, locations, employment
//! type, remote, in the pages' language.

use maud::{html, Markup};
use teamtailor_api::{Job, Texts};

/// The facts as one paragraph; empty when the job states none.
pub fn job_facts(job: &Job, texts: &Texts) -> Markup {
    let facts = fact_texts(job, texts);
    html! {
        @if !facts.is_empty() {
            p.careers-facts { (facts.join(" · ")) }
        }
    }
}

/// A reader's name for a Teamtailor employment type; unknown values are shown as sent.
/// Feeds also write `Full-time` and `FULL_TIME`, so case and hyphens are ignored.
pub fn employment_label(value: &str, texts: &Texts) -> String {
    let wire = value.trim().to_ascii_lowercase().replace('-', "_");
    let label = texts.employment_type_label(&wire);
    if label == wire {
        value.trim().to_owned()
    } else {
        label
    }
}

fn fact_texts(job: &Job, texts: &Texts) -> Vec<String> {
    let mut facts = Vec::new();
    if let Some(department) = job.department.as_ref().filter(|d| !d.name.is_empty()) {
        facts.push(department.name.clone());
    }
    let locations = job.location_names();
    if !locations.is_empty() {
        facts.push(locations);
    }
    if let Some(kind) = job
        .employment_type
        .as_deref()
        .filter(|k| !k.trim().is_empty())
    {
        facts.push(employment_label(kind, texts));
    }
    // "Remote" is also an ordinary location name; say it once.
    if let Some(remote) = texts
        .remote_label(&job.remote_status)
        .filter(|label| !facts.iter().any(|fact| fact.contains(label)))
    {
        facts.push(remote.to_owned());
    }
    facts
}
