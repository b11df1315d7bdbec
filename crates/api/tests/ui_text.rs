//! The UI text tables: every language complete and its own, numbers filled in, tags matched.

use std::collections::HashMap;

use teamtailor_api::{ApiError, Language, PluralCategory, PluralText, Provider};

#[test]
fn language_tags_match_on_their_primary_subtag() {
    for (tag, language) in [
        ("sv-SE", Language::Sv),
        ("DE_at", Language::De),
        ("fr", Language::Fr),
        ("nb", Language::Nb),
        ("nb-NO", Language::Nb),
        ("no", Language::Nb),
        ("nn-NO", Language::Nb),
        ("da-DK", Language::Da),
        ("fi", Language::Fi),
        ("nl-BE", Language::Nl),
        ("es-MX", Language::Es),
        ("es-419", Language::Es),
        ("it-CH", Language::It),
        ("pl-PL", Language::Pl),
        ("pt-BR", Language::Pt),
        ("pt_PT", Language::Pt),
    ] {
        assert_eq!(Language::from_tag(tag), Some(language), "{tag}");
    }
    assert_eq!(Language::from_tag("xx-XX"), None);
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn every_language_code_reads_back_as_its_language() {
    for language in Language::ALL {
        assert_eq!(Language::from_tag(language.code()), Some(language));
    }
}

#[test]
fn every_table_has_every_text_with_the_same_placeholders() {
    let english = Language::En.texts().entries();
    for language in Language::ALL {
        let entries: HashMap<_, _> = language.texts().entries().into_iter().collect();
        for (key, english_text) in &english {
            let text = entries
                .get(key)
                .unwrap_or_else(|| panic!("{language:?} lacks {key}"));
            assert!(!text.trim().is_empty(), "{language:?} {key} is empty");
            for placeholder in ["{n}", "{department}", "{source}", "{setting}"] {
                assert_eq!(
                    text.contains(placeholder),
                    english_text.contains(placeholder),
                    "{language:?} {key}: {placeholder} as in English"
                );
            }
        }
    }
}

/// Strings that are the same word in English and the language: loanwords job sites use.
const SAME_AS_ENGLISH: &[(Language, &str)] = &[
    (Language::Sv, "remote_hybrid"),
    (Language::De, "remote"),
    (Language::De, "remote_fully"),
    (Language::De, "remote_hybrid"),
    (Language::Fr, "freelance"),
    (Language::Nb, "remote_hybrid"),
    (Language::Da, "remote_hybrid"),
    (Language::Da, "freelance"),
    (Language::Nl, "freelance"),
    (Language::It, "freelance"),
    (Language::Pl, "freelance"),
];

/// Entries that are number formats, not words: a language may write numbers as English does.
const NUMBER_FORMATS: &[&str] = &["pay_range", "pay_amount", "digit_group"];

#[test]
fn no_table_copies_english() {
    let english: HashMap<_, _> = Language::En.texts().entries().into_iter().collect();
    for language in Language::ALL.into_iter().skip(1) {
        let entries = language.texts().entries();
        let same: Vec<_> = entries
            .iter()
            .filter(|(key, text)| english.get(key) == Some(text) && !NUMBER_FORMATS.contains(key))
            .map(|(key, _)| *key)
            .collect();
        for key in &same {
            assert!(
                SAME_AS_ENGLISH.contains(&(language, key)),
                "{language:?} {key} is still English: translate it or allow-list it"
            );
        }
        // The allow-list stays small: a table with more than 1 in 10 English strings is a copy.
        assert!(same.len() * 10 < entries.len(), "{language:?}: {same:?}");
    }
}

#[test]
fn polish_counts_have_a_few_and_a_many_form() {
    let count = |n, category| Language::Pl.texts().job_count(n, category);
    assert_eq!(count(1, PluralCategory::One), "1 oferta pracy");
    assert_eq!(count(3, PluralCategory::Few), "3 oferty pracy");
    assert_eq!(count(5, PluralCategory::Many), "5 ofert pracy");
}

#[test]
fn every_table_fills_in_numbers() {
    for language in Language::ALL {
        let texts = language.texts();
        for category in CATEGORIES {
            let text = texts.job_count(17, category);
            assert!(text.contains("17") && !text.contains("{n}"), "{language:?}");
        }
        let show_more = texts.show_more(30);
        assert!(
            show_more.contains("30") && !show_more.contains('{'),
            "{language:?}"
        );
        let heading = texts.suggestions_heading(Some("R&D {EU}"));
        assert!(heading.contains("R&D {EU}"), "{language:?}");
        assert!(!heading.contains("{department}"), "{language:?}");
        assert_eq!(texts.suggestions_heading(None), texts.other_jobs);
    }
}

#[test]
fn the_suggestions_heading_names_the_department() {
    let english = Language::En.texts();
    assert_eq!(
        english.suggestions_heading(Some("Engineering")),
        "Open positions in Engineering"
    );
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

const ERRORS: [ApiError; 10] = [
    ApiError::Network(String::new()),
    ApiError::Timeout,
    ApiError::Unauthorized,
    ApiError::Forbidden,
    ApiError::NotFound,
    ApiError::BadVersion,
    ApiError::RateLimited {
        retry_after_secs: None,
    },
    ApiError::Server { status: 502 },
    ApiError::UnexpectedStatus { status: 418 },
    ApiError::Malformed(String::new()),
];

#[test]
fn a_feed_boards_errors_name_its_source_and_only_settings_it_has() {
    for language in Language::ALL {
        let texts = language.texts();
        for source in [Provider::Recruitee, Provider::SmartRecruiters] {
            for error in &ERRORS {
                let message = texts.error_message(error, source);
                let context = format!("{language:?} {source:?} {error:?}: {message}");
                assert!(!message.contains('{'), "{context}");
                for teamtailor_only in ["Teamtailor", "data-api-version", "data-api-key"] {
                    assert!(!message.contains(teamtailor_only), "{context}");
                }
                // The key messages, whatever the language calls a key.
                assert_ne!(message, texts.error_unauthorized, "{context}");
                assert_ne!(message, texts.error_forbidden, "{context}");
                if error
                    .status()
                    .is_some_and(|status| matches!(status, 401 | 403 | 404 | 406))
                {
                    assert!(message.contains(source.name()), "{context}");
                    assert!(
                        message.contains("data-company") || message.contains("data-api-base"),
                        "{context}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_teamtailor_boards_errors_keep_its_key_and_version_advice() {
    let english = Language::En.texts();
    let message = |error: &ApiError| english.error_message(error, Provider::Teamtailor);
    assert_eq!(
        message(&ApiError::BadVersion),
        "Teamtailor refused this job board's request. The site owner needs to check \
         data-api-version."
    );
    assert_eq!(message(&ApiError::Unauthorized), english.error_unauthorized);
    assert_eq!(message(&ApiError::Forbidden), english.error_forbidden);
    assert_eq!(
        english.error_message(&ApiError::Unauthorized, Provider::Recruitee),
        "Recruitee refused this job board's request. The site owner needs to check data-company."
    );
}
