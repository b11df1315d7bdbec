//! Turns a job body's untrusted HTML into safe DOM nodes.
//!
//! The browser's own parser reads the HTML into an inert document (`DOMParser` runs no
//! scripts and loads no images), so there is no second parser to disagree with. The tree is
//! then cleaned by the allow-list in `teamtailor_api::sanitize_rules` and imported as nodes,
//! never re-serialized into markup.

use teamtailor_api::{
    added_attributes, allowed_attribute, allowed_tag, default_attributes, kept_element_rule,
    TagRule,
};
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, DomParser, Element, Node, SupportedType};

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Replaces `element`'s children with the cleaned `html` (the job page's body seam).
pub fn fill_body(element: &Element, html: &str) {
    if let Some(fragment) = sanitized_fragment(html) {
        element.set_inner_html("");
        let _ = element.append_child(&fragment);
    }
}

/// The cleaned body as a fragment of the page's document, ready to append.
pub fn sanitized_fragment(html: &str) -> Option<DocumentFragment> {
    let parser = DomParser::new().ok()?;
    let inert = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    let body = inert.body()?;
    // The body lands in the job page's container, a <div>.
    clean_children(&body, "div");
    let page = leptos::prelude::document();
    let fragment = page.create_document_fragment();
    // Children one by one: a clone of the body itself would carry its `is` value (below).
    let mut next = body.first_child();
    while let Some(child) = next {
        next = child.next_sibling();
        fragment
            .append_child(&page.import_node_with_deep(&child, true).ok()?)
            .ok()?;
    }
    Some(fragment)
}

/// Cleans `parent`'s children; `kept_parent` is the tag of the kept element they end up in
/// (unwrapped elements give their children to it).
fn clean_children(parent: &Node, kept_parent: &str) {
    let mut next = parent.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE => {}
            Node::ELEMENT_NODE => clean_element(parent, node.unchecked_into(), kept_parent),
            // Comments, processing instructions and the like carry nothing a reader needs.
            _ => remove(parent, &node),
        }
    }
}

fn clean_element(parent: &Node, element: Element, kept_parent: &str) {
    let in_html = element.namespace_uri().as_deref() == Some(HTML_NAMESPACE);
    let rule = if in_html {
        allowed_tag(&element.local_name())
    } else {
        // SVG and MathML content is where parser tricks live; none of it is kept.
        TagRule::Drop
    };
    let (element, rule) = match rule {
        TagRule::Keep => match without_is_value(parent, element) {
            Some(element) => {
                clean_attributes(&element);
                let tag = element.local_name();
                let rule = kept_element_rule(&tag, |name| element.has_attribute(name), kept_parent);
                if rule == TagRule::Keep {
                    complete_attributes(&element, &tag);
                }
                (element, rule)
            }
            None => return,
        },
        other => (element, other),
    };
    match rule {
        TagRule::Keep => clean_children(&element, &element.local_name()),
        TagRule::Unwrap => {
            clean_children(&element, kept_parent);
            while let Some(child) = element.first_child() {
                let _ = parent.insert_before(&child, Some(&element));
            }
            remove(parent, &element);
        }
        TagRule::Drop => remove(parent, &element),
    }
}

/// `element`, or a plain copy of it in its place if it was parsed with an `is` attribute.
///
/// The parser gives such an element an "is value" that removing the attribute does not clear:
/// importing it into the page would create the host page's customized built-in element of that
/// name (running its constructor), and serializing it writes `is="…"` back. The copy is made
/// by `createElement` without one. `None` (the element is removed) if no copy could be made.
fn without_is_value(parent: &Node, element: Element) -> Option<Element> {
    if !element.has_attribute("is") {
        return Some(element);
    }
    let plain = element
        .owner_document()
        .and_then(|document| document.create_element(&element.local_name()).ok());
    let Some(plain) = plain else {
        remove(parent, &element);
        return None;
    };
    let names = element.get_attribute_names();
    for name in names.iter().filter_map(|name| name.as_string()) {
        if let Some(value) = element.get_attribute(&name) {
            let _ = plain.set_attribute(&name, &value);
        }
    }
    while let Some(child) = element.first_child() {
        let _ = plain.append_child(&child);
    }
    let _ = parent.replace_child(&plain, &element);
    Some(plain)
}

fn clean_attributes(element: &Element) {
    let tag = element.local_name();
    let names = element.get_attribute_names();
    for name in names.iter().filter_map(|name| name.as_string()) {
        let value = element.get_attribute(&name).unwrap_or_default();
        match allowed_attribute(&tag, &name, &value) {
            Some(kept) if kept == value => {}
            Some(kept) => {
                let _ = element.set_attribute(&name, &kept);
            }
            None => {
                let _ = element.remove_attribute(&name);
            }
        }
    }
}

/// The attributes the rules add to a kept element: the link's `rel` and `target`, the
/// image's loading and referrer policy, and an `alt` where the image had none.
fn complete_attributes(element: &Element, tag: &str) {
    for (name, value) in added_attributes(tag) {
        let _ = element.set_attribute(name, value);
    }
    for (name, value) in default_attributes(tag) {
        if !element.has_attribute(name) {
            let _ = element.set_attribute(name, value);
        }
    }
}

fn remove(parent: &Node, node: &Node) {
    let _ = parent.remove_child(node);
}
