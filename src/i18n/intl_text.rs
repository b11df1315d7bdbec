//! What the browser's `Intl` knows about a locale: how it writes dates, which plural form a
//! number takes and what languages are called.

use std::cell::RefCell;

use teamtailor_api::{Language, PluralCategory};
use wasm_bindgen::prelude::*;

/// A `YYYY-MM-DD` date written the way readers of `language` expect ("16 May 2026",
/// "16 maj 2026"); anything the browser cannot read is shown as sent.
pub fn format_date(language: Language, iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in [
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("timeZone", "UTC"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(language.code(), &options).into()
}

thread_local! {
    /// One `Intl` formatter per language, made on first use: building one costs far more than
    /// asking it, and the count is asked on every keystroke, the names on every facet change.
    static PLURAL_RULES: RefCell<Vec<(Language, js_sys::Intl::PluralRules)>> = const { RefCell::new(Vec::new()) };
    static DISPLAY_NAMES: RefCell<Vec<(Language, DisplayNames)>> = const { RefCell::new(Vec::new()) };
}

/// `cache`'s value for `language`, made by `make` the first time it succeeds.
fn cached<T: Clone>(
    cache: &'static std::thread::LocalKey<RefCell<Vec<(Language, T)>>>,
    language: Language,
    make: impl FnOnce() -> Option<T>,
) -> Option<T> {
    cache.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, value)) = cache.iter().find(|(cached, _)| *cached == language) {
            return Some(value.clone());
        }
        let value = make()?;
        cache.push((language, value.clone()));
        Some(value)
    })
}

/// The plural category of `count` in `language`, by the browser's `Intl.PluralRules`.
pub fn plural_category(language: Language, count: usize) -> PluralCategory {
    let rules = cached(&PLURAL_RULES, language, || {
        let locales = js_sys::Array::of1(&language.code().into());
        Some(js_sys::Intl::PluralRules::new(
            &locales,
            &js_sys::Object::new(),
        ))
    });
    rules.map_or(PluralCategory::Other, |rules| {
        PluralCategory::from_cldr(&String::from(rules.select(count as f64)))
    })
}

/// What `code`'s language is called in `language` ("de" on a Swedish board: "Tyska"),
/// capitalised for a list; the code in capitals where the browser has no name for it.
pub fn language_name(language: Language, code: &str) -> String {
    let names = cached(&DISPLAY_NAMES, language, || {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
        // "none": undefined for a code the browser does not know, instead of echoing it.
        let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"none".into());
        DisplayNames::new(language.code(), &options).ok()
    });
    names
        .ok_or(JsValue::NULL)
        .and_then(|names| names.of(code))
        .ok()
        .and_then(|name| name.dyn_into::<js_sys::JsString>().ok())
        .map(|name| capitalise_first(&name, language))
        .unwrap_or_else(|| code.to_ascii_uppercase())
}

/// "svenska" → "Svenska": several languages write languages' names in lower case. The
/// browser upper-cases, so the wasm carries no Unicode case tables (about 3 KB).
fn capitalise_first(name: &js_sys::JsString, language: Language) -> String {
    let first = name.slice(0, 1).to_locale_upper_case(Some(language.code()));
    first.concat(&name.slice(1, name.length())).into()
}

