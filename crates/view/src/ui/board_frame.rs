//! The board's outer element, the same around every screen it shows.

use leptos::prelude::*;
use teamtailor_api::Language;

/// The board's root in `language`. A board drawn before the wasm mounted says by whom in
/// `first_rows` ([`crate::FIRST_ROWS_ATTRIBUTE`]: `page` or `loader`), so the widget keeps it
/// on screen until its own is ready.
#[component]
pub fn BoardFrame<C: IntoView + 'static>(
    language: Language,
    #[prop(optional)] first_rows: Option<&'static str>,
    children: TypedChildren<C>,
) -> impl IntoView {
    view! {
        <section class="tt-board" lang=language.code() data-tt-first-rows=first_rows>
            {children.into_inner()()}
        </section>
    }
}
