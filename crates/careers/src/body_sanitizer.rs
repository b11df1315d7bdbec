//! Job bodies sanitized natively with ammonia, configured from the api crate's allow-list,
//! then completed by the same rules the widget follows after it (`valid_markup`), so a
//! prerendered page keeps exactly what the widget keeps in the browser.

mod valid_markup;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};
use teamtailor_api::{allowed_attribute, DROPPED_TAGS, KEPT_ATTRIBUTES, KEPT_TAGS};

/// `html` with only allowed tags, attributes and URLs, as valid HTML; links and images get
/// the widget's extra attributes (`rel`, `target`; `loading`, `referrerpolicy`).
pub fn sanitize_body(html: &str) -> String {
    static CLEANER: OnceLock<Builder<'static>> = OnceLock::new();
    let clean = CLEANER.get_or_init(cleaner).clean(html).to_string();
    valid_markup::completed(&clean)
}

fn cleaner() -> Builder<'static> {
    let mut builder = Builder::empty();
    let attributes: HashMap<&str, HashSet<&str>> = KEPT_ATTRIBUTES
        .iter()
        .map(|(tag, names)| (*tag, names.iter().copied().collect()))
        .collect();
    builder
        .tags(KEPT_TAGS.iter().copied().collect())
        .clean_content_tags(DROPPED_TAGS.iter().copied().collect())
        .tag_attributes(attributes)
        .strip_comments(true)
        // ammonia's own URL check as a second line; allowed_attribute (checked_url) decides.
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(UrlRelative::Deny)
        // The link's rel is one of the attributes valid_markup adds, only to links it keeps.
        .link_rel(None)
        .attribute_filter(|tag, attr, value| allowed_attribute(tag, attr, value).map(Into::into));
    builder
}

#[cfg(test)]
mod tests {
    use super::sanitize_body;

    /// Every kept link's attributes after its href (attributes come out in name order).
    const LINK_REST: &str = r#"rel="noopener noreferrer nofollow" target="_blank""#;
    /// Every kept image's attributes after its src.
    const IMAGE_REST: &str = r#"loading="lazy" referrerpolicy="no-referrer""#;

    #[test]
    fn links_keep_safe_urls_and_gain_the_widgets_rel_and_target() {
        let clean = sanitize_body(
            r#"<p class="x" style="color:red">Hi <a href="https://example.com/a?b=1&amp;c=2" onclick="x()">team</a></p>"#,
        );
        assert_eq!(
            clean,
            format!(
                r#"<p>Hi <a href="https://example.com/a?b=1&amp;c=2" {LINK_REST}>team</a></p>"#
            )
        );
    }

    #[test]
    fn a_links_own_target_and_rel_are_replaced_by_the_widgets() {
        let clean = sanitize_body(
            r#"<a href="https://example.com/" target="_top" rel="opener" onmouseover="x()">x</a>"#,
        );
        assert_eq!(
            clean,
            format!(r#"<a href="https://example.com/" {LINK_REST}>x</a>"#)
        );
    }

    #[test]
    fn unknown_tags_are_unwrapped_and_dropped_tags_lose_their_content() {
        let clean =
            sanitize_body("<div><span>kept</span><script>gone()</script><form>gone</form></div>");
        assert_eq!(clean, "kept");
    }

    #[test]
    fn a_link_whose_href_is_refused_becomes_its_text() {
        let clean = sanitize_body(
            r#"<p><a href="/about" target="_top">rel</a> <a href="javascript:alert(1)"><b>js</b></a> <a name="x">anchor</a></p>"#,
        );
        assert_eq!(clean, "<p>rel <b>js</b> anchor</p>");
    }

    #[test]
    fn an_image_without_a_safe_src_is_removed() {
        let clean = sanitize_body(
            r#"<p>a<img src="mailto:x@y" alt="a">b<img src="data:image/png;base64,AAAA">c<img alt="none"></p>"#,
        );
        assert_eq!(clean, "<p>abc</p>");
    }

    #[test]
    fn mailto_is_a_link_but_never_an_image() {
        let clean = sanitize_body(r#"<a href="mailto:jobs@example.com">mail</a>"#);
        assert_eq!(
            clean,
            format!(r#"<a href="mailto:jobs@example.com" {LINK_REST}>mail</a>"#)
        );
    }

    #[test]
    fn a_space_in_a_kept_url_is_percent_encoded() {
        let clean = sanitize_body(r#"<a href="https://example.com/my jobs">x</a>"#);
        assert_eq!(
            clean,
            format!(r#"<a href="https://example.com/my%20jobs" {LINK_REST}>x</a>"#)
        );
    }

    #[test]
    fn a_kept_image_has_an_alt_empty_when_the_body_gave_none() {
        let clean = sanitize_body(
            r#"<img src="https://img.example/a.png" alt="Team"><img src="https://img.example/b.png">"#,
        );
        assert_eq!(
            clean,
            format!(
                r#"<img alt="Team" {IMAGE_REST} src="https://img.example/a.png"><img alt="" {IMAGE_REST} src="https://img.example/b.png">"#
            )
        );
    }

    #[test]
    fn list_items_terms_and_captions_outside_their_parents_are_unwrapped() {
        let clean = sanitize_body(
            "<menu><li>one</li></menu><div><dt>t</dt><dd>d</dd><figcaption>c</figcaption></div>\
             <ul><div><li>kept</li></div></ul><dl><div><dt>kept</dt></div></dl>",
        );
        assert_eq!(clean, "onetdc<ul><li>kept</li></ul><dl><dt>kept</dt></dl>");
    }

    #[test]
    fn image_sizes_and_table_spans_must_be_small_numbers() {
        let clean = sanitize_body(
            r#"<img src="https://img.example/a.png" width="120" height="9999999"><table><tr><td colspan="2" rowspan="x">c</td><td colspan="0" rowspan="0">z</td></tr></table>"#,
        );
        assert_eq!(
            clean,
            format!(
                r#"<img alt="" {IMAGE_REST} src="https://img.example/a.png" width="120"><table><tbody><tr><td colspan="2">c</td><td rowspan="0">z</td></tr></tbody></table>"#
            )
        );
    }
}
