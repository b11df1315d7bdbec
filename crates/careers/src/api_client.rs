//! The Teamtailor API client: the widget's validated configuration and its requests, sent
//! by [`HttpClient`].

use teamtailor_api::{ApiError, ApiRequest, WidgetConfig};

use crate::cli::ApiArgs;
use crate::failure::Failure;
pub use crate::http_client::ApiAnswer;
use crate::http_client::HttpClient;

/// A validated API configuration and an HTTP client.
pub struct ApiClient {
    http: HttpClient,
    config: WidgetConfig,
}

impl ApiClient {
    /// Validates the options exactly as the widget validates its `data-*` attributes.
    pub fn new(args: &ApiArgs) -> Result<Self, Failure> {
        // Header auth keeps the key out of every URL, so no error message or log line that
        // names a URL can leak it. The URLs are otherwise the widget's own.
        let config = WidgetConfig::from_attributes(|name| match name {
            "api-key" => args.api_key.clone(),
            "api-base" => args.api_base.clone(),
            "api-version" => Some(args.api_version.clone()),
            "auth" => Some("header".to_owned()),
            _ => None,
        })
        .map_err(|error| Failure::usage(option_message(&error.to_string())))?;
        let http = HttpClient::new(args.timeout_secs)?;
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
        self.http.send(request, extra).await
    }

    /// A successful answer to `request`, retrying what may pass; see [`HttpClient::get`].
    pub async fn get(&self, request: &ApiRequest, what: &str) -> Result<ApiAnswer, ApiError> {
        self.http.get(request, what).await
    }
}

/// The widget's messages name `data-*` attributes; the CLI's options have other names.
pub fn option_message(message: &str) -> String {
    message
        .replace("data-api-key", "--api-key (or TEAMTAILOR_API_KEY)")
        .replace("data-api-base", "--api-base")
        .replace("data-api-version", "--api-version")
        .replace("data-provider", "--provider")
        .replace("data-company", "--company")
}
