//! Sends requests natively: one attempt with a time limit, or with retries that honour the
//! server's own wait. Shared by the Teamtailor client and the other job feeds' client.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::redirect::Policy;
use reqwest::Url;
use teamtailor_api::{retry_delay_ms, ApiError, ApiRequest};

use crate::failure::Failure;
use crate::jitter::unit_random;
use crate::progress;

/// reqwest's own limit for followed redirects.
const MAX_REDIRECTS: usize = 10;

/// An HTTP client with the CLI's time limit and user agent.
pub struct HttpClient {
    http: reqwest::Client,
}

/// A response with its body read.
#[derive(Debug)]
pub struct ApiAnswer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl ApiAnswer {
    /// A header's value as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The API's non-success status as an error, `None` for 2xx.
    pub fn error(&self) -> Option<ApiError> {
        ApiError::from_status(self.status, self.retry_after_secs())
    }

    /// How long the API asked to wait: `Retry-After` seconds, else `X-Rate-Limit-Reset`.
    fn retry_after_secs(&self) -> Option<u32> {
        ["retry-after", "x-rate-limit-reset"]
            .iter()
            .find_map(|name| self.header(name)?.trim().parse().ok())
    }
}

impl HttpClient {
    /// A client whose requests are abandoned after `timeout_secs` (at least one second).
    pub fn new(timeout_secs: u64) -> Result<Self, Failure> {
        Self::build(timeout_secs, Policy::default())
    }

    /// Like [`HttpClient::new`], but a redirect to another host is not followed (its 3xx is
    /// the answer): for requests carrying a secret in a custom header, which reqwest, unlike
    /// `Authorization`, would forward to whatever host a redirect names.
    pub fn same_host_redirects_only(timeout_secs: u64) -> Result<Self, Failure> {
        Self::build(
            timeout_secs,
            Policy::custom(|attempt| {
                let crosses = attempt
                    .previous()
                    .last()
                    .is_some_and(|previous| crosses_host(previous, attempt.url()));
                if crosses || attempt.previous().len() >= MAX_REDIRECTS {
                    attempt.stop()
                } else {
                    attempt.follow()
                }
            }),
        )
    }

    fn build(timeout_secs: u64, redirects: Policy) -> Result<Self, Failure> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(timeout_secs.max(1)))
            .user_agent(concat!("careers-cli/", env!("CARGO_PKG_VERSION")))
            .redirect(redirects)
            .build()
            .map_err(|error| Failure::usage(format!("cannot start an HTTP client: {error}")))?;
        Ok(Self { http })
    }

    /// One attempt, with `extra` headers (the doctor's `Origin`).
    pub async fn send(
        &self,
        request: &ApiRequest,
        extra: &[(&str, &str)],
    ) -> Result<ApiAnswer, ApiError> {
        let mut builder = self.http.get(&request.url);
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        for (name, value) in extra {
            builder = builder.header(*name, *value);
        }
        let response = builder.send().await.map_err(transport_error)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.text().await.map_err(transport_error)?;
        Ok(ApiAnswer {
            status,
            headers,
            body,
        })
    }

    /// A successful answer to `request`, retrying what may pass (429, 5xx, timeouts, network)
    /// with the widget's backoff; `what` names the request in progress lines.
    pub async fn get(&self, request: &ApiRequest, what: &str) -> Result<ApiAnswer, ApiError> {
        let mut attempt = 0;
        loop {
            let error = match self.send(request, &[]).await {
                Ok(answer) => match answer.error() {
                    None => return Ok(answer),
                    Some(error) => error,
                },
                Err(error) => error,
            };
            // Unlike a reader, a cron job can afford to wait out one more time limit.
            let delay_for = match &error {
                ApiError::Timeout => ApiError::Network("timeout".into()),
                other => other.clone(),
            };
            let Some(delay) = retry_delay_ms(&delay_for, attempt, unit_random()) else {
                return Err(error);
            };
            progress::line(&format!(
                "{what}: {error}; retrying in {:.1} s",
                f64::from(delay) / 1000.0
            ));
            tokio::time::sleep(Duration::from_millis(u64::from(delay))).await;
            attempt += 1;
        }
    }
}

/// Whether a redirect from `from` to `to` leaves the scheme, host or port it started on.
fn crosses_host(from: &Url, to: &Url) -> bool {
    from.scheme() != to.scheme()
        || from.host_str() != to.host_str()
        || from.port_or_known_default() != to.port_or_known_default()
}

/// reqwest's errors name the URL; without it they are safe to show whatever the auth mode.
fn transport_error(error: reqwest::Error) -> ApiError {
    if error.is_timeout() {
        ApiError::Timeout
    } else {
        let error = error.without_url();
        let detail = std::error::Error::source(&error)
            .map(|source| format!("{error}: {source}"))
            .unwrap_or_else(|| error.to_string());
        ApiError::Network(detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_redirect_to_the_same_scheme_host_and_port_stays_on_host() {
        let url = |text: &str| Url::parse(text).unwrap();
        let from = url("https://acme.recruitee.com/api/offers");
        assert!(!crosses_host(
            &from,
            &url("https://acme.recruitee.com/api/offers/")
        ));
        assert!(!crosses_host(
            &from,
            &url("https://ACME.recruitee.com:443/x")
        ));
        assert!(crosses_host(
            &from,
            &url("https://careers.acme.com/api/offers/")
        ));
        assert!(crosses_host(
            &from,
            &url("http://acme.recruitee.com/api/offers/")
        ));
        assert!(crosses_host(
            &from,
            &url("https://acme.recruitee.com:8443/")
        ));
    }
}
