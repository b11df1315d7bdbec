//! What the doctor's probes say about a key, as pure functions of what the API answered.

use teamtailor_api::DEFAULT_API_BASE;

/// The North American region's API origin.
pub const NA_API_BASE: &str = "https://api.na.teamtailor.com";

/// What the probes saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observations {
    /// `meta.record-count` of the default (published) job list.
    pub published_jobs: Option<u32>,
    /// `meta.record-count` with `filter[status]=all`.
    pub all_status_jobs: Option<u32>,
    /// HTTP status of `GET /v1/users`.
    pub users_status: u16,
    /// HTTP status of `GET /v1/candidates`.
    pub candidates_status: u16,
}

/// The key's scope as far as the probes can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeVerdict {
    /// Public data only: safe in a browser.
    Public,
    /// Sees jobs a Public key cannot (unlisted, draft, archived).
    Internal,
    /// Reads people data.
    Admin,
}

impl ScopeVerdict {
    /// Whether a key of this scope may be put in a web page.
    pub fn browser_safe(self) -> bool {
        self == Self::Public
    }

    /// A one-line explanation for the report.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::Public => {
                "Public: sees published jobs only, and is refused /v1/users and \
                /v1/candidates. Safe to use in a browser."
            }
            Self::Internal => {
                "Internal: sees jobs that are not published. UNSAFE TO SHIP IN A \
                BROWSER: anyone could read it from the page. Create a Public read key instead."
            }
            Self::Admin => {
                "Admin: reads users and candidates. UNSAFE TO SHIP IN A BROWSER: \
                anyone could read it from the page and read your candidates. Revoke it if it \
                was ever published, and create a Public read key instead."
            }
        }
    }
}

/// The scope the observations point to; the widest evidence wins.
pub fn judge_scope(observations: &Observations) -> ScopeVerdict {
    let success = |status: u16| (200..300).contains(&status);
    if success(observations.users_status) || success(observations.candidates_status) {
        return ScopeVerdict::Admin;
    }
    match (observations.published_jobs, observations.all_status_jobs) {
        (Some(published), Some(all)) if all > published => ScopeVerdict::Internal,
        _ => ScopeVerdict::Public,
    }
}

/// The Teamtailor region an API origin belongs to.
pub fn region_of(api_base: &str) -> &'static str {
    match api_base.trim_end_matches('/') {
        DEFAULT_API_BASE => "EU (api.teamtailor.com, the default)",
        NA_API_BASE => "North America (api.na.teamtailor.com)",
        _ => "not a Teamtailor region (a proxy or a mock)",
    }
}

/// Whether a CORS answer lets a page on `origin` read the response.
pub fn cors_allows(allow_origin: Option<&str>, origin: &str) -> bool {
    matches!(allow_origin.map(str::trim), Some(value) if value == "*" || value == origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(published: u32, all: u32, users: u16, candidates: u16) -> Observations {
        Observations {
            published_jobs: Some(published),
            all_status_jobs: Some(all),
            users_status: users,
            candidates_status: candidates,
        }
    }

    #[test]
    fn a_key_refused_people_data_that_sees_only_published_jobs_is_public() {
        let verdict = judge_scope(&seen(67, 67, 403, 403));
        assert_eq!(verdict, ScopeVerdict::Public);
        assert!(verdict.browser_safe());
    }

    #[test]
    fn a_key_that_sees_more_than_published_jobs_is_internal_and_unsafe() {
        let verdict = judge_scope(&seen(67, 73, 403, 403));
        assert_eq!(verdict, ScopeVerdict::Internal);
        assert!(!verdict.browser_safe());
        assert!(verdict
            .explanation()
            .contains("UNSAFE TO SHIP IN A BROWSER"));
    }

    #[test]
    fn a_key_that_reads_users_or_candidates_is_admin_whatever_it_sees_of_jobs() {
        assert_eq!(judge_scope(&seen(67, 67, 200, 403)), ScopeVerdict::Admin);
        assert_eq!(judge_scope(&seen(67, 80, 403, 200)), ScopeVerdict::Admin);
    }

    #[test]
    fn regions_are_named_by_their_origin() {
        assert!(region_of("https://api.teamtailor.com/").starts_with("EU"));
        assert!(region_of(NA_API_BASE).starts_with("North America"));
        assert!(region_of("http://127.0.0.1:8080").starts_with("not a Teamtailor"));
    }

    #[test]
    fn cors_needs_a_wildcard_or_the_exact_origin() {
        assert!(cors_allows(Some("*"), "https://a.example"));
        assert!(cors_allows(Some("https://a.example"), "https://a.example"));
        assert!(!cors_allows(Some("https://b.example"), "https://a.example"));
        assert!(!cors_allows(None, "https://a.example"));
    }
}
