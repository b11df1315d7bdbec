//! How to apply: the external application link, or the apply form in a resizing iframe
//! (only from an https URL, or http on localhost), or the plain apply link: the fallback for
//! a refused frame, and the way to apply on boards whose jobs have no form to embed.

use leptos::prelude::*;
use teamtailor_api::{checked_url, Job, UrlUse, OUTBOUND_LINK_REL};

use crate::ui::ApplyFrame;
use crate::{i18n, BoardScope};

/// The apply call to action for `job`. `link` is the job's apply page as it changes: a
/// SmartRecruiters posting's own apply URL arrives with its detail, after the page opened.
#[component]
pub fn ApplySection(job: Job, link: Memo<Option<String>>) -> impl IntoView {
    let t = i18n::use_texts();
    let scope = BoardScope::current();
    let interactive = scope.interactive;
    let job_id = job.id.clone();
    let announce = move || scope.apply_opened(&job_id);
    let button_text = job
        .apply_button_text
        .clone()
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| t.apply.to_owned());
    let external = job
        .external_application_url
        .as_deref()
        .and_then(|url| checked_url(url, UrlUse::Link));
    let link_announce = announce.clone();
    let plain_link = move |text: String| {
        let announce = link_announce.clone();
        move || {
            let url = link.with(|url| {
                url.as_deref()
                    .and_then(|url| checked_url(url, UrlUse::Link))
            });
            url.map(|url| apply_link(url, text.clone(), announce.clone()))
        }
    };
    let content = if let Some(url) = external {
        apply_link(url, button_text, announce).into_any()
    } else {
        let frame_src = job
            .apply_iframe_url
            .as_deref()
            .map(|url| checked_url(url, UrlUse::Frame).ok_or(url));
        match frame_src {
            Some(Ok(src)) => {
                // A page without script cannot open the form on a click: it shows at once,
                // with the plain link for a browser that shows no form.
                let open = RwSignal::new(!interactive);
                let title = format!("{} – {}", t.application_form, job.title);
                let fallback_text = button_text.clone();
                let fallback = (!interactive).then(|| {
                    let link = plain_link(fallback_text);
                    view! { <p class="tt-apply-fallback">{t.apply_form_not_showing} " " {link}</p> }
                });
                view! {
                    <Show
                        when=move || open.get()
                        fallback=move || {
                            let text = button_text.clone();
                            view! {
                                <button
                                    type="button"
                                    class="tt-button tt-apply-button"
                                    on:click={
                                        let announce = announce.clone();
                                        move |_| {
                                            announce();
                                            open.set(true);
                                        }
                                    }
                                >
                                    {text}
                                </button>
                            }
                        }
                    >
                        <ApplyFrame src=src.clone() title=title.clone() />
                    </Show>
                    {fallback}
                }
                .into_any()
            }
            Some(Err(src)) => {
                leptos::logging::warn!("[teamtailor] refused to frame apply URL {src}: not https");
                view! {
                    <p class="tt-apply-refused">{t.apply_form_unavailable}</p>
                    {plain_link(t.apply.to_owned())}
                }
                .into_any()
            }
            None => plain_link(button_text).into_any(),
        }
    };
    view! {
        <section class="tt-apply" aria-label=t.apply>
            {content}
        </section>
    }
}

/// An apply link that opens in a new tab and tells the host page, as `apply-open`.
fn apply_link(url: String, text: String, announce: impl Fn() + 'static) -> impl IntoView {
    view! {
        <a
            class="tt-button tt-apply-link"
            href=url
            rel=OUTBOUND_LINK_REL
            target="_blank"
            on:click=move |_| announce()
        >
            {text}
        </a>
    }
}
