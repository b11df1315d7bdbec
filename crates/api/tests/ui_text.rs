//! The UI text tables: every language complete, numbers filled in, tags matched.

use teamtailor_api::{Language, PluralCategory, PluralText};

#[test]
fn language_tags_match_on_their_primary_subtag() {
    assert_eq!(Language::from_tag("sv-SE"), Some(Language::Sv));
    assert_eq!(Language::from_tag("DE_at"), Some(Language::De));
    assert_eq!(Language::from_tag("fr"), Some(Language::Fr));
    assert_eq!(Language::from_tag("xx-XX"), None);
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn every_table_fills_in_numbers() {
    for language in Language::ALL {
        let texts = language.texts();
        for category in CATEGORIES {
            let text = texts.job_count(17, category);
            assert!(text.contains("17") && !text.contains("{n}"), "{language:?}");
        }
        assert!(texts.show_more(30).contains("30"), "{language:?}");
    }
}

const CATEGORIES: [PluralCategory; 6] = [
    PluralCategory::Zero,
    PluralCategory::One,
    PluralCategory::Two,
    PluralCategory::Few,
    PluralCategory::Many,
    PluralCategory::Other,
];

#[test]
fn a_count_of_zero_reads_as_none_whatever_the_plural_rule() {
    let english = Language::En.texts();
    assert_eq!(
        english.job_count(0, PluralCategory::One),
        "No open positions match"
    );
    assert_eq!(
        english.job_count(0, PluralCategory::Other),
        "No open positions match"
    );
    assert_eq!(english.job_count(1, PluralCategory::One), "1 open position");
    assert_eq!(
        english.job_count(2, PluralCategory::Other),
        "2 open positions"
    );
}

#[test]
fn plural_categories_without_a_form_of_their_own_use_other() {
    let text = PluralText {
        one: "{n} one",
        few: Some("{n} few"),
        many: None,
        other: "{n} other",
    };
    assert_eq!(text.with_count(3, PluralCategory::Few), "3 few");
    assert_eq!(text.with_count(5, PluralCategory::Many), "5 other");
    assert_eq!(text.with_count(2, PluralCategory::Two), "2 other");
    assert_eq!(PluralCategory::from_cldr("few"), PluralCategory::Few);
    assert_eq!(
        PluralCategory::from_cldr("unheard-of"),
        PluralCategory::Other
    );
}
