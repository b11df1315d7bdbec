//! Turns a job body's untrusted HTML into safe DOM nodes.
//!
//! The browser's own parser reads the HTML into an inert document (`DOMParser` runs no
//! scripts and loads no images), so there is no second parser to disagree with. The tree is
//! then cleaned by the allow-list in `teamtailor_api::sanitize_rules` and imported as nodes,
//! never re-serialized into markup.

use teamtailor_api::{allowed_attribute, allowed_tag, link_extra_attributes, TagRule};
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
    clean_children(&body);
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

fn clean_children(parent: &Node) {
    let mut next = parent.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE => {}
            Node::ELEMENT_NODE => clean_element(parent, node.unchecked_into()),
            // Comments, processing instructions and the like carry nothing a reader needs.
            _ => remove(parent, &node),
        }
    }
}

fn clean_element(parent: &Node, element: Element) {
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
                let rule = rule_without_url(&element);
                (element, rule)
            }
            None => return,
        },
        other => (element, other),
    };
    match rule {
        TagRule::Keep => clean_children(&element),
        TagRule::Unwrap => {
            clean_children(&element);
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

/// A link whose href was refused is kept as its text; an image without a safe src is gone.
fn rule_without_url(element: &Element) -> TagRule {
    match element.local_name().as_str() {
        "a" if !element.has_attribute("href") => TagRule::Unwrap,
        "img" if !element.has_attribute("src") => TagRule::Drop,
        _ => TagRule::Keep,
    }
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
    match tag.as_str() {
        "a" if element.has_attribute("href") => {
            for (name, value) in link_extra_attributes() {
                let _ = element.set_attribute(name, value);
            }
        }
        "img" => {
            let _ = element.set_attribute("loading", "lazy");
            let _ = element.set_attribute("referrerpolicy", "no-referrer");
        }
        _ => {}
    }
}

fn remove(parent: &Node, node: &Node) {
    let _ = parent.remove_child(node);
}
