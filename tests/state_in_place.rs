//! Data arriving updates the views that show in place: the elements a reader is using — the
//! job page, its apply form, the search box, the rows — stay the same nodes (issue 8).
#![cfg(target_arch = "wasm32")]

use careers_view::ui::{JobPage, ListView};
use careers_widget::state::{Catalog, Navigator};
use careers_widget::BoardHost;
use leptos::prelude::*;
use teamtailor_api::Phase;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

mod support;

use support::{fresh_container, sample_jobs};

wasm_bindgen_test_configure!(run_in_browser);

fn find(container: &HtmlElement, selector: &str) -> Element {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

#[wasm_bindgen_test]
async fn a_job_page_updates_its_text_in_place_when_new_data_arrives() {
    let container = fresh_container();
    let jobs = sample_jobs();
    let id = jobs[0].id.clone();
    let catalog = Catalog::new();
    catalog.set_listing(jobs.clone(), Phase::Partial);
    let _mounted = mount_to(container.clone(), move || {
        let platform = careers_widget::ui::job_page_platform();
        view! { <JobPage job=catalog.job(id) on_back=Callback::new(|()| {}) platform /> }
    });
    leptos::task::tick().await;
    let article = find(&container, ".tt-job-page");
    let heading = find(&container, ".tt-job-heading");
    let apply = find(&container, ".tt-apply");

    let mut revised = jobs;
    revised[0].title = "Product Designer II".into();
    revised[0].pitch = Some("Now with a new pitch".into());
    catalog.set_listing(revised, Phase::Complete);
    leptos::task::tick().await;

    assert!(article.is_same_node(Some(&find(&container, ".tt-job-page"))));
    assert!(heading.is_same_node(Some(&find(&container, ".tt-job-heading"))));
    assert!(
        apply.is_same_node(Some(&find(&container, ".tt-apply"))),
        "the apply form stays"
    );
    assert_eq!(heading.text_content().unwrap(), "Product Designer II");
    assert_eq!(
        find(&container, ".tt-job-pitch").text_content().unwrap(),
        "Now with a new pitch"
    );
}

#[wasm_bindgen_test]
async fn the_search_box_and_rows_stay_while_more_jobs_arrive() {
    let container = fresh_container();
    let jobs = sample_jobs();
    let catalog = Catalog::new();
    catalog.set_listing(jobs[..1].to_vec(), Phase::Partial);
    let _mounted = mount_to(container.clone(), move || {
        let controls = Navigator::new(BoardHost::detached()).list_controls();
        view! { <ListView catalog controls /> }
    });
    leptos::task::tick().await;
    let search: HtmlInputElement = find(&container, "input[type=search]").unchecked_into();
    search.set_value("typed by the reader");
    search.focus().unwrap();
    let first_row = find(&container, ".tt-job");
    assert_eq!(container.query_selector_all(".tt-job").unwrap().length(), 1);

    catalog.set_listing(jobs.clone(), Phase::Complete);
    leptos::task::tick().await;

    let search_now = find(&container, "input[type=search]");
    assert!(search.is_same_node(Some(&search_now)));
    assert_eq!(search.value(), "typed by the reader");
    assert!(document()
        .active_element()
        .is_some_and(|active| active.is_same_node(Some(&search_now))));
    assert_eq!(
        container.query_selector_all(".tt-job").unwrap().length() as usize,
        jobs.len()
    );
    let same_row = container
        .query_selector(&format!("[data-job-id=\"{}\"]", jobs[0].id))
        .unwrap();
    assert!(
        first_row.is_same_node(same_row.as_ref().map(|row| row.as_ref())),
        "the row already shown is kept"
    );
}
