//! The allow-list for job-body HTML. The widget walks the inert DOM the browser parsed and
//! asks these rules about every element and attribute; anything not allowed is removed.
//! What a kept element then needs to be valid HTML is in `body_validity`.

use crate::url_policy::{checked_url, UrlUse};

/// What to do with an element of a job body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagRule {
    /// Keep the element (with its allowed attributes) and sanitize its children.
    Keep,
    /// Drop the element but keep its sanitized children (span, div, font, unknown tags).
    Unwrap,
    /// Drop the element with everything inside it.
    Drop,
}

/// Elements kept as they are; the widget may still demote headings.
pub const KEPT_TAGS: &[&str] = &[
    "p",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "blockquote",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "tr",
    "th",
    "td",
    "hr",
    "pre",
    "code",
    "figure",
    "figcaption",
    "sub",
    "sup",
    "small",
    "dl",
    "dt",
    "dd",
];

/// Elements whose content is code, a form, an embedded document or invisible by design.
pub const DROPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "applet",
    "frame",
    "frameset",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "option",
    "optgroup",
    "datalist",
    "output",
    "keygen",
    "svg",
    "math",
    "template",
    "slot",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "link",
    "meta",
    "base",
    "head",
    "title",
    "audio",
    "video",
    "source",
    "track",
    "canvas",
    "map",
    "area",
    "param",
    "portal",
    "dialog",
];

/// Every attribute [`allowed_attribute`] may keep, by element: what a sanitizer that needs the
/// names up front (the native `careers` CLI's) allows before asking `allowed_attribute`.
pub const KEPT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "title"]),
    ("img", &["src", "alt", "width", "height"]),
    ("th", &["colspan", "rowspan"]),
    ("td", &["colspan", "rowspan"]),
];

/// Attributes added to every kept link: a new tab, no opener access, no referrer, no SEO vote.
/// Every other link that leaves the page carries at least [`OUTBOUND_LINK_REL`].
const LINK_EXTRA_ATTRIBUTES: &[(&str, &str)] = &[
    ("rel", "noopener noreferrer nofollow"),
    ("target", "_blank"),
];

/// The rule for an element by tag name (any case; namespaced names like `svg:a` are dropped).
pub fn allowed_tag(name: &str) -> TagRule {
    let name = name.to_ascii_lowercase();
    if KEPT_TAGS.contains(&name.as_str()) {
        TagRule::Keep
    } else if DROPPED_TAGS.contains(&name.as_str()) || name.contains(':') {
        TagRule::Drop
    } else {
        TagRule::Unwrap
    }
}

/// The value to keep for attribute `attr` of a kept element `tag`, or `None` to remove it.
pub fn allowed_attribute(tag: &str, attr: &str, value: &str) -> Option<String> {
    let tag = tag.to_ascii_lowercase();
    let attr = attr.to_ascii_lowercase();
    match (tag.as_str(), attr.as_str()) {
        ("a", "href") => checked_url(value, UrlUse::BodyLink),
        ("img", "src") => checked_url(value, UrlUse::Image),
        ("a", "title") | ("img", "alt") => Some(value.to_owned()),
        ("img", "width" | "height") => small_number(value, 5),
        // A cell spans at least one column, but may span zero rows (to the group's end).
        ("th" | "td", "colspan") => small_number(value, 3).filter(|n| n.bytes().any(|b| b != b'0')),
        ("th" | "td", "rowspan") => small_number(value, 3),
        _ => None,
    }
}

/// The attributes to add to every kept `<a>`.
pub fn link_extra_attributes() -> &'static [(&'static str, &'static str)] {
    LINK_EXTRA_ATTRIBUTES
}

/// `value` if it is 1..=`max_digits` ASCII digits (after trimming spaces).
fn small_number(value: &str, max_digits: usize) -> Option<String> {
    let value = value.trim();
    let valid =
        (1..=max_digits).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| value.to_owned())
}
