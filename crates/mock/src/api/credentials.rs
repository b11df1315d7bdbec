//! Reads the key and version a request presents, by header or by query parameter.

use super::query_params::QueryParams;
use axum::http::HeaderMap;

/// Header carrying the API version.
pub const VERSION_HEADER: &str = "x-api-version";

/// The key from `Authorization: Token token=KEY`, else from `api_key=KEY`.
pub fn presented_key(headers: &HeaderMap, params: &QueryParams) -> Option<String> {
    let from_header = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(token_from_authorization);
    from_header.or_else(|| params.get("api_key").map(str::to_owned))
}

/// The version from `X-Api-Version`, else from `api_version`.
pub fn presented_version(headers: &HeaderMap, params: &QueryParams) -> Option<String> {
    headers
        .get(VERSION_HEADER)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
        .or_else(|| params.get("api_version").map(str::to_owned))
}

/// `KEY` out of `Token token=KEY` or `Token token="KEY"`; the scheme is case-insensitive.
fn token_from_authorization(value: &str) -> Option<String> {
    let (scheme, rest) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("token") {
        return None;
    }
    let key = rest.trim().strip_prefix("token=")?.trim_matches('"');
    (!key.is_empty()).then(|| key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_read_with_or_without_quotes() {
        assert_eq!(
            token_from_authorization("Token token=abc").as_deref(),
            Some("abc")
        );
        assert_eq!(
            token_from_authorization("token token=\"abc\"").as_deref(),
            Some("abc")
        );
        assert_eq!(token_from_authorization("Bearer abc"), None);
        assert_eq!(token_from_authorization("Token token="), None);
    }
}
