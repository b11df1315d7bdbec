//! Key (401) and version (406) checks, by header and by query parameter, in that order.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;

fn with_headers(uri: &str, authorization: Option<&str>, version: Option<&str>) -> Request<Body> {
    let mut builder = Request::get(uri).header("host", HOST);
    if let Some(authorization) = authorization {
        builder = builder.header("authorization", authorization);
    }
    if let Some(version) = version {
        builder = builder.header("x-api-version", version);
    }
    builder.body(Body::empty()).unwrap()
}

#[tokio::test]
async fn header_credentials_are_accepted() {
    let request = with_headers(
        "/v1/jobs",
        Some("Token token=demo-public-key"),
        Some("20240904"),
    );
    assert_eq!(send(&demo_app(), request).await.status, StatusCode::OK);
}

#[tokio::test]
async fn missing_key_is_401_with_an_errors_document_in_both_modes() {
    let by_header = send(
        &demo_app(),
        with_headers("/v1/jobs", None, Some("20240904")),
    )
    .await;
    let by_query = fetch("/v1/jobs?api_version=20240904").await;
    for answer in [by_header, by_query] {
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
        assert_eq!(answer.json()["errors"][0]["status"], "401");
        assert_eq!(answer.json()["errors"][0]["title"], "Unauthorized");
    }
}

#[tokio::test]
async fn unknown_key_is_401_in_both_modes() {
    let by_header = send(
        &demo_app(),
        with_headers("/v1/jobs", Some("Token token=nope"), Some("20240904")),
    )
    .await;
    let by_query = fetch("/v1/jobs?api_key=nope&api_version=20240904").await;
    assert_eq!(
        (by_header.status, by_query.status),
        (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED)
    );
}

#[tokio::test]
async fn key_is_checked_before_version() {
    let answer = fetch("/v1/jobs?api_key=nope&api_version=1999").await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn missing_version_is_406_with_an_errors_array() {
    let by_header = send(
        &demo_app(),
        with_headers("/v1/jobs", Some("Token token=demo-public-key"), None),
    )
    .await;
    let by_query = fetch("/v1/jobs?api_key=demo-public-key").await;
    for answer in [by_header, by_query] {
        assert_eq!(answer.status, StatusCode::NOT_ACCEPTABLE);
        let errors = answer.json()["errors"]
            .as_array()
            .expect("errors array")
            .clone();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0]["status"].as_str(), errors[0]["title"].as_str()),
            (Some("406"), Some("Not Acceptable"))
        );
    }
}

#[tokio::test]
async fn unknown_version_is_406_in_both_modes() {
    let by_header = send(
        &demo_app(),
        with_headers(
            "/v1/jobs",
            Some("Token token=demo-public-key"),
            Some("20200101"),
        ),
    )
    .await;
    let by_query = fetch("/v1/jobs?api_key=demo-public-key&api_version=20200101").await;
    assert_eq!(
        (by_header.status, by_query.status),
        (StatusCode::NOT_ACCEPTABLE, StatusCode::NOT_ACCEPTABLE)
    );
    assert!(by_query.json()["errors"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("20200101"));
}

#[tokio::test]
async fn both_versions_are_accepted() {
    for version in ["20161108", "20240904"] {
        let answer = fetch(&with_credentials("/v1/jobs", "demo-public-key", version)).await;
        assert_eq!(answer.status, StatusCode::OK, "{version}");
    }
}
