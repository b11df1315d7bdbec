//! The widget's own `index.html` (trunk's dist/) with the job list prerendered into the board
//! element and the board pointed at the snapshot instead of the live API.

use maud::{html, Markup};

use super::start_tags::{find_ignore_case, start_tags, StartTag};

/// The board element's id in the widget's index.html.
const BOARD_ID: &str = "tt-board";
/// Attributes of the board element the snapshot replaces: the key must not ship, and the
/// snapshot is the source.
const REPLACED_ATTRIBUTES: &[&str] = &["data-api-key", "data-source", "data-language"];

/// `index` with the board element's content replaced by `list`, its `data-api-key` removed,
/// `data-source` set, `<title>` replaced and `head_tags` (description, canonical, Open Graph)
/// in place of the page's own description; `language`, when given, becomes `data-language`. `None` when `index` has no board element.
pub fn splice_into_dist_index(
    index: &str,
    title: &str,
    head_tags: &Markup,
    stylesheet_href: &str,
    source_url: &str,
    language: Option<&str>,
    list: &Markup,
) -> Option<String> {
    let tags = start_tags(index);
    let board = tags
        .iter()
        .find(|tag| tag.attribute("id") == Some(BOARD_ID))?;
    let board_close = find_ignore_case(index, board.end, &format!("</{}", board.name))?;
    let mut edits = vec![Edit {
        start: board.start,
        end: board_close,
        text: format!("{}{}", board_open_tag(board, source_url, language), list.0),
    }];
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
                text: html! { (title) }.0,
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
    let stylesheet = html! { link rel="stylesheet" href=(stylesheet_href); };
    edits.push(Edit {
        start: head_end,
        end: head_end,
        text: format!("{}{}", head_tags.0, stylesheet.0),
    });
    Some(apply(index, edits))
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

/// The board's start tag with its other attributes kept and `data-source` set.
fn board_open_tag(board: &StartTag, source_url: &str, language: Option<&str>) -> String {
    let mut tag = format!("<{}", board.name);
    for (name, value) in &board.attributes {
        if REPLACED_ATTRIBUTES
            .iter()
            .any(|replaced| name.eq_ignore_ascii_case(replaced))
        {
            continue;
        }
        match value {
            Some(value) => tag.push_str(&format!(" {name}=\"{}\"", html! { (value) }.0)),
            None => tag.push_str(&format!(" {name}")),
        }
    }
    tag.push_str(&format!(" data-source=\"{}\"", html! { (source_url) }.0));
    if let Some(language) = language {
        tag.push_str(&format!(" data-language=\"{}\"", html! { (language) }.0));
    }
    tag.push('>');
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splice(index: &str) -> Option<String> {
        let list = html! { ul { li { "Backend <Engineer>" } } };
        let tags = html! { meta name="description" content="3 jobs"; };
        splice_into_dist_index(
            index,
            "Jobs at A&B",
            &tags,
            "careers.css",
            "https://example.com/careers/jobs.json",
            None,
            &list,
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
        assert!(page.contains(
            "<meta name=\"description\" content=\"3 jobs\"><link rel=\"stylesheet\" href=\"careers.css\"></head>"
        ));
    }

    #[test]
    fn trunks_minified_index_is_understood() {
        let page = splice(
            "<!doctype html><html lang=en><meta charset=utf-8><title>Careers</title>\
             <meta content=\"Open positions\" name=description><script type=module>import x from './a.js';</script>\
             <body><main data-api-key=YOUR_PUBLIC_READ_KEY id=tt-board><noscript>JS</noscript></main>\
             <script src=first-request.js></script>",
        )
        .expect("board element found");
        assert!(page.contains(
            "<meta name=\"description\" content=\"3 jobs\"><link rel=\"stylesheet\" href=\"careers.css\"><body>\
             <main id=\"tt-board\" data-source=\"https://example.com/careers/jobs.json\"><ul>"
        ), "{page}");
        assert!(!page.contains("Open positions") && !page.contains("YOUR_PUBLIC_READ_KEY"));
        assert!(page.contains("<script type=module>import x from './a.js';</script>"));
    }

    #[test]
    fn a_publisher_language_replaces_the_boards_own() {
        let empty = html! {};
        let page = splice_into_dist_index(
            "<main id=tt-board data-language=en></main>",
            "t",
            &empty,
            "c.css",
            "/jobs.json",
            Some("sv"),
            &empty,
        )
        .expect("board element found");
        assert!(
            page.contains(
                "<main id=\"tt-board\" data-source=\"/jobs.json\" data-language=\"sv\"></main>"
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
