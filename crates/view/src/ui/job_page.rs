//! One job, rendered natively: facts, picture, sanitized description and the way to apply.

use leptos::prelude::*;
use teamtailor_api::{safe_picture, Job};

use crate::ui::{job_heading_id, ApplySection, BackLink, JobBody, JobFacts, JobHeading};
use crate::JobPagePlatform;

/// The job page for `job` as it changes; `on_back` returns to the list, and `platform` writes
/// its dates and body. New data for the job updates its text in place: the page, and the
/// apply form a candidate may be filling in, are created once.
#[component]
pub fn JobPage(
    job: Memo<Option<Job>>,
    on_back: Callback<()>,
    platform: JobPagePlatform,
) -> impl IntoView {
    let JobPagePlatform {
        format_date,
        body: rendering,
    } = platform;
    let field = move |read: fn(&Job) -> Option<String>| {
        Memo::new(move |_| job.with(|job| job.as_ref().and_then(read)))
    };
    let pitch = field(|job| job.pitch.clone().filter(|pitch| !pitch.trim().is_empty()));
    let body = Memo::new(move |_| {
        job.with(|job| job.as_ref().map(|job| job.body_html.clone()))
            .unwrap_or_default()
    });
    let apply_link = field(|job| job.apply_url.clone().or_else(|| job.careersite_url.clone()));
    let apply = job
        .get_untracked()
        .map(|job| view! { <ApplySection job link=apply_link /> });
    view! {
        <article class="tt-job-page" aria-labelledby=job_heading_id()>
            <BackLink on_back />
            <JobPicture job />
            <JobHeading job />
            {move || pitch.get().map(|pitch| view! { <p class="tt-job-pitch">{pitch}</p> })}
            {move || job.get().map(|job| view! { <JobFacts job format_date /> })}
            <JobBody html=body rendering />
            {apply}
        </article>
    }
}

/// The job's picture, with only URLs the URL policy lets into `src` and `srcset`.
#[component]
pub fn JobPicture(job: Memo<Option<Job>>) -> impl IntoView {
    let picture = Memo::new(move |_| {
        job.with(|job| {
            job.as_ref()
                .and_then(|job| job.picture.as_ref().and_then(safe_picture))
        })
    });
    move || {
        picture.get().map(|picture| {
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
                    decoding="async"
                />
            }
        })
    }
}
