//! The Recruitee double: the offers list, an unknown company, the token header, the faults
//! crawlers report (429 without Retry-After, HTML bodies) and CORS.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::*;
use teamtailor_mock::{RECRUITEE_DEMO_COMPANY, RECRUITEE_DEMO_TOKEN};

fn offers_path() -> String {
    format!("/recruitee/{RECRUITEE_DEMO_COMPANY}/api/offers/")
}

#[tokio::test]
async fn the_demo_company_lists_its_published_offers_in_recruitees_shape() {
    let answer = fetch(&offers_path()).await;
    assert_eq!(answer.status, StatusCode::OK);
    let document = answer.json();
    let offers = document["offers"].as_array().expect("offers array");
    assert_eq!(offers.len(), 5);
    let first = &offers[0];
    assert_eq!(first["id"], 501001);
    assert_eq!(first["title"], "Senior Data Engineer");
    assert_eq!(first["published_at"], "2026-11-20 09:10:19 UTC");
    assert_eq!(first["employment_type_code"], "fulltime_permanent");
    assert_eq!(first["hybrid"], true);
    assert_eq!(first["locations"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        first["careers_apply_url"],
        "https://fjordlight.recruitee.com/o/senior-data-engineer/c/new"
    );
    assert!(first["mailbox_email"].is_string());
}

#[tokio::test]
async fn one_offer_has_its_text_only_in_translations() {
    let document = fetch(&offers_path()).await.json();
    let backend = &document["offers"][1];
    assert!(backend["description"].is_null());
    assert!(backend["requirements"].is_null());
    assert_eq!(backend["translations"]["nb"]["title"], "Backendutvikler");
    assert!(backend["translations"]["en"]["description"].is_string());
}

#[tokio::test]
async fn the_path_without_a_trailing_slash_answers_the_same() {
    let with_slash = fetch(&offers_path()).await;
    let without = fetch(offers_path().trim_end_matches('/')).await;
    assert_eq!(without.status, StatusCode::OK);
    assert_eq!(without.body, with_slash.body);
}

#[tokio::test]
async fn an_unknown_company_is_a_404_page() {
    let answer = fetch("/recruitee/no-such-company/api/offers/").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8")
    );
}

fn with_token(token: &str) -> Request<Body> {
    Request::get(offers_path())
        .header("host", HOST)
        .header("x-careers-sites-token", token)
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn the_right_token_is_accepted_and_a_wrong_one_refused() {
    let accepted = send(&demo_app(), with_token(RECRUITEE_DEMO_TOKEN)).await;
    assert_eq!(accepted.status, StatusCode::OK);
    let refused = send(&demo_app(), with_token("stolen")).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_rate_limit_fault_is_a_429_html_page_without_retry_after() {
    let answer = fetch(&format!(
        "/recruitee/__fault/status=429/{RECRUITEE_DEMO_COMPANY}/api/offers/"
    ))
    .await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.header("retry-after"), None);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(answer.text().contains("<h1>Too Many Requests</h1>"));
}

#[tokio::test]
async fn an_html_error_fault_is_a_502_page() {
    let answer = fetch(&format!(
        "/recruitee/__fault/html_error/{RECRUITEE_DEMO_COMPANY}/api/offers/"
    ))
    .await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY);
    assert!(answer.text().starts_with("<!DOCTYPE html>"));
}

#[tokio::test]
async fn a_fault_prefix_that_breaks_nothing_answers_the_offers() {
    let answer = fetch(&format!(
        "/recruitee/__fault/latency_ms=1/{RECRUITEE_DEMO_COMPANY}/api/offers/"
    ))
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["offers"].as_array().map(Vec::len), Some(5));
    let bad = fetch(&format!(
        "/recruitee/__fault/explode/{RECRUITEE_DEMO_COMPANY}/api/offers/"
    ))
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn answers_carry_cors_headers_and_preflights_allow_the_token_header() {
    let request = Request::get(offers_path())
        .header("host", HOST)
        .header("origin", "https://company.example")
        .body(Body::empty())
        .unwrap();
    let answer = send(&demo_app(), request).await;
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    let preflight = Request::builder()
        .method(Method::OPTIONS)
        .uri(offers_path())
        .header("host", HOST)
        .header("origin", "https://company.example")
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "x-careers-sites-token")
        .body(Body::empty())
        .unwrap();
    let answer = send(&demo_app(), preflight).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("access-control-allow-headers"),
        Some("x-careers-sites-token,content-type")
    );
}
