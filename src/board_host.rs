//! Where one board lives: its element, its URL parameters and its ids, so several boards on
//! one page (or one in a Shadow DOM) never step on each other.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use teamtailor_api::{WidgetConfig, DEFAULT_ROUTE_PARAM};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Marks the rows the loader script drew before the wasm arrived (scripts/first-rows.js).
pub const FIRST_ROWS_ATTRIBUTE: &str = "data-tt-first-rows";

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

    /// The host of the board the calling component belongs to; a detached default outside
    /// a board (component tests).
    pub fn current() -> Self {
        use_context::<Self>().unwrap_or_else(|| Self {
            job_param: DEFAULT_ROUTE_PARAM.to_owned(),
            filter_prefix: "tt_".to_owned(),
            id_prefix: "tt".to_owned(),
            embedded: false,
            element: None,
            container: None,
        })
    }

    /// An element id unique to this board: `tt-search-input`, `tt2-search-input`, ….
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.id_prefix)
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

    /// Removes the rows the loader drew, once the board shows a screen of its own. Both are
    /// in place in the same task, so no frame shows neither (or both: board.css hides the
    /// board while they are there).
    pub fn retire_first_rows(&self) {
        let Some(container) = &self.container else {
            return;
        };
        if let Ok(Some(rows)) = container.query_selector("[data-tt-first-rows]") {
            rows.remove();
        }
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
