//! Which language a board speaks.

use leptos::prelude::{document, window};
use teamtailor_api::Language;

/// `data-language`, else `<html lang>`, else the browser's language, else English.
pub fn detect_language(configured: Option<&str>) -> Language {
    let page = document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"));
    let browser = window().navigator().language();
    [configured.map(str::to_owned), page, browser]
        .into_iter()
        .flatten()
        .find_map(|tag: String| Language::from_tag(&tag))
        .unwrap_or(Language::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn configured_language_wins_over_the_page_and_browser() {
        assert_eq!(detect_language(Some("sv")), Language::Sv);
        // The test page is not Swedish, so an unknown configured value falls through.
        assert_ne!(detect_language(Some("xx")), Language::Sv);
    }
}
