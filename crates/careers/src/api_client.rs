//! Sends the api crate's requests natively: one attempt with a time limit, or with retries
//! that honour the API's own wait.

use std::time::Duration;

use reqwest::header::HeaderMap;
use teamtailor_api::{retry_delay_ms, ApiError, ApiRequest, WidgetConfig};

use crate::cli::ApiArgs;
use crate::failure::Failure;
use crate::jitter::unit_random;
use crate::progress;

/// A validated API configuration and an HTTP client.
pub struct ApiClient {
    http: reqwest::Client,
    config: WidgetConfig,
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

impl ApiClient {
    /// Validates the options exactly as the widget validates its `data-*` attributes.
    pub fn new(args: &ApiArgs) -> Result<Self, Failure> {
        // Header auth keeps the key out of every URL, so no error message or log line that
        // names a URL can leak it. The URLs are otherwise the widget's own.
        let config = WidgetConfig::from_attributes(|name| match name {
            "api-key" => Some(args.api_key.clone()),
            "api-base" => Some(args.api_base.clone()),
            "api-version" => Some(args.api_version.clone()),
            "auth" => Some("header".to_owned()),
            _ => None,
        })
        .map_err(|error| Failure::usage(option_message(&error.to_string())))?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(args.timeout_secs.max(1)))
            .user_agent(concat!("careers-cli/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|error| Failure::usage(format!("cannot start an HTTP client: {error}")))?;
        Ok(Self { http, config })
    }

    /// The configuration requests are built from.
    pub fn config(&self) -> &WidgetConfig {
        &self.config
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

/// The widget's messages name `data-*` attributes; the CLI's options have other names.
fn option_message(message: &str) -> String {
    message
        .replace("data-api-key", "--api-key (or TEAMTAILOR_API_KEY)")
        .replace("data-api-base", "--api-base")
        .replace("data-api-version", "--api-version")
}
