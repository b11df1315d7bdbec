//! The loading state: announced to screen readers, with placeholder rows so the layout
//! doesn't jump when the jobs arrive.

use leptos::prelude::*;

use crate::i18n;

/// Shown while the first jobs are on their way.
#[component]
pub fn Loading() -> impl IntoView {
    let t = i18n::use_texts();
    view! {
        <div class="tt-loading" role="status" aria-live="polite">
            <span class="tt-visually-hidden">{t.loading}</span>
            <ul class="tt-skeleton" aria-hidden="true">
                {(0..5).map(|_| view! { <li class="tt-skeleton-row"></li> }).collect_view()}
            </ul>
        </div>
    }
}
