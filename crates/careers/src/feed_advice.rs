//! What a publisher can do when a Recruitee or SmartRecruiters feed refuses or fails: the
//! fixes name the feed, `--company`, `--api-base` and `RECRUITEE_CAREERS_TOKEN`, never
//! Teamtailor keys.

use teamtailor_api::{ApiError, FeedSource, Provider, SMARTRECRUITERS_API_BASE};

use crate::failure::advice;
use crate::feed_client::RECRUITEE_TOKEN_VARIABLE;

/// The advice for `error` from `source`; `token_sent` says whether a Recruitee careers-site
/// token went with the request (its value is never shown).
pub fn feed_advice(error: &ApiError, source: &FeedSource, token_sent: bool) -> String {
    let provider = source.provider.name();
    let company = &source.company;
    let check_base = source
        .api_base
        .as_deref()
        .map(|base| format!(" and --api-base {base}"))
        .unwrap_or_default();
    match (source.provider, error) {
        (Provider::Recruitee, ApiError::Unauthorized) if token_sent => format!(
            "Recruitee refused the careers-site token in {RECRUITEE_TOKEN_VARIABLE} (HTTP 401). \
             Check that it is the Careers API token of \"{company}\""
        ),
        (Provider::Recruitee, ApiError::Unauthorized) => format!(
            "Recruitee asked for a careers-site token (HTTP 401). Set {RECRUITEE_TOKEN_VARIABLE} \
             to the company's Careers API token (Recruitee requires one from 2027-02-10)"
        ),
        (Provider::Recruitee, ApiError::NotFound) => format!(
            "Recruitee has no careers site \"{company}\" (HTTP 404). Check --company (the \
             subdomain of {company}.recruitee.com){check_base}"
        ),
        (Provider::Recruitee, ApiError::UnexpectedStatus { status })
            if token_sent && (300..400).contains(status) =>
        {
            format!(
                "Recruitee redirected to another host (HTTP {status}), which was not followed: \
                 the careers-site token is only sent to the host asked. Check --company{check_base}"
            )
        }
        // An unknown SmartRecruiters company is an empty list, so a 404 means a wrong base.
        (_, ApiError::NotFound) => format!(
            "{provider} answered 404. Is --api-base the Posting API origin (e.g. \
             {SMARTRECRUITERS_API_BASE})?"
        ),
        (_, ApiError::Unauthorized | ApiError::Forbidden) => format!(
            "{provider} refused the request ({}). Its public feed needs no key: check \
             --company{check_base}",
            status_text(error)
        ),
        (_, ApiError::Malformed(detail)) => format!(
            "the answer was not a {provider} job feed ({detail}). Check --company{check_base}"
        ),
        (_, ApiError::BadVersion | ApiError::UnexpectedStatus { .. }) => format!(
            "{provider} answered {}, which this tool does not expect. Check \
             --company{check_base}",
            status_text(error)
        ),
        (_, ApiError::Server { status }) => {
            format!("{provider} failed with HTTP {status} even after retries. Try again later")
        }
        (_, ApiError::Timeout) => format!(
            "{provider} did not answer in time, even after retries. Check the network, or try \
             again later"
        ),
        (_, ApiError::Network(detail)) => {
            format!("could not reach {provider} ({detail}). Check the network{check_base}")
        }
        // Rate limits read the same everywhere.
        (_, other) => advice(other),
    }
}

fn status_text(error: &ApiError) -> String {
    match error {
        ApiError::Unauthorized => "HTTP 401".into(),
        ApiError::Forbidden => "HTTP 403".into(),
        ApiError::BadVersion => "HTTP 406".into(),
        ApiError::UnexpectedStatus { status } => format!("HTTP {status}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(provider: Provider, company: &str, base: Option<&str>) -> FeedSource {
        FeedSource::new(provider, Some(company), base).unwrap()
    }

    #[test]
    fn an_unknown_recruitee_company_names_the_subdomain_to_check() {
        let advice = feed_advice(
            &ApiError::NotFound,
            &source(Provider::Recruitee, "acme", None),
            false,
        );
        assert_eq!(
            advice,
            "Recruitee has no careers site \"acme\" (HTTP 404). Check --company (the subdomain \
             of acme.recruitee.com)"
        );
        let proxied = feed_advice(
            &ApiError::NotFound,
            &source(Provider::Recruitee, "acme", Some("https://proxy.example/r")),
            false,
        );
        assert!(
            proxied.ends_with(" and --api-base https://proxy.example/r"),
            "{proxied}"
        );
    }

    #[test]
    fn a_recruitee_401_points_at_the_token_variable_and_never_at_teamtailor() {
        let recruitee = source(Provider::Recruitee, "acme", None);
        let missing = feed_advice(&ApiError::Unauthorized, &recruitee, false);
        assert!(missing.contains("Set RECRUITEE_CAREERS_TOKEN"), "{missing}");
        let refused = feed_advice(&ApiError::Unauthorized, &recruitee, true);
        assert!(
            refused.contains("refused the careers-site token"),
            "{refused}"
        );
        for text in [missing, refused] {
            assert!(!text.contains("TEAMTAILOR") && !text.contains("teamtailor.com"));
        }
    }

    #[test]
    fn a_cross_host_redirect_with_a_token_says_why_it_was_not_followed() {
        let recruitee = source(Provider::Recruitee, "acme", None);
        let moved = ApiError::UnexpectedStatus { status: 301 };
        let with_token = feed_advice(&moved, &recruitee, true);
        assert!(with_token.starts_with("Recruitee redirected to another host (HTTP 301)"));
        let without = feed_advice(&moved, &recruitee, false);
        assert!(
            without.starts_with("Recruitee answered HTTP 301"),
            "{without}"
        );
    }

    #[test]
    fn a_smartrecruiters_404_is_a_wrong_base_and_malformed_answers_name_the_feed() {
        let smart = source(Provider::SmartRecruiters, "Acme", None);
        let not_found = feed_advice(&ApiError::NotFound, &smart, false);
        assert!(
            not_found.contains("https://api.smartrecruiters.com"),
            "{not_found}"
        );
        let malformed = feed_advice(&ApiError::Malformed("eof".into()), &smart, false);
        assert_eq!(
            malformed,
            "the answer was not a SmartRecruiters job feed (eof). Check --company"
        );
    }

    #[test]
    fn unreachable_slow_or_failing_feeds_are_named() {
        let smart = source(Provider::SmartRecruiters, "Acme", None);
        let advise = |error| feed_advice(&error, &smart, false);
        assert_eq!(
            advise(ApiError::Server { status: 502 }),
            "SmartRecruiters failed with HTTP 502 even after retries. Try again later"
        );
        assert_eq!(
            advise(ApiError::Timeout),
            "SmartRecruiters did not answer in time, even after retries. Check the network, \
             or try again later"
        );
        assert_eq!(
            advise(ApiError::Network("dns error".into())),
            "could not reach SmartRecruiters (dns error). Check the network"
        );
        let proxied = source(Provider::Recruitee, "acme", Some("https://proxy.example/r"));
        assert_eq!(
            feed_advice(&ApiError::Network("refused".into()), &proxied, false),
            "could not reach Recruitee (refused). Check the network and --api-base \
             https://proxy.example/r"
        );
    }

    #[test]
    fn rate_limits_read_as_they_do_for_teamtailor() {
        let error = ApiError::RateLimited {
            retry_after_secs: None,
        };
        assert_eq!(
            feed_advice(&error, &source(Provider::Recruitee, "acme", None), false),
            advice(&error)
        );
    }
}
