//! A validated company feed (Recruitee or SmartRecruiters) and the requests that read it.

use crate::config::{validate_base, ConfigError};
use crate::query::ApiRequest;
use crate::url_encode::encode_component;

use super::provider::Provider;

/// SmartRecruiters' Posting API origin.
pub const SMARTRECRUITERS_API_BASE: &str = "https://api.smartrecruiters.com";
/// The largest `limit` the Posting API accepts.
pub const SMARTRECRUITERS_PAGE_LIMIT: u32 = 100;

/// Where a company's jobs are read from when the provider is addressed by company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedSource {
    /// Recruitee or SmartRecruiters.
    pub provider: Provider,
    /// The company identifier, normalized by [`Provider::normalize_company`].
    pub company: String,
    /// An origin (and optional path prefix) replacing the provider's own, without a trailing
    /// slash: tests, the mock and proxies.
    pub api_base: Option<String>,
}

impl FeedSource {
    /// Validates the company and the optional base before anything is sent.
    pub fn new(
        provider: Provider,
        company: Option<&str>,
        api_base: Option<&str>,
    ) -> Result<Self, ConfigError> {
        let company = company
            .map(str::trim)
            .filter(|company| !company.is_empty())
            .ok_or(ConfigError::MissingCompany(provider))?;
        let company = provider
            .normalize_company(company)
            .ok_or_else(|| ConfigError::InvalidCompany(provider, company.to_owned()))?;
        let api_base = api_base.map(validate_base).transpose()?;
        Ok(Self {
            provider,
            company,
            api_base,
        })
    }

    /// Recruitee's list of every published offer: one request, no paging.
    ///
    /// The company is the host name of Recruitee's own origin; with an `api_base` it becomes
    /// the first path segment instead (`{base}/{company}/api/offers/`), so one proxy or mock
    /// can serve many companies.
    pub fn recruitee_offers_request(&self) -> ApiRequest {
        let url = match &self.api_base {
            Some(base) => format!("{base}/{}/api/offers/", self.company),
            None => format!("https://{}.recruitee.com/api/offers/", self.company),
        };
        ApiRequest {
            url,
            headers: Vec::new(),
        }
    }

    /// One page of SmartRecruiters postings at the largest page size, starting at `offset`.
    pub fn smartrecruiters_postings_request(&self, offset: u32) -> ApiRequest {
        ApiRequest {
            url: format!(
                "{}?limit={SMARTRECRUITERS_PAGE_LIMIT}&offset={offset}",
                self.smartrecruiters_postings_url()
            ),
            headers: Vec::new(),
        }
    }

    /// One SmartRecruiters posting with its job ad sections and apply URL.
    pub fn smartrecruiters_posting_request(&self, posting_id: &str) -> ApiRequest {
        ApiRequest {
            url: format!(
                "{}/{}",
                self.smartrecruiters_postings_url(),
                encode_component(posting_id)
            ),
            headers: Vec::new(),
        }
    }

    /// Whether listed jobs lack their text until each one's detail is read (SmartRecruiters);
    /// Recruitee's one list holds every offer whole.
    pub fn lists_without_details(&self) -> bool {
        self.provider == Provider::SmartRecruiters
    }

    /// The URL that names this feed's list, whatever page or query: what a cache is keyed by.
    pub fn listing_url(&self) -> String {
        match self.provider {
            Provider::SmartRecruiters => self.smartrecruiters_postings_url(),
            _ => self.recruitee_offers_request().url,
        }
    }

    fn smartrecruiters_postings_url(&self) -> String {
        let base = self.api_base.as_deref().unwrap_or(SMARTRECRUITERS_API_BASE);
        format!("{base}/v1/companies/{}/postings", self.company)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recruitee_offers_are_read_from_the_company_subdomain() {
        let source = FeedSource::new(Provider::Recruitee, Some("Acme"), None).unwrap();
        let request = source.recruitee_offers_request();
        assert_eq!(request.url, "https://acme.recruitee.com/api/offers/");
        assert!(request.headers.is_empty());
    }

    #[test]
    fn recruitee_api_base_override_puts_the_company_in_the_path() {
        let source = FeedSource::new(
            Provider::Recruitee,
            Some("acme"),
            Some("http://127.0.0.1:38080/recruitee/"),
        )
        .unwrap();
        assert_eq!(
            source.recruitee_offers_request().url,
            "http://127.0.0.1:38080/recruitee/acme/api/offers/"
        );
    }

    #[test]
    fn the_listing_url_names_the_provider_company_and_base_but_no_page() {
        let recruitee = FeedSource::new(Provider::Recruitee, Some("acme"), None).unwrap();
        let smart = FeedSource::new(Provider::SmartRecruiters, Some("acme"), None).unwrap();
        assert_eq!(
            recruitee.listing_url(),
            "https://acme.recruitee.com/api/offers/"
        );
        assert_eq!(
            smart.listing_url(),
            "https://api.smartrecruiters.com/v1/companies/acme/postings"
        );
        assert!(smart.lists_without_details());
        assert!(!recruitee.lists_without_details());
    }

    #[test]
    fn smartrecruiters_pages_ask_for_the_largest_limit_at_an_offset() {
        let source = FeedSource::new(Provider::SmartRecruiters, Some("AcmeInc"), None).unwrap();
        assert_eq!(
            source.smartrecruiters_postings_request(200).url,
            "https://api.smartrecruiters.com/v1/companies/AcmeInc/postings?limit=100&offset=200"
        );
    }

    #[test]
    fn smartrecruiters_detail_encodes_the_posting_id_under_an_overridden_base() {
        let source = FeedSource::new(
            Provider::SmartRecruiters,
            Some("AcmeInc"),
            Some("http://localhost:38080/smartrecruiters"),
        )
        .unwrap();
        assert_eq!(
            source.smartrecruiters_posting_request("74400/../x").url,
            "http://localhost:38080/smartrecruiters/v1/companies/AcmeInc/postings/74400%2F..%2Fx"
        );
    }

    #[test]
    fn missing_or_malformed_company_and_insecure_base_are_config_errors() {
        assert_eq!(
            FeedSource::new(Provider::Recruitee, Some("  "), None),
            Err(ConfigError::MissingCompany(Provider::Recruitee))
        );
        assert_eq!(
            FeedSource::new(Provider::SmartRecruiters, None, None),
            Err(ConfigError::MissingCompany(Provider::SmartRecruiters))
        );
        assert_eq!(
            FeedSource::new(Provider::Recruitee, Some("evil.com/"), None),
            Err(ConfigError::InvalidCompany(
                Provider::Recruitee,
                "evil.com/".into()
            ))
        );
        assert_eq!(
            FeedSource::new(Provider::Teamtailor, Some("acme"), None),
            Err(ConfigError::InvalidCompany(
                Provider::Teamtailor,
                "acme".into()
            ))
        );
        assert_eq!(
            FeedSource::new(
                Provider::Recruitee,
                Some("acme"),
                Some("http://proxy.example")
            ),
            Err(ConfigError::InsecureBase("http://proxy.example".into()))
        );
    }

    #[test]
    fn config_error_messages_name_the_attribute_and_the_expected_shape() {
        let error = FeedSource::new(Provider::Recruitee, Some("a b"), None).unwrap_err();
        assert_eq!(
            error.to_string(),
            "data-company \"a b\" is not valid for data-provider \"recruitee\": use the \
             Recruitee subdomain: letters, digits and -, e.g. acme for acme.recruitee.com"
        );
    }
}
