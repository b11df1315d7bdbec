//! `/strict-csp`: a page under a Content-Security-Policy that allows only the widget's origin
//! (plus `'wasm-unsafe-eval'` for its wasm) and nothing inline, as a careful customer would set.

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use crate::html_text::escape_html;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use std::sync::Arc;

/// The page's policy. `style-src` also allows `'self'`, the site's own stylesheet; nothing
/// allows inline script or style, so the board must work without either.
pub fn strict_csp_policy(widget_origin: &str) -> String {
    let origin = widget_origin;
    format!(
        "default-src 'none'; script-src {origin} 'wasm-unsafe-eval'; connect-src {origin}; \
         style-src {origin} 'self'; img-src {origin} data:; frame-src {origin}; \
         font-src {origin}; base-uri 'none'; form-action 'none'"
    )
}

/// `GET /strict-csp`.
pub async fn strict_csp_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    let origin = &config.widget_origin;
    let Ok(policy) = HeaderValue::from_str(&strict_csp_policy(origin)) else {
        let message = "The configured widget origin cannot appear in a header.".to_owned();
        return html_response(StatusCode::INTERNAL_SERVER_ERROR, message);
    };
    let embed = EmbedTag::demo(origin, "#careers").render(origin);
    let intro = format!(
        "<p id=\"csp-note\">This page is served with a Content-Security-Policy that allows \
         scripts, requests, styles, images, frames and fonts only from the widget's origin \
         ({origin_text}), wasm compilation, and this site's own stylesheet. Nothing inline is \
         allowed: no inline script, no style element, no style attribute.</p>",
        origin_text = escape_html(origin),
    );
    let main = hero_and_board("Careers under a strict CSP", &intro, &embed);
    let page = SitePage {
        title: "Careers under a strict CSP",
        path: "/strict-csp",
        head: "",
        main: &main,
    };
    let mut response = html_response(StatusCode::OK, page.render());
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, policy);
    response
}
