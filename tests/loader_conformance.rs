//! The loader scripts mirror Rust rules so that what they do before the wasm arrives is what
//! the wasm then does: the first requests it adopts (scripts/first-request.js), and the first
//! rows it keeps until its own list is ready (scripts/first-rows.js). Each rule runs here on
//! both sides, in the same browser, over the fixture corpus in tests/conformance/: a rule
//! changed on one side alone fails.
#![cfg(target_arch = "wasm32")]

use careers_view::browser_json::BrowserJson;
use careers_view::RowFacts;
use careers_widget::i18n::detect_language;
use careers_widget::state::{job_href_prefix, read_route};
use careers_widget::BoardHost;
use js_sys::{Array, Function, Reflect, JSON};
use teamtailor_api::{
    decode_source, encode_component, facet_counts, merge_pages, AuthMode, Facet, JobFilters,
    JobsQuery, JsonNode, Language, Provider, SearchIndex, WidgetConfig,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Every list document the loader reads rows from.
const LIST_DOCUMENTS: &[(&str, &str)] = &[
    (
        "Teamtailor page, 20240904",
        include_str!("../crates/api/tests/fixtures/jobs_20240904.json"),
    ),
    (
        "Teamtailor page, 20161108",
        include_str!("../crates/api/tests/fixtures/jobs_20161108.json"),
    ),
    (
        "odd values, JSON:API",
        include_str!("conformance/odd-jobs-page.json"),
    ),
    (
        "odd values, snapshot",
        include_str!("conformance/odd-snapshot.json"),
    ),
];
const ROUTES: &str = include_str!("conformance/routes.json");
const FIRST_REQUESTS: &str = include_str!("conformance/first-requests.json");
const LANGUAGES: &str = include_str!("conformance/languages.json");

/// The loader's functions, evaluated from the files that ship.
struct Loader(JsValue);

impl Loader {
    fn new() -> Self {
        let source = [
            include_str!("../scripts/first-request.js"),
            include_str!("../scripts/first-rows.js"),
        ]
        .concat();
        let exported = "firstRowsOf, visibleFacets, jobHref, routeShowsList, startFirstRequests, boardLanguage";
        let body = format!("var FIRST_ROWS_TEMPLATE = \"\";\n{source}\nreturn {{ {exported} }};");
        Self(
            Function::new_no_args(&body)
                .call0(&JsValue::NULL)
                .expect("the loader evaluates"),
        )
    }

    fn call(&self, name: &str, arguments: &[JsValue]) -> JsValue {
        let function: Function = Reflect::get(&self.0, &name.into())
            .unwrap()
            .unchecked_into();
        let arguments: Array = arguments.iter().collect();
        function.apply(&JsValue::NULL, &arguments).expect(name)
    }
}

fn field(value: &JsValue, name: &str) -> JsValue {
    Reflect::get(value, &name.into()).unwrap()
}

fn strings(value: &JsValue) -> Vec<String> {
    value
        .dyn_ref::<Array>()
        .map(|array| array.iter().filter_map(|item| item.as_string()).collect())
        .unwrap_or_default()
}

fn json(text: &str) -> BrowserJson {
    BrowserJson::parse(text).expect("fixture is JSON")
}

/// A row as the board shows it: its id, title, department (none when blank) and locations.
#[derive(Debug, PartialEq)]
struct Row {
    id: String,
    title: String,
    department: Option<String>,
    locations: String,
    /// Whether the row shows pay (its words are the wasm's to write).
    pay: bool,
}

#[wasm_bindgen_test]
fn the_first_rows_are_the_rows_the_board_lists_in_its_order() {
    let loader = Loader::new();
    let config = WidgetConfig::from_attributes(|name| (name == "api-key").then(|| "k".into()))
        .expect("a config");
    for (name, text) in LIST_DOCUMENTS {
        let pages = decode_source(&json(text)).expect("the fixture decodes");
        let jobs: Vec<_> = merge_pages(pages)
            .into_iter()
            .filter(|job| config.lists(job))
            .collect();
        let rust: Vec<Row> = jobs
            .iter()
            .map(|job| {
                let facts = RowFacts::of(job);
                Row {
                    id: job.id.clone(),
                    title: facts.title,
                    department: facts.department,
                    locations: facts.locations,
                    pay: facts.pay.is_some(),
                }
            })
            .collect();
        let rows = loader.call("firstRowsOf", &[JSON::parse(text).unwrap()]);
        let js: Vec<Row> = rows
            .unchecked_ref::<Array>()
            .iter()
            .map(|row| Row {
                id: field(&row, "id").as_string().unwrap(),
                title: field(&row, "title").as_string().unwrap(),
                department: field(&row, "department")
                    .as_string()
                    .filter(|name| !name.is_empty()),
                locations: strings(&field(&row, "locations")).join(", "),
                pay: field(&row, "pay").is_truthy(),
            })
            .collect();
        assert!(!rust.is_empty(), "{name}: a fixture with rows");
        assert_eq!(js, rust, "{name}");

        // Which filters the board shows (ListView: more than one option).
        let counts = facet_counts(&jobs, &JobFilters::default(), &SearchIndex::new(&jobs));
        let visible = loader.call("visibleFacets", &[rows]);
        for facet in Facet::ALL {
            let shown_by_rust = counts.offers(facet);
            let shown_by_js = field(&visible, facet.param_suffix()).is_truthy();
            assert_eq!(shown_by_js, shown_by_rust, "{name}: the {facet:?} filter");
        }
    }
}

#[wasm_bindgen_test]
fn a_saved_array_of_pages_draws_no_early_rows() {
    // The loader reads one document; for an array of saved pages the wasm draws the list.
    let pages = format!(
        "[{}]",
        include_str!("../crates/api/tests/fixtures/jobs_20240904.json")
    );
    let rows = Loader::new().call("firstRowsOf", &[JSON::parse(&pages).unwrap()]);
    assert_eq!(rows.unchecked_ref::<Array>().length(), 0);
}

/// Runs `check` with the page's URL set to `url` (path and query), then puts it back.
/// Chromium ignores history calls beyond a few hundred per 10 s, so each test changes the
/// URL once per URL of its corpus, and checks that the change took.
fn at_url(url: &str, check: impl FnOnce()) {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let original = window.location().href().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(url))
        .unwrap();
    let location = window.location();
    let now = location.pathname().unwrap() + &location.search().unwrap();
    let expected = url.split('#').next().unwrap_or_default();
    assert_eq!(
        now,
        expected.strip_suffix('?').unwrap_or(expected),
        "the page is at {url}"
    );
    check();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&original))
        .unwrap();
}

