//! Shown instead of the board when its configuration is invalid.

use leptos::prelude::*;

use crate::i18n;

/// Explains which attribute to fix; no request has been sent.
#[component]
pub fn ConfigErrorView(message: String) -> impl IntoView {
    view! {
        <div class="tt-error tt-config-error" role="alert" data-kind="config">
            <p class="tt-error-title">{i18n::CONFIG_ERROR_HEADING}</p>
            <p class="tt-error-message">{message}</p>
        </div>
    }
}
