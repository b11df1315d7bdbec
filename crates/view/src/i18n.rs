//! The board's words: the text tables are pure data in `teamtailor_api` (`ui_text`); what
//! depends on the locale (plural forms, language names) comes from the board's [`Platform`].
//!
//! [`Platform`]: crate::Platform

pub use teamtailor_api::{Language, Texts};

use crate::BoardScope;

/// The language of the board the calling component belongs to (English outside a board).
pub fn use_language() -> Language {
    BoardScope::current().language
}

/// The text table of the board the calling component belongs to (English outside a board).
pub fn use_texts() -> &'static Texts {
    BoardScope::current().texts
}

/// The result count in the calling board's words: "No open positions match", "3 oferty pracy".
pub fn job_count(count: usize) -> String {
    let scope = BoardScope::current();
    let category = (scope.platform.plural_category)(scope.language, count);
    scope.texts.job_count(count, category)
}

/// What `code`'s language is called in `language`, capitalised for a list: from the board's
/// words for its own languages, from the platform for any other.
pub fn language_name(language: Language, code: &str) -> String {
    let scope = BoardScope::current();
    match scope.texts.language_name(code) {
        Some(name) => name.to_owned(),
        None => (scope.platform.language_name)(language, code),
    }
}
