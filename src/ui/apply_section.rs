//! How to apply: the external application link, or the apply form in a resizing iframe
//! (only from an https URL, or http on localhost), or the plain apply link as a fallback.

use leptos::prelude::*;
use teamtailor_api::{checked_url, Job, UrlUse, OUTBOUND_LINK_REL};

use crate::board_host::BoardHost;
use crate::i18n;
use crate::ui::ApplyFrame;

/// The apply call to action for `job`.
#[component]
pub fn ApplySection(job: Job) -> impl IntoView {
    let t = i18n::use_texts();
    let host = BoardHost::current();
    let job_id = job.id.clone();
    let announce = move || host.emit("apply-open", &[("id", job_id.clone().into())]);
    let button_text = job
        .apply_button_text
        .clone()
        .unwrap_or_else(|| t.apply.to_owned());
    let external = job
        .external_application_url
        .as_deref()
        .and_then(|url| checked_url(url, UrlUse::Link));
    let plain_link = job
        .apply_url
        .as_deref()
        .and_then(|url| checked_url(url, UrlUse::Link));
    let content = if let Some(url) = external {
        view! {
            <a
                class="tt-button tt-apply-link"
                href=url
                rel=OUTBOUND_LINK_REL
                target="_blank"
                on:click=move |_| announce()
            >
                {button_text}
            </a>
        }
        .into_any()
    } else {
        let frame_src = job
            .apply_iframe_url
            .as_deref()
            .map(|url| checked_url(url, UrlUse::Frame).ok_or(url));
        match frame_src {
            Some(Ok(src)) => {
                let open = RwSignal::new(false);
                let title = format!("{} – {}", t.application_form, job.title);
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
                }
                .into_any()
            }
            refused => {
                if let Some(Err(src)) = refused {
                    leptos::logging::warn!(
                        "[teamtailor] refused to frame apply URL {src}: not https"
                    );
                }
                view! {
                    <p class="tt-apply-refused">{t.apply_form_unavailable}</p>
                    {plain_link.map(|url| {
                        view! {
                            <a class="tt-button tt-apply-link" href=url rel=OUTBOUND_LINK_REL target="_blank">
                                {t.apply}
                            </a>
                        }
                    })}
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="tt-apply" aria-label=t.apply>
            {content}
        </section>
    }
}
