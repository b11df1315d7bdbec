//! What a kept body element needs, after its attributes are cleaned, to be valid HTML: both
//! sanitizers (the widget's over the browser's DOM, the `careers` CLI's after ammonia) ask
//! these rules, so a published page and the live board keep the same elements.

use crate::sanitize_rules::{link_extra_attributes, TagRule};

/// Attributes added to every kept image: loaded when scrolled to, sent without a referrer.
const IMAGE_EXTRA_ATTRIBUTES: &[(&str, &str)] =
    &[("loading", "lazy"), ("referrerpolicy", "no-referrer")];

/// An image's `alt` when the body gave none: the spec requires one, and an image an editor
/// left undescribed is taken as decoration.
const IMAGE_DEFAULT_ATTRIBUTES: &[(&str, &str)] = &[("alt", "")];

/// The parents an element is valid in (by the spec's content models); it is unwrapped
/// anywhere else, e.g. the `<li>` of an unwrapped `<menu>`.
const REQUIRED_PARENTS: &[(&str, &[&str])] = &[
    ("li", &["ul", "ol"]),
    ("dt", &["dl"]),
    ("dd", &["dl"]),
    ("figcaption", &["figure"]),
];

/// What becomes of a kept element `tag` once its attributes are cleaned: `has_attribute`
/// says which it still has, `parent` is the kept element it ends up in (any other name, such
/// as the body's own container, when it is at the top).
///
/// A link whose `href` was refused is kept as its text (`target` and `rel` need an `href`);
/// an image without a safe `src` is removed; an element outside the parents it needs is
/// unwrapped.
pub fn kept_element_rule(tag: &str, has_attribute: impl Fn(&str) -> bool, parent: &str) -> TagRule {
    let tag = tag.to_ascii_lowercase();
    match tag.as_str() {
        "a" if !has_attribute("href") => return TagRule::Unwrap,
        "img" if !has_attribute("src") => return TagRule::Drop,
        _ => {}
    }
    let parent = parent.to_ascii_lowercase();
    match REQUIRED_PARENTS.iter().find(|(name, _)| *name == tag) {
        Some((_, parents)) if !parents.contains(&parent.as_str()) => TagRule::Unwrap,
        _ => TagRule::Keep,
    }
}

/// Attributes set on every element `tag` that [`kept_element_rule`] keeps, replacing any
/// value it had.
pub fn added_attributes(tag: &str) -> &'static [(&'static str, &'static str)] {
    match tag.to_ascii_lowercase().as_str() {
        "a" => link_extra_attributes(),
        "img" => IMAGE_EXTRA_ATTRIBUTES,
        _ => &[],
    }
}

/// Attributes set on a kept element `tag` that lacks them, keeping any value it has.
pub fn default_attributes(tag: &str) -> &'static [(&'static str, &'static str)] {
    match tag.to_ascii_lowercase().as_str() {
        "img" => IMAGE_DEFAULT_ATTRIBUTES,
        _ => &[],
    }
}
