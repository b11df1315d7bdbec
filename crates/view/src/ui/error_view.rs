//! A failed load: what went wrong in plain words, and a retry where retrying can help.

use leptos::prelude::*;
use teamtailor_api::{ApiError, Provider};

use crate::i18n;

/// The message for `error`, with a retry button when the failure may be transient; `source`
/// is where the board reads its jobs (Teamtailor unless given), which the message names.
#[component]
pub fn ErrorView(
    error: ApiError,
    on_retry: Callback<()>,
    #[prop(optional)] source: Provider,
) -> impl IntoView {
    let t = i18n::use_texts();
    // A Teamtailor build's boards all read Teamtailor: the constant drops the feed messages.
    let source = if cfg!(feature = "feeds") {
        source
    } else {
        Provider::Teamtailor
    };
    let retryable = error.is_retryable();
    view! {
        <div class="tt-error" role="alert" data-kind=error.kind()>
            <p class="tt-error-message">{t.error_message(&error, source)}</p>
            <Show when=move || retryable>
                <button type="button" class="tt-button" on:click=move |_| on_retry.run(())>
                    {t.retry}
                </button>
            </Show>
        </div>
    }
}
