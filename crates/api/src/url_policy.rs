//! The one place that decides which URLs the board may put in the page: body links and
//! images, the job picture (`src` and each `srcset` candidate), apply links and the apply
//! iframe. Anything else is dropped, never escaped into shape.

use crate::apply_frame::apply_frame_src_allowed;
use crate::model::Picture;

/// `rel` of every link that leaves the board: no `window.opener`, no referrer.
pub const OUTBOUND_LINK_REL: &str = "noopener noreferrer";

/// Where a URL is going to be used; each use has its own rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// A link in a job body: `http(s):` or `mailto:`.
    BodyLink,
    /// A link the board renders (apply, external application): `http(s):` only.
    Link,
    /// An image in a job body: `http(s):` only.
    Image,
    /// One candidate of the job picture's `srcset`: an image URL with no whitespace or
    /// comma, which would let one value smuggle in another candidate or descriptor.
    SrcsetCandidate,
    /// The apply iframe's `src`: `https:`, or `http:` on a loopback host.
    Frame,
}

/// `value` cleaned the way browsers clean URLs (inner spaces percent-encoded), if it is
/// allowed for `usage`.
///
/// Relative and protocol-relative URLs are refused: in an embed they would resolve against
/// the host page, which is not what the job's author meant.
pub fn checked_url(value: &str, usage: UrlUse) -> Option<String> {
    // Browsers strip leading/trailing C0 controls and spaces, and tabs and newlines anywhere,
    // so "java\tscript:" is javascript:. Do the same so the scheme read here is the real one.
    let cleaned: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, rest) = cleaned.split_once(':')?;
    let web = rest.starts_with("//") && rest.len() > 2;
    let allowed = match (scheme.to_ascii_lowercase().as_str(), usage) {
        (_, UrlUse::Frame) => apply_frame_src_allowed(&cleaned),
        ("http" | "https", UrlUse::SrcsetCandidate) => {
            web && !cleaned.chars().any(|c| c == ',' || c.is_whitespace())
        }
        ("http" | "https", _) => web,
        ("mailto", UrlUse::BodyLink) => !rest.is_empty(),
        _ => false,
    };
    // A space is no valid URL character; browsers send it as %20, so the page can say so.
    allowed.then(|| cleaned.replace(' ', "%20"))
}

/// The job picture with only URLs fit for `src`/`srcset`; `None` when no variant is.
pub fn safe_picture(picture: &Picture) -> Option<Picture> {
    let check = |url: &str| checked_url(url, UrlUse::SrcsetCandidate);
    let standard = picture.standard.as_deref().and_then(check);
    let thumb = picture.thumb.as_deref().and_then(check);
    let original = check(&picture.original).or_else(|| standard.clone())?;
    Some(Picture {
        original,
        standard,
        thumb,
    })
}

/// [`checked_url`] as a body link (`allow_mailto`) or as a link the board renders.
pub fn safe_url(value: &str, allow_mailto: bool) -> Option<String> {
    let usage = if allow_mailto {
        UrlUse::BodyLink
    } else {
        UrlUse::Link
    };
    checked_url(value, usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_use_has_its_own_schemes() {
        let mail = "mailto:jobs@example.com";
        assert_eq!(checked_url(mail, UrlUse::BodyLink).as_deref(), Some(mail));
        assert_eq!(checked_url(mail, UrlUse::Link), None);
        assert_eq!(checked_url(mail, UrlUse::Image), None);
        let web = "https://example.com/a.png";
        for usage in [
            UrlUse::BodyLink,
            UrlUse::Link,
            UrlUse::Image,
            UrlUse::SrcsetCandidate,
        ] {
            assert_eq!(checked_url(web, usage).as_deref(), Some(web), "{usage:?}");
        }
        assert_eq!(
            checked_url("http://example.com/apply", UrlUse::Frame),
            None,
            "plain http is framed only on loopback"
        );
        assert!(checked_url("http://127.0.0.1:8080/apply", UrlUse::Frame).is_some());
    }

    #[test]
    fn data_and_script_urls_are_refused_for_every_use() {
        for value in [
            "data:image/svg+xml,<svg onload=alert(1)>",
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "//evil.example/x.png",
            "/relative.png",
        ] {
            for usage in [
                UrlUse::BodyLink,
                UrlUse::Link,
                UrlUse::Image,
                UrlUse::SrcsetCandidate,
                UrlUse::Frame,
            ] {
                assert_eq!(checked_url(value, usage), None, "{value} as {usage:?}");
            }
        }
    }

    #[test]
    fn srcset_candidates_cannot_smuggle_another_candidate() {
        let smuggled = "https://img.example/a.png 1w, https://evil.example/b.png";
        assert!(checked_url(smuggled, UrlUse::Image).is_some());
        assert_eq!(checked_url(smuggled, UrlUse::SrcsetCandidate), None);
        assert_eq!(
            checked_url("https://img.example/a,b.png", UrlUse::SrcsetCandidate),
            None
        );
    }

    #[test]
    fn a_picture_keeps_only_its_safe_variants() {
        let picture = Picture {
            original: "data:image/svg+xml,<svg/>".into(),
            standard: Some("https://img.example/standard.jpg".into()),
            thumb: Some("https://img.example/t.jpg, https://evil.example/x 9w".into()),
        };
        assert_eq!(
            safe_picture(&picture),
            Some(Picture {
                original: "https://img.example/standard.jpg".into(),
                standard: Some("https://img.example/standard.jpg".into()),
                thumb: None,
            })
        );
        let hostile = Picture {
            original: "javascript:alert(1)".into(),
            standard: None,
            thumb: None,
        };
        assert_eq!(safe_picture(&hostile), None);
    }
}
