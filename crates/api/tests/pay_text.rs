//! Published pay in words, in the board's languages: the strings `Intl.NumberFormat` writes
//! for the currency's code (checked in the browser by the widget's tests), and the words.

use teamtailor_api::{Language, Salary};

fn pay(
    language: Language,
    min: Option<f64>,
    max: Option<f64>,
    currency: &str,
    period: Option<&str>,
) -> String {
    let salary = Salary::published(min, max, Some(currency), period).expect("published");
    language.texts().pay_text(&salary)
}

const NBSP: &str = "\u{a0}";

#[test]
fn a_range_reads_as_the_languages_own_numbers_and_currency_code() {
    let range = |language| pay(language, Some(55_000.0), Some(70_000.0), "SEK", None);
    assert_eq!(range(Language::En), format!("SEK{NBSP}55,000–70,000"));
    assert_eq!(
        range(Language::Sv),
        format!("55{NBSP}000–70{NBSP}000{NBSP}SEK")
    );
    assert_eq!(range(Language::De), format!("55.000–70.000{NBSP}SEK"));
    assert_eq!(
        range(Language::Fr),
        format!("55\u{202f}000–70\u{202f}000{NBSP}SEK")
    );
    assert_eq!(range(Language::Da), format!("55.000-70.000{NBSP}SEK"));
    assert_eq!(range(Language::Nl), format!("SEK{NBSP}55.000-70.000"));
    assert_eq!(range(Language::Pt), format!("SEK{NBSP}55.000–70.000"));
}

#[test]
fn four_digit_amounts_are_ungrouped_where_the_language_says_so() {
    let small = |language| pay(language, Some(900.0), Some(1_200.0), "EUR", None);
    assert_eq!(small(Language::Es), format!("900-1200{NBSP}EUR"));
    assert_eq!(small(Language::Pl), format!("900–1200{NBSP}EUR"));
    assert_eq!(small(Language::It), format!("900-1200{NBSP}EUR"));
    assert_eq!(small(Language::En), format!("EUR{NBSP}900–1,200"));
    assert_eq!(
        pay(Language::Es, Some(1_234_567.0), None, "EUR", None),
        format!("desde 1.234.567{NBSP}EUR")
    );
}

#[test]
fn a_lone_bound_reads_from_or_up_to_and_the_period_is_in_words() {
    assert_eq!(
        pay(Language::En, Some(42_000.0), None, "EUR", Some("yearly")),
        format!("from EUR{NBSP}42,000 a year")
    );
    assert_eq!(
        pay(Language::Sv, None, Some(30.0), "SEK", Some("hourly")),
        format!("upp till 30{NBSP}SEK/tim")
    );
    assert_eq!(
        pay(
            Language::De,
            Some(3_500.0),
            Some(4_200.0),
            "EUR",
            Some("monthly")
        ),
        format!("3.500–4.200{NBSP}EUR pro Monat")
    );
    assert_eq!(
        pay(
            Language::En,
            Some(3_000.0),
            Some(3_000.0),
            "USD",
            Some("weekly")
        ),
        format!("USD{NBSP}3,000 a week"),
        "equal bounds are one amount"
    );
}

#[test]
fn amounts_are_whole_units_rounded_half_up() {
    assert_eq!(
        pay(Language::En, Some(42.5), None, "USD", None),
        format!("from USD{NBSP}43")
    );
    assert_eq!(
        pay(Language::En, Some(41.4), Some(41.6), "USD", None),
        format!("USD{NBSP}41–42")
    );
}

#[test]
fn every_language_words_every_period() {
    for language in Language::ALL {
        let texts = language.texts();
        for period in ["hourly", "daily", "weekly", "monthly", "yearly"] {
            let text = texts
                .pay_text(&Salary::published(Some(10.0), None, Some("EUR"), Some(period)).unwrap());
            assert!(
                text.contains("10") && text.contains("EUR"),
                "{language:?} {period}: {text}"
            );
            assert!(!text.contains('{'), "{language:?} {period}: {text}");
        }
        for pattern in [texts.pay_range, texts.pay_amount] {
            assert!(pattern.contains("{code}"), "{language:?}: {pattern}");
        }
        assert_eq!(texts.pay_periods.split('|').count(), 5, "{language:?}");
        let digits = texts
            .digit_group
            .chars()
            .filter(char::is_ascii_digit)
            .count();
        assert!(
            matches!(digits, 4 | 5),
            "{language:?}: {}",
            texts.digit_group
        );
    }
}
