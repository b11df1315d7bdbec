//! `/hostile-css`: a host page whose CSS would wreck the board if any of it leaked into the
//! board's shadow root. The rules target elements and class names the board uses inside, not
//! `div` or `*`, so the page itself stays readable.

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// The hostile rules, in a `<style>` of their own so tests and readers can find them.
pub const HOSTILE_STYLE: &str = "<style id=\"hostile-css\">\n\
li, a, button, select, input, p, h1, h2, ul, section, article { all: unset; \
font-size: 40px !important; color: red !important; display: inline !important; }\n\
html { font-size: 28px }\n\
.tt-job, .tt-board, .tt-job-list { display: none !important }\n\
</style>\n";

/// `GET /hostile-css`.
pub async fn hostile_css_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let embed = EmbedTag::demo(origin, "#careers").render(origin);
    // The explanation sits in `div`s, which the hostile rules spare, so it stays legible; the
    // `h1` and `p` show the rules at work on the page's own markup.
    let main = hero_and_board(
        "Careers on a hostile page",
        "<div class=\"note\">This page's own CSS sets every <code>li, a, button, select, input, \
         p, h1, h2, ul, section, article</code> to <code>all: unset</code>, red and 40px, the root \
         font size to 28px, and hides <code>.tt-job, .tt-board, .tt-job-list</code>. The board \
         below should look exactly as it does on the other pages.</div>\n\
         <p>This paragraph belongs to the page, so the hostile rules do apply to it.</p>",
        &embed,
    );
    let page = SitePage {
        title: "Careers on a hostile page",
        path: "/hostile-css",
        head: HOSTILE_STYLE,
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}
