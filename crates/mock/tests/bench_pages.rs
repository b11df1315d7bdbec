//! What `make bench` relies on: the static baseline lists the board's first page of jobs with
//! no script, the embed host page has exactly the one-tag snippet, and answers are compressed
//! only when asked, without touching CORS.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use teamtailor_mock::{company_site_app, CompanySiteConfig, EMBED_HOST_PATH, STATIC_JOBS_PATH};

fn get_accepting(uri: &str, encodings: &str) -> Request<Body> {
    Request::get(uri)
        .header("host", HOST)
        .header("origin", "https://company.example")
        .header("accept-encoding", encodings)
        .body(Body::empty())
        .expect("valid request")
}

/// `(title, pinned)` of API page 1 (`page[size]=30`, newest first) for the public key.
async fn api_first_page() -> Vec<(String, bool)> {
    let answer = fetch(&public("/v1/jobs?page[size]=30")).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json()["data"]
        .as_array()
        .expect("data is an array")
        .iter()
        .map(|job| {
            let attributes = &job["attributes"];
            let title = attributes["title"].as_str().expect("title").to_owned();
            (title, attributes["pinned"].as_bool().unwrap_or(false))
        })
        .collect()
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn static_page_lists_page_one_pinned_first_without_script() {
    let answer = fetch(STATIC_JOBS_PATH).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = answer.text();
    assert!(!html.contains("<script"), "{html}");
    let mut expected = api_first_page().await;
    expected.sort_by_key(|(_, pinned)| !pinned);
    let rows: Vec<&str> = html.matches("<li class=\"tt-job\">").collect();
    assert_eq!(rows.len(), expected.len());
    let mut rest = html.as_str();
    for (title, _) in &expected {
        let anchor = format!("\">{}</a>", escaped(title));
        let at = rest
            .find(&anchor)
            .unwrap_or_else(|| panic!("{title} in order"));
        rest = &rest[at + anchor.len()..];
    }
}

#[tokio::test]
async fn embed_host_page_is_the_bare_snippet() {
    let site = company_site_app(CompanySiteConfig::new("http://127.0.0.1:18096"));
    let answer = send(&site, get(EMBED_HOST_PATH)).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = answer.text();
    assert_eq!(html.matches("<script").count(), 1, "{html}");
    assert!(html.contains(
        "<script src=\"http://127.0.0.1:18096/embed.js\" defer data-api-key=\"demo-public-key\" \
         data-api-base=\"http://127.0.0.1:18096\" data-target=\"#careers\"></script>"
    ));
    assert!(!html.contains("stylesheet"), "{html}");
}

#[tokio::test]
async fn api_answers_are_compressed_when_asked_and_keep_cors() {
    let app = demo_app();
    let plain = send(&app, get(&public("/v1/jobs"))).await;
    assert_eq!(plain.header("content-encoding"), None);
    for (accepted, encoding) in [("gzip", "gzip"), ("gzip, deflate, br", "br")] {
        let answer = send(&app, get_accepting(&public("/v1/jobs"), accepted)).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.header("content-encoding"), Some(encoding));
        assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
        assert!(answer.body.len() < plain.body.len() / 2);
    }
}

#[tokio::test]
async fn pages_are_compressed_when_asked() {
    let answer = send(&demo_app(), get_accepting(STATIC_JOBS_PATH, "br")).await;
    assert_eq!(answer.header("content-encoding"), Some("br"));
    let site = company_site_app(CompanySiteConfig::new("http://127.0.0.1:18096"));
    let answer = send(&site, get_accepting("/", "gzip")).await;
    assert_eq!(answer.header("content-encoding"), Some("gzip"));
}

#[tokio::test]
async fn dist_files_are_compressed_when_asked_and_stay_readable_cross_origin() {
    let dist = std::env::temp_dir().join(format!("teamtailor-mock-{}-bench", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    let wasm = "careers-widget-0123456789abcdef_bg.wasm";
    std::fs::write(
        dist.join(wasm),
        [b"\0asm".as_slice(), &[0u8; 4096]].concat(),
    )
    .unwrap();
    let app = teamtailor_mock::app(teamtailor_mock::MockConfig {
        dist,
        ..teamtailor_mock::MockConfig::default()
    });
    let answer = send(&app, get_accepting(&format!("/{wasm}"), "gzip, br")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("content-type"), Some("application/wasm"));
    assert_eq!(answer.header("content-encoding"), Some("br"));
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    assert!(answer.body.len() < 100, "{} bytes", answer.body.len());
}
