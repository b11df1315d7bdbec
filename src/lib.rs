//! The careers widget: mounts the view crate's board in the browser, loads and caches its
//! jobs, and fills the views' seams (`Intl`, `DOMParser`, the host page) from the browser.

mod board_host;
mod client;
#[cfg(feature = "feeds")]
mod feed_client;
pub mod i18n;
mod job_cache;
mod mount;
mod prefetch;
mod sanitize;
pub mod state;
pub mod ui;

pub use board_host::BoardHost;
pub use careers_view::browser_json;
pub use i18n::Language;
pub use mount::{mount_board, BOARD_ELEMENT_ID};
