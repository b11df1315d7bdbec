//! The job's application form in an iframe that follows the form's height.
//!
//! Resize messages are trusted only from this iframe's own window and the origin of its
//! `src` (DESIGN.md); the listener is removed with the iframe.

use leptos::ev;
use leptos::html::Iframe;
use leptos::prelude::*;
use teamtailor_api::{origin_of, resize_height, DEFAULT_APPLY_HEIGHT};

use crate::browser_json::BrowserJson;
use web_sys::MessageEvent;

/// An iframe showing `src` (already checked with `checked_url(_, UrlUse::Frame)`).
#[component]
pub fn ApplyFrame(src: String, title: String) -> impl IntoView {
    let height = RwSignal::new(DEFAULT_APPLY_HEIGHT);
    let frame = NodeRef::<Iframe>::new();
    let expected_origin = origin_of(&src);
    let listener = window_event_listener(ev::message, move |event: MessageEvent| {
        let Some(frame_window) = frame.get_untracked().and_then(|f| f.content_window()) else {
            return;
        };
        let from_frame = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &frame_window));
        if !from_frame || expected_origin.as_deref() != Some(event.origin().as_str()) {
            return;
        }
        if let Some(next) = resize_height(&BrowserJson(event.data())) {
            height.set(next);
        }
    });
    on_cleanup(move || listener.remove());

    view! {
        <iframe
            node_ref=frame
            class="tt-apply-frame"
            src=src
            title=title
            referrerpolicy="strict-origin-when-cross-origin"
            style:height=move || format!("{}px", height.get())
        ></iframe>
    }
}
