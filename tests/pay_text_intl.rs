//! The board writes pay with its own tables (crates/api's `Texts::pay_text`), so the widget's
//! rows and the snapshot's prerendered ones are the same text. Here, in the browser, those
//! tables meet `Intl.NumberFormat` with the currency's code in whole units: a table that
//! drifts from what the browser writes for its language fails.
#![cfg(target_arch = "wasm32")]

use careers_view::browser_json::BrowserJson;
use js_sys::{Array, Object, Reflect};
use teamtailor_api::{decode_text_pack, JsonNode, Language, Salary, Texts};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each language's table as the widget gets it: English compiled in, the others from the
/// text packs that ship.
fn texts(language: Language) -> &'static Texts {
    let pack = match language {
        Language::En => return Language::En.texts(),
        Language::Sv => include_str!("../i18n/sv.json"),
        Language::De => include_str!("../i18n/de.json"),
        Language::Fr => include_str!("../i18n/fr.json"),
        Language::Nb => include_str!("../i18n/nb.json"),
        Language::Da => include_str!("../i18n/da.json"),
        Language::Fi => include_str!("../i18n/fi.json"),
        Language::Nl => include_str!("../i18n/nl.json"),
        Language::Es => include_str!("../i18n/es.json"),
        Language::It => include_str!("../i18n/it.json"),
        Language::Pl => include_str!("../i18n/pl.json"),
        Language::Pt => include_str!("../i18n/pt.json"),
    };
    Box::leak(Box::new(
        decode_text_pack(&BrowserJson::parse(pack).unwrap()).unwrap(),
    ))
}

/// `Intl.NumberFormat(language, {style: "currency", currency, currencyDisplay: "code"})` in
/// whole units, as `formatRange(min, max)` or `format(amount)` writes it.
fn intl(language: Language, currency: &str, min: f64, max: Option<f64>) -> String {
    let options = Object::new();
    for (key, value) in [
        ("style", JsValue::from("currency")),
        ("currency", currency.into()),
        ("currencyDisplay", "code".into()),
        ("minimumFractionDigits", 0.into()),
        ("maximumFractionDigits", 0.into()),
    ] {
        Reflect::set(&options, &key.into(), &value).unwrap();
    }
    let locales: Array = [JsValue::from(language.code())].into_iter().collect();
    let format = js_sys::Intl::NumberFormat::new(&locales, &options);
    let (method, arguments): (&str, Array) = match max {
        Some(max) => (
            "formatRange",
            [JsValue::from(min), JsValue::from(max)]
                .into_iter()
                .collect::<Array>(),
        ),
        None => ("format", [JsValue::from(min)].into_iter().collect()),
    };
    let function: js_sys::Function = Reflect::get(&format, &method.into())
        .unwrap()
        .unchecked_into();
    function
        .apply(&format, &arguments)
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn every_languages_amounts_and_ranges_are_what_intl_writes() {
    let ranges = [
        (900.0, 1_200.0),
        (4_200.0, 5_800.0),
        (55_000.0, 70_000.0),
        (41.4, 41.6),
        (1_234_567.0, 2_500_000.0),
    ];
    let amounts = [7.0, 42.5, 4_200.0, 55_000.0, 999_999.0, 12_345_678.0];
    for language in Language::ALL {
        let texts = texts(language);
        for currency in ["SEK", "EUR", "USD"] {
            for (min, max) in ranges {
                let pay = Salary::published(Some(min), Some(max), Some(currency), None).unwrap();
                assert_eq!(
                    texts.pay_text(&pay),
                    intl(language, currency, min, Some(max)),
                    "{language:?} {currency} {min}–{max}"
                );
            }
            for amount in amounts {
                let exact =
                    Salary::published(Some(amount), Some(amount), Some(currency), None).unwrap();
                assert_eq!(
                    texts.pay_text(&exact),
                    intl(language, currency, amount, None),
                    "{language:?} {currency} {amount}"
                );
            }
        }
    }
}
