//! The careers widget: a Leptos client-side app that lists a company's Teamtailor jobs.

mod board_host;
pub mod browser_json;
mod client;
#[cfg(feature = "feeds")]
mod feed_client;
mod i18n;
mod job_cache;
mod mount;
mod prefetch;
mod sanitize;
pub mod state;
pub mod ui;

pub use board_host::BoardHost;
pub use i18n::Language;
pub use mount::{mount_board, BOARD_ELEMENT_ID};
