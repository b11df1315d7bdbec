//! User-facing text in the board's language. The tables are pure data in `teamtailor_api`
//! (`ui_text`; English compiled in, the others read as text packs); this module picks the
//! board's language, loads its pack, and asks the browser's `Intl` for what depends on the
//! locale: dates, plural forms and language names.

mod board_language;
mod intl_text;
mod text_packs;

pub use board_language::{detect_language, use_language, use_texts};
pub use intl_text::{format_date, job_count, language_name};
pub use teamtailor_api::{Language, Texts};
#[cfg(test)]
pub use text_packs::install_repository_packs;
pub use text_packs::load_text_pack;
