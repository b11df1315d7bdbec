//! The extractor every API handler starts with: key first (401), then version (406).

use super::access::{ApiVersion, KeyScope, SUPPORTED_API_VERSIONS};
use super::api_error::ApiError;
use super::credentials::{presented_key, presented_version};
use super::query_params::QueryParams;
use crate::request_origin::request_origin;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;

/// An authenticated, versioned API request.
pub struct ApiContext {
    /// What the key may read.
    pub scope: KeyScope,
    /// Response shape.
    pub version: ApiVersion,
    /// The query string.
    pub params: QueryParams,
    /// `scheme://host` for absolute links.
    pub origin: String,
    /// Request path, for pagination links.
    pub path: String,
}

impl<S: Send + Sync> FromRequestParts<S> for ApiContext {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let params = QueryParams::parse(parts.uri.query());
        let unauthorized = |detail: &str| ApiError::new(StatusCode::UNAUTHORIZED, detail);
        let key = presented_key(&parts.headers, &params).ok_or_else(|| {
            unauthorized("No API key: send `Authorization: Token token=KEY` or `api_key=KEY`")
        })?;
        let scope =
            KeyScope::of_key(&key).ok_or_else(|| unauthorized("The API key is not valid"))?;
        let supported = SUPPORTED_API_VERSIONS.join(" or ");
        let not_acceptable = |detail: String| ApiError::new(StatusCode::NOT_ACCEPTABLE, detail);
        let raw_version = presented_version(&parts.headers, &params).ok_or_else(|| {
            not_acceptable(format!(
                "No API version: send `X-Api-Version` or `api_version` ({supported})"
            ))
        })?;
        let version = ApiVersion::parse(&raw_version).ok_or_else(|| {
            not_acceptable(format!(
                "API version {raw_version:?} is not supported; use {supported}"
            ))
        })?;
        Ok(Self {
            scope,
            version,
            params,
            origin: request_origin(&parts.headers),
            path: parts.uri.path().to_owned(),
        })
    }
}
