//! The UI text tables: every language complete, numbers filled in, tags matched.

use teamtailor_api::Language;

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
        assert!(texts.job_count(17).contains("17"), "{language:?}");
        assert!(texts.show_more(30).contains("30"), "{language:?}");
        assert!(!texts.job_count(1).contains("{n}"), "{language:?}");
    }
}
