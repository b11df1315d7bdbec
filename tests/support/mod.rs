//! Fixtures shared by the browser test files.

use careers_widget::browser_json::BrowserJson;
use leptos::prelude::document;
use teamtailor_api::{decode_jobs_page, parse_json, Job};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

const JOBS: &str = include_str!("../../crates/api/tests/fixtures/jobs_20240904.json");

/// A new empty element in the page's body to mount into.
pub fn fresh_container() -> HtmlElement {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    container.unchecked_into()
}

/// An empty catalog as a board in the browser makes it: searching with the browser's
/// lower-casing (the widget's platform). Its owner lives as long as the test.
#[allow(dead_code)]
pub fn browser_catalog() -> careers_widget::state::Catalog {
    let owner = leptos::prelude::Owner::new();
    let catalog = owner.with(|| {
        leptos::prelude::provide_context(
            careers_widget::BoardHost::detached().scope(teamtailor_api::Language::En),
        );
        careers_widget::state::Catalog::new()
    });
    std::mem::forget(owner);
    catalog
}

/// The jobs of the 20240904 fixture.
pub fn sample_jobs() -> Vec<Job> {
    decode_jobs_page(&parse_json::<BrowserJson>(JOBS).unwrap())
        .unwrap()
        .jobs
}
