//! `index.html` when no widget build is given: the list alone, readable without JavaScript.

use maud::html;
use teamtailor_api::Job;

use super::board_list::board_list;
use super::page_head::PageHead;

/// The full-page board with `data-source` set, so a widget added later reads `jobs.json`.
pub fn board_page(
    head: &PageHead,
    source_url: &str,
    language: Option<&str>,
    company_name: &str,
    jobs: &[Job],
) -> String {
    head.document(html! {
        main #tt-board data-source=(source_url) data-language=[language] { (board_list(company_name, jobs)) }
    })
    .into_string()
}
