//! Shown instead of the board when its configuration is invalid.

use leptos::prelude::*;

use crate::i18n;

/// Explains which attribute to fix; no request has been sent.
#[component]
pub fn ConfigErrorView(message: String) -> impl IntoView {
    let t = i18n::use_texts();
    view! {
        <div class="tt-error tt-config-error" role="alert" data-kind="config">
            <p class="tt-error-title">{t.config_error_heading}</p>
            <p class="tt-error-message">{message}</p>
        </div>
    }
}
