//! Fault injection by query parameter, by `/__fault/{spec}` prefix and by CLI-level config.

mod common;

use axum::http::StatusCode;
use common::*;
use std::time::{Duration, Instant};
use teamtailor_mock::{app, FaultSpec, MockConfig};

#[tokio::test]
async fn status_param_answers_that_status_with_an_errors_body() {
    let answer = fetch(&public("/v1/jobs?mock_status=500")).await;
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        answer.header("content-type"),
        Some("application/vnd.api+json")
    );
    assert_eq!(answer.json()["errors"][0]["status"], "500");
}

#[tokio::test]
async fn injected_401_has_an_empty_body() {
    let answer = fetch(&public("/v1/jobs?mock_status=401")).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer.body, b"");
}

#[tokio::test]
async fn injected_429_says_when_to_retry() {
    let answer = fetch(&public("/v1/jobs?mock_status=429")).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.header("retry-after"), Some("1"));
}

#[tokio::test]
async fn latency_param_delays_the_answer() {
    let started = Instant::now();
    let answer = fetch(&public("/v1/jobs?mock_latency_ms=150")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(started.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn truncate_param_sends_half_the_body_with_matching_length() {
    let whole = fetch(&public("/v1/jobs")).await;
    let cut = fetch(&public("/v1/jobs?mock_truncate=1")).await;
    assert_eq!(cut.status, StatusCode::OK);
    assert_eq!(cut.body.len(), whole.body.len() / 2);
    assert_eq!(
        cut.header("content-length"),
        Some(cut.body.len().to_string().as_str())
    );
    assert_eq!(cut.body, whole.body[..whole.body.len() / 2]);
    assert!(serde_json::from_slice::<serde_json::Value>(&cut.body).is_err());
}

#[tokio::test]
async fn html_error_param_answers_a_502_page() {
    let answer = fetch(&public("/v1/jobs?mock_html_error=1")).await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY);
    assert_eq!(answer.header("content-type"), Some("text/html"));
    assert!(answer.text().contains("<h1>502 Bad Gateway</h1>"));
}

#[tokio::test]
async fn path_prefix_injects_the_same_faults() {
    let answer = fetch(&public("/__fault/status=500/v1/jobs")).await;
    assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR);
    let started = Instant::now();
    let answer = fetch(&public("/__fault/latency_ms=100,status=429/v1/jobs")).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(started.elapsed() >= Duration::from_millis(100));
    let answer = fetch(&public("/__fault/html_error=1/v1/jobs/7101")).await;
    assert_eq!(answer.status, StatusCode::BAD_GATEWAY);
}

#[tokio::test]
async fn path_prefix_with_only_latency_still_serves_data() {
    let answer = fetch(&public("/__fault/latency_ms=1/v1/jobs/7101")).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["data"]["id"], "7101");
}

#[tokio::test]
async fn unreadable_fault_specs_are_bad_requests() {
    assert_eq!(
        fetch(&public("/__fault/status=200/v1/jobs")).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        fetch(&public("/v1/jobs?mock_latency_ms=soon")).await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn fault_params_and_prefix_never_leak_into_links() {
    let document = fetch(&public(
        "/__fault/latency_ms=1/v1/jobs?mock_latency_ms=1&page[size]=5",
    ))
    .await
    .json();
    let links = document["links"].as_object().expect("links");
    assert_eq!(links.len(), 3, "first, next, last");
    for link in links.values() {
        let link = link.as_str().unwrap();
        assert!(link.starts_with(&format!("{ORIGIN}/v1/jobs?")), "{link}");
        assert!(
            !link.contains("mock_") && !link.contains("__fault"),
            "{link}"
        );
        assert!(link.contains("api_key=demo-public-key"), "{link}");
    }
}

#[tokio::test]
async fn configured_faults_apply_to_every_api_request_but_request_faults_win() {
    let app = app(MockConfig {
        faults: FaultSpec {
            status: Some(503),
            ..FaultSpec::default()
        },
        ..MockConfig::default()
    });
    assert_eq!(
        send(&app, get(&public("/v1/jobs"))).await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        send(&app, get(&public("/v1/jobs?mock_status=500")))
            .await
            .status,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(
        send(&app, get("/healthz")).await.status,
        StatusCode::OK,
        "only the API is faulty"
    );
}

#[tokio::test]
async fn later_pages_latency_delays_pages_after_the_first_only() {
    let spec = "/__fault/later_pages_latency_ms=300";
    let started = Instant::now();
    let first = fetch(&public(&format!("{spec}/v1/jobs?page[number]=1"))).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "page 1 is not delayed"
    );
    let started = Instant::now();
    let second = fetch(&public(&format!("{spec}/v1/jobs?page[number]=2"))).await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "page 2 waits"
    );
}
