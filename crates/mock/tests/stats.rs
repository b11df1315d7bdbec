//! `GET /__mock/stats` and `POST /__mock/stats/reset`.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use serde_json::json;

#[tokio::test]
async fn stats_count_requests_by_path_and_skip_their_own_endpoint() {
    let app = demo_app();
    send(&app, get(&public("/v1/jobs"))).await;
    send(&app, get(&public("/v1/jobs?page[number]=2"))).await;
    send(&app, get("/healthz")).await;
    send(&app, get("/__mock/stats")).await;
    let stats = send(&app, get("/__mock/stats")).await.json();
    assert_eq!(
        stats,
        json!({"requests": 3, "preflights": 0, "by_path": {"/v1/jobs": 2, "/healthz": 1}})
    );
}

#[tokio::test]
async fn reset_zeroes_the_counters() {
    let app = demo_app();
    send(&app, get(&public("/v1/jobs"))).await;
    let reset = Request::post("/__mock/stats/reset")
        .header("host", HOST)
        .body(Body::empty())
        .unwrap();
    let answer = send(&app, reset).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.json(),
        json!({"requests": 0, "preflights": 0, "by_path": {}})
    );
    assert_eq!(send(&app, get("/__mock/stats")).await.json()["requests"], 0);
}
