//! Where one board lives: its element, its URL parameters and its ids, so several boards on
//! one page (or one in a Shadow DOM) never step on each other.

use std::sync::atomic::{AtomicUsize, Ordering};

use careers_view::{BoardScope, JobLinks};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use teamtailor_api::{Language, WidgetConfig, DEFAULT_ROUTE_PARAM};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::i18n;
use crate::state::{job_href_prefix, list_href};

static BOARDS_MOUNTED: AtomicUsize = AtomicUsize::new(0);

/// One board's place on the page, shared with its components through context.
#[derive(Clone)]
pub struct BoardHost {
    /// Host-page query parameter of the open job.
    pub job_param: String,
    /// Prefix of the filter parameters (`tt_`, `eng_`, …).
    pub filter_prefix: String,
    /// Prefix of element ids: `tt` for the first board, `tt2`, `tt3`, … for the next.
    pub id_prefix: String,
    /// True inside a host page's embed: the page's title is the host's, not ours.
    pub embedded: bool,
    /// The element the `teamtailor:*` events are dispatched on.
    element: Option<SendWrapper<HtmlElement>>,
    /// The element the board renders into (inside the shadow root when there is one).
    container: Option<SendWrapper<HtmlElement>>,
}

impl BoardHost {
    /// A board mounted into `container`, announcing its events on `element`.
    pub fn new(
        config: &WidgetConfig,
        element: HtmlElement,
        container: HtmlElement,
        embedded: bool,
    ) -> Self {
        let number = BOARDS_MOUNTED.fetch_add(1, Ordering::Relaxed) + 1;
        Self {
            job_param: config.route_param.clone(),
            filter_prefix: config.filter_param_prefix(),
            id_prefix: if number == 1 {
                "tt".to_owned()
            } else {
                format!("tt{number}")
            },
            embedded,
            element: Some(SendWrapper::new(element)),
            container: Some(SendWrapper::new(container)),
        }
    }

    /// A host attached to no element, with the first board's names (component tests).
    pub fn detached() -> Self {
        Self {
            job_param: DEFAULT_ROUTE_PARAM.to_owned(),
            filter_prefix: "tt_".to_owned(),
            id_prefix: "tt".to_owned(),
            embedded: false,
            element: None,
            container: None,
        }
    }

    /// An element id unique to this board: `tt-search-input`, `tt2-search-input`, ….
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.id_prefix)
    }

    /// What the board's components see of this host: the browser's platform, its ids, links
    /// on this page's URL, and `teamtailor:apply-open` when a reader opens an application.
    /// Call it inside the board's owner (the callback lives there).
    pub fn scope(&self, language: Language) -> BoardScope {
        let host = self.clone();
        BoardScope {
            language,
            texts: language.texts(),
            platform: i18n::browser_platform(),
            // A board's names live as long as its page; leaked, they make the scope `Copy`.
            id_prefix: self.id_prefix.clone().leak(),
            job_param: self.job_param.clone().leak(),
            links: JobLinks::ThisPage {
                job_prefix: job_href_prefix,
                list: list_href,
            },
            interactive: true,
            on_apply_open: Some(Callback::new(move |id: String| {
                host.emit("apply-open", &[("id", id.into())])
            })),
        }
    }

    /// Dispatches `teamtailor:NAME` on the board's element; see [`dispatch_event`].
    pub fn emit(&self, name: &str, detail: &[(&str, JsValue)]) {
        if let Some(element) = &self.element {
            dispatch_event(element, name, detail);
        }
    }

    /// Brings the board's top into view for a new page: the window's top on the full-page
    /// board; in an embed, only when the board's top has scrolled out of view above.
    pub fn scroll_to_top(&self) {
        match (&self.container, self.embedded) {
            (Some(container), true) => {
                if container.get_bounding_client_rect().top() < 0.0 {
                    container.scroll_into_view();
                }
            }
            _ => window().scroll_to_with_x_and_y(0.0, 0.0),
        }
    }

    /// The element the board renders into.
    pub fn container(&self) -> Option<&HtmlElement> {
        self.container.as_deref()
    }

    /// The first element matching `selector` inside this board.
    pub fn query(&self, selector: &str) -> Option<web_sys::Element> {
        match &self.container {
            Some(container) => container.query_selector(selector).ok().flatten(),
            None => document().query_selector(selector).ok().flatten(),
        }
    }
}

/// Dispatches `teamtailor:NAME` on `element`, bubbling and composed (so it crosses the shadow
/// boundary), with `detail` built from the given pairs.
pub fn dispatch_event(element: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(&format!("teamtailor:{name}"), &init) {
        let _ = element.dispatch_event(&event);
    }
}
