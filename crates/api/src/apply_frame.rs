//! Which apply-form URLs may be framed, and the origin their resize messages must come from.

use crate::str_search;

/// The apply iframe's height until it reports one (the API reference's example).
pub const DEFAULT_APPLY_HEIGHT: u32 = 800;

/// Whether `url` may be an apply iframe's src: `https:`, or `http:` on a loopback host.
pub fn apply_frame_src_allowed(url: &str) -> bool {
    match parse_origin(url) {
        Some(origin) => {
            origin.secure || matches!(origin.host.as_str(), "localhost" | "127.0.0.1" | "[::1]")
        }
        None => false,
    }
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL, lower-cased with the
/// default port dropped, to compare with `MessageEvent.origin`. `None` for anything else,
/// including URLs with user info, which only serve to disguise the real host.
pub fn origin_of(url: &str) -> Option<String> {
    let origin = parse_origin(url)?;
    let scheme = if origin.secure { "https" } else { "http" };
    Some(match origin.port {
        Some(port) => format!("{scheme}://{}:{port}", origin.host),
        None => format!("{scheme}://{}", origin.host),
    })
}

struct Origin {
    secure: bool,
    /// Lower-cased; IPv6 addresses keep their brackets.
    host: String,
    /// `None` for the scheme's default port.
    port: Option<u16>,
}

fn parse_origin(url: &str) -> Option<Origin> {
    let url = url.trim_matches(|c: char| c <= ' ');
    // Browsers drop tabs and newlines anywhere and treat `\` like `/`; rather than mimic
    // every such rule, refuse URLs that contain them or other controls or spaces.
    if url.chars().any(|c| c <= ' ' || c == '\\' || c == '\u{7f}') {
        return None;
    }
    let (scheme, rest) = str_search::split_once(url, "://")?;
    let secure = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => false,
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(ipv6) => {
            let (address, after) = ipv6.split_once(']')?;
            let valid = !address.is_empty()
                && address
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
            valid.then_some(())?;
            (authority.get(..address.len() + 2)?, after.strip_prefix(':'))
        }
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let plain_host = host.starts_with('[')
        || (!host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')));
    if !plain_host || (port.is_none() && authority.len() > host.len()) {
        return None;
    }
    let default_port = if secure { 443 } else { 80 };
    let port = match port.filter(|port| !port.is_empty()) {
        Some(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => {
            Some(digits.parse::<u16>().ok()?).filter(|&port| port != default_port)
        }
        Some(_) => return None,
        None => None,
    };
    Some(Origin {
        secure,
        host: host.to_ascii_lowercase(),
        port,
    })
}

#[cfg(test)]
mod tests {
    use super::{apply_frame_src_allowed, origin_of};

    #[test]
    fn https_frames_are_allowed_anywhere() {
        assert!(apply_frame_src_allowed(
            "https://careers.example.com/jobs/1/applications/new?iframe=true"
        ));
        assert!(apply_frame_src_allowed("HTTPS://Careers.Example.COM"));
    }

    #[test]
    fn http_frames_are_allowed_only_on_loopback_hosts() {
        for url in [
            "http://localhost:8080/apply",
            "http://LOCALHOST/apply",
            "http://127.0.0.1:3000",
            "http://[::1]:9000/x",
        ] {
            assert!(apply_frame_src_allowed(url), "{url}");
        }
        for url in [
            "http://example.com/apply",
            "http://localhost.evil.com/",
            "http://localhost@evil.com/",
            "http://localhost:80@evil.com/",
            "http://evil.com#@localhost",
            "http://evil.com?@localhost",
            "http://127.0.0.1.evil.com",
            "http://127.1/",
            "http://2130706433/",
            "http://[::1].evil.com/",
            "http://%6cocalhost/",
            "http://localhost\\@evil.com/",
        ] {
            assert!(!apply_frame_src_allowed(url), "{url}");
        }
    }

    #[test]
    fn other_schemes_and_malformed_urls_are_refused() {
        for url in [
            "javascript:alert(1)",
            "data:text/html,<p>x</p>",
            "//careers.example.com/apply",
            "/apply",
            "https:careers.example.com",
            "https://",
            "https://:443",
            "https://host:99999/",
            "https://host:8o/",
            "https://ho st/",
            "https://exa\tmple.com/",
            "ftp://careers.example.com",
            "https://[zz::1]/",
            "https://[::1/",
        ] {
            assert!(!apply_frame_src_allowed(url), "{url}");
        }
    }

    #[test]
    fn origin_is_lowercased_without_path_or_default_port() {
        assert_eq!(
            origin_of("HTTPS://Careers.Example.com:443/jobs/1?x=1#top").as_deref(),
            Some("https://careers.example.com")
        );
        assert_eq!(
            origin_of("http://localhost:80/").as_deref(),
            Some("http://localhost")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:08080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(
            origin_of("https://[::1]:8443/a").as_deref(),
            Some("https://[::1]:8443")
        );
        assert_eq!(
            origin_of("https://example.com:/x").as_deref(),
            Some("https://example.com")
        );
    }

    #[test]
    fn origin_of_refuses_user_info_and_non_http_urls() {
        assert_eq!(origin_of("https://user:pw@example.com/"), None);
        assert_eq!(origin_of("mailto:jobs@example.com"), None);
        assert_eq!(origin_of("not a url"), None);
    }
}
