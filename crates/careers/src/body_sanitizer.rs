//! Job bodies sanitized natively with ammonia, configured from the api crate's allow-list so
//! a prerendered page keeps exactly what the widget keeps in the browser.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use ammonia::{Builder, UrlRelative};
use teamtailor_api::{
    allowed_attribute, link_extra_attributes, DROPPED_TAGS, KEPT_ATTRIBUTES, KEPT_TAGS,
};

/// `html` with only allowed tags, attributes and URLs; links get the widget's extra
/// attributes (`rel`, `target`).
pub fn sanitize_body(html: &str) -> String {
    static CLEANER: OnceLock<Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(cleaner).clean(html).to_string()
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
        .attribute_filter(|tag, attr, value| {
            // ammonia filters the attributes it adds to links too; those are the widget's own.
            let added = tag == "a"
                && link_extra_attributes()
                    .iter()
                    .any(|(name, _)| *name == attr);
            if added {
                Some(value.into())
            } else {
                allowed_attribute(tag, attr, value).map(Into::into)
            }
        });
    for (name, value) in link_extra_attributes() {
        if *name == "rel" {
            builder.link_rel(Some(value));
        } else {
            builder.set_tag_attribute_value("a", *name, *value);
        }
    }
    builder
}

#[cfg(test)]
mod tests {
    use super::sanitize_body;

    #[test]
    fn links_keep_safe_urls_and_gain_the_widgets_rel_and_target() {
        let clean = sanitize_body(
            r#"<p class="x" style="color:red">Hi <a href="https://example.com/a?b=1&amp;c=2" onclick="x()">team</a></p>"#,
        );
        assert_eq!(
            clean,
            r#"<p>Hi <a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow">team</a></p>"#
        );
    }

    #[test]
    fn a_links_own_target_and_rel_are_replaced_by_the_widgets() {
        let clean = sanitize_body(
            r#"<a href="https://example.com/" target="_top" rel="opener" onmouseover="x()">x</a>"#,
        );
        assert_eq!(
            clean,
            r#"<a href="https://example.com/" target="_blank" rel="noopener noreferrer nofollow">x</a>"#
        );
    }

    #[test]
    fn unknown_tags_are_unwrapped_and_dropped_tags_lose_their_content() {
        let clean =
            sanitize_body("<div><span>kept</span><script>gone()</script><form>gone</form></div>");
        assert_eq!(clean, "kept");
    }

    #[test]
    fn mailto_is_a_link_but_never_an_image_and_relative_urls_go() {
        let clean = sanitize_body(
            r#"<a href="mailto:jobs@example.com">mail</a><img src="mailto:x@y" alt="a"><a href="/about">rel</a>"#,
        );
        assert_eq!(
            clean,
            r#"<a href="mailto:jobs@example.com" target="_blank" rel="noopener noreferrer nofollow">mail</a><img alt="a"><a target="_blank" rel="noopener noreferrer nofollow">rel</a>"#
        );
    }

    #[test]
    fn image_sizes_and_table_spans_must_be_small_numbers() {
        let clean = sanitize_body(
            r#"<img src="https://img.example/a.png" width="120" height="9999999"><table><tr><td colspan="2" rowspan="x">c</td></tr></table>"#,
        );
        assert_eq!(
            clean,
            r#"<img src="https://img.example/a.png" width="120"><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>"#
        );
    }
}
