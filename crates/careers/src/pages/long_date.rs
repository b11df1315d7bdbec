//! A job's dates as its readers write them ("16 maj 2026", "May 16, 2026"): what the widget
//! gets from `Intl.DateTimeFormat` with a long month, here from glibc's month names.

use chrono::{DateTime, Locale, NaiveDate};
use teamtailor_api::Language;

/// `iso` (`2026-05-16`, or an RFC 3339 time, read in UTC as the widget does) written for
/// `language`; anything else is shown as sent.
pub fn long_date(language: Language, iso: &str) -> String {
    let iso = iso.trim();
    let date = NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok().or_else(|| {
        DateTime::parse_from_rfc3339(iso)
            .ok()
            .map(|time| time.naive_utc().date())
    });
    let Some(date) = date else {
        return iso.to_owned();
    };
    let (locale, pattern) = pattern(language);
    date.format_localized(pattern, locale).to_string()
}

/// The locale whose month names `%B` writes, and the order Intl's long date puts things in.
fn pattern(language: Language) -> (Locale, &'static str) {
    match language {
        Language::En => (Locale::en_US, "%B %-d, %Y"),
        Language::Sv => (Locale::sv_SE, "%-d %B %Y"),
        Language::De => (Locale::de_DE, "%-d. %B %Y"),
        Language::Fr => (Locale::fr_FR, "%-d %B %Y"),
        Language::Nb => (Locale::nb_NO, "%-d. %B %Y"),
        Language::Da => (Locale::da_DK, "%-d. %B %Y"),
        // glibc has only the nominative ("toukokuu"); after a day Finnish takes the
        // partitive, which for every month (all end in -kuu) adds -ta.
        Language::Fi => (Locale::fi_FI, "%-d. %Bta %Y"),
        Language::Nl => (Locale::nl_NL, "%-d %B %Y"),
        Language::Es => (Locale::es_ES, "%-d de %B de %Y"),
        Language::It => (Locale::it_IT, "%-d %B %Y"),
        // glibc's Polish month names are already the genitive a date needs ("maja").
        Language::Pl => (Locale::pl_PL, "%-d %B %Y"),
        Language::Pt => (Locale::pt_BR, "%-d de %B de %Y"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_the_widget_writes_them() {
        // The widget's own expectations (src/i18n/intl_text.rs), and the rest from Intl.
        for (language, expected) in [
            (Language::En, "May 16, 2026"),
            (Language::Sv, "16 maj 2026"),
            (Language::De, "16. Mai 2026"),
            (Language::Pl, "16 maja 2026"),
            (Language::Nb, "16. mai 2026"),
            (Language::Da, "16. maj 2026"),
            (Language::Fi, "16. toukokuuta 2026"),
            (Language::Fr, "16 mai 2026"),
            (Language::Nl, "16 mei 2026"),
            (Language::Es, "16 de mayo de 2026"),
            (Language::It, "16 maggio 2026"),
            (Language::Pt, "16 de maio de 2026"),
        ] {
            assert_eq!(long_date(language, "2026-05-16"), expected, "{language:?}");
        }
    }

    #[test]
    fn times_are_read_in_utc_and_odd_values_kept() {
        assert_eq!(
            long_date(Language::Sv, "2026-01-06T23:30:00-02:00"),
            "7 januari 2026"
        );
        assert_eq!(long_date(Language::Fi, "2026-01-06"), "6. tammikuuta 2026");
        assert_eq!(long_date(Language::En, "soon"), "soon");
    }
}
