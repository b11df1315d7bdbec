//! The board's UI text when it is not English: read from the text pack next to the widget
//! (`i18n/{code}.json`, see `teamtailor_api::decode_text_pack`) before the board mounts.
//! The loader script starts that request with the board's others, so it costs no round trip
//! of its own; a pack that cannot be read leaves the board in English.

use teamtailor_api::{decode_text_pack, ApiRequest, Language};

use crate::client::get_with_retries;

/// Installs `language`'s text pack, found relative to `asset_base` (the widget's stylesheet
/// URL, or the full-page board's document), unless its texts are already there.
pub async fn load_text_pack(language: Language, asset_base: &str) {
    if language.has_texts() {
        return;
    }
    let path = format!("i18n/{}.json", language.code());
    let Ok(url) = web_sys::Url::new_with_base(&path, asset_base) else {
        return;
    };
    let request = ApiRequest {
        url: url.href(),
        headers: Vec::new(),
    };
    let pack = get_with_retries(&request)
        .await
        .map_err(|error| error.to_string())
        .and_then(|pack| decode_text_pack(&pack));
    match pack {
        Ok(texts) => language.install_texts(texts),
        Err(error) => leptos::logging::warn!(
            "[teamtailor] the {} text could not be read ({error}); the board shows English",
            language.code()
        ),
    }
}

/// Installs every language's pack from the repository's `i18n/`, as the widget would read
/// them, for tests of language-dependent text.
#[cfg(test)]
pub fn install_repository_packs() {
    macro_rules! packs {
        ($($code:literal),*) => {
            [$(($code, include_str!(concat!("../../i18n/", $code, ".json")))),*]
        };
    }
    let packs = packs!("sv", "de", "fr", "nb", "da", "fi", "nl", "es", "it", "pl", "pt");
    for (code, pack) in packs {
        let language = Language::from_tag(code).expect("a board language");
        let node =
            <careers_view::browser_json::BrowserJson as teamtailor_api::JsonNode>::parse(pack)
                .expect("pack is JSON");
        language.install_texts(decode_text_pack(&node).expect("pack is complete"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn the_repositorys_packs_give_every_language_its_own_words() {
        install_repository_packs();
        for language in Language::ALL {
            assert!(language.has_texts(), "{language:?}");
        }
        assert_eq!(Language::Sv.texts().jobs_heading, "Lediga tjänster");
        assert_eq!(Language::Pl.texts().count.few, Some("{n} oferty pracy"));
    }
}
