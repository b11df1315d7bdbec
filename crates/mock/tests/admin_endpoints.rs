//! `/v1/users` and `/v1/candidates` answer by key scope: 403 unless the key is Admin.

mod common;

use axum::http::StatusCode;
use common::*;
use teamtailor_mock::{DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY};

#[tokio::test]
async fn public_and_internal_keys_are_forbidden_people_data() {
    for path in ["/v1/users", "/v1/candidates"] {
        for key in [DEMO_PUBLIC_KEY, DEMO_INTERNAL_KEY] {
            let answer = fetch(&with_credentials(path, key, "20240904")).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path} with {key}");
            assert_eq!(answer.json()["errors"][0]["status"], "403");
            assert_eq!(
                answer.header("content-type"),
                Some(teamtailor_mock::JSON_API)
            );
        }
    }
}

#[tokio::test]
async fn an_admin_key_reads_an_empty_people_collection() {
    for path in ["/v1/users", "/v1/candidates"] {
        let answer = fetch(&with_credentials(path, DEMO_ADMIN_KEY, "20161108")).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.text());
        let document = answer.json();
        assert_eq!(document["data"], serde_json::json!([]));
        assert_eq!(document["meta"]["record-count"], 0);
    }
}

#[tokio::test]
async fn people_endpoints_still_check_the_key_and_version_first() {
    let no_key = fetch("/v1/users?api_version=20240904").await;
    assert_eq!(no_key.status, StatusCode::UNAUTHORIZED);
    let bad_version = fetch(&with_credentials(
        "/v1/candidates",
        DEMO_ADMIN_KEY,
        "19990101",
    ))
    .await;
    assert_eq!(bad_version.status, StatusCode::NOT_ACCEPTABLE);
}
