//! What the components need from where they run. In the browser, `Intl` and `String` give
//! plural rules, language names and lower-casing for free, where Rust's own tables would cost
//! the wasm kilobytes; natively the CLI fills the same seams from CLDR crates and std.

use teamtailor_api::{Language, PluralCategory};

/// The list's seams, part of every board's [`crate::BoardScope`]. `Copy`: a handful of
/// function pointers.
#[derive(Clone, Copy)]
pub struct Platform {
    /// The CLDR cardinal category of a count in a language.
    pub plural_category: fn(Language, usize) -> PluralCategory,
    /// What a language code's language is called in a board's language, capitalised for a
    /// list ("de-AT" on a Danish board: "Østrigsk tysk"), for codes the board's own words do
    /// not name (`Texts::language_names`).
    pub language_name: fn(Language, &str) -> String,
    /// Lower-cases text in the scripts search does not fold itself (Greek, Cyrillic, …).
    pub lower_case: fn(&str) -> String,
    /// Runs work that can wait in a task of its own, so the first screen is not one long
    /// task on a phone; a page rendered to HTML runs it at once.
    pub next_task: fn(Box<dyn FnOnce()>),
}

impl Platform {
    /// For components rendered outside a board (single-component tests): English plural
    /// forms, codes in capitals, ASCII lower-casing. Every board provides its own.
    pub const PLAIN: Self = Self {
        plural_category: |_, count| match count {
            1 => PluralCategory::One,
            _ => PluralCategory::Other,
        },
        language_name: |_, code| code.to_ascii_uppercase(),
        lower_case: |text| text.to_ascii_lowercase(),
        next_task: |work| work(),
    };
}

/// What a job page adds, given to the job page itself: the widget builds its job pages into a
/// wasm chunk of their own and makes this where that chunk renders, so the list's first view
/// carries none of it.
#[derive(Clone, Copy)]
pub struct JobPagePlatform {
    /// A `YYYY-MM-DD` date (or RFC 3339 time, read in UTC) as a language's readers write it;
    /// anything else as sent.
    pub format_date: fn(Language, &str) -> String,
    /// How the job body's untrusted HTML becomes safe content.
    pub body: BodyRendering,
}

/// The two ways a job body is made safe.
#[derive(Clone, Copy)]
pub enum BodyRendering {
    /// Sanitized into markup, set as the body element's HTML: a page rendered to text.
    Markup(fn(&str) -> String),
    /// Built as nodes inside the body element, never re-serialized: the browser.
    Nodes(fn(&web_sys::Element, &str)),
}
