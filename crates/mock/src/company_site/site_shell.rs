//! The frame every company-site page shares: head, brand header, demo-page bar and footer.
//! It carries no inline script or style (not even `style=`), so the strict-CSP page can use it.

use super::bad_config_page::BAD_CONFIG_CASES;
use super::site_stylesheet::STYLESHEET_PATH;
use crate::html_text::escape_html;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The demo pages, in the order the demo bar lists them.
const DEMO_PAGES: [(&str, &str); 7] = [
    ("/", "Embedded board"),
    ("/two-widgets", "Two boards"),
    ("/light-dom", "Light DOM"),
    ("/hostile-css", "Hostile CSS"),
    ("/strict-csp", "Strict CSP"),
    ("/recruitee", "Recruitee feed"),
    ("/smartrecruiters", "SmartRecruiters feed"),
];

/// Compass mark drawn with presentation attributes only (a `style` would break strict CSP).
const LOGO: &str = "<svg class=\"brand-mark\" viewBox=\"0 0 32 32\" width=\"30\" height=\"30\" \
aria-hidden=\"true\" focusable=\"false\"><circle cx=\"16\" cy=\"16\" r=\"15\" fill=\"#2a5a8c\"/>\
<path d=\"M16 4 L21 17 L16 14.5 L11 17 Z\" fill=\"#f5b841\"/>\
<path d=\"M16 28 L11 15 L16 17.5 L21 15 Z\" fill=\"#7fb2e5\"/></svg>";

/// A demo page's `<main>`: a hero with `heading` and `intro` (both trusted markup), then
/// one careers panel holding the empty `#careers` target and the `embed` tag.
pub fn hero_and_board(heading: &str, intro: &str, embed: &str) -> String {
    format!(
        "<div class=\"page-hero\"><div class=\"wrap\"><h1>{heading}</h1>\n{intro}\n</div></div>\n\
         <div class=\"section\"><div class=\"wrap\"><div class=\"careers-panel\">\n\
         <div id=\"careers\"></div>\n{embed}\n\
         </div></div></div>"
    )
}

/// One page of the company site.
pub struct SitePage<'a> {
    /// `<title>` and the browser tab; escaped.
    pub title: &'a str,
    /// This page's path, marked `aria-current` in the demo bar.
    pub path: &'a str,
    /// Extra trusted markup for `<head>` (the hostile page's `<style>`).
    pub head: &'a str,
    /// Trusted markup for `<main>`.
    pub main: &'a str,
}

impl SitePage<'_> {
    /// The complete document.
    pub fn render(&self) -> String {
        format!(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title} · Northwind</title>\n\
             <link rel=\"icon\" href=\"data:,\">\n\
             <link rel=\"stylesheet\" href=\"{STYLESHEET_PATH}\">\n{head}</head>\n<body>\n\
             <a class=\"skip-link\" href=\"#content\">Skip to content</a>\n{header}\n{demo_bar}\n\
             <main id=\"content\">\n{main}\n</main>\n{footer}\n</body>\n</html>\n",
            title = escape_html(self.title),
            head = self.head,
            header = site_header(),
            demo_bar = demo_bar(self.path),
            main = self.main,
            footer = site_footer(),
        )
    }
}

/// A page as a `text/html` answer that always revalidates (pages change as the mock evolves).
pub fn html_response(status: StatusCode, body: String) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-cache"),
    ];
    (status, headers, body).into_response()
}

fn site_header() -> String {
    format!(
        "<header class=\"site-header\"><div class=\"wrap header-row\">\n\
         <a class=\"brand\" href=\"/\">{LOGO}<span>Northwind</span></a>\n\
         <nav aria-label=\"Main\"><ul class=\"main-nav\">\
         <li><a href=\"/#product\">Product</a></li>\
         <li><a href=\"/#company\">Company</a></li>\
         <li><a class=\"nav-cta\" href=\"/#careers\">Careers</a></li></ul></nav>\n\
         </div></header>"
    )
}

fn demo_bar(current: &str) -> String {
    let links: String = DEMO_PAGES
        .iter()
        .map(|(path, label)| {
            let marker = if *path == current {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!("<li><a href=\"{path}\"{marker}>{label}</a></li>")
        })
        .collect();
    format!(
        "<nav class=\"demo-bar\" aria-label=\"Widget demo pages\"><div class=\"wrap\">\
         <span class=\"demo-label\">Widget demos</span><ul>{links}</ul></div></nav>"
    )
}

fn site_footer() -> String {
    let bad_configs: String = BAD_CONFIG_CASES
        .iter()
        .map(|case| format!("<li><a href=\"/bad-config/{case}\">{case}</a></li>"))
        .collect();
    format!(
        "<footer class=\"site-footer\"><div class=\"wrap footer-grid\">\n\
         <div><span class=\"footer-brand\">Northwind</span>\
         <span class=\"footer-text\">Route planning and cold-chain telemetry for the carriers \
         that keep Europe's fresh food moving.</span></div>\n\
         <div><span class=\"footer-heading\">Offices</span><ul>\
         <li>Stockholm (HQ)</li><li>Gothenburg</li><li>Berlin</li><li>Munich</li><li>Paris</li>\
         <li>London</li><li>Amsterdam</li><li>Lisbon</li><li>New York</li></ul></div>\n\
         <div><span class=\"footer-heading\">Bad-config demos</span><ul>{bad_configs}</ul></div>\n\
         </div><div class=\"wrap footer-fineprint\">Northwind is fictional. This site is served \
         by teamtailor-mock on its own port, so the careers board on it is embedded from another \
         origin.</div></footer>"
    )
}
