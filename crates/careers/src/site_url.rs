//! The public URL a snapshot is published at.

use crate::failure::Failure;

/// `url` without a trailing slash, if it is absolute http(s) with a host and no query.
pub fn normalize_site_url(url: &str) -> Result<String, Failure> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let valid = rest.is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or_default();
        !host.is_empty() && !rest.contains(['?', '#', ' ', '"', '<', '>'])
    });
    if !valid {
        return Err(Failure::usage(format!(
            "--site-url {url:?} must be the absolute http(s) URL the folder is served at, \
             e.g. https://example.com/careers"
        )));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::normalize_site_url;

    #[test]
    fn site_urls_lose_their_trailing_slash_and_must_be_absolute() {
        assert_eq!(
            normalize_site_url("https://example.com/careers/").unwrap(),
            "https://example.com/careers"
        );
        assert!(normalize_site_url("example.com").is_err());
        assert!(normalize_site_url("https:///x").is_err());
        assert!(normalize_site_url("https://example.com/?q=1").is_err());
    }
}
