//! What a kept body element needs to be valid HTML once its attributes are cleaned.

use teamtailor_api::{added_attributes, default_attributes, kept_element_rule, TagRule};

fn has(names: &'static [&'static str]) -> impl Fn(&str) -> bool {
    move |name| names.contains(&name)
}

#[test]
fn a_link_without_href_is_unwrapped_and_with_one_kept() {
    assert_eq!(
        kept_element_rule("a", has(&["title"]), "p"),
        TagRule::Unwrap
    );
    assert_eq!(kept_element_rule("A", has(&[]), "div"), TagRule::Unwrap);
    assert_eq!(kept_element_rule("a", has(&["href"]), "p"), TagRule::Keep);
}

#[test]
fn an_image_without_src_is_dropped_and_with_one_kept() {
    assert_eq!(
        kept_element_rule("img", has(&["alt", "width"]), "p"),
        TagRule::Drop
    );
    assert_eq!(kept_element_rule("IMG", has(&[]), "div"), TagRule::Drop);
    assert_eq!(
        kept_element_rule("img", has(&["src"]), "figure"),
        TagRule::Keep
    );
}

#[test]
fn list_items_terms_and_captions_are_kept_only_in_their_parents() {
    for (tag, parent) in [
        ("li", "ul"),
        ("LI", "OL"),
        ("dt", "dl"),
        ("dd", "dl"),
        ("figcaption", "figure"),
    ] {
        assert_eq!(
            kept_element_rule(tag, has(&[]), parent),
            TagRule::Keep,
            "{tag} in {parent}"
        );
    }
    for (tag, parent) in [
        ("li", "div"),
        ("li", "p"),
        ("dt", "ul"),
        ("dd", "div"),
        ("figcaption", "div"),
    ] {
        assert_eq!(
            kept_element_rule(tag, has(&[]), parent),
            TagRule::Unwrap,
            "{tag} in {parent}"
        );
    }
}

#[test]
fn other_kept_elements_are_valid_anywhere_the_parser_put_them() {
    for tag in ["p", "ul", "table", "td", "strong", "h2", "br"] {
        assert_eq!(
            kept_element_rule(tag, has(&[]), "div"),
            TagRule::Keep,
            "{tag}"
        );
    }
}

#[test]
fn links_and_images_gain_their_extra_attributes_and_nothing_else_does() {
    assert_eq!(
        added_attributes("a"),
        &[
            ("rel", "noopener noreferrer nofollow"),
            ("target", "_blank")
        ]
    );
    assert_eq!(
        added_attributes("IMG"),
        &[("loading", "lazy"), ("referrerpolicy", "no-referrer")]
    );
    assert_eq!(added_attributes("p"), &[]);
}

#[test]
fn an_image_defaults_to_an_empty_alt() {
    assert_eq!(default_attributes("img"), &[("alt", "")]);
    assert_eq!(default_attributes("a"), &[]);
}
