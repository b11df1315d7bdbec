//! `X-Rate-Limit-*` headers on every API answer and 429 + `Retry-After` over the limit.

mod common;

use axum::http::StatusCode;
use common::*;
use std::time::Duration;
use teamtailor_mock::{app, MockConfig, RateLimitConfig};

fn limited_app(requests: u32) -> axum::Router {
    app(MockConfig {
        rate_limit: RateLimitConfig {
            requests,
            window: Duration::from_secs(60),
        },
        ..MockConfig::default()
    })
}

#[tokio::test]
async fn every_api_answer_carries_rate_limit_headers() {
    let app = demo_app();
    for uri in [
        public("/v1/jobs"),
        "/v1/jobs".to_owned(),
        public("/v1/nothing-here"),
    ] {
        let answer = send(&app, get(&uri)).await;
        assert_eq!(answer.header("x-rate-limit-limit"), Some("100"), "{uri}");
        assert!(answer.header("x-rate-limit-remaining").is_some(), "{uri}");
        assert_eq!(answer.header("x-rate-limit-reset"), Some("10"), "{uri}");
    }
}

#[tokio::test]
async fn remaining_counts_down_per_request() {
    let app = limited_app(5);
    let mut remaining = Vec::new();
    for _ in 0..3 {
        let answer = send(&app, get(&public("/v1/jobs"))).await;
        remaining.push(answer.header("x-rate-limit-remaining").unwrap().to_owned());
    }
    assert_eq!(remaining, ["4", "3", "2"]);
}

#[tokio::test]
async fn exceeding_the_limit_answers_429_with_retry_after() {
    let app = limited_app(3);
    for _ in 0..3 {
        assert_eq!(
            send(&app, get(&public("/v1/jobs"))).await.status,
            StatusCode::OK
        );
    }
    let answer = send(&app, get(&public("/v1/jobs"))).await;
    assert_eq!(answer.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer.header("retry-after"), Some("60"));
    assert_eq!(answer.header("x-rate-limit-remaining"), Some("0"));
    assert_eq!(answer.json()["errors"][0]["status"], "429");
}

#[tokio::test]
async fn each_key_has_its_own_window() {
    let app = limited_app(1);
    assert_eq!(
        send(&app, get(&public("/v1/jobs"))).await.status,
        StatusCode::OK
    );
    assert_eq!(
        send(&app, get(&public("/v1/jobs"))).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let other = with_credentials("/v1/jobs", "demo-internal-key", "20240904");
    assert_eq!(send(&app, get(&other)).await.status, StatusCode::OK);
}
