//! The demo company site on its own port: each page embeds the board from the widget origin
//! with the documented snippet, the strict-CSP page has nothing inline, bad configs are exact.

mod common;

use axum::http::StatusCode;
use axum::Router;
use common::{get, send, Answer};
use teamtailor_mock::data::{demo_data, ENGINEERING_DEPARTMENT_ID, SALES_DEPARTMENT_ID};
use teamtailor_mock::{company_site_app, CompanySiteConfig, BAD_CONFIG_CASES};

/// The mock's main origin as the site is configured with it.
const WIDGET: &str = "http://127.0.0.1:18080";

fn site() -> Router {
    company_site_app(CompanySiteConfig::new(WIDGET))
}

async fn page(path: &str) -> Answer {
    send(&site(), get(path)).await
}

/// The snippet every page uses, with `extra` attributes after `data-target`.
fn embed(target: &str, extra: &str) -> String {
    format!(
        "<script src=\"{WIDGET}/embed.js\" defer data-api-key=\"demo-public-key\" \
         data-api-base=\"{WIDGET}\" data-target=\"{target}\"{extra}></script>"
    )
}

fn assert_html_page(answer: &Answer) -> String {
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = answer.text();
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("<h1>"), "{html}");
    html
}

#[tokio::test]
async fn homepage_embeds_the_board_into_its_careers_section() {
    let html = assert_html_page(&page("/").await);
    assert!(html.contains("<div id=\"careers\"></div>"));
    assert!(html.contains(&embed("#careers", "")), "{html}");
    assert_eq!(html.matches("<script").count(), 1);
}

#[tokio::test]
async fn homepage_ignores_the_host_query_string() {
    let plain = page("/").await.text();
    let with_query = page("/?utm_source=newsletter&tt_job=7101").await;
    assert_eq!(with_query.status, StatusCode::OK);
    assert_eq!(with_query.text(), plain);
}

#[tokio::test]
async fn two_widgets_are_prefiltered_to_engineering_and_sales_with_their_own_route_params() {
    let html = assert_html_page(&page("/two-widgets").await);
    let engineering = embed(
        "#engineering-careers",
        &format!(" data-departments=\"{ENGINEERING_DEPARTMENT_ID}\" data-route-param=\"eng_job\""),
    );
    let sales = embed(
        "#sales-careers",
        &format!(" data-departments=\"{SALES_DEPARTMENT_ID}\" data-route-param=\"sales_job\""),
    );
    assert!(html.contains(&engineering), "{html}");
    assert!(html.contains(&sales), "{html}");
    assert!(html.contains("<div id=\"engineering-careers\"></div>"));
    assert!(html.contains("<div id=\"sales-careers\"></div>"));
    assert_eq!(html.matches("<script").count(), 2);
}

#[test]
fn department_constants_name_engineering_and_sales_in_the_demo_data() {
    let data = demo_data();
    let name = |id| {
        data.departments
            .iter()
            .find(|department| department.id == id)
            .map(|department| department.name)
    };
    assert_eq!(name(ENGINEERING_DEPARTMENT_ID), Some("Engineering"));
    assert_eq!(name(SALES_DEPARTMENT_ID), Some("Sales"));
}

#[tokio::test]
async fn light_dom_page_asks_for_no_shadow_root() {
    let html = assert_html_page(&page("/light-dom").await);
    assert!(html.contains("<div id=\"careers\"></div>"));
    assert!(
        html.contains(&embed("#careers", " data-shadow=\"none\"")),
        "{html}"
    );
}

#[tokio::test]
async fn hostile_css_page_targets_the_boards_internals_and_embeds_normally() {
    let html = assert_html_page(&page("/hostile-css").await);
    for rule in [
        "li, a, button, select, input, p, h1, h2, ul, section, article { all: unset; \
         font-size: 40px !important; color: red !important; display: inline !important; }",
        "html { font-size: 28px }",
        ".tt-job, .tt-board, .tt-job-list { display: none !important }",
    ] {
        assert!(html.contains(rule), "missing {rule}");
    }
    assert!(!html.contains("div {"), "the page must stay readable");
    assert!(html.contains("<div id=\"careers\"></div>"));
    assert!(html.contains(&embed("#careers", "")), "{html}");
}

