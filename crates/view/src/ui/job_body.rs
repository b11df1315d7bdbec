//! A job's description, through the allow-list sanitizer of the platform it renders on.

use leptos::html::Div;
use leptos::prelude::*;

use crate::BodyRendering;

/// The job body after the allow-list sanitizer `rendering` names; nothing in it can run
/// script. In the browser it is built as nodes, and a changed body replaces the old one
/// inside the same element; a page rendered to HTML carries the sanitized markup.
#[component]
pub fn JobBody(html: Memo<String>, rendering: BodyRendering) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    match rendering {
        BodyRendering::Nodes(fill) => {
            Effect::new(move |_| {
                if let Some(element) = container.get() {
                    html.with(|html| fill(&element, html));
                }
            });
            view! { <div class="tt-job-body" node_ref=container></div> }.into_any()
        }
        BodyRendering::Markup(sanitize) => {
            let markup = move || html.with(|html| sanitize(html));
            view! { <div class="tt-job-body" inner_html=markup></div> }.into_any()
        }
    }
}
