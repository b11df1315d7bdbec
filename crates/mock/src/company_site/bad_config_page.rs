//! `/bad-config/{case}`: one board per page with exactly one thing wrong in its config, for the
//! e2e tests of "bad config shows a clear message and sends no request".

use super::embed_tag::EmbedTag;
use super::not_found_page::not_found_page;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// The cases, in the order the footer lists them; each is a path segment.
pub const BAD_CONFIG_CASES: [&str; 5] = [
    "missing-key",
    "bad-auth",
    "insecure-base",
    "no-target",
    "bad-shadow",
];

/// What is wrong in `case`, and the demo tag changed to be wrong that way.
fn broken_tag(case: &str, widget_origin: &str) -> Option<(&'static str, EmbedTag)> {
    let tag = EmbedTag::demo(widget_origin, "#careers");
    Some(match case {
        "missing-key" => (
            "The script tag has no data-api-key.",
            tag.remove("data-api-key"),
        ),
        "bad-auth" => (
            "data-auth is \"cookie\", which is neither query nor header.",
            tag.set("data-auth", "cookie"),
        ),
        "insecure-base" => (
            "data-api-base is plain http on a host other than localhost.",
            tag.set("data-api-base", "http://example.com"),
        ),
        "no-target" => (
            "data-target names an element that is not on this page.",
            tag.set("data-target", "#does-not-exist"),
        ),
        "bad-shadow" => (
            "data-shadow is \"closed\", which is neither open nor none.",
            tag.set("data-shadow", "closed"),
        ),
        _ => return None,
    })
}

/// `GET /bad-config/{case}`; an unknown case is a 404.
pub async fn bad_config_page(
    State(config): State<Arc<CompanySiteConfig>>,
    Path(case): Path<String>,
) -> Response {
    let origin = &config.widget_origin;
    let Some((problem, tag)) = broken_tag(&case, origin) else {
        return not_found_page().await;
    };
    // `#careers` is present in every case; with `no-target` it must stay empty, not be used.
    let main = hero_and_board(
        &format!("Bad config: {case}"),
        &format!(
            "<p>{problem} The board should show a clear message here and in the console, and \
             send no request.</p>"
        ),
        &tag.render(origin),
    );
    let path = format!("/bad-config/{case}");
    let page = SitePage {
        title: &format!("Bad config: {case}"),
        path: &path,
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_case_has_a_page_and_nothing_else_does() {
        for case in BAD_CONFIG_CASES {
            assert!(broken_tag(case, "o").is_some(), "{case}");
        }
        assert!(broken_tag("closed-shadow", "o").is_none());
    }
}
