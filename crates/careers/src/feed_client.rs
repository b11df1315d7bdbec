//! The client of a company job feed (Recruitee, SmartRecruiters): the validated source, the
//! HTTP client, and Recruitee's careers-site token when the publisher has one.

use teamtailor_api::{ApiError, ApiRequest, FeedSource, Provider};

use crate::api_client::option_message;
use crate::failure::Failure;
use crate::feed_advice::feed_advice;
use crate::http_client::{ApiAnswer, HttpClient};

/// The environment variable holding a Recruitee careers-site token. It is only ever sent as
/// a header to Recruitee: never printed, never written into a page or `jobs.json`.
pub const RECRUITEE_TOKEN_VARIABLE: &str = "RECRUITEE_CAREERS_TOKEN";
/// The header Recruitee announced for that token.
const RECRUITEE_TOKEN_HEADER: &str = "X-Careers-Sites-Token";

/// A validated feed and how to reach it.
pub struct FeedClient {
    http: HttpClient,
    source: FeedSource,
    recruitee_token: Option<String>,
}

impl FeedClient {
    /// Validates the company and base as the widget validates `data-company` and
    /// `data-api-base`; the token is read from the environment for Recruitee only.
    pub fn new(
        provider: Provider,
        company: Option<&str>,
        api_base: Option<&str>,
        timeout_secs: u64,
    ) -> Result<Self, Failure> {
        let source = FeedSource::new(provider, company, api_base)
            .map_err(|error| Failure::usage(option_message(&error.to_string())))?;
        let recruitee_token = match provider {
            Provider::Recruitee => std::env::var(RECRUITEE_TOKEN_VARIABLE)
                .ok()
                .map(|token| token.trim().to_owned())
                .filter(|token| !token.is_empty()),
            _ => None,
        };
        // Refused here rather than by the HTTP client, whose error would be retried as a
        // network failure; the message names the variable, never its value.
        if let Some(token) = &recruitee_token {
            if reqwest::header::HeaderValue::from_str(token).is_err() {
                return Err(Failure::usage(format!(
                    "{RECRUITEE_TOKEN_VARIABLE} holds characters an HTTP header cannot carry"
                )));
            }
        }
        // The token must reach Recruitee's host only, never a host a redirect names.
        let http = match recruitee_token {
            Some(_) => HttpClient::same_host_redirects_only(timeout_secs)?,
            None => HttpClient::new(timeout_secs)?,
        };
        Ok(Self {
            http,
            source,
            recruitee_token,
        })
    }

    /// The validated feed requests are built from.
    pub fn source(&self) -> &FeedSource {
        &self.source
    }

    /// Whether a Recruitee careers-site token goes with every request.
    pub fn sends_token(&self) -> bool {
        self.recruitee_token.is_some()
    }

    /// `error` of the request described by `what`, with this feed's advice.
    pub fn failure(&self, error: ApiError, what: &str) -> Failure {
        let advice = feed_advice(&error, &self.source, self.sends_token());
        Failure::feed(error, what, advice)
    }

    /// A successful answer to `request`, with the Recruitee token added when there is one.
    pub async fn get(&self, request: &ApiRequest, what: &str) -> Result<ApiAnswer, ApiError> {
        match &self.recruitee_token {
            Some(token) => {
                let mut request = request.clone();
                request
                    .headers
                    .push((RECRUITEE_TOKEN_HEADER, token.clone()));
                self.http.get(&request, what).await
            }
            None => self.http.get(request, what).await,
        }
    }
}
