//! The view crate's [`Platform`] as the browser fills it.

use careers_view::Platform;

use super::intl_text::{language_name, plural_category};

/// Plural rules and language names from `Intl`, lower-casing from `String`, later tasks from
/// `setTimeout`.
pub fn browser_platform() -> Platform {
    Platform {
        plural_category,
        language_name,
        lower_case: browser_lower_case,
        next_task: |work| leptos::prelude::set_timeout(work, std::time::Duration::ZERO),
    }
}

/// Lower-cases with the browser's Unicode tables: std's would add about 5 KB brotli to the
/// wasm. Search calls it once per job text or query, and only for scripts beyond Latin.
fn browser_lower_case(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}
