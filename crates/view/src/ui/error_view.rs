//! A failed load: what went wrong in plain words, and a retry where retrying can help.

use leptos::prelude::*;
use teamtailor_api::ApiError;

use crate::i18n;

/// The message for `error`, with a retry button when the failure may be transient.
#[component]
pub fn ErrorView(error: ApiError, on_retry: Callback<()>) -> impl IntoView {
    let t = i18n::use_texts();
    let retryable = error.is_retryable();
    view! {
        <div class="tt-error" role="alert" data-kind=error.kind()>
            <p class="tt-error-message">{t.error_message(&error)}</p>
            <Show when=move || retryable>
                <button type="button" class="tt-button" on:click=move |_| on_retry.run(())>
                    {t.retry}
                </button>
            </Show>
        </div>
    }
}
