//! The one line of facts under a job's title: department, locations, employment type, remote.

use maud::{html, Markup};
use teamtailor_api::{Job, RemoteStatus};

/// The facts as one paragraph; empty when the job states none.
pub fn job_facts(job: &Job) -> Markup {
    let facts = fact_texts(job);
    html! {
        @if !facts.is_empty() {
            p.careers-facts { (facts.join(" · ")) }
        }
    }
}

/// A reader's name for a Teamtailor employment type; unknown values are shown as sent.
pub fn employment_label(value: &str) -> String {
    match value.trim().to_ascii_lowercase().as_str() {
        "fulltime" | "full_time" | "full-time" => "Full-time".into(),
        "parttime" | "part_time" | "part-time" => "Part-time".into(),
        "contract" => "Contract".into(),
        "temporary" => "Temporary".into(),
        "internship" => "Internship".into(),
        "freelance" => "Freelance".into(),
        _ => value.trim().to_owned(),
    }
}

fn fact_texts(job: &Job) -> Vec<String> {
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
        facts.push(employment_label(kind));
    }
    let remote = match &job.remote_status {
        RemoteStatus::Fully => Some("Remote"),
        RemoteStatus::Hybrid => Some("Hybrid"),
        RemoteStatus::Temporary => Some("Temporarily remote"),
        RemoteStatus::OnSite | RemoteStatus::Other(_) => None,
    };
    // "Remote" is also an ordinary location name; say it once.
    if let Some(remote) = remote.filter(|label| !facts.iter().any(|fact| fact.contains(label))) {
        facts.push(remote.to_owned());
    }
    facts
}
