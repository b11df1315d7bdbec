//! Components rendered into a real DOM in headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use careers_view::ui::{ApplyFrame, ConfigErrorView, ErrorView, JobBody, JobList};
use careers_view::BoardScope;
use careers_widget::state::Catalog;
use careers_widget::ui::job_page_platform;
use careers_widget::Language;
use leptos::prelude::*;
use teamtailor_api::{ApiError, Job, JobFilters, Phase};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod support;

use support::{fresh_container, sample_jobs};

wasm_bindgen_test_configure!(run_in_browser);

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

/// The list of `rows` as the board shows it: a catalog holding them, every row shown.
fn list_of(rows: Vec<Job>) -> impl IntoView {
    let catalog = Catalog::new();
    let ids = Memo::new({
        let ids: Vec<String> = rows.iter().map(|job| job.id.clone()).collect();
        move |_| ids.clone()
    });
    catalog.set_listing(rows, Phase::Complete);
    let filters = Memo::new(|_| JobFilters::default());
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
    let _mounted = mount_to(container.clone(), move || {
        let html = Memo::new(move |_| html.clone());
        view! { <JobBody html rendering=job_page_platform().body /> }
    });
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

    // What the browser hands over as it is: not-a-number heights, a height as text, unknown
    // types. None of them may move the frame.
    for ignored in [
        "{type: 'unknown', height: 300}",
        "{type: 'resize', height: NaN}",
        "{type: 'resize', height: Infinity}",
        "{type: 'resize', height: '300'}",
        "[{type: 'resize', height: 300}]",
        "'[iFrameSizer]apply:Infinity:600:resize'",
        "'[iFrameSizer]apply::600:resize'",
        "'{\"type\":\"resize\",\"height\":\"300\"}'",
    ] {
        run_in_frame(&container, &format!("parent.postMessage({ignored}, '*')"));
        sleep_ms(50).await;
        assert_eq!(frame_height(&container), "20000px", "{ignored}");
    }

    // JSON text is read like an object, through the browser's own parser.
    run_in_frame(
        &container,
        r#"parent.postMessage('{"type":"setHeight","height":640.5}', '*')"#,
    );
    sleep_ms(50).await;
    assert_eq!(frame_height(&container), "641px");
}

#[wasm_bindgen_test]
fn messages_follow_the_board_language() {
    // The widget compiles in English only; Swedish comes as the text pack it would read.
    let pack = <careers_widget::browser_json::BrowserJson as teamtailor_api::JsonNode>::parse(
        include_str!("../i18n/sv.json"),
    )
    .unwrap();
    Language::Sv.install_texts(teamtailor_api::decode_text_pack(&pack).unwrap());
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), move || {
        provide_context(BoardScope {
            language: Language::Sv,
            texts: Language::Sv.texts(),
            ..BoardScope::current()
        });
        view! { <ErrorView error=ApiError::Timeout on_retry=Callback::new(|()| {}) /> }
    });

    assert_eq!(
        texts(&container, ".tt-error-message"),
        vec!["Jobbannonserna tog för lång tid att svara. Försök igen."]
    );
    assert_eq!(texts(&container, "button"), vec!["Försök igen"]);
}

#[wasm_bindgen_test]
fn an_installed_pack_becomes_the_languages_texts() {
    // Only English is compiled into the widget, so Finnish reads English until its pack is
    // installed (no other test here installs Finnish).
    assert!(!Language::Fi.has_texts());
    assert_eq!(Language::Fi.texts().retry, Language::En.texts().retry);
    let decode = || {
        let pack = <careers_widget::browser_json::BrowserJson as teamtailor_api::JsonNode>::parse(
            include_str!("../i18n/fi.json"),
        )
        .unwrap();
        teamtailor_api::decode_text_pack(&pack).unwrap()
    };
    Language::Fi.install_texts(decode());

    assert!(Language::Fi.has_texts());
    assert_eq!(Language::Fi.texts().entries(), decode().entries());
    let finnish_retry = decode().retry;
    assert_ne!(finnish_retry, Language::En.texts().retry);
    // A board in Finnish draws the pack's words.
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), move || {
        provide_context(BoardScope {
            language: Language::Fi,
            texts: Language::Fi.texts(),
            ..BoardScope::current()
        });
        view! { <ErrorView error=ApiError::Timeout on_retry=Callback::new(|()| {}) /> }
    });
    assert_eq!(texts(&container, "button"), vec![finnish_retry]);
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