fn element() -> HtmlElement {
    leptos::prelude::document()
        .create_element("div")
        .unwrap()
        .unchecked_into()
}

fn host_for_route_param(param: &str) -> BoardHost {
    let config = WidgetConfig::from_attributes(|name| match name {
        "api-key" => Some("k".into()),
        "route-param" => Some(param.into()),
        _ => None,
    })
    .expect("a config");
    let element = element();
    BoardHost::new(&config, element.clone(), element, false)
}

#[wasm_bindgen_test]
fn the_loader_draws_rows_exactly_when_the_route_is_the_plain_list() {
    let loader = Loader::new();
    let routes = JSON::parse(ROUTES).unwrap();
    let hosts: Vec<(String, BoardHost)> = strings(&field(&routes, "routeParams"))
        .into_iter()
        .map(|param| (param.clone(), host_for_route_param(&param)))
        .collect();
    for query in strings(&field(&routes, "queries")) {
        at_url(&format!("/conformance{query}"), || {
            for (param, host) in &hosts {
                let route = read_route(host);
                let plain_list = route.job.is_none() && route.filters.is_empty();
                let js = loader.call("routeShowsList", &[param.as_str().into()]);
                assert_eq!(js.as_bool(), Some(plain_list), "{param} on {query}");
            }
        });
    }
}

#[wasm_bindgen_test]
fn the_first_rows_link_where_the_boards_rows_link() {
    let loader = Loader::new();
    let links = field(&JSON::parse(ROUTES).unwrap(), "jobLinks");
    for page in strings(&field(&links, "pages")) {
        at_url(&page, || {
            for param in ["tt_job", "eng_job"] {
                for id in strings(&field(&links, "ids")) {
                    let rust = format!("{}{}", job_href_prefix(param), encode_component(&id));
                    let js = loader.call("jobHref", &[param.into(), id.as_str().into()]);
                    assert_eq!(
                        js.as_string().as_deref(),
                        Some(rust.as_str()),
                        "{page} {id}"
                    );
                }
            }
        });
    }
}

