//! The view crate's platform as a native build fills it: plural forms by CLDR's rules (the
//! widget asks the browser's `Intl.PluralRules`), dates from glibc's month names, bodies
//! sanitized by ammonia, lower-casing by std.

use careers_view::{BodyRendering, JobPagePlatform, Platform};
use intl_pluralrules::{PluralCategory as CldrCategory, PluralRuleType, PluralRules};
use teamtailor_api::{Language, PluralCategory};
use unic_langid::LanguageIdentifier;

use super::long_date::long_date;
use crate::body_sanitizer::sanitize_body;

/// The list's seams, natively.
pub const NATIVE_PLATFORM: Platform = Platform {
    plural_category,
    language_name,
    lower_case: str::to_lowercase,
    next_task: |work| work(),
};

/// The job page's seams, natively: the body is sanitized into markup.
pub const NATIVE_JOB_PAGE: JobPagePlatform = JobPagePlatform {
    format_date: long_date,
    body: BodyRendering::Markup(sanitize_body),
};

/// A language code in capitals, as the widget shows a code its browser has no name for: the
/// board's own languages are named by its words (`Texts::language_names`), and the CLI
/// carries no table of every other language's name.
fn language_name(_language: Language, code: &str) -> String {
    code.to_ascii_uppercase()
}

/// The open-position count in `language` ("1 open position", "5 ofert pracy"); 0 reads as
/// the table's `count_none`, as on the widget, whatever the language's rule says about 0.
pub fn job_count(language: Language, count: usize) -> String {
    language
        .texts()
        .job_count(count, plural_category(language, count))
}

/// The CLDR cardinal category of `count` in `language`; `Other` if the rules are missing,
/// which the `every_language_has_plural_rules` test rules out.
pub fn plural_category(language: Language, count: usize) -> PluralCategory {
    let rules = language
        .code()
        .parse::<LanguageIdentifier>()
        .ok()
        .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
    match rules.and_then(|rules| rules.select(count).ok()) {
        Some(CldrCategory::ZERO) => PluralCategory::Zero,
        Some(CldrCategory::ONE) => PluralCategory::One,
        Some(CldrCategory::TWO) => PluralCategory::Two,
        Some(CldrCategory::FEW) => PluralCategory::Few,
        Some(CldrCategory::MANY) => PluralCategory::Many,
        Some(CldrCategory::OTHER) | None => PluralCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_plural_rules() {
        for language in Language::ALL {
            let id: LanguageIdentifier = language.code().parse().expect("a language id");
            assert!(
                PluralRules::create(id, PluralRuleType::CARDINAL).is_ok(),
                "{language:?}"
            );
        }
    }

    #[test]
    fn polish_counts_take_one_few_and_many_forms() {
        let count = |n| job_count(Language::Pl, n);
        assert_eq!(count(1), "1 oferta pracy");
        assert_eq!(count(3), "3 oferty pracy");
        assert_eq!(count(5), "5 ofert pracy");
        assert_eq!(count(22), "22 oferty pracy");
        assert_eq!(count(25), "25 ofert pracy");
    }

    #[test]
    fn zero_reads_as_none_even_where_the_rule_calls_it_singular() {
        // French treats 0 as singular ("0 poste"); the widget says "none match" instead.
        assert_eq!(job_count(Language::Fr, 0), "Aucun poste ne correspond");
        assert_eq!(job_count(Language::Fr, 1), "1 poste ouvert");
        assert_eq!(job_count(Language::Fr, 2), "2 postes ouverts");
        assert_eq!(job_count(Language::En, 1), "1 open position");
    }

    #[test]
    fn every_category_a_count_takes_has_its_own_text() {
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
}
