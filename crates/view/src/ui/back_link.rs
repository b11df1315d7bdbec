//! The way back to the list from a job's page.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::{i18n, BoardScope};

/// A real link to the list, so it opens in a new tab and works on a page without script;
/// a plain click is followed in place, by `on_back`.
#[component]
pub fn BackLink(on_back: Callback<()>) -> impl IntoView {
    let t = i18n::use_texts();
    let href = BoardScope::current().list_href();
    let back = move |event: MouseEvent| {
        if followed_in_place(&event) {
            event.prevent_default();
            on_back.run(());
        }
    };
    view! { <a class="tt-back" href=href on:click=back>{t.back_to_jobs}</a> }
}

/// Whether a click on one of the board's links is the board's to follow: a plain primary
/// click. New-tab and new-window clicks are left to the browser.
pub(crate) fn followed_in_place(event: &MouseEvent) -> bool {
    event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key())
}
