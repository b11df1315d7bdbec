//! The `<script src=".../embed.js">` tag of the embed contract, with its `data-*` attributes.

use crate::api::DEMO_PUBLIC_KEY;
use crate::html_text::escape_html;

/// One embed snippet's attributes, written in insertion order so pages read predictably.
#[derive(Clone, Debug)]
pub struct EmbedTag {
    attributes: Vec<(&'static str, String)>,
}

impl EmbedTag {
    /// The snippet a customer would paste: demo key, the widget origin as API base, `target`.
    pub fn demo(widget_origin: &str, target: &str) -> Self {
        Self {
            attributes: vec![
                ("data-api-key", DEMO_PUBLIC_KEY.to_owned()),
                ("data-api-base", widget_origin.to_owned()),
                ("data-target", target.to_owned()),
            ],
        }
    }

    /// Sets `name` to `value`, in place when already present so the order stays stable.
    pub fn set(mut self, name: &'static str, value: impl Into<String>) -> Self {
        let value = value.into();
        match self.attributes.iter_mut().find(|(key, _)| *key == name) {
            Some((_, existing)) => *existing = value,
            None => self.attributes.push((name, value)),
        }
        self
    }

    /// Drops `name`.
    pub fn remove(mut self, name: &str) -> Self {
        self.attributes.retain(|(key, _)| *key != name);
        self
    }

    /// `<script src="{widget_origin}/embed.js" defer data-…></script>`, every value escaped.
    pub fn render(&self, widget_origin: &str) -> String {
        let mut tag = format!(
            "<script src=\"{}/embed.js\" defer",
            escape_html(widget_origin)
        );
        for (name, value) in &self.attributes {
            tag.push_str(&format!(" {name}=\"{}\"", escape_html(value)));
        }
        tag.push_str("></script>");
        tag
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_tag_renders_the_documented_snippet() {
        let origin = "http://127.0.0.1:8080";
        assert_eq!(
            EmbedTag::demo(origin, "#careers").render(origin),
            "<script src=\"http://127.0.0.1:8080/embed.js\" defer data-api-key=\"demo-public-key\" \
             data-api-base=\"http://127.0.0.1:8080\" data-target=\"#careers\"></script>"
        );
    }

    #[test]
    fn set_replaces_in_place_appends_new_names_and_escapes() {
        let tag = EmbedTag::demo("o", "#a")
            .set("data-target", "#b")
            .set("data-shadow", "\"x\"")
            .remove("data-api-key");
        assert_eq!(
            tag.render("o"),
            "<script src=\"o/embed.js\" defer data-api-base=\"o\" data-target=\"#b\" \
             data-shadow=\"&quot;x&quot;\"></script>"
        );
    }
}