// ---------------------------------------------------------------------------------------------
// The job-body sanitizer as a table: hostile input -> what the reader's DOM ends up holding.
// ---------------------------------------------------------------------------------------------

/// What a row expects of the sanitized body.
enum Expect {
    /// The body's `innerHTML`, exactly.
    Exact(String),
    /// The lower-cased `innerHTML` contains none of `absent` and all of `present`.
    Property {
        absent: &'static [&'static str],
        present: &'static [&'static str],
    },
}

struct Row {
    name: &'static str,
    input: String,
    expect: Expect,
}

fn exact(name: &'static str, input: &str, output: &str) -> Row {
    Row {
        name,
        input: input.to_owned(),
        expect: Expect::Exact(output.to_owned()),
    }
}

fn property(
    name: &'static str,
    input: &str,
    absent: &'static [&'static str],
    present: &'static [&'static str],
) -> Row {
    Row {
        name,
        input: input.to_owned(),
        expect: Expect::Property { absent, present },
    }
}

/// A kept body link as the sanitizer writes it.
fn kept_link(href: &str, text: &str) -> String {
    format!("<a href=\"{href}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">{text}</a>")
}

/// A kept body image as the sanitizer writes it (with the `alt` it gives one without).
fn kept_img(src: &str) -> String {
    format!("<img src=\"{src}\" loading=\"lazy\" referrerpolicy=\"no-referrer\" alt=\"\">")
}

const OK_IMG: &str = "https://img.example/a.png";
const OK_LINK: &str = "https://example.com/jobs";

fn sanitizer_rows() -> Vec<Row> {
    let link = kept_link(OK_LINK, "x");
    let img = kept_img(OK_IMG);
    vec![
        // Schemes hidden behind character references: the parser decodes them first.
        exact("decimal entity j", r#"<a href="&#106;avascript:alert(1)">x</a>"#, "x"),
        exact("hex entity j", r#"<a href="&#x6A;avascript:alert(1)">x</a>"#, "x"),
        exact(
            "hex entities without semicolons",
            r#"<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>"#,
            "x",
        ),
        exact("entity tab inside scheme", r#"<a href="jav&#x09;ascript:alert(1)">x</a>"#, "x"),
        exact("entity newline inside scheme", r#"<a href="jav&#x0A;ascript:alert(1)">x</a>"#, "x"),
        exact("named &Tab; and &NewLine;", r#"<a href="jav&Tab;ascr&NewLine;ipt:alert(1)">x</a>"#, "x"),
        exact("&colon; as the colon", r#"<a href="javascript&colon;alert(1)">x</a>"#, "x"),
        exact("&#58; as the colon", r#"<a href="javascript&#58;alert(1)">x</a>"#, "x"),
        exact("NUL reference in scheme", r#"<a href="java&#0;script:alert(1)">x</a>"#, "x"),
        exact("entity-encoded img src", r#"<p>a<img src="&#106;avascript:alert(1)">b</p>"#, "<p>ab</p>"),
        exact(
            "entity-encoded https stays a link",
            r#"<a href="https&#58;//example.com/jobs">x</a>"#,
            &link,
        ),
        // Schemes padded with spaces and control characters the URL parser strips.
        exact("leading space", r#"<a href=" javascript:alert(1)">x</a>"#, "x"),
        exact("leading U+0001", "<a href=\"\u{1}javascript:alert(1)\">x</a>", "x"),
        exact("leading U+001F and space", "<a href=\"\u{1f} \u{1f}javascript:alert(1)\">x</a>", "x"),
        exact("raw newline in scheme", "<a href=\"java\nscript:alert(1)\">x</a>", "x"),
        exact("raw tab and CR in scheme", "<a href=\"ja\tva\rscript:alert(1)\">x</a>", "x"),
        exact("upper-case scheme", r#"<A HREF="JaVaScRiPt:alert(1)">x</A>"#, "x"),
        exact("U+00A0 before scheme", "<a href=\"\u{a0}javascript:alert(1)\">x</a>", "x"),
        exact(
            "padded https is trimmed, not refused",
            "<a href=\" \u{1}https://example.com/jo\nbs\t \">x</a>",
            &link,
        ),
        exact("tab inside https", "<a href=\"ht\ttps://example.com/jobs\">x</a>", &link),
        exact(
            "space in a link is percent-encoded",
            r#"<a href="https://example.com/jobs ">x</a><a href="https://example.com/my jobs">y</a>"#,
            &format!("{link}{}", kept_link("https://example.com/my%20jobs", "y")),
        ),
        // data:, vbscript: and other non-web schemes, on links and images.
        exact("data: html link", r#"<a href="data:text/html,<script>alert(1)</script>">x</a>"#, "x"),
        exact(
            "data: base64 link",
            r#"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>"#,
            "x",
        ),
        exact("vbscript: link", r#"<a href="vbscript:msgbox(1)">x</a>"#, "x"),
        exact("blob: link", r#"<a href="blob:https://example.com/u">x</a>"#, "x"),
        exact("relative link", r#"<a href="/jobs/1">x</a>"#, "x"),
        exact("protocol-relative link", r#"<a href="//evil.example/">x</a>"#, "x"),
        exact("data: svg img", r#"<img src="data:image/svg+xml,<svg onload=alert(1)>">"#, ""),
        exact("data: png img", r#"<img src="data:image/png;base64,iVBORw0KGgo=">"#, ""),
        exact("vbscript: img", r#"<img src="vbscript:msgbox(1)">"#, ""),
        exact("javascript: img", r#"<img src="javascript:alert(1)">"#, ""),
        exact("relative img with onerror", r#"<img src=x onerror=alert(1)>"#, ""),
        exact("mailto: img", r#"<img src="mailto:jobs@example.com">"#, ""),
        // srcset: never kept on body images (only src, which is checked); the picture element's
        // sources go with it.
        exact(
            "srcset with a javascript: candidate",
            r#"<img src="https://img.example/a.png" srcset="https://img.example/a.png 1x, javascript:alert(1) 2x">"#,
            &img,
        ),
        exact("srcset without src", r#"<img srcset="https://img.example/a.png 1x">"#, ""),
        exact(
            "picture source srcset",
            r#"<picture><source srcset="javascript:alert(1)"><img src="https://img.example/a.png"></picture>"#,
            &img,
        ),
        exact(
            "img keeps alt and numeric width only",
            r##"<img src="https://img.example/a.png" alt="Team" width=" 640 " height="100%" style="x" usemap="#m">"##,
            r#"<img src="https://img.example/a.png" alt="Team" width="640" loading="lazy" referrerpolicy="no-referrer">"#,
        ),
        // The body element's own attributes never reach the page.
        exact("body onload", "<body onload=alert(1)><p>hi</p></body>", "<p>hi</p>"),
        exact(
            "full document with head script",
            "<html onmouseover=alert(1)><head><script>alert(1)</script></head><body onload=\"alert(1)\">hi</body></html>",
            "hi",
        ),
        exact("second body tag merges attributes", "<p>a</p><body onload=alert(1)>b", "<p>a</p>b"),
        // Event handlers and other attributes on allowed tags.
        exact("p onclick", r#"<p onclick="alert(1)">x</p>"#, "<p>x</p>"),
        exact("mixed-case handlers", "<p ONCLICK=alert(1) OnMouseOver=alert(1)>x</p>", "<p>x</p>"),
        exact("slash-separated handler", "<p/onclick=alert(1)>x</p>", "<p>x</p>"),
        exact(
            "a onmouseover",
            r#"<a href="https://example.com/jobs" onmouseover="alert(1)">x</a>"#,
            &link,
        ),
        exact(
            "img onerror and onload",
            r#"<img src="https://img.example/a.png" onerror="alert(1)" onload="alert(1)">"#,
            &img,
        ),
        exact(
            "td onclick keeps colspan",
            "<table><tr><td onclick=alert(1) colspan=2 background=\"javascript:alert(1)\">x</td></tr></table>",
            r#"<table><tbody><tr><td colspan="2">x</td></tr></tbody></table>"#,
        ),
        exact(
            "id, name and class (DOM clobbering)",
            r#"<a href="https://example.com/jobs" id="location" name="cookie" class="tt-board">x</a><img src="https://img.example/a.png" name="getElementById">"#,
            &format!("{link}{img}"),
        ),
        exact(
            "marquee and details handlers, text kept",
            "<marquee onstart=alert(1)>m</marquee><details open ontoggle=alert(1)><summary>s</summary>d</details>",
            "msd",
        ),
        // Comments of every shape are removed; what the parser reads as markup is then cleaned.
        exact("abrupt empty comment", "<!--><script>alert(1)</script>-->", "--&gt;"),
        exact("comment around a script", "<p>a<!-- <script>alert(1)</script> -->b</p>", "<p>ab</p>"),
        exact(
            "conditional comment",
            "<!--[if IE]><script>alert(1)</script><![endif]--><p>ok</p>",
            "<p>ok</p>",
        ),
        exact("downlevel-revealed conditional", "<![if !IE]><p>ok</p><![endif]>", "<p>ok</p>"),
        exact(
            "comment closed by --!>",
            "<!-- a --!><img src=x onerror=alert(1)>-->",
            "--&gt;",
        ),
        exact(
            "processing instruction",
            r#"<?xml-stylesheet href="javascript:alert(1)"?><p>ok</p>"#,
            "<p>ok</p>",
        ),
        exact("CDATA outside foreign content", "<![CDATA[<script>alert(1)</script>]]>", "alert(1)]]&gt;"),
        // Nested and split tags: wrappers unwrap to their text, script-like content goes.
        exact("nested scripts in a div", "<div><script><script>alert(1)</script></script></div>", ""),
        exact("split script tag", "<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)"),
        exact(
            "layout wrappers unwrap",
            "<div><span><font color=red>kept <b>bold</b></font></span></div>",
            "kept <b>bold</b>",
        ),
        exact("sections unwrap", "<section><article><p>deep</p></article></section>", "<p>deep</p>"),
        exact("unknown custom tag unwraps", "<my-widget onclick=alert(1)><p>x</p></my-widget>", "<p>x</p>"),
        exact("style inside a wrapper", "<div><style>p{color:red}</style>text</div>", "text"),
        exact("script inside a span", "<span><script>alert(1)</script>after</span>", "after"),
        exact(
            "noscript inside a wrapper",
            "<div><noscript><p>ns</p><img src=x onerror=alert(1)></noscript>visible</div>",
            "visible",
        ),
        exact(
            "iframe deep in wrappers",
            r#"<div><div><div><iframe src="https://evil.example/"></iframe>t</div></div></div>"#,
            "t",
        ),
        exact(
            "wrapper inside a kept link",
            r#"<a href="https://example.com/jobs"><div><script>alert(1)</script>x</div></a>"#,
            &link,
        ),
        exact("textarea raw text", "<textarea><script>alert(1)</script></textarea>", ""),
        exact("xmp raw text", "<xmp><p>x</p></xmp>", ""),
        exact("plaintext swallows the rest", "<p>a</p><plaintext><p>b</p>", "<p>a</p>"),
        exact("template content", "<template><script>alert(1)</script><p>t</p></template>", ""),
        property(
            "10 000 nested divs",
            &format!("{}deep", "<div>".repeat(10_000)),
            &["<div"],
            &["deep"],
        ),
        // SVG and MathML are dropped whole; HTML the parser moves out of them is cleaned.
        exact("svg script", "<svg><script>alert(1)</script></svg>", ""),
        exact("svg onload", "<svg onload=\"alert(1)\"></svg>", ""),
        exact("svg unclosed onload", "<svg/onload=alert(1)>", ""),
        exact(
            "svg xlink link",
            r#"<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>"#,
            "",
        ),
        exact("svg style", "<svg><style><img src=x onerror=alert(1)></style></svg>", ""),
        exact("svg foreignObject", "<svg><foreignObject><p>x</p></foreignObject></svg>", ""),
        exact("html breaks out of svg", "<svg><p>escaped</p></svg>", "<p>escaped</p>"),
        exact(
            "math xlink:href",
            r#"<math><mi xlink:href="javascript:alert(1)">click</mi></math>"#,
            "",
        ),
        exact(
            "math maction",
            r#"<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">x</maction></math>"#,
            "",
        ),
        property(
            "math mglyph style mXSS",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            &["<img", "onerror", "<style", "<math", "<mglyph"],
            &[],
        ),
        property(
            "form math mXSS",
            "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
            &["<img", "onerror", "<style", "<math", "<form"],
            &[],
        ),
        // Style sheets and style attributes.
        exact("style element", "<style>body{display:none}</style><p>x</p>", "<p>x</p>"),
        exact(
            "style attribute with a url",
            r#"<p style="background:url(javascript:alert(1))">x</p>"#,
            "<p>x</p>",
        ),
        exact(
            "style attribute on a link",
            r#"<a href="https://example.com/jobs" style="position:fixed;inset:0">x</a>"#,
            &link,
        ),
        exact(
            "stylesheet link",
            r#"<link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>"#,
            "<p>x</p>",
        ),
        // Embedded documents.
        exact("iframe", r#"<iframe src="https://evil.example/"></iframe>"#, ""),
        exact("iframe srcdoc", r#"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#, ""),
        exact(
            "object and embed",
            r#"<object data="javascript:alert(1)">o</object><embed src="javascript:alert(1)">"#,
            "",
        ),
        exact("frameset", r#"<frameset><frame src="javascript:alert(1)"></frameset>"#, ""),
        exact("audio and video", "<audio src=x onerror=alert(1)></audio><video><source onerror=alert(1)></video>", ""),
        // Forms and controls.
        exact(
            "form with input and formaction",
            r#"<form action="javascript:alert(1)"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>"#,
            "",
        ),
        exact("autofocus input", "<input autofocus onfocus=alert(1)>", ""),
        exact("input inside a paragraph", "<p>Name: <input value=x></p>", "<p>Name: </p>"),
        exact("select", "<select><option>a</option></select>", ""),
        // Document-level tags.
        exact(
            "base href",
            r#"<base href="https://evil.example/"><a href="https://example.com/jobs">x</a>"#,
            &link,
        ),
        exact(
            "meta refresh",
            r#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>x</p>"#,
            "<p>x</p>",
        ),
        exact("meta CSP", r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'">x"#, "x"),
        exact("title", "<title>t</title>x", "x"),
        // Links that leave the page: a new tab, no opener, no referrer, whatever the body said.
        exact("target=_blank", r#"<a href="https://example.com/jobs" target="_blank">x</a>"#, &link),
        exact(
            "target=_top rel=opener",
            r#"<a href="https://example.com/jobs" target="_top" rel="opener">x</a>"#,
            &link,
        ),
        exact(
            "link title kept, ping and download dropped",
            r#"<a href="https://example.com/jobs" title="More" ping="https://t.example/" download>x</a>"#,
            r#"<a href="https://example.com/jobs" title="More" rel="noopener noreferrer nofollow" target="_blank">x</a>"#,
        ),
        exact(
            "a link without href unwraps",
            r#"<a target="_blank" name="n">x</a>"#,
            "x",
        ),
        // What is left is valid HTML: no link without href, no image without src or alt, no
        // list item, term or caption outside its parent, no cell spanning zero columns.
        exact(
            "refused href with target and rel unwraps",
            r#"<p><a href="/jobs" target="_blank" rel="noopener"><b>x</b></a></p>"#,
            "<p><b>x</b></p>",
        ),
        exact("img with alt but no src is removed", r#"<p>a<img alt="logo" width="2">b</p>"#, "<p>ab</p>"),
        exact("menu items unwrap", "<menu><li>one</li><li>two</li></menu>", "onetwo"),
        exact(
            "terms and captions outside their parents unwrap",
            "<div><dt>t</dt><dd>d</dd><figcaption>c</figcaption></div>",
            "tdc",
        ),
        exact(
            "list items through an unwrapped wrapper stay",
            "<ul><div><li>a</li></div></ul><dl><div><dt>t</dt><dd>d</dd></div></dl>",
            "<ul><li>a</li></ul><dl><dt>t</dt><dd>d</dd></dl>",
        ),
        exact(
            "colspan zero goes, rowspan zero stays",
            r#"<table><tr><td colspan="0" rowspan="0">x</td></tr></table>"#,
            r#"<table><tbody><tr><td rowspan="0">x</td></tr></tbody></table>"#,
        ),
        // mailto: is a body link like any other.
        exact(
            "mailto link",
            r#"<a href="mailto:jobs@example.com">Mail us</a>"#,
            &kept_link("mailto:jobs@example.com", "Mail us"),
        ),
        exact(
            "mailto with query",
            r#"<a href="MAILTO:jobs@example.com?subject=Hi&amp;body=There">m</a>"#,
            &kept_link("MAILTO:jobs@example.com?subject=Hi&amp;body=There", "m"),
        ),
        exact("empty mailto", r#"<a href="mailto:">x</a>"#, "x"),
        // The safe rest of a body is kept as written.
        exact(
            "formatting kept",
            "<h2>About</h2><p>Hi <strong>there</strong>, <em>you</em></p><ul><li>one</li></ul>",
            "<h2>About</h2><p>Hi <strong>there</strong>, <em>you</em></p><ul><li>one</li></ul>",
        ),
    ]
}

fn rel_tokens(value: &str) -> Vec<&str> {
    value.split_ascii_whitespace().collect()
}

/// Rules every sanitized body obeys, whatever the row: only kept HTML elements, no comments,
/// only allow-listed attributes (plus the ones the sanitizer adds), web/mail URLs only, and
/// every link carrying `OUTBOUND_LINK_REL`.
fn invariant_violations(node: &web_sys::Node, found: &mut Vec<String>) {
    use teamtailor_api::{allowed_attribute, allowed_tag, TagRule, OUTBOUND_LINK_REL};
    let mut child = node.first_child();
    while let Some(current) = child {
        child = current.next_sibling();
        match current.node_type() {
            web_sys::Node::TEXT_NODE => continue,
            web_sys::Node::ELEMENT_NODE => {}
            other => {
                found.push(format!("node of type {other} kept"));
                continue;
            }
        }
        let element: web_sys::Element = current.clone().unchecked_into();
        let tag = element.local_name();
        if element.namespace_uri().as_deref() != Some("http://www.w3.org/1999/xhtml")
            || allowed_tag(&tag) != TagRule::Keep
        {
            found.push(format!("element <{tag}> kept"));
        }
        let names = element.get_attribute_names();
        for name in names.iter().filter_map(|name| name.as_string()) {
            let value = element.get_attribute(&name).unwrap_or_default();
            let lower = value.to_ascii_lowercase();
            let added = match (tag.as_str(), name.as_str()) {
                ("a", "rel") => {
                    let tokens = rel_tokens(&value);
                    rel_tokens(OUTBOUND_LINK_REL)
                        .iter()
                        .all(|token| tokens.contains(token))
                }
                ("a", "target") => value == "_blank",
                ("img", "loading") => value == "lazy",
                ("img", "referrerpolicy") => value == "no-referrer",
                _ => false,
            };
            let url_ok = match name.as_str() {
                "href" => ["https://", "http://", "mailto:"]
                    .iter()
                    .any(|scheme| lower.starts_with(scheme)),
                "src" => lower.starts_with("https://") || lower.starts_with("http://"),
                _ => true,
            };
            let allowed = added || allowed_attribute(&tag, &name, &value).as_ref() == Some(&value);
            if name.starts_with("on") || !url_ok || !allowed {
                found.push(format!("<{tag} {name}={value:?}> kept"));
            }
        }
        match tag.as_str() {
            "a" if element.get_attribute("href").is_none()
                || element.get_attribute("rel").is_none() =>
            {
                found.push("<a> without href or rel".to_owned());
            }
            "img"
                if element.get_attribute("src").is_none()
                    || element.get_attribute("alt").is_none() =>
            {
                found.push("<img> without src or alt".to_owned());
            }
            _ => {}
        }
        let parent = match node.dyn_ref::<web_sys::Element>() {
            Some(parent) if !parent.class_list().contains("tt-job-body") => parent.local_name(),
            _ => "div".to_owned(),
        };
        let has = |name: &str| element.has_attribute(name);
        if teamtailor_api::kept_element_rule(&tag, has, &parent) != TagRule::Keep {
            found.push(format!("<{tag}> in <{parent}> not valid there"));
        }
        invariant_violations(&current, found);
    }
}

#[wasm_bindgen_test]
async fn sanitizer_table_hostile_bodies_become_safe_dom() {
    // Anything that runs `alert` here counts as an escape instead of blocking the browser.
    let alerts = js_sys::Function::new_with_args(
        "message",
        "(window.__tt_alerts = window.__tt_alerts || []).push(String(message))",
    );
    js_sys::Reflect::set(&window(), &"alert".into(), &alerts).unwrap();

    let rows = sanitizer_rows();
    let mut failures = Vec::new();
    let mut mounted = Vec::new();
    for row in &rows {
        let container = fresh_container();
        let html = row.input.clone();
        mounted.push(mount_to(container.clone(), move || {
            let html = Memo::new(move |_| html.clone());
            view! { <JobBody html rendering=job_page_platform().body /> }
        }));
        leptos::task::tick().await;
        let Some(body) = container.query_selector(".tt-job-body").unwrap() else {
            failures.push(format!("{}: no .tt-job-body", row.name));
            continue;
        };
        let output = body.inner_html();
        match &row.expect {
            Expect::Exact(expected) if &output != expected => {
                failures.push(format!("{}: got {output:?}, want {expected:?}", row.name));
            }
            Expect::Property { absent, present } => {
                let lower = output.to_ascii_lowercase();
                for needle in absent.iter().filter(|needle| lower.contains(*needle)) {
                    failures.push(format!("{}: {needle:?} in {output:?}", row.name));
                }
                for needle in present.iter().filter(|needle| !lower.contains(*needle)) {
                    failures.push(format!("{}: {needle:?} missing from {output:?}", row.name));
                }
            }
            Expect::Exact(_) => {}
        }
        let mut violations = Vec::new();
        invariant_violations(&body, &mut violations);
        failures.extend(violations.into_iter().map(|v| format!("{}: {v}", row.name)));
    }
    // Give load/error/focus handlers that survived a chance to fire.
    sleep_ms(200).await;
    let fired = js_sys::Reflect::get(&window(), &"__tt_alerts".into()).unwrap();
    if !fired.is_undefined() {
        failures.push(format!("script ran: {:?}", js_sys::JSON::stringify(&fired)));
    }
    drop(mounted);
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test]
fn the_table_invariants_catch_unsafe_dom() {
    let body = document().create_element("div").unwrap();
    body.set_inner_html(concat!(
        "<p onclick=\"x\">a</p><!--c--><span>s</span>",
        "<a href=\"javascript:x\" rel=\"noopener noreferrer nofollow\">j</a>",
        "<a href=\"https://example.com/\">no rel</a><img srcset=\"https://img.example/a.png\">",
    ));
    let mut found = Vec::new();
    invariant_violations(&body, &mut found);
    assert_eq!(
        found,
        vec![
            "<p onclick=\"x\"> kept",
            "node of type 8 kept",
            "element <span> kept",
            "<a href=\"javascript:x\"> kept",
            "<a> without href or rel",
            "<img srcset=\"https://img.example/a.png\"> kept",
            "<img> without src or alt",
            "<img> in <div> not valid there",
        ]
    );
}
#[wasm_bindgen_test]
async fn job_body_cannot_create_the_host_pages_custom_elements() {
    js_sys::eval(concat!(
        "if (!customElements.get('tt-probe-p')) {",
        "  const count = () => { window.__tt_probe = (window.__tt_probe || 0) + 1; };",
        "  customElements.define('tt-probe-p', class extends HTMLParagraphElement {",
        "    constructor() { super(); count(); } }, { extends: 'p' });",
        "  customElements.define('tt-probe-a', class extends HTMLAnchorElement {",
        "    constructor() { super(); count(); } }, { extends: 'a' });",
        "  customElements.define('tt-probe-body', class extends HTMLBodyElement {",
        "    constructor() { super(); count(); } }, { extends: 'body' });",
        "  customElements.define('tt-probe-el', class extends HTMLElement {",
        "    constructor() { super(); count(); } });",
        "}",
    ))
    .unwrap();
    let probes = || js_sys::Reflect::get(&window(), &"__tt_probe".into()).unwrap();
    // The probes work: markup parsed into the page creates them.
    let control = document().create_element("div").unwrap();
    control.set_inner_html("<p is=\"tt-probe-p\">p</p><tt-probe-el></tt-probe-el>");
    assert_eq!(probes().as_f64(), Some(2.0));
    js_sys::Reflect::delete_property(&window(), &"__tt_probe".into()).unwrap();

    let container = fresh_container();
    let html = concat!(
        "<body is=\"tt-probe-body\"><p is=\"tt-probe-p\">p</p>",
        "<a is=\"tt-probe-a\" href=\"https://example.com/jobs\">a</a>",
        "<tt-probe-el>e</tt-probe-el></body>",
    )
    .to_owned();
    let _mounted = mount_to(container.clone(), move || {
        let html = Memo::new(move |_| html.clone());
        view! { <JobBody html rendering=job_page_platform().body /> }
    });
    leptos::task::tick().await;
    sleep_ms(50).await;

    assert!(
        probes().is_undefined(),
        "host custom elements created: {:?}",
        probes()
    );
    // The serializer writes an element's `is` value back even when the attribute is gone.
    let body = container.query_selector(".tt-job-body").unwrap().unwrap();
    assert_eq!(
        body.inner_html(),
        format!("<p>p</p>{}e", kept_link("https://example.com/jobs", "a"))
    );
}
