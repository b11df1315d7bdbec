//! A written page parsed as a browser parses it, read through CSS selectors.

use scraper::{Html, Selector};

/// A parsed HTML document.
pub struct Page(Html);

impl Page {
    pub fn parse(html: &str) -> Self {
        Self(Html::parse_document(html))
    }

    /// The text of every element matching `selector`, whitespace collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.0
            .select(&selector_of(selector))
            .map(|element| {
                let text: String = element.text().collect();
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    /// The text of the one element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        let texts = self.texts(selector);
        assert_eq!(texts.len(), 1, "one {selector}, found {texts:?}");
        texts.into_iter().next().unwrap_or_default()
    }

    /// Attribute `name` of every element matching `selector` that has it.
    pub fn attributes(&self, selector: &str, name: &str) -> Vec<String> {
        self.0
            .select(&selector_of(selector))
            .filter_map(|element| element.value().attr(name).map(str::to_owned))
            .collect()
    }

    /// Attribute `name` of the one element matching `selector`.
    pub fn attribute(&self, selector: &str, name: &str) -> String {
        let values = self.attributes(selector, name);
        assert_eq!(values.len(), 1, "one {selector}[{name}], found {values:?}");
        values.into_iter().next().unwrap_or_default()
    }

    /// How many elements match `selector`.
    pub fn count(&self, selector: &str) -> usize {
        self.0.select(&selector_of(selector)).count()
    }

    /// The facts of a job page's description list, as (label, value) pairs.
    pub fn facts(&self) -> Vec<(String, String)> {
        self.texts(".tt-fact dt")
            .into_iter()
            .zip(self.texts(".tt-fact dd"))
            .collect()
    }
}

fn selector_of(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|error| panic!("selector {selector}: {error}"))
}
