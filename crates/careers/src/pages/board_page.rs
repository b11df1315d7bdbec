//! `index.html` when no widget build is given: the list alone, readable without JavaScript.

use maud::{html, Markup};

use super::page_head::PageHead;

/// The full-page board holding `list`, with `data-source` set so a widget added later reads
/// `jobs.json`; `data_language` is the publisher's `--language` as given.
pub fn board_page(
    head: &PageHead,
    source_url: &str,
    data_language: Option<&str>,
    list: &Markup,
) -> String {
    head.document(html! {
        main #tt-board data-source=(source_url) data-language=[data_language] { (list) }
    })
    .into_string()
}
