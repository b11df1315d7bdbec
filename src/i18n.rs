//! User-facing text in the board's language. Each language is one `Texts` table in its own
//! file; components read the table for the board they belong to with `use_texts()`.

mod de;
mod en;
mod fr;
mod sv;

use leptos::prelude::{use_context, window};
use teamtailor_api::{ApiError, RemoteStatus};

/// The languages the board speaks; anything else falls back to English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Sv,
    De,
    Fr,
}

impl Language {
    /// `data-language`, else `<html lang>`, else the browser's language, else English.
    pub fn detect(configured: Option<&str>) -> Self {
        let page = leptos::prelude::document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"));
        let browser = window().navigator().language();
        [configured.map(str::to_owned), page, browser]
            .into_iter()
            .flatten()
            .find_map(|tag: String| Self::from_tag(&tag))
            .unwrap_or(Self::En)
    }

    /// `sv-SE` → Swedish; unsupported or empty tags → `None`.
    fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Self::En,
            "sv" => Self::Sv,
            "de" => Self::De,
            "fr" => Self::Fr,
            _ => return None,
        })
    }

    /// The `lang` attribute value for the board's root element.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Sv => "sv",
            Self::De => "de",
            Self::Fr => "fr",
        }
    }

    /// This language's text table.
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &en::TEXTS,
            Self::Sv => &sv::TEXTS,
            Self::De => &de::TEXTS,
            Self::Fr => &fr::TEXTS,
        }
    }
}

/// The text table of the board the calling component belongs to (English outside a board).
pub fn use_texts() -> &'static Texts {
    use_context::<Language>().unwrap_or(Language::En).texts()
}

/// Every string the UI shows, in one language. `{n}` stands for a number.
pub struct Texts {
    pub loading: &'static str,
    pub loading_more: &'static str,
    pub retry: &'static str,
    pub jobs_heading: &'static str,
    pub no_jobs: &'static str,
    pub no_matches: &'static str,
    pub clear_filters: &'static str,
    pub config_error_heading: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub all: &'static str,
    pub department: &'static str,
    pub location: &'static str,
    pub role: &'static str,
    pub remote: &'static str,
    pub language: &'static str,
    pub employment_type: &'static str,
    pub start_date: &'static str,
    pub apply_by: &'static str,
    pub back_to_jobs: &'static str,
    pub apply: &'static str,
    pub application_form: &'static str,
    pub apply_form_unavailable: &'static str,
    pub job_not_found: &'static str,
    /// On a closed job's page.
    pub job_closed: &'static str,
    /// Heading of a closed job's suggestions; `{department}` is the department's name.
    pub similar_jobs: &'static str,
    /// Heading of a closed job's suggestions when it has no department.
    pub other_jobs: &'static str,
    /// Beside jobs from the cache when refreshing them failed.
    pub refresh_failed: &'static str,
    pub count_none: &'static str,
    pub count_one: &'static str,
    pub count_many: &'static str,
    pub show_more: &'static str,
    pub remote_fully: &'static str,
    pub remote_hybrid: &'static str,
    pub remote_temporary: &'static str,
    pub on_site: &'static str,
    pub full_time: &'static str,
    pub part_time: &'static str,
    pub temporary: &'static str,
    pub contract: &'static str,
    pub internship: &'static str,
    pub freelance: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_unauthorized: &'static str,
    pub error_forbidden: &'static str,
    pub error_bad_version: &'static str,
    pub error_rate_limited: &'static str,
    pub error_server: &'static str,
    pub error_malformed: &'static str,
}

impl Texts {
    /// "No open positions match", "1 open position", "12 open positions".
    pub fn job_count(&self, count: usize) -> String {
        match count {
            0 => self.count_none.to_owned(),
            1 => self.count_one.to_owned(),
            _ => self.count_many.replace("{n}", &count.to_string()),
        }
    }

    /// The "show more" button's text.
    pub fn show_more(&self, next: usize) -> String {
        self.show_more.replace("{n}", &next.to_string())
    }