/// The URLs `startFirstRequests` fetches for a board element with `attributes` (`data-*`).
fn loader_requests(loader: &Loader, attributes: &JsValue, asset_base: &str) -> Vec<String> {
    let window = web_sys::window().unwrap();
    let fetch = Reflect::get(&window, &"fetch".into()).unwrap();
    let recorder = Function::new_with_args(
        "url",
        "(window.__conformanceFetched = window.__conformanceFetched || []).push(String(url)); \
         return new Promise(function () {});",
    );
    Reflect::set(&window, &"fetch".into(), &recorder).unwrap();
    Reflect::set(&window, &"__conformanceFetched".into(), &Array::new()).unwrap();
    let board = element();
    for name in js_sys::Object::keys(attributes.unchecked_ref::<js_sys::Object>()).iter() {
        let name = name.as_string().unwrap();
        let value = field(attributes, &name).as_string().unwrap();
        board
            .set_attribute(&format!("data-{name}"), &value)
            .unwrap();
    }
    loader.call("startFirstRequests", &[board.into(), asset_base.into()]);
    Reflect::set(&window, &"fetch".into(), &fetch).unwrap();
    strings(&Reflect::get(&window, &"__conformanceFetched".into()).unwrap())
}

/// What the wasm asks for first for the same board: its text pack (when not English), then
/// the list's first request and, on a link to a job, that job.
fn wasm_requests(attributes: &JsValue, asset_base: &str) -> Option<(Vec<String>, bool)> {
    let attribute = |name: &str| field(attributes, name).as_string();
    let config = WidgetConfig::from_attributes(attribute).ok()?;
    let mut urls = Vec::new();
    let language = detect_language(config.language.as_deref());
    if language != Language::En {
        let pack = format!("i18n/{}.json", language.code());
        urls.push(
            web_sys::Url::new_with_base(&pack, asset_base)
                .unwrap()
                .href(),
        );
    }
    // Header auth costs a preflight either way: the loader leaves it to the wasm.
    let adoptable =
        config.source.is_some() || config.feed.is_some() || config.auth == AuthMode::Query;
    if let Some(source) = &config.source {
        let base = leptos::prelude::document().base_uri().unwrap().unwrap();
        urls.push(web_sys::Url::new_with_base(source, &base).unwrap().href());
    } else if let Some(feed) = &config.feed {
        urls.push(match feed.provider {
            Provider::SmartRecruiters => feed.smartrecruiters_postings_request(0).url,
            _ => feed.recruitee_offers_request().url,
        });
    } else {
        urls.push(config.jobs_request(&JobsQuery::page(1)).url);
        let element = element();
        let job = read_route(&BoardHost::new(&config, element.clone(), element, false)).job;
        urls.extend(job.map(|id| config.job_request(&id).url));
    }
    Some((urls, adoptable))
}

#[wasm_bindgen_test]
fn the_loader_starts_exactly_the_requests_the_wasm_would_send() {
    let loader = Loader::new();
    let corpus = JSON::parse(FIRST_REQUESTS).unwrap();
    let asset_base = "https://cdn.example.com/careers/board.css";
    for page in strings(&field(&corpus, "pages")) {
        at_url(&page, || {
            for attributes in field(&corpus, "boards").unchecked_ref::<Array>().iter() {
                let described = JSON::stringify(&attributes).unwrap().as_string().unwrap();
                let js = loader_requests(&loader, &attributes, asset_base);
                match wasm_requests(&attributes, asset_base) {
                    Some((rust, true)) => assert_eq!(js, rust, "{described} on {page}"),
                    // The wasm fetches what the loader left: only the text pack may be early.
                    Some((rust, false)) => assert!(
                        js.iter().all(|url| url.contains("/i18n/")) && js.len() < rust.len(),
                        "{described} on {page}: {js:?} of {rust:?}"
                    ),
                    // A configuration error: no data request, only the text pack at most.
                    None => assert!(
                        js.iter().all(|url| url.contains("/i18n/")),
                        "{described} on {page}: {js:?}"
                    ),
                }
            }
        });
    }
}

#[wasm_bindgen_test]
fn the_loader_picks_the_boards_language() {
    let loader = Loader::new();
    let corpus = JSON::parse(LANGUAGES).unwrap();
    let root = leptos::prelude::document().document_element().unwrap();
    let original = root.get_attribute("lang");
    for page_lang in field(&corpus, "pageLang").unchecked_ref::<Array>().iter() {
        match page_lang.as_string() {
            Some(lang) => root.set_attribute("lang", &lang).unwrap(),
            None => root.remove_attribute("lang").unwrap(),
        }
        for configured in field(&corpus, "configured").unchecked_ref::<Array>().iter() {
            let rust = detect_language(configured.as_string().as_deref());
            let js = loader.call("boardLanguage", std::slice::from_ref(&configured));
            assert_eq!(
                js.as_string().as_deref(),
                Some(rust.code()),
                "{configured:?} on a page in {page_lang:?}"
            );
        }
    }
    match original {
        Some(lang) => root.set_attribute("lang", &lang).unwrap(),
        None => root.remove_attribute("lang").unwrap(),
    }
}
