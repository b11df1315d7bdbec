//! CORS: preflights answered before auth, and CORS headers on every API answer, errors included.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::*;

fn preflight(uri: &str) -> Request<Body> {
    Request::builder()
        .method(Method::OPTIONS)
        .uri(uri)
        .header("host", HOST)
        .header("origin", "https://company.example")
        .header("access-control-request-method", "GET")
        .header(
            "access-control-request-headers",
            "authorization,x-api-version",
        )
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn preflight_is_answered_without_credentials() {
    let answer = send(&demo_app(), preflight("/v1/jobs")).await;
    assert!(
        answer.status == StatusCode::OK || answer.status == StatusCode::NO_CONTENT,
        "{}",
        answer.status
    );
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        answer.header("access-control-allow-methods"),
        Some("GET,OPTIONS")
    );
    assert_eq!(
        answer.header("access-control-allow-headers"),
        Some("authorization,x-api-version,content-type")
    );
}

#[tokio::test]
async fn preflight_through_a_fault_prefix_is_answered_too() {
    let answer = send(&demo_app(), preflight("/__fault/status=500/v1/jobs")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn error_answers_carry_cors_and_expose_rate_limit_headers() {
    let request = Request::get("/v1/jobs")
        .header("host", HOST)
        .header("origin", "https://company.example");
    let answer = send(&demo_app(), request.body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        answer.header("access-control-expose-headers"),
        Some("x-rate-limit-limit,x-rate-limit-remaining,x-rate-limit-reset,retry-after")
    );
}

#[tokio::test]
async fn injected_faults_carry_cors() {
    let request = Request::get(public("/v1/jobs?mock_status=503"))
        .header("host", HOST)
        .header("origin", "https://company.example");
    let answer = send(&demo_app(), request.body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
}

#[tokio::test]
async fn preflights_are_counted_and_plain_gets_are_not() {
    let app = demo_app();
    send(&app, get(&public("/v1/jobs"))).await;
    send(&app, preflight("/v1/jobs")).await;
    let stats = send(&app, get("/__mock/stats")).await.json();
    assert_eq!(
        (stats["requests"].as_u64(), stats["preflights"].as_u64()),
        (Some(2), Some(1))
    );
}
