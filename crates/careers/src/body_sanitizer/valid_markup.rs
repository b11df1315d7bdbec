//! ammonia's output made valid HTML by the api crate's rules for kept elements (links
//! without an `href` unwrapped, images without a `src` removed, required attributes and
//! parents), the rules the widget's sanitizer applies in the browser.
//!
//! ammonia can only keep or remove attributes, so its output is parsed again: the tree read
//! here is the one a browser builds from the published page.

use html5ever::{ns, Attribute, LocalName, QualName};
use scraper::node::Element;
use scraper::{Html, Node};
use teamtailor_api::{added_attributes, default_attributes, kept_element_rule, TagRule};

/// `clean` (allow-listed markup) with every kept element as the rules want it.
pub(super) fn completed(clean: &str) -> String {
    let mut fragment = Html::parse_fragment(clean);
    let root = fragment.root_element().id();
    // In document order, so an element's parent has had its rule when it has its own.
    let elements: Vec<_> = fragment
        .tree
        .root()
        .descendants()
        .filter(|node| node.id() != root && node.value().is_element())
        .map(|node| node.id())
        .collect();
    for id in elements {
        let Some(node) = fragment.tree.get(id) else {
            continue;
        };
        let Some(element) = node.value().as_element() else {
            continue;
        };
        // The fragment's root stands for the job page's container, a <div>.
        let parent = node
            .parent()
            .filter(|parent| parent.id() != root)
            .and_then(|parent| parent.value().as_element())
            .map_or("div", Element::name);
        let rule = kept_element_rule(element.name(), |name| element.attr(name).is_some(), parent);
        let Some(mut node) = fragment.tree.get_mut(id) else {
            continue;
        };
        match rule {
            TagRule::Keep => {
                if let Node::Element(element) = node.value() {
                    *element = completed_element(element);
                }
            }
            TagRule::Unwrap => {
                while let Some(child) = node.first_child().map(|child| child.id()) {
                    node.insert_id_before(child);
                }
                node.detach();
            }
            TagRule::Drop => node.detach(),
        }
    }
    fragment.root_element().inner_html()
}

/// `element` with the attributes the rules add, and the defaults of those it lacks.
fn completed_element(element: &Element) -> Element {
    let added = added_attributes(element.name());
    let mut attributes: Vec<Attribute> = element
        .attrs()
        .filter(|(name, _)| added.iter().all(|(added, _)| added != name))
        .map(|(name, value)| attribute(name, value))
        .collect();
    attributes.extend(added.iter().map(|(name, value)| attribute(name, value)));
    attributes.extend(
        default_attributes(element.name())
            .iter()
            .filter(|(name, _)| element.attr(name).is_none())
            .map(|(name, value)| attribute(name, value)),
    );
    Element::new(element.name.clone(), attributes)
}

fn attribute(name: &str, value: &str) -> Attribute {
    Attribute {
        name: QualName::new(None, ns!(), LocalName::from(name)),
        value: value.into(),
    }
}
