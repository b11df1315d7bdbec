//! The widget's own `index.html` (trunk's dist/) with the job list prerendered into the board
//! element and the board pointed at the snapshot instead of the live API.

use maud::Markup;

/// The board element's id in the widget's index.html.
const BOARD_ID: &str = "id=\"tt-board\"";

/// `index` with the board element's content replaced by `list`, its `data-api-key` removed,
/// `data-source` set, `<title>` replaced and `head_tags` (description, canonical, Open Graph)
/// in place of the page's own description. `None` when `index` has no board element.
pub fn splice_into_dist_index(
    index: &str,
    title: &str,
    head_tags: &Markup,
    stylesheet_href: &str,
    source_url: &str,
    list: &Markup,
) -> Option<String> {
    let id_at = index.find(BOARD_ID)?;
    let open_start = index[..id_at].rfind('<')?;
    let open_end = id_at + index[id_at..].find('>')?;
    let tag_name: String = index[open_start + 1..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let close = format!("</{tag_name}>");
    let close_start = open_end + index[open_end..].find(&close)?;
    let open_tag = board_open_tag(&index[open_start..open_end], source_url);

    let mut page = String::with_capacity(index.len() + list.0.len());
    page.push_str(&index[..open_start]);
    page.push_str(&open_tag);
    page.push('>');
    page.push_str(&list.0);
    page.push_str(&index[close_start..]);
    let page = replace_between(&page, "<title>", "</title>", &maud::html! { (title) }.0);
    let page = remove_description(&page);
    let stylesheet = maud::html! { link rel="stylesheet" href=(stylesheet_href); };
    Some(page.replacen(
        "</head>",
        &format!("{}{}</head>", head_tags.0, stylesheet.0),
        1,
    ))
}

/// The board's opening tag (without `>`) with any key or source replaced by `source_url`.
fn board_open_tag(open_tag: &str, source_url: &str) -> String {
    let mut tag = open_tag.trim_end_matches('/').trim_end().to_owned();
    for attribute in ["data-api-key", "data-source"] {
        tag = remove_attribute(&tag, attribute);
    }
    let source = maud::html! { (source_url) }.0;
    format!("{tag} data-source=\"{source}\"")
}

fn remove_attribute(tag: &str, name: &str) -> String {
    let pattern = format!(" {name}=\"");
    let Some(start) = tag.find(&pattern) else {
        return tag.to_owned();
    };
    let value_start = start + pattern.len();
    match tag[value_start..].find('"') {
        Some(end) => format!("{}{}", &tag[..start], &tag[value_start + end + 1..]),
        None => tag[..start].to_owned(),
    }
}

fn replace_between(page: &str, open: &str, close: &str, content: &str) -> String {
    let Some(start) = page.find(open).map(|at| at + open.len()) else {
        return page.to_owned();
    };
    let Some(end) = page[start..].find(close).map(|at| start + at) else {
        return page.to_owned();
    };
    format!("{}{content}{}", &page[..start], &page[end..])
}

/// The page's own `<meta name="description">`, which the job list's replaces.
fn remove_description(page: &str) -> String {
    let Some(start) = page.find("<meta name=\"description\"") else {
        return page.to_owned();
    };
    match page[start..].find('>') {
        Some(end) => format!(
            "{}{}",
            &page[..start],
            page[start + end + 1..].trim_start_matches('\n')
        ),
        None => page.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html><html><head><title>Careers</title>\n\
        <meta name=\"description\" content=\"Open positions\">\n</head><body>\
        <main id=\"tt-board\" data-api-key=\"YOUR_PUBLIC_READ_KEY\" class=\"x\">\
        <noscript>needs JS</noscript></main><script src=\"first-request.js\"></script></body></html>";

    #[test]
    fn the_board_reads_the_snapshot_and_holds_the_list() {
        let list = maud::html! { ul { li { "Backend <Engineer>" } } };
        let tags = maud::html! { meta name="description" content="3 jobs"; };
        let page = splice_into_dist_index(
            INDEX,
            "Jobs at A&B",
            &tags,
            "careers.css",
            "https://example.com/careers/jobs.json",
            &list,
        )
        .expect("board element found");
        assert!(page.contains(
            "<main id=\"tt-board\" class=\"x\" data-source=\"https://example.com/careers/jobs.json\">\
             <ul><li>Backend &lt;Engineer&gt;</li></ul></main><script src=\"first-request.js\">"
        ));
        assert!(page.contains("<title>Jobs at A&amp;B</title>"));
        assert!(!page.contains("YOUR_PUBLIC_READ_KEY") && !page.contains("Open positions"));
        assert!(page.contains(
            "<meta name=\"description\" content=\"3 jobs\"><link rel=\"stylesheet\" href=\"careers.css\"></head>"
        ));
    }

    #[test]
    fn an_index_without_the_board_element_is_refused() {
        let empty = maud::html! {};
        let page = "<html><body><div id=\"other\"></div></body></html>";
        assert_eq!(
            splice_into_dist_index(page, "t", &empty, "c.css", "/jobs.json", &empty),
            None
        );
    }
}