#[tokio::test]
async fn strict_csp_page_has_the_exact_policy_and_nothing_inline() {
    let answer = page("/strict-csp").await;
    assert_eq!(
        answer.header("content-security-policy"),
        Some(
            "default-src 'none'; script-src http://127.0.0.1:18080 'wasm-unsafe-eval'; \
             connect-src http://127.0.0.1:18080; style-src http://127.0.0.1:18080 'self'; \
             img-src http://127.0.0.1:18080 data:; frame-src http://127.0.0.1:18080; \
             font-src http://127.0.0.1:18080; base-uri 'none'; form-action 'none'"
        )
    );
    let html = assert_html_page(&answer);
    assert!(!html.contains("<style"), "{html}");
    assert!(!html.contains("style="), "{html}");
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains(&embed("#careers", "")), "{html}");
    assert!(html.contains("<p id=\"csp-note\">"));
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/assets/northwind.css\">"));
}

#[tokio::test]
async fn only_the_strict_csp_page_sends_a_policy() {
    assert_eq!(page("/").await.header("content-security-policy"), None);
}

#[tokio::test]
async fn stylesheet_comes_from_the_site_itself() {
    let answer = page("/assets/northwind.css").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("text/css; charset=utf-8")
    );
    assert!(answer.text().contains(".careers-panel"));
}

#[tokio::test]
async fn each_bad_config_page_breaks_exactly_one_setting() {
    let key = "data-api-key=\"demo-public-key\"";
    let base = format!("data-api-base=\"{WIDGET}\"");
    let src = format!("<script src=\"{WIDGET}/embed.js\" defer");
    let expected = [
        (
            "missing-key",
            format!("{src} {base} data-target=\"#careers\"></script>"),
        ),
        (
            "bad-auth",
            format!("{src} {key} {base} data-target=\"#careers\" data-auth=\"cookie\"></script>"),
        ),
        (
            "insecure-base",
            format!(
                "{src} {key} data-api-base=\"http://example.com\" data-target=\"#careers\"></script>"
            ),
        ),
        (
            "no-target",
            format!("{src} {key} {base} data-target=\"#does-not-exist\"></script>"),
        ),
        (
            "bad-shadow",
            format!("{src} {key} {base} data-target=\"#careers\" data-shadow=\"closed\"></script>"),
        ),
    ];
    let cases: Vec<&str> = expected.iter().map(|(case, _)| *case).collect();
    assert_eq!(cases, BAD_CONFIG_CASES);
    for (case, script) in expected {
        let html = assert_html_page(&page(&format!("/bad-config/{case}")).await);
        assert!(html.contains(&script), "{case}: {html}");
        assert_eq!(html.matches("<script").count(), 1, "{case}");
        assert!(html.contains("<div id=\"careers\"></div>"), "{case}");
        assert!(
            html.contains(&format!("<h1>Bad config: {case}</h1>")),
            "{case}"
        );
    }
}

#[tokio::test]
async fn unknown_bad_config_cases_and_pages_are_404() {
    for path in ["/bad-config/closed-shadow", "/bad-config/", "/careers.html"] {
        let answer = page(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            answer.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        assert!(!answer.text().contains("<script"), "{path}");
    }
}

#[tokio::test]
async fn widget_origin_comes_from_the_config_without_a_trailing_slash() {
    let site = company_site_app(CompanySiteConfig::new("http://[::1]:9000/"));
    let html = send(&site, get("/")).await.text();
    assert!(html.contains(
        "<script src=\"http://[::1]:9000/embed.js\" defer data-api-key=\"demo-public-key\" \
         data-api-base=\"http://[::1]:9000\" data-target=\"#careers\"></script>"
    ));
}
