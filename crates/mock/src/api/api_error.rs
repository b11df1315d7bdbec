//! JSON:API error documents, the body of every API failure.

use super::wire::{ErrorDocument, ErrorObject};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The JSON:API media type every API body is sent as.
pub const JSON_API: &str = "application/vnd.api+json";

/// A failed API request: its status and a human-readable detail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The `detail` member of the error object.
    pub detail: String,
}

impl ApiError {
    /// An error with any status.
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
        }
    }

    /// 400 Bad Request.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, detail)
    }

    /// 404 Not Found.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, detail)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let document = ErrorDocument {
            errors: vec![ErrorObject {
                status: self.status.as_u16().to_string(),
                title: self.status.canonical_reason().unwrap_or("Error"),
                detail: self.detail,
            }],
        };
        json_api_response(self.status, &document)
    }
}

/// `value` serialized as a JSON:API body with `status`.
pub fn json_api_response(status: StatusCode, value: &impl Serialize) -> Response {
    let body = serde_json::to_vec(value).expect("wire types always serialize");
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_API));
    response
}
