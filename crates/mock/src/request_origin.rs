//! The `scheme://host` a client used, so every link the mock writes points back at itself.

use axum::http::{header, HeaderMap};

/// Origin from `X-Forwarded-Proto` (else http) and the `Host` header (else `localhost`).
pub fn request_origin(headers: &HeaderMap) -> String {
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|value| value.to_str().ok())
    {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{}", request_host(headers))
}

/// The `Host` header when it is a plain host[:port]; it is echoed into HTML, so nothing else passes.
pub fn request_host(headers: &HeaderMap) -> String {
    headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .filter(|host| {
            !host.is_empty()
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn hostile_host_headers_fall_back_to_localhost() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("a\"><script>"));
        assert_eq!(request_origin(&headers), "http://localhost");
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert_eq!(request_origin(&headers), "https://127.0.0.1:8080");
    }
}
