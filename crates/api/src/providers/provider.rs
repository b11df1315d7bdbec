//! Which applicant-tracking system a board reads its jobs from, and what names a company in it.

use std::fmt;

/// A job source the board can read. Everything after decoding (filters, search, facets, the
/// job page, the cache, the snapshot format) is the same for all of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Teamtailor's JSON:API with a Public read key.
    #[default]
    Teamtailor,
    /// Recruitee's Careers Site API: `https://{company}.recruitee.com/api/offers/`.
    Recruitee,
    /// SmartRecruiters' Posting API: `https://api.smartrecruiters.com/v1/companies/{id}/postings`.
    SmartRecruiters,
}

impl Provider {
    /// Every provider, in the order the documentation lists them.
    pub const ALL: [Provider; 3] = [Self::Teamtailor, Self::Recruitee, Self::SmartRecruiters];

    /// Reads a `data-provider` / `--provider` value; names are matched without regard to case.
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        Self::ALL
            .into_iter()
            .find(|provider| provider.as_str().eq_ignore_ascii_case(value))
    }

    /// The lower-case name used in attributes, flags and cache keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Teamtailor => "teamtailor",
            Self::Recruitee => "recruitee",
            Self::SmartRecruiters => "smartrecruiters",
        }
    }

    /// The name as the provider writes it, for messages: `Teamtailor`, `SmartRecruiters`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Teamtailor => "Teamtailor",
            Self::Recruitee => "Recruitee",
            Self::SmartRecruiters => "SmartRecruiters",
        }
    }

    /// Whether this provider is addressed by a company identifier rather than an API key.
    pub fn needs_company(self) -> bool {
        !matches!(self, Self::Teamtailor)
    }

    /// The company identifier as the provider spells it, or `None` when `value` cannot be one.
    ///
    /// Both identifiers end up inside a URL (a host name for Recruitee, a path segment for
    /// SmartRecruiters), so anything beyond letters, digits, `-` (and `_` for SmartRecruiters)
    /// is refused before it can change which host or path is asked.
    pub fn normalize_company(self, value: &str) -> Option<String> {
        let value = value.trim();
        match self {
            Self::Teamtailor => None,
            Self::Recruitee => {
                // A DNS label: at most 63 characters, no leading or trailing hyphen.
                let label_ok = (1..=63).contains(&value.len())
                    && value
                        .bytes()
                        .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-')
                    && !value.starts_with('-')
                    && !value.ends_with('-');
                // Host names are case-insensitive; one spelling keeps cache keys apart less.
                label_ok.then(|| value.to_ascii_lowercase())
            }
            Self::SmartRecruiters => {
                let segment_ok = (1..=100).contains(&value.len())
                    && value
                        .bytes()
                        .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
                // Kept as written: the API's identifiers are not documented as case-insensitive.
                segment_ok.then(|| value.to_owned())
            }
        }
    }

    /// What a valid company identifier looks like, for error messages.
    pub fn company_hint(self) -> &'static str {
        match self {
            Self::Teamtailor => "Teamtailor boards are chosen by their API key, not a company",
            Self::Recruitee => {
                "the Recruitee subdomain: letters, digits and -, e.g. acme for acme.recruitee.com"
            }
            Self::SmartRecruiters => {
                "the SmartRecruiters company identifier: letters, digits, - and _, e.g. AcmeInc"
            }
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Provider;

    #[test]
    fn provider_names_parse_case_insensitively_and_unknown_names_do_not() {
        assert_eq!(Provider::parse("recruitee"), Some(Provider::Recruitee));
        assert_eq!(
            Provider::parse(" SmartRecruiters "),
            Some(Provider::SmartRecruiters)
        );
        assert_eq!(Provider::parse("teamtailor"), Some(Provider::Teamtailor));
        assert_eq!(Provider::parse("workday"), None);
        assert_eq!(Provider::default(), Provider::Teamtailor);
    }

    #[test]
    fn recruitee_company_must_be_a_dns_label_and_is_lower_cased() {
        let company = |value| Provider::Recruitee.normalize_company(value);
        assert_eq!(company("Acme-Labs").as_deref(), Some("acme-labs"));
        assert_eq!(company("acme.recruitee.com"), None);
        assert_eq!(company("-acme"), None);
        assert_eq!(company("acme-"), None);
        assert_eq!(company("evil.example/x"), None);
        assert_eq!(company(""), None);
        assert_eq!(company(&"a".repeat(64)), None);
    }

    #[test]
    fn smartrecruiters_company_must_be_one_plain_path_segment_kept_as_written() {
        let company = |value| Provider::SmartRecruiters.normalize_company(value);
        assert_eq!(company("Acme_Inc-2").as_deref(), Some("Acme_Inc-2"));
        assert_eq!(company("../admin"), None);
        assert_eq!(company("acme?x=1"), None);
        assert_eq!(company("acme inc"), None);
        assert_eq!(company(""), None);
    }
}
