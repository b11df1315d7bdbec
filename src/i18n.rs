//! User-facing text in the board's language. The tables are pure data in `teamtailor_api`
//! (`ui_text`); this module picks the board's language and asks the browser's `Intl` for
//! what depends on the locale: dates, plural forms and language names.

mod board_language;
mod intl_text;

pub use board_language::{detect_language, use_language, use_texts};
pub use intl_text::{format_date, job_count, language_name};
pub use teamtailor_api::{Language, Texts};
