//! The widget's own `index.html` (trunk's dist/) with the job list prerendered into the board
//! element and the board pointed at the snapshot instead of the live API.

use super::start_tags::{find_ignore_case, start_tags, StartTag};

/// The board element's id in the widget's index.html.
const BOARD_ID: &str = "tt-board";
/// Attributes of the board element the snapshot replaces: the key must not ship, and the
/// snapshot is the source.
const REPLACED_ATTRIBUTES: &[&str] = &["data-api-key", "data-source", "data-language"];

/// What the snapshot puts into the widget's index.html.
pub struct SplicedParts<'a> {
    /// The page's `<title>`.
    pub title: &'a str,
    /// Description, canonical link and Open Graph tags, as markup.
    pub head_tags: &'a str,
    /// The board's `data-source`.
    pub source_url: &'a str,
    /// The publisher's `--language`, as given: the board's `data-language`.
    pub data_language: Option<&'a str>,
    /// The `<html lang>` of the words `list` is written in.
    pub lang: &'a str,
    /// The prerendered board, as markup.
    pub board: &'a str,
}

/// `index` with the board element's content replaced by the list, its `data-api-key`
/// removed, `data-source` (and `data-language`, when given) set, `<title>` and `<html lang>`
/// replaced and the head tags in place of the page's own description. `None` when `index`
/// has no board element.
pub fn splice_into_dist_index(index: &str, parts: &SplicedParts) -> Option<String> {
    let tags = start_tags(index);
    let board = tags
        .iter()
        .find(|tag| tag.attribute("id") == Some(BOARD_ID))?;
    let board_close = find_ignore_case(index, board.end, &format!("</{}", board.name))?;
    let mut board_attributes = vec![("data-source", parts.source_url)];
    board_attributes.extend(
        parts
            .data_language
            .map(|language| ("data-language", language)),
    );
    let mut edits = vec![Edit {
        start: board.start,
        end: board_close,
        text: format!(
            "{}{}",
            rewritten_start_tag(board, REPLACED_ATTRIBUTES, &board_attributes),
            parts.board
        ),
    }];
    // The list's words are in `lang` now, whatever language the widget's page was written in.
    if let Some(html_tag) = tags.iter().find(|tag| tag.name == "html") {
        edits.push(Edit {
            start: html_tag.start,
            end: html_tag.end,
            text: rewritten_start_tag(html_tag, &["lang"], &[("lang", parts.lang)]),
        });
    }
    // The live board's preloaded first request carries the key and asks the API: the snapshot
    // board reads `source_url` instead, and ships no key.
    for preload in tags.iter().filter(|tag| is_api_preload(tag)) {
        edits.push(Edit {
            start: preload.start,
            end: preload.end,
            text: String::new(),
        });
    }
    if let Some(description) = tags
        .iter()
        .find(|tag| tag.name == "meta" && tag.attribute("name") == Some("description"))
    {
        edits.push(Edit {
            start: description.start,
            end: description.end,
            text: String::new(),
        });
    }
    if let Some(title_tag) = tags.iter().find(|tag| tag.name == "title") {
        if let Some(close) = find_ignore_case(index, title_tag.end, "</title") {
            edits.push(Edit {
                start: title_tag.end,
                end: close,
                text: html_escape::encode_text(parts.title).into_owned(),
            });
        }
    }
    // Minified pages may omit </head>; the head then ends where <body> starts.
    let head_end = find_ignore_case(index, 0, "</head")
        .or_else(|| {
            tags.iter()
                .find(|tag| tag.name == "body")
                .map(|tag| tag.start)
        })
        .unwrap_or(board.start);
    edits.push(Edit {
        start: head_end,
        end: head_end,
        text: parts.head_tags.to_owned(),
    });
    Some(apply(index, edits))
}

/// A `<link rel=preload as=fetch>` of a request with an API key in its URL.
fn is_api_preload(tag: &StartTag) -> bool {
    let is = |name, value: &str| {
        tag.attribute(name)
            .is_some_and(|actual| actual.eq_ignore_ascii_case(value))
    };
    tag.name == "link"
        && is("rel", "preload")
        && is("as", "fetch")
        && tag
            .attribute("href")
            .is_some_and(|href| href.contains("api_key="))
}

struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Applies non-overlapping edits, last first so earlier offsets stay valid.
fn apply(index: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|edit| std::cmp::Reverse((edit.start, edit.end)));
    let mut page = index.to_owned();
    for edit in edits {
        page.replace_range(edit.start..edit.end, &edit.text);
    }
    page
}

