//! The job-body allow-list: which tags survive, which attributes, and which URLs.

use teamtailor_api::{allowed_attribute, allowed_tag, link_extra_attributes, safe_url, TagRule};

#[test]
fn formatting_lists_tables_links_and_images_are_kept_in_any_case() {
    for tag in [
        "p",
        "BR",
        "h1",
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
        "IMG",
        "table",
        "thead",
        "tbody",
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
    ] {
        assert_eq!(allowed_tag(tag), TagRule::Keep, "{tag}");
    }
}

#[test]
fn layout_wrappers_and_unknown_tags_are_unwrapped_keeping_their_text() {
    for tag in [
        "span",
        "DIV",
        "font",
        "section",
        "article",
        "center",
        "my-widget",
        "picture",
    ] {
        assert_eq!(allowed_tag(tag), TagRule::Unwrap, "{tag}");
    }
}

#[test]
fn active_embedded_and_form_content_is_dropped_with_its_children() {
    for tag in [
        "script",
        "SCRIPT",
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
        "svg",
        "math",
        "template",
        "noscript",
        "link",
        "meta",
        "base",
        "video",
        "audio",
        "source",
        "canvas",
        "xmp",
        "noembed",
        "noframes",
        "plaintext",
        "title",
        "svg:script",
        "xlink:a",
    ] {
        assert_eq!(allowed_tag(tag), TagRule::Drop, "{tag}");
    }
}

#[test]
fn links_keep_a_safe_href_and_a_title_only() {
    assert_eq!(
        allowed_attribute("a", "href", "https://example.com/jobs?a=1&b=2"),
        Some("https://example.com/jobs?a=1&b=2".into())
    );
    assert_eq!(
        allowed_attribute("A", "HREF", "mailto:jobs@example.com"),
        Some("mailto:jobs@example.com".into())
    );
    assert_eq!(
        allowed_attribute("a", "title", "Read more"),
        Some("Read more".into())
    );
    assert_eq!(allowed_attribute("a", "href", "javascript:alert(1)"), None);
    for attr in [
        "target", "rel", "onclick", "style", "class", "id", "ping", "download",
    ] {
        assert_eq!(allowed_attribute("a", attr, "x"), None, "{attr}");
    }
}

#[test]
fn images_keep_an_http_src_alt_and_numeric_size_only() {
    assert_eq!(
        allowed_attribute("img", "src", "https://cdn.example.com/a.png"),
        Some("https://cdn.example.com/a.png".into())
    );
    assert_eq!(
        allowed_attribute("img", "src", "mailto:x@example.com"),
        None
    );
    assert_eq!(
        allowed_attribute("img", "src", "data:image/png;base64,AAAA"),
        None
    );
    assert_eq!(allowed_attribute("img", "src", "/relative.png"), None);
    assert_eq!(
        allowed_attribute("img", "alt", "Team photo"),
        Some("Team photo".into())
    );
    assert_eq!(
        allowed_attribute("img", "width", " 640 "),
        Some("640".into())
    );
    assert_eq!(allowed_attribute("img", "height", "100%"), None);
    assert_eq!(allowed_attribute("img", "height", "1e9"), None);
    for attr in [
        "srcset", "onerror", "onload", "style", "usemap", "ismap", "longdesc",
    ] {
        assert_eq!(allowed_attribute("img", attr, "x"), None, "{attr}");
    }
}

#[test]
fn table_cells_keep_only_small_numeric_spans() {
    assert_eq!(allowed_attribute("td", "colspan", "2"), Some("2".into()));
    assert_eq!(allowed_attribute("TH", "RowSpan", "3"), Some("3".into()));
    assert_eq!(allowed_attribute("td", "colspan", "2;x"), None);
    assert_eq!(allowed_attribute("td", "colspan", ""), None);
    assert_eq!(allowed_attribute("td", "rowspan", "10000"), None);
    // A cell spans at least one column; zero rows means "to the end of its group".
    assert_eq!(allowed_attribute("td", "colspan", "0"), None);
    assert_eq!(allowed_attribute("th", "colspan", "000"), None);
    assert_eq!(
        allowed_attribute("td", "colspan", "007"),
        Some("007".into())
    );
    assert_eq!(allowed_attribute("td", "rowspan", "0"), Some("0".into()));
    assert_eq!(allowed_attribute("p", "colspan", "2"), None);
}

