//! Escaping for text placed into the HTML pages the mock writes itself.

/// `text` with `& < > " '` replaced by entities, safe in element content and quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape_html(r#"FP&A <b>"x"</b> 'y'"#),
            "FP&amp;A &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39;"
        );
    }
}
