//! Moving between the list and job pages: the route signal, the host page's history, and the
//! reader's place on the list when they come back to it.

use careers_view::ui::ListControls;
use leptos::ev;
use leptos::prelude::*;
use teamtailor_api::JobFilters;
use wasm_bindgen::JsCast;

use crate::board_host::BoardHost;
use crate::state::PAGE_ROWS;
use crate::state::{read_route, write_route, HistoryEntry, Route};

/// The board's route and the ways to change it. `Copy`, for event handlers.
#[derive(Clone, Copy)]
pub struct Navigator {
    route: RwSignal<Route>,
    host: StoredValue<BoardHost>,
    list_place: StoredValue<Option<ListPlace>>,
    /// How many matching rows the list shows; kept across job pages, reset by new filters.
    shown_rows: RwSignal<usize>,
}

impl Navigator {
    /// Reads the route from the URL and follows the browser's back and forward buttons.
    pub fn new(host: BoardHost) -> Self {
        let route = RwSignal::new(read_route(&host));
        let popstate = window_event_listener(ev::popstate, {
            let host = host.clone();
            move |_| route.set(read_route(&host))
        });
        on_cleanup(move || popstate.remove());
        let navigator = Self {
            route,
            host: StoredValue::new(host),
            list_place: StoredValue::new(None),
            shown_rows: RwSignal::new(PAGE_ROWS),
        };
        navigator.restore_list_position();
        navigator
    }

    /// The open job's id (`None`: the list).
    pub fn open_job(&self) -> Memo<Option<String>> {
        let route = self.route;
        Memo::new(move |_| route.with(|route| route.job.clone()))
    }

    /// How many matching rows the list shows.
    pub fn shown_rows(&self) -> RwSignal<usize> {
        self.shown_rows
    }

    pub fn filters(&self) -> Memo<JobFilters> {
        let route = self.route;
        Memo::new(move |_| route.with(|route| route.filters.clone()))
    }

    /// What the list reads from the route, and how it changes it.
    pub fn list_controls(&self) -> ListControls {
        let navigator = *self;
        ListControls {
            filters: self.filters(),
            shown_rows: self.shown_rows,
            set_filters: Callback::new(move |(filters, push)| navigator.set_filters(filters, push)),
            open: Callback::new(move |id| navigator.open(id)),
        }
    }

    /// Opens job `id`, remembering where the reader was on the list.
    pub fn open(&self, id: String) {
        let row_top = self
            .host
            .with_value(|host| host.query(&row_selector(&id)))
            .map(|row| row.get_bounding_client_rect().top());
        self.list_place.set_value(Some(ListPlace {
            scroll_y: window().scroll_y().unwrap_or(0.0),
            row_top,
        }));
        let filters = self.route.with_untracked(|route| route.filters.clone());
        self.go(
            Route {
                job: Some(id),
                filters,
            },
            HistoryEntry::Push,
        );
        self.host.with_value(BoardHost::scroll_to_top);
    }

    /// Back to the list with the filters of the moment.
    pub fn back(&self) {
        let filters = self.route.with_untracked(|route| route.filters.clone());
        self.go(Route { job: None, filters }, HistoryEntry::Push);
    }

    /// New filters; `push` makes a history entry (a facet), otherwise it is replaced (typing).
    pub fn set_filters(&self, filters: JobFilters, push: bool) {
        self.shown_rows.set(PAGE_ROWS);
        let entry = if push {
            HistoryEntry::Push
        } else {
            HistoryEntry::Replace
        };
        self.go(Route { job: None, filters }, entry);
    }

    fn go(&self, next: Route, entry: HistoryEntry) {
        self.host.with_value(|host| write_route(&next, host, entry));
        self.route.set(next);
    }

    /// Back on the list, puts the job the reader had opened where it was on screen and
    /// focuses its link.
    fn restore_list_position(&self) {
        let (open_job, list_place, host) = (self.open_job(), self.list_place, self.host);
        Effect::new(move |previous: Option<Option<String>>| {
            let current = open_job.get();
            if let (Some(Some(left)), None) = (&previous, &current) {
                let row = row_selector(left);
                let place = list_place.get_value();
                request_animation_frame(move || {
                    let row = host.with_value(|host| host.query(&row));
                    if let Some(place) = place {
                        place.restore(row.clone());
                    }
                    let link = row
                        .and_then(|row| row.query_selector(".tt-job-title").ok().flatten())
                        .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(link) = link {
                        let _ = link.focus();
                    }
                });
            }
            current
        });
    }
}

/// Where the reader was on the list when they opened a job.
#[derive(Clone, Copy)]
struct ListPlace {
    scroll_y: f64,
    /// The opened row's top in the viewport.
    row_top: Option<f64>,
}

impl ListPlace {
    /// Scrolls back, then corrects by the row's own offset: rows off screen are laid out at
    /// an estimated height (`content-visibility`), so the same scroll offset alone can show
    /// the list a row higher or lower than the reader left it.
    fn restore(self, row: Option<web_sys::Element>) {
        window().scroll_to_with_x_and_y(0.0, self.scroll_y);
        if let (Some(row), Some(row_top)) = (row, self.row_top) {
            settle_row_at(row, row_top, SETTLE_FRAMES);
        }
    }
}

/// Frames in which a restored row may still move: each correction brings rows on screen
/// that are then laid out at their real height, which can shift the row again.
const SETTLE_FRAMES: u8 = 4;

fn settle_row_at(row: web_sys::Element, row_top: f64, frames_left: u8) {
    let drift = row.get_bounding_client_rect().top() - row_top;
    if drift.abs() < 1.0 || frames_left == 0 {
        return;
    }
    window().scroll_by_with_x_and_y(0.0, drift);
    request_animation_frame(move || settle_row_at(row, row_top, frames_left - 1));
}

fn row_selector(id: &str) -> String {
    format!("[data-job-id=\"{}\"]", css_escape(id))
}

/// Ids are digits in practice; anything else is dropped rather than escaped.
fn css_escape(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
