//! Components rendered into a real DOM in headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use careers_widget::ui::{ConfigErrorView, ErrorView, JobList};
use leptos::prelude::*;
use teamtailor_api::{parse_jobs_page, ApiError, Job};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const JOBS: &str = include_str!("../crates/api/tests/fixtures/jobs_20240904.json");

fn fresh_container() -> HtmlElement {
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    container.unchecked_into()
}

fn texts(container: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = container.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|index| {
            nodes
                .item(index)
                .unwrap()
                .text_content()
                .unwrap_or_default()
        })
        .collect()
}

fn sample_jobs() -> Arc<[Job]> {
    parse_jobs_page(JOBS).unwrap().jobs.into()
}

#[wasm_bindgen_test]
fn job_list_renders_one_row_per_job_with_department_and_locations() {
    let container = fresh_container();
    let jobs = sample_jobs();
    let _mounted = mount_to(container.clone(), move || view! { <JobList jobs /> });

    assert_eq!(
        texts(&container, ".tt-job-title"),
        vec!["Product Designer", "Support Hero"]
    );
    assert_eq!(
        texts(&container, ".tt-result-count"),
        vec!["2 open positions"]
    );
    assert_eq!(texts(&container, ".tt-job-department"), vec!["Design"]);
    assert_eq!(
        texts(&container, ".tt-job-locations"),
        vec!["Stockholm, Berlin"]
    );
    assert_eq!(texts(&container, ".tt-job-remote"), vec!["Hybrid"]);
    let link = container.query_selector(".tt-job-title").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://careers.example.com/jobs/101-designer")
    );
}

#[wasm_bindgen_test]
fn titles_are_text_not_markup() {
    let container = fresh_container();
    let mut jobs = sample_jobs().to_vec();
    jobs[0].title = "<img src=x onerror=alert(1)>".to_owned();
    let jobs: Arc<[Job]> = jobs.into();
    let _mounted = mount_to(container.clone(), move || view! { <JobList jobs /> });

    assert!(container.query_selector("img").unwrap().is_none());
    assert_eq!(
        texts(&container, ".tt-job-title")[0],
        "<img src=x onerror=alert(1)>"
    );
}

#[wasm_bindgen_test]
async fn retryable_error_shows_message_and_a_working_retry_button() {
    let container = fresh_container();
    let retries = RwSignal::new(0);
    let on_retry = Callback::new(move |()| retries.update(|count| *count += 1));
    let _mounted = mount_to(container.clone(), move || {
        view! { <ErrorView error=ApiError::Server { status: 503 } on_retry /> }
    });

    let alert = container.query_selector("[role=alert]").unwrap().unwrap();
    assert_eq!(alert.get_attribute("data-kind").as_deref(), Some("server"));
    let button: HtmlElement = container
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    leptos::task::tick().await;
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn unauthorized_error_offers_no_retry() {
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), move || {
        view! { <ErrorView error=ApiError::Unauthorized on_retry=Callback::new(|()| {}) /> }
    });

    assert!(texts(&container, ".tt-error-message")[0].contains("API key was not accepted"));
    assert!(container.query_selector("button").unwrap().is_none());
}

#[wasm_bindgen_test]
fn config_error_is_announced_as_an_alert() {
    let container = fresh_container();
    let message = "data-api-key is required".to_owned();
    let _mounted = mount_to(
        container.clone(),
        move || view! { <ConfigErrorView message /> },
    );

    assert_eq!(
        texts(&container, "[role=alert] .tt-error-message"),
        vec!["data-api-key is required"]
    );
}
