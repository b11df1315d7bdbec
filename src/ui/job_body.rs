//! A job's description: sanitized HTML appended as nodes.

use leptos::html::Div;
use leptos::prelude::*;

use crate::sanitize::sanitized_fragment;

/// The job body after the allow-list sanitizer; nothing in it can run script. A changed
/// body replaces the old one inside the same element.
#[component]
pub fn JobBody(#[prop(into)] html: Signal<String>) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let fragment = html.with(|html| sanitized_fragment(html));
        if let (Some(element), Some(fragment)) = (container.get(), fragment) {
            element.set_inner_html("");
            let _ = element.append_child(&fragment);
        }
    });
    view! { <div class="tt-job-body" node_ref=container></div> }
}
