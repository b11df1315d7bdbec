//! "With pay published": a checkbox beside the facets, with how many jobs it would leave.

use leptos::prelude::*;

use crate::{i18n, BoardScope};

/// Keeps only the jobs that publish pay while `checked`; `count` is how many it would leave.
#[component]
pub fn PayFilter(
    checked: Memo<bool>,
    count: Memo<usize>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let t = i18n::use_texts();
    let id = BoardScope::current().id("facet-pay");
    view! {
        <div class="tt-facet tt-pay-filter">
            <input
                type="checkbox"
                id=id.clone()
                class="tt-checkbox"
                prop:checked=move || checked.get()
                on:change=move |event| on_change.run(event_target_checked(&event))
            />
            <label for=id>{move || format!("{} ({})", t.pay_published, count.get())}</label>
        </div>
    }
}
