//! `/v1/departments`, `/v1/locations`, `/v1/roles` and their `/{id}` forms.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::json;
use teamtailor_mock::data::demo_data;

#[tokio::test]
async fn departments_list_every_department_with_counts() {
    let document = fetch(&public("/v1/departments?page[size]=30")).await.json();
    assert_eq!(ids(&document).len(), demo_data().departments.len());
    assert_eq!(
        document["meta"]["record-count"],
        demo_data().departments.len()
    );
    assert_eq!(
        document["data"][0]["attributes"],
        json!({"name": "Engineering"})
    );
}

#[tokio::test]
async fn remote_location_has_no_city() {
    let document = fetch(&public("/v1/locations/210")).await.json();
    assert_eq!(
        document["data"]["attributes"],
        json!({"name": "Remote", "city": null, "country": null, "address": null, "zip": null, "headquarters": false})
    );
}

#[tokio::test]
async fn roles_relate_to_their_department_and_can_include_it() {
    let document = fetch(&public("/v1/roles/304?include=department"))
        .await
        .json();
    assert_eq!(document["data"]["attributes"]["name"], "Product Designer");
    assert_eq!(
        document["data"]["relationships"]["department"]["data"],
        json!({"id": "102", "type": "departments"})
    );
    assert_eq!(document["included"][0]["attributes"]["name"], "Design");
}

#[tokio::test]
async fn unknown_ids_and_includes_are_json_api_errors() {
    assert_eq!(
        fetch(&public("/v1/departments/999")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fetch(&public("/v1/locations?include=jobs")).await.status,
        StatusCode::BAD_REQUEST
    );
    let unknown = fetch(&public("/v1/todos")).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.json()["errors"][0]["status"], "404");
}

#[tokio::test]
async fn taxonomy_endpoints_require_credentials_too() {
    assert_eq!(fetch("/v1/roles").await.status, StatusCode::UNAUTHORIZED);
}
