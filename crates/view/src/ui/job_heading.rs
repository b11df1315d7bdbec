//! A job page's title: the heading its article is labelled by, focused when the page opens.

use leptos::html::H1;
use leptos::prelude::*;
use teamtailor_api::Job;

use crate::BoardScope;

/// The element id of the job page's heading, for its article's `aria-labelledby`.
pub fn job_heading_id() -> String {
    BoardScope::current().id("job-heading")
}

/// The title of `job` as it changes. Keyboard and screen-reader users land on it.
#[component]
pub fn JobHeading(job: Memo<Option<Job>>) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let title = Memo::new(move |_| job.with(|job| job.as_ref().map(|job| job.title.clone())));
    view! {
        <h1 id=job_heading_id() class="tt-job-heading" tabindex="-1" node_ref=heading>
            {move || title.get()}
        </h1>
    }
}