/// `tag` written anew: its attributes but `replaced` kept as they were, then `added`.
fn rewritten_start_tag(tag: &StartTag, replaced: &[&str], added: &[(&str, &str)]) -> String {
    let mut text = format!("<{}", tag.name);
    for (name, value) in &tag.attributes {
        if replaced
            .iter()
            .any(|replaced| name.eq_ignore_ascii_case(replaced))
        {
            continue;
        }
        match value {
            Some(value) => text.push_str(&format!(" {name}=\"{}\"", attribute_text(value))),
            None => text.push_str(&format!(" {name}")),
        }
    }
    for (name, value) in added {
        text.push_str(&format!(" {name}=\"{}\"", attribute_text(value)));
    }
    text.push('>');
    text
}

/// `value` escaped for a double-quoted attribute.
fn attribute_text(value: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splice(index: &str) -> Option<String> {
        let board = "<ul><li>Backend &lt;Engineer&gt;</li></ul>";
        let tags = "<meta name=\"description\" content=\"3 jobs\">";
        splice_into_dist_index(
            index,
            &SplicedParts {
                title: "Jobs at A&B",
                head_tags: tags,
                source_url: "https://example.com/careers/jobs.json",
                data_language: None,
                lang: "en",
                board,
            },
        )
    }

    #[test]
    fn the_board_reads_the_snapshot_and_holds_the_list() {
        let page = splice(
            "<!doctype html><html><head><title>Careers</title>\n\
             <meta name=\"description\" content=\"Open positions\">\n</head><body>\
             <main id=\"tt-board\" data-api-key=\"YOUR_PUBLIC_READ_KEY\" class=\"x\">\
             <noscript>needs JS</noscript></main><script src=\"first-request.js\"></script></body></html>",
        )
        .expect("board element found");
        assert!(page.contains(
            "<main id=\"tt-board\" class=\"x\" data-source=\"https://example.com/careers/jobs.json\">\
             <ul><li>Backend &lt;Engineer&gt;</li></ul></main><script src=\"first-request.js\">"
        ), "{page}");
        assert!(page.contains("<title>Jobs at A&amp;B</title>"));
        assert!(!page.contains("YOUR_PUBLIC_READ_KEY") && !page.contains("Open positions"));
        assert!(page.contains("<meta name=\"description\" content=\"3 jobs\"></head>"));
    }

    #[test]
    fn trunks_minified_index_is_understood() {
        let page = splice(
            "<!doctype html><html lang=en><meta charset=utf-8><title>Careers</title>\
             <link href=\"https://api.teamtailor.com/v1/jobs?page%5Bnumber%5D=1&api_key=YOUR_PUBLIC_READ_KEY\" as=fetch crossorigin rel=preload>\
             <link href=./board.css rel=stylesheet>\
             <meta content=\"Open positions\" name=description><script type=module>import x from './a.js';</script>\
             <body><main data-api-key=YOUR_PUBLIC_READ_KEY id=tt-board><noscript>JS</noscript></main>\
             <script src=first-request.js></script>",
        )
        .expect("board element found");
        assert!(
            page.contains(
                "<meta name=\"description\" content=\"3 jobs\"><body>\
             <main id=\"tt-board\" data-source=\"https://example.com/careers/jobs.json\"><ul>"
            ),
            "{page}"
        );
        assert!(!page.contains("Open positions") && !page.contains("YOUR_PUBLIC_READ_KEY"));
        assert!(!page.contains("api.teamtailor.com") && !page.contains("rel=preload"));
        assert!(
            page.contains("<title>Jobs at A&amp;B</title><link href=./board.css rel=stylesheet>")
        );
        assert!(page.contains("<script type=module>import x from './a.js';</script>"));
        assert!(page.starts_with("<!doctype html><html lang=\"en\"><meta charset=utf-8>"));
    }

    #[test]
    fn a_publisher_language_replaces_the_boards_and_the_pages_own() {
        let empty = "";
        let page = splice_into_dist_index(
            "<html lang=en class=x><main id=tt-board data-language=en></main>",
            &SplicedParts {
                title: "t",
                head_tags: empty,
                source_url: "/jobs.json",
                data_language: Some("sv-SE"),
                lang: "sv",
                board: empty,
            },
        )
        .expect("board element found");
        assert!(page.starts_with("<html class=\"x\" lang=\"sv\">"), "{page}");
        assert!(
            page.ends_with(
                "<main id=\"tt-board\" data-source=\"/jobs.json\" data-language=\"sv-SE\"></main>"
            ),
            "{page}"
        );
    }

    #[test]
    fn an_index_without_the_board_element_is_refused() {
        assert_eq!(
            splice("<html><body><div id=\"other\"></div></body></html>"),
            None
        );
    }
}