    /// The badge for a remote status; on-site jobs get none.
    pub fn remote_label(&self, status: &RemoteStatus) -> Option<&'static str> {
        match status {
            RemoteStatus::Fully => Some(self.remote_fully),
            RemoteStatus::Hybrid => Some(self.remote_hybrid),
            RemoteStatus::Temporary => Some(self.remote_temporary),
            RemoteStatus::OnSite | RemoteStatus::Other(_) => None,
        }
    }

    /// The remote facet's option text for a wire value.
    pub fn remote_wire_label(&self, wire: &str) -> String {
        match wire {
            "none" => self.on_site.to_owned(),
            other => self
                .remote_label(&RemoteStatus::from_wire(Some(other)))
                .map(str::to_owned)
                .unwrap_or_else(|| other.to_owned()),
        }
    }

    /// Teamtailor's employment-type values in words; unknown values shown as sent.
    pub fn employment_type_label(&self, wire: &str) -> String {
        let label = match wire {
            "fulltime" | "full_time" => self.full_time,
            "parttime" | "part_time" => self.part_time,
            "temporary" => self.temporary,
            "contract" | "contractor" => self.contract,
            "internship" => self.internship,
            "freelance" => self.freelance,
            other => return other.to_owned(),
        };
        label.to_owned()
    }

    /// What went wrong, in words a candidate understands, with what to do about it.
    pub fn error_message(&self, error: &ApiError) -> &'static str {
        match error {
            ApiError::Network(_) => self.error_network,
            ApiError::Timeout => self.error_timeout,
            ApiError::Unauthorized => self.error_unauthorized,
            ApiError::Forbidden => self.error_forbidden,
            ApiError::NotFound => self.job_not_found,
            ApiError::BadVersion => self.error_bad_version,
            ApiError::RateLimited { .. } => self.error_rate_limited,
            ApiError::Server { .. } | ApiError::UnexpectedStatus { .. } => self.error_server,
            ApiError::Malformed(_) => self.error_malformed,
        }
    }
}

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

/// A language's own name, for the language facet (the same in every UI language).
pub fn language_name(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "sv" => "Svenska",
        "de" => "Deutsch",
        "fr" => "Français",
        "es" => "Español",
        "nl" => "Nederlands",
        "da" => "Dansk",
        "no" | "nb" => "Norsk",
        "fi" => "Suomi",
        "it" => "Italiano",
        "pt" => "Português",
        "pl" => "Polski",
        _ => return code.to_ascii_uppercase(),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

    const ALL: [Language; 4] = [Language::En, Language::Sv, Language::De, Language::Fr];

    #[wasm_bindgen_test]
    fn language_tags_match_on_their_primary_subtag() {
        assert_eq!(Language::from_tag("sv-SE"), Some(Language::Sv));
        assert_eq!(Language::from_tag("DE_at"), Some(Language::De));
        assert_eq!(Language::from_tag("fr"), Some(Language::Fr));
        assert_eq!(Language::from_tag("pt-BR"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[wasm_bindgen_test]
    fn configured_language_wins_over_the_page_and_browser() {
        assert_eq!(Language::detect(Some("sv")), Language::Sv);
        // The test page is not Swedish, so an unknown configured value falls through.
        assert_ne!(Language::detect(Some("xx")), Language::Sv);
    }

    #[wasm_bindgen_test]
    fn dates_are_written_for_the_reader_and_odd_values_kept() {
        assert_eq!(format_date(Language::En, "2026-05-16"), "May 16, 2026");
        assert_eq!(format_date(Language::Sv, "2026-05-16"), "16 maj 2026");
        assert_eq!(format_date(Language::De, "2026-05-16"), "16. Mai 2026");
        assert_eq!(format_date(Language::En, "soon"), "soon");
    }

    #[wasm_bindgen_test]
    fn every_table_fills_in_numbers() {
        for language in ALL {
            let texts = language.texts();
            assert!(texts.job_count(17).contains("17"), "{language:?}");
            assert!(texts.show_more(30).contains("30"), "{language:?}");
            assert!(!texts.job_count(1).contains("{n}"), "{language:?}");
        }
    }
}
