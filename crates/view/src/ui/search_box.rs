//! The free-text search field; results follow every keystroke.

use leptos::prelude::*;

use crate::i18n;
use crate::BoardScope;

/// A labelled search input bound to `query`; `on_input` receives each new value.
#[component]
pub fn SearchBox(query: Memo<String>, on_input: Callback<String>) -> impl IntoView {
    let t = i18n::use_texts();
    let input_id = BoardScope::current().id("search-input");
    view! {
        <div class="tt-search">
            <label for=input_id.clone() class="tt-label">{t.search_label}</label>
            <input
                id=input_id
                class="tt-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=t.search_placeholder
                prop:value=move || query.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        </div>
    }
}
