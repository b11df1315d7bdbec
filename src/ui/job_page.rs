//! One job, rendered natively: facts, picture, sanitized description and the way to apply.

use leptos::html::H1;
use leptos::prelude::*;
use teamtailor_api::Job;

use crate::board_host::BoardHost;
use crate::i18n;
use crate::ui::{ApplySection, JobBody, JobFacts};

/// The job page; `on_back` returns to the list.
#[component]
pub fn JobPage(job: Job, on_back: Callback<()>) -> impl IntoView {
    let t = i18n::use_texts();
    let heading = NodeRef::<H1>::new();
    let heading_id = BoardHost::current().id("job-heading");
    let labelled_by = heading_id.clone();
    // Keyboard and screen-reader users land on the new view's heading.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let picture = job.picture.clone().map(|picture| {
        let srcset = [
            picture.thumb.as_ref().map(|url| format!("{url} 320w")),
            picture.standard.as_ref().map(|url| format!("{url} 800w")),
            Some(format!("{} 1600w", picture.original)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        view! {
            <img
                class="tt-job-picture"
                src=picture.standard.clone().unwrap_or(picture.original.clone())
                srcset=srcset
                sizes="(max-width: 56rem) 100vw, 56rem"
                alt=""
                loading="lazy"
            />
        }
    });
    let body = job.body_html.clone();
    let pitch = job.pitch.clone();
    view! {
        <article class="tt-job-page" aria-labelledby=labelled_by>
            <button type="button" class="tt-back" on:click=move |_| on_back.run(())>
                {t.back_to_jobs}
            </button>
            {picture}
            <h1 id=heading_id class="tt-job-heading" tabindex="-1" node_ref=heading>
                {job.title.clone()}
            </h1>
            {pitch.map(|pitch| view! { <p class="tt-job-pitch">{pitch}</p> })}
            <JobFacts job=job.clone() />
            <JobBody html=body />
            <ApplySection job />
        </article>
    }
}
