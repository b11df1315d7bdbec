//! A job's description: sanitized HTML appended as nodes.

use leptos::html::Div;
use leptos::prelude::*;

use crate::sanitize::sanitized_fragment;

/// The job body after the allow-list sanitizer; nothing in it can run script.
#[component]
pub fn JobBody(html: String) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let (Some(element), Some(fragment)) = (container.get(), sanitized_fragment(&html)) {
            element.set_inner_html("");
            let _ = element.append_child(&fragment);
        }
    });
    view! { <div class="tt-job-body" node_ref=container></div> }
}
