//! Components rendered into a real DOM in headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use careers_widget::state::Catalog;
use careers_widget::ui::{ApplyFrame, ConfigErrorView, ErrorView, JobBody, JobList};
use careers_widget::Language;
use leptos::prelude::*;
use teamtailor_api::{parse_jobs_page, ApiError, Job, JobFilters, Phase};
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

fn sample_jobs() -> Vec<Job> {
    parse_jobs_page(JOBS).unwrap().jobs
}

/// The list of `rows` as the board shows it: a catalog holding them, every row shown.
fn list_of(rows: Vec<Job>) -> impl IntoView {
    let catalog = Catalog::new();
    let ids = Memo::new({
        let ids: Vec<String> = rows.iter().map(|job| job.id.clone()).collect();
        move |_| ids.clone()
    });
    catalog.set_listing(rows, Phase::Complete);
    let filters = Signal::stored(JobFilters::default());
    view! { <JobList rows=ids catalog filters on_open=Callback::new(|_: String| {}) /> }
}

#[wasm_bindgen_test]
fn job_list_renders_one_row_per_job_with_department_and_locations() {
    let container = fresh_container();
    let jobs = sample_jobs();
    let _mounted = mount_to(container.clone(), move || list_of(jobs));

    assert_eq!(
        texts(&container, ".tt-job-title"),
        vec!["Product Designer", "Support Hero"]
    );
    assert_eq!(texts(&container, ".tt-job-department"), vec!["Design"]);
    assert_eq!(
        texts(&container, ".tt-job-locations"),
        vec!["Stockholm, Berlin"]
    );
    assert_eq!(texts(&container, ".tt-job-remote"), vec!["Hybrid"]);
    let link = container.query_selector(".tt-job-title").unwrap().unwrap();
    let href = link.get_attribute("href").unwrap();
    assert!(href.ends_with("tt_job=101"), "{href}");
}

#[wasm_bindgen_test]
fn titles_are_text_not_markup() {
    let container = fresh_container();
    let mut jobs = sample_jobs();
    jobs[0].title = "<img src=x onerror=alert(1)>".to_owned();
    let _mounted = mount_to(container.clone(), move || list_of(jobs));

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

#[wasm_bindgen_test]
async fn job_body_keeps_formatting_and_drops_everything_that_can_run() {
    let container = fresh_container();
    let html = concat!(
        "<h2>About</h2><p onclick=\"alert(1)\">Hi <strong>there</strong></p>",
        "<script>window.__pwned = 1</script>",
        "<img src=x onerror=\"window.__pwned = 2\">",
        "<a href=\"javascript:alert(1)\">bad</a>",
        "<a href=\"https://example.com/a\">good</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\">svg</a></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<span style=\"color:red\">kept text</span>"
    )
    .to_owned();
    let _mounted = mount_to(container.clone(), move || view! { <JobBody html /> });
    leptos::task::tick().await;

    let body = container.query_selector(".tt-job-body").unwrap().unwrap();
    assert_eq!(
        body.inner_html(),
        concat!(
            "<h2>About</h2><p>Hi <strong>there</strong></p>",
            "bad",
            "<a href=\"https://example.com/a\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">good</a>",
            "kept text"
        )
    );
    let pwned = js_sys::Reflect::get(&window(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

async fn sleep_ms(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Runs `script` inside the iframe, so the message's source is the iframe's window.
fn run_in_frame(container: &HtmlElement, script: &str) {
    let frame: web_sys::HtmlIFrameElement = container
        .query_selector("iframe")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let frame_window = frame.content_window().unwrap();
    let eval: js_sys::Function = js_sys::Reflect::get(&frame_window, &"eval".into())
        .unwrap()
        .unchecked_into();
    eval.call1(&frame_window, &script.into()).unwrap();
}

fn frame_height(container: &HtmlElement) -> String {
    let frame: HtmlElement = container
        .query_selector("iframe")
        .unwrap()
        .unwrap()
        .unchecked_into();
    frame.style().get_property_value("height").unwrap()
}

#[wasm_bindgen_test]
async fn apply_frame_follows_resize_messages_from_its_own_window_only() {
    let container = fresh_container();
    // Same origin as the test page, so the test can run script inside the frame.
    let src = format!("{}/", window().location().origin().unwrap());
    let _mounted = mount_to(container.clone(), move || {
        view! { <ApplyFrame src title="Application form".to_owned() /> }
    });
    assert_eq!(frame_height(&container), "800px");
    sleep_ms(300).await;

    run_in_frame(
        &container,
        "parent.postMessage({type: 'teamtailor:resize', height: 1234}, '*')",
    );
    sleep_ms(50).await;
    assert_eq!(frame_height(&container), "1234px");

    run_in_frame(
        &container,
        "parent.postMessage('[iFrameSizer]apply:99999:600:resize', '*')",
    );
    sleep_ms(50).await;
    assert_eq!(frame_height(&container), "20000px");

    // The same message from the page itself (not the frame) changes nothing.
    window()
        .post_message(
            &js_sys::JSON::parse(r#"{"type":"resize","height":500}"#).unwrap(),
            "*",
        )
        .unwrap();
    sleep_ms(50).await;
    assert_eq!(frame_height(&container), "20000px");

    run_in_frame(
        &container,
        "parent.postMessage({type: 'unknown', height: 300}, '*')",
    );
    sleep_ms(50).await;
    assert_eq!(frame_height(&container), "20000px");
}

#[wasm_bindgen_test]
fn messages_follow_the_board_language() {
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), move || {
        provide_context(Language::Sv);
        view! { <ErrorView error=ApiError::Timeout on_retry=Callback::new(|()| {}) /> }
    });

    assert_eq!(
        texts(&container, ".tt-error-message"),
        vec!["Jobbannonserna tog för lång tid att svara. Försök igen."]
    );
    assert_eq!(texts(&container, "button"), vec!["Försök igen"]);
}

#[wasm_bindgen_test]
fn each_board_gets_its_own_ids_params_and_events() {
    use careers_widget::BoardHost;
    use teamtailor_api::WidgetConfig;

    let config = WidgetConfig::from_attributes(|name| match name {
        "api-key" => Some("k".into()),
        "route-param" => Some("eng_job".into()),
        _ => None,
    })
    .unwrap();
    let element = fresh_container();
    let first = BoardHost::new(&config, element.clone(), element.clone(), true);
    let second = BoardHost::new(&config, element.clone(), element.clone(), true);
    assert_ne!(first.id("search-input"), second.id("search-input"));
    assert_eq!(first.filter_prefix, "eng_");

    let received = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = received.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |event: web_sys::CustomEvent| {
            let id = js_sys::Reflect::get(&event.detail(), &"id".into()).unwrap();
            sink.borrow_mut().push((
                event.type_(),
                event.bubbles(),
                event.composed(),
                id.as_string(),
            ));
        },
    );
    document()
        .add_event_listener_with_callback("teamtailor:job-open", listener.as_ref().unchecked_ref())
        .unwrap();
    first.emit("job-open", &[("id", "7101".into())]);
    document()
        .remove_event_listener_with_callback(
            "teamtailor:job-open",
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();

    assert_eq!(
        *received.borrow(),
        vec![(
            "teamtailor:job-open".to_owned(),
            true,
            true,
            Some("7101".to_owned())
        )]
    );
}
