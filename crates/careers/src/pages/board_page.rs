//! `index.html` when no widget build is given: the board's first screen and every job link,
//! readable without JavaScript.

use super::page_head::PageHead;

/// The full-page board holding `board` (its rendered markup), with `data-source` set so a
/// widget added later reads `jobs.json`; `data_language` is the publisher's `--language` as
/// given.
pub fn board_page(
    head: &PageHead,
    source_url: &str,
    data_language: Option<&str>,
    board: &str,
) -> String {
    let language = data_language
        .map(|language| {
            format!(
                " data-language=\"{}\"",
                html_escape::encode_double_quoted_attribute(language)
            )
        })
        .unwrap_or_default();
    head.document(format!(
        "<main id=\"tt-board\" data-source=\"{}\"{language}>{board}</main>",
        html_escape::encode_double_quoted_attribute(source_url)
    ))
}
