//! The board's language in the browser: which one it speaks, its text pack, and what the
//! view crate's [`careers_view::Platform`] asks of the browser's `Intl`: dates, plural forms
//! and language names.

mod board_language;
mod browser_platform;
mod intl_text;
mod text_packs;

pub use board_language::detect_language;
pub use browser_platform::browser_platform;
pub use intl_text::{format_date, language_name, plural_category};
pub use teamtailor_api::Language;
#[cfg(test)]
pub use text_packs::install_repository_packs;
pub use text_packs::load_text_pack;