#[test]
fn style_events_ids_and_namespaced_attributes_are_dropped_everywhere() {
    for (tag, attr) in [
        ("p", "style"),
        ("p", "onclick"),
        ("p", "ONMOUSEOVER"),
        ("p", "class"),
        ("h2", "id"),
        ("button", "formaction"),
        ("a", "xlink:href"),
        ("img", "xlink:href"),
        ("a", "srcdoc"),
        ("td", "background"),
    ] {
        assert_eq!(
            allowed_attribute(tag, attr, "https://example.com"),
            None,
            "{tag} {attr}"
        );
    }
}

#[test]
fn script_schemes_are_refused_however_disguised() {
    for url in [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "javascript\t:alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "blob:https://example.com/uuid",
        "file:///etc/passwd",
        "ｊavascript:alert(1)",
        "\u{a0}javascript:alert(1)",
    ] {
        assert_eq!(safe_url(url, true), None, "{url:?}");
    }
}

#[test]
fn relative_protocol_relative_and_malformed_urls_are_refused() {
    for url in [
        "/jobs/1",
        "jobs/1",
        "//evil.example.com/x",
        "#apply",
        "?page=2",
        "",
        "   ",
        "https:",
        "https://",
        "https:evil.example.com",
        "https:\\\\evil.example.com",
        "mailto:",
    ] {
        assert_eq!(safe_url(url, true), None, "{url:?}");
    }
}

#[test]
fn http_https_and_mailto_are_accepted_and_cleaned_like_a_browser_would() {
    assert_eq!(
        safe_url("  https://example.com/a\n/b\t ", false),
        Some("https://example.com/a/b".into())
    );
    assert_eq!(
        safe_url("HTTP://Example.com", false),
        Some("HTTP://Example.com".into())
    );
    assert_eq!(
        safe_url("ht\ttps://example.com", false),
        Some("https://example.com".into())
    );
    assert_eq!(
        safe_url("mailto:jobs@example.com?subject=Hi", true),
        Some("mailto:jobs@example.com?subject=Hi".into())
    );
    assert_eq!(safe_url("mailto:jobs@example.com", false), None);
    // A space is no valid URL character: written as the %20 a browser would send.
    assert_eq!(
        safe_url("https://example.com/Team photo.png", false),
        Some("https://example.com/Team%20photo.png".into())
    );
    assert_eq!(
        safe_url("mailto:jobs@example.com?subject=Hello there", true),
        Some("mailto:jobs@example.com?subject=Hello%20there".into())
    );
}

#[test]
fn kept_links_open_in_a_new_tab_without_opener_or_referrer() {
    assert_eq!(
        link_extra_attributes(),
        &[
            ("rel", "noopener noreferrer nofollow"),
            ("target", "_blank")
        ]
    );
}

#[test]
fn the_published_attribute_list_is_exactly_what_allowed_attribute_keeps() {
    use teamtailor_api::{KEPT_ATTRIBUTES, KEPT_TAGS};
    let sample = |attr: &str| match attr {
        "href" | "src" => "https://example.com/x",
        "width" | "height" | "colspan" | "rowspan" => "2",
        _ => "text",
    };
    let candidates = [
        "href", "src", "title", "alt", "width", "height", "colspan", "rowspan", "style", "class",
        "id", "onclick", "onerror", "srcset", "target", "rel", "lang", "dir", "name", "action",
    ];
    for tag in KEPT_TAGS {
        let listed: &[&str] = KEPT_ATTRIBUTES
            .iter()
            .find(|(name, _)| name == tag)
            .map_or(&[], |(_, attributes)| attributes);
        for attr in candidates {
            let kept = allowed_attribute(tag, attr, sample(attr)).is_some();
            assert_eq!(kept, listed.contains(&attr), "<{tag} {attr}>");
        }
    }
    for (tag, _) in KEPT_ATTRIBUTES {
        assert_eq!(allowed_tag(tag), TagRule::Keep, "{tag}");
    }
}