#[wasm_bindgen]
extern "C" {
    /// `Intl.DisplayNames`, bound with `catch`: older browsers lack it, and `of` throws
    /// on a malformed code, which feeds may send.
    #[wasm_bindgen(js_namespace = Intl)]
    #[derive(Clone)]
    type DisplayNames;

    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locales: &str, options: &js_sys::Object) -> Result<DisplayNames, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn dates_are_written_for_the_reader_and_odd_values_kept() {
        assert_eq!(format_date(Language::En, "2026-05-16"), "May 16, 2026");
        assert_eq!(format_date(Language::Sv, "2026-05-16"), "16 maj 2026");
        assert_eq!(format_date(Language::De, "2026-05-16"), "16. Mai 2026");
        assert_eq!(format_date(Language::Pl, "2026-05-16"), "16 maja 2026");
        assert_eq!(format_date(Language::Nb, "2026-05-16"), "16. mai 2026");
        assert_eq!(format_date(Language::En, "soon"), "soon");
    }

    /// The result count as a board in `language` writes it with the browser's rules.
    fn job_count(language: Language, count: usize) -> String {
        language
            .texts()
            .job_count(count, plural_category(language, count))
    }

    #[wasm_bindgen_test]
    fn counts_follow_each_languages_plural_rule_and_zero_has_its_own_text() {
        crate::i18n::install_repository_packs();
        assert_eq!(job_count(Language::En, 1), "1 open position");
        assert_eq!(job_count(Language::En, 2), "2 open positions");
        // French treats 0 as singular ("0 poste"); the board says "none match" instead.
        assert_eq!(job_count(Language::Fr, 0), "Aucun poste ne correspond");
        assert_eq!(job_count(Language::Fr, 1), "1 poste ouvert");
        assert_eq!(job_count(Language::Fr, 2), "2 postes ouverts");
    }

    #[wasm_bindgen_test]
    fn polish_counts_take_one_few_and_many_forms() {
        crate::i18n::install_repository_packs();
        let count = |n| job_count(Language::Pl, n);
        assert_eq!(count(1), "1 oferta pracy");
        assert_eq!(count(3), "3 oferty pracy");
        assert_eq!(count(5), "5 ofert pracy");
        assert_eq!(count(22), "22 oferty pracy");
        assert_eq!(count(25), "25 ofert pracy");
    }

    #[wasm_bindgen_test]
    fn every_plural_form_the_browser_picks_for_a_count_has_its_own_text() {
        crate::i18n::install_repository_packs();
        for language in Language::ALL {
            let forms = &language.texts().count;
            for count in 1..=1000 {
                let has_own_form = match plural_category(language, count) {
                    PluralCategory::One | PluralCategory::Other => true,
                    PluralCategory::Few => forms.few.is_some(),
                    PluralCategory::Many => forms.many.is_some(),
                    PluralCategory::Zero | PluralCategory::Two => false,
                };
                assert!(has_own_form, "{language:?} {count}");
            }
        }
    }

    #[wasm_bindgen_test]
    fn language_names_are_in_the_boards_language_and_capitalised() {
        assert_eq!(language_name(Language::Sv, "de"), "Tyska");
        assert_eq!(language_name(Language::En, "de"), "German");
        assert_eq!(language_name(Language::Pl, "sv"), "Szwedzki");
        assert_eq!(language_name(Language::Fr, "en-GB"), "Anglais britannique");
        // Upper-cased by the browser, beyond ASCII too.
        assert_eq!(language_name(Language::Da, "de-AT"), "Østrigsk tysk");
    }

    #[wasm_bindgen_test]
    fn the_boards_own_names_of_its_languages_are_the_browsers() {
        // The tables name the board's languages so the first list needs no Intl.DisplayNames
        // (slow to make); they must say what the browser would.
        crate::i18n::install_repository_packs();
        for language in Language::ALL {
            for named in Language::ALL {
                assert_eq!(
                    language.texts().language_name(named.code()),
                    Some(language_name(language, named.code()).as_str()),
                    "{named:?} in {language:?}"
                );
            }
        }
    }

    #[wasm_bindgen_test]
    fn codes_without_a_name_are_shown_in_capitals() {
        // Well-formed but unknown, and malformed (DisplayNames throws on the latter).
        assert_eq!(language_name(Language::Sv, "xq"), "XQ");
        assert_eq!(language_name(Language::Sv, "not a code"), "NOT A CODE");
    }

    #[wasm_bindgen_test]
    fn without_display_names_in_the_browser_codes_are_shown_in_capitals() {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).unwrap();
        let key = JsValue::from_str("DisplayNames");
        let display_names = js_sys::Reflect::get(&intl, &key).unwrap();
        js_sys::Reflect::delete_property(intl.unchecked_ref::<js_sys::Object>(), &key).unwrap();
        let name = language_name(Language::Sv, "de");
        js_sys::Reflect::set(&intl, &key, &display_names).unwrap();
        assert_eq!(name, "DE");
    }
}
