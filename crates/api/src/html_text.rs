//! The visible text of a job body, for the search index (never for rendering: that goes
//! through the sanitizer).

use crate::str_search;

/// Strips tags, comments, scripts and styles from `html` and decodes common entities.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.bytes().position(|b| b == b'<' || b == b'&') {
        // `<` and `&` are ASCII, so `at` is a char boundary and the split cannot fail.
        let (before, markup) = rest.split_at_checked(at).unwrap_or((rest, ""));
        text.push_str(before);
        let starts_tag = matches!(
            markup.as_bytes().get(1),
            Some(b'a'..=b'z' | b'A'..=b'Z' | b'/' | b'!' | b'?')
        );
        rest = if let Some(entity) = markup.strip_prefix('&') {
            decode_entity(entity, &mut text)
        } else if !starts_tag {
            // As in HTML, "<" not followed by a tag name is just text ("salary < 5000").
            text.push('<');
            markup.strip_prefix('<').unwrap_or_default()
        } else {
            // A tag boundary separates words: "<li>a</li><li>b</li>" is "a b", not "ab".
            text.push(' ');
            skip_markup(markup)
        };
    }
    text.push_str(rest);
    text
}

/// Skips the comment or tag at the start of `markup` (and the content of script and style).
fn skip_markup(markup: &str) -> &str {
    if let Some(comment) = markup.strip_prefix("<!--") {
        return str_search::split_once(comment, "-->").map_or("", |(_, after)| after);
    }
    let after = skip_tag(markup);
    let name = markup
        .strip_prefix('<')
        .and_then(|tag| tag.split(|c: char| !c.is_ascii_alphanumeric()).next())
        .unwrap_or_default();
    if !name.eq_ignore_ascii_case("script") && !name.eq_ignore_ascii_case("style") {
        return after;
    }
    // Lower-casing ASCII keeps every byte offset, so `end` is an offset into `after` too.
    let closing = format!("</{}", name.to_ascii_lowercase());
    str_search::find(&after.to_ascii_lowercase(), &closing)
        .and_then(|end| after.get(end..))
        .map_or("", skip_tag)
}

/// Skips to just past the `>` that closes the tag, ignoring `>` inside quoted values.
fn skip_tag(tag: &str) -> &str {
    let mut quote = None;
    for (at, byte) in tag.bytes().enumerate() {
        match (quote, byte) {
            (None, b'"' | b'\'') => quote = Some(byte),
            (Some(open), _) if byte == open => quote = None,
            (None, b'>') => return tag.get(at + 1..).unwrap_or_default(),
            _ => {}
        }
    }
    ""
}

/// Decodes the entity whose name starts `entity` (the text after a `&`) into `out` and
/// returns what follows it.
fn decode_entity<'a>(entity: &'a str, out: &mut String) -> &'a str {
    let name_len = entity
        .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
        .unwrap_or(entity.len());
    let (name, after) = entity.split_at_checked(name_len).unwrap_or((entity, ""));
    let decoded = after
        .strip_prefix(';')
        .and_then(|after| Some((entity_char(name)?, after)));
    match decoded {
        Some((c, after)) => {
            out.push(c);
            after
        }
        // Not an entity we know: keep the ampersand as text and carry on after it.
        None => {
            out.push('&');
            entity
        }
    }
}

fn entity_char(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => numeric_entity(name).or_else(|| accented_entity(name)),
    }
}

fn numeric_entity(name: &str) -> Option<char> {
    let number = name.strip_prefix('#')?;
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(code)
}

/// `&eacute;`, `&Auml;`, `&oslash;`…: search folds accents away, so the base letter is enough.
fn accented_entity(name: &str) -> Option<char> {
    const ACCENTS: [&str; 8] = [
        "acute", "grave", "circ", "uml", "tilde", "ring", "cedil", "slash",
    ];
    let mut chars = name.chars();
    let letter = chars.next().filter(char::is_ascii_alphabetic)?;
    let accent = chars.as_str();
    ACCENTS.contains(&accent).then_some(letter)
}

#[cfg(test)]
mod tests {
    use super::html_to_text;

    fn normalized(html: &str) -> String {
        html_to_text(html)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn tags_become_word_breaks() {
        assert_eq!(
            normalized("<p>We <b>love</b> Rust</p><ul><li>a</li><li>b</li></ul>"),
            "We love Rust a b"
        );
    }

    #[test]
    fn common_named_and_numeric_entities_are_decoded() {
        assert_eq!(
            html_to_text("R&amp;D &lt;3 &gt; &quot;x&quot; it&#39;s&nbsp;ok &#x41;&#66;"),
            "R&D <3 > \"x\" it's ok AB"
        );
        assert_eq!(html_to_text("G&ouml;teborg &Eacute;cole"), "Goteborg Ecole");
    }

    #[test]
    fn unknown_entities_and_bare_ampersands_stay_as_text() {
        assert_eq!(
            html_to_text("Q&A &hellip; &#xZZ; & more &amp; R&D;"),
            "Q&A &hellip; &#xZZ; & more & R&D;"
        );
    }

    #[test]
    fn scripts_styles_and_comments_contribute_no_text() {
        assert_eq!(
            normalized("a<script>var x = '</p>';</SCRIPT>b<style>p{}</style>c<!-- d > e -->f"),
            "a b c f"
        );
    }

    #[test]
    fn a_less_than_sign_before_no_tag_name_is_text() {
        assert_eq!(normalized("<p>2 < 3 and 1<2</p>"), "2 < 3 and 1<2");
    }

    #[test]
    fn quoted_greater_than_does_not_end_a_tag() {
        assert_eq!(normalized(r#"<a title="1 > 0">link</a>"#), "link");
    }

    #[test]
    fn text_around_markup_keeps_every_multibyte_character() {
        assert_eq!(
            normalized("Å<b>ö</b>é&amp;ü<ß &ä; ø&#229;<!--ñ-->ł<style>ž</style>ğ<p title='ŧ>'>ę"),
            "Å ö é&ü<ß &ä; øå ł ğ ę"
        );
    }

    #[test]
    fn unterminated_markup_drops_the_rest() {
        assert_eq!(normalized("text <p class=\"x"), "text");
        assert_eq!(normalized("text <!-- never closed"), "text");
    }
}
