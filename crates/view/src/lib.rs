//! The job board's views, one set for every place the board is drawn: the widget mounts them
//! in the browser (Leptos `csr`), and the `careers` CLI renders them to HTML for snapshot
//! sites and for the loader's first rows (Leptos `ssr`). Markup that comes from here is the
//! same wherever it is shown, so the widget can take over a prerendered board unseen.
//!
//! What only a browser can do reaches the components through two seams: [`Platform`]
//! (plural rules, language names, dates, the body sanitizer) and [`BoardScope`] (ids, job
//! links, the host page's events). The widget fills them from `Intl`, `DOMParser` and its
//! host element; the CLI from CLDR crates, chrono and ammonia.

mod board_scope;
pub mod browser_json;
mod catalog;
pub mod i18n;
mod platform;
pub mod ui;

pub use board_scope::{BoardScope, JobLinks};
pub use catalog::{Catalog, Listing, RowFacts};
pub use platform::{BodyRendering, JobPagePlatform, Platform};

/// How many rows the list shows at first, and how many more each "show more" adds; only
/// rendered rows cost time per keystroke.
pub const PAGE_ROWS: usize = 30;

/// Marks a board drawn before the wasm mounted: by `careers snapshot` (`page`) or by the
/// loader script (`loader`). The widget keeps it on screen until its own board is ready.
pub const FIRST_ROWS_ATTRIBUTE: &str = "data-tt-first-rows";
