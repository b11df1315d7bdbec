//! Finding start tags in an HTML document, quoted, single-quoted or unquoted (trunk minifies
//! its release index.html), without a full HTML parser.

/// One start tag: its byte range, lower-cased name and attributes as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartTag {
    pub start: usize,
    /// Just past the closing `>`.
    pub end: usize,
    pub name: String,
    pub attributes: Vec<(String, Option<String>)>,
}

impl StartTag {
    /// The value of attribute `name` (any case).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(attribute, _)| attribute.eq_ignore_ascii_case(name))
            .and_then(|(_, value)| value.as_deref())
    }
}

/// Every start tag of `html` in order; the content of `script` and `style` elements and
/// comments are skipped, as a browser would.
pub fn start_tags(html: &str) -> Vec<StartTag> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            at = rest.find("-->").map_or(html.len(), |end| start + end + 3);
            continue;
        }
        if !bytes.get(start + 1).is_some_and(u8::is_ascii_alphabetic) {
            at = start + 1;
            continue;
        }
        let Some(tag) = parse_start_tag(html, start) else {
            break;
        };
        at = tag.end;
        if tag.name == "script" || tag.name == "style" {
            let close = format!("</{}", tag.name);
            at = find_ignore_case(html, at, &close).unwrap_or(html.len());
        }
        tags.push(tag);
    }
    tags
}

/// The byte offset of the first `needle` (ASCII, any case) at or after `from`.
pub fn find_ignore_case(html: &str, from: usize, needle: &str) -> Option<usize> {
    let haystack = html.get(from..)?.to_ascii_lowercase();
    haystack
        .find(&needle.to_ascii_lowercase())
        .map(|at| from + at)
}

fn parse_start_tag(html: &str, start: usize) -> Option<StartTag> {
    let bytes = html.as_bytes();
    let mut at = start + 1;
    let name_end =
        at + html[at..].find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')?;
    let name = html[at..name_end].to_ascii_lowercase();
    at = name_end;
    let mut attributes = Vec::new();
    loop {
        while bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            at += 1;
        }
        match bytes.get(at)? {
            b'>' => {
                return Some(StartTag {
                    start,
                    end: at + 1,
                    name,
                    attributes,
                })
            }
            _ => {
                let name_end = at
                    + html[at..]
                        .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))?;
                let attribute = html[at..name_end].to_owned();
                at = name_end;
                let mut value = None;
                if bytes.get(at) == Some(&b'=') {
                    at += 1;
                    let (text, next) = attribute_value(html, at)?;
                    value = Some(text);
                    at = next;
                }
                attributes.push((attribute, value));
            }
        }
    }
}

fn attribute_value(html: &str, at: usize) -> Option<(String, usize)> {
    match html.as_bytes().get(at)? {
        quote @ (b'"' | b'\'') => {
            let end = at + 1 + html[at + 1..].find(*quote as char)?;
            Some((html[at + 1..end].to_owned(), end + 1))
        }
        _ => {
            let end = at + html[at..].find(|c: char| c.is_ascii_whitespace() || c == '>')?;
            Some((html[at..end].to_owned(), end))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_and_unquoted_attributes_are_read_and_scripts_skipped() {
        let html = "<!doctype html><meta content=\"Open positions\" name=description>\
            <script type=module>if (a<b) {}</script><!-- <main id=x> -->\
            <main data-api-key=KEY id='tt-board' hidden>";
        let tags = start_tags(html);
        let names: Vec<&str> = tags.iter().map(|tag| tag.name.as_str()).collect();
        assert_eq!(names, ["meta", "script", "main"]);
        assert_eq!(tags[0].attribute("name"), Some("description"));
        assert_eq!(tags[0].attribute("content"), Some("Open positions"));
        let main = &tags[2];
        assert_eq!(main.attribute("id"), Some("tt-board"));
        assert_eq!(main.attribute("data-api-key"), Some("KEY"));
        assert_eq!(main.attributes[2], ("hidden".to_owned(), None));
        assert_eq!(main.end, html.len());
    }
}
