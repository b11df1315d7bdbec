//! One job in the list.

use leptos::prelude::*;
use teamtailor_api::{Job, RemoteStatus};

/// Title (a link to the job), department, locations and remote status; all plain text.
#[component]
pub fn JobRow(job: Job) -> impl IntoView {
    let href = job.careersite_url.clone().unwrap_or_else(|| "#".to_owned());
    let department = job
        .department
        .as_ref()
        .map(|department| department.name.clone());
    let locations = job.location_names();
    let remote = remote_label(&job.remote_status);
    view! {
        <li class="tt-job" data-job-id=job.id.clone()>
            <a class="tt-job-title" href=href>{job.title.clone()}</a>
            <div class="tt-job-meta">
                {department.map(|name| view! { <span class="tt-job-department">{name}</span> })}
                {(!locations.is_empty())
                    .then(|| view! { <span class="tt-job-locations">{locations}</span> })}
                {remote.map(|label| view! { <span class="tt-badge tt-job-remote">{label}</span> })}
            </div>
        </li>
    }
}

fn remote_label(status: &RemoteStatus) -> Option<&'static str> {
    match status {
        RemoteStatus::Fully => Some("Remote"),
        RemoteStatus::Hybrid => Some("Hybrid"),
        RemoteStatus::Temporary => Some("Temporarily remote"),
        RemoteStatus::OnSite | RemoteStatus::Other(_) => None,
    }
}
