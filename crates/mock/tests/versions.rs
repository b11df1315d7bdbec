//! The two relationship shapes (20161108 `location`, 20240904 `locations`) and `include`.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::json;

/// Principal Engineer, Search: three locations, a department and a role.
const MULTI_LOCATION_JOB: &str = "/v1/jobs/7118";

#[tokio::test]
async fn new_version_relates_a_job_to_all_its_locations() {
    let document = fetch(&public(MULTI_LOCATION_JOB)).await.json();
    let relationships = &document["data"]["relationships"];
    assert_eq!(
        relationships["locations"]["data"],
        json!([
            {"id": "201", "type": "locations"},
            {"id": "206", "type": "locations"},
            {"id": "208", "type": "locations"}
        ])
    );
    assert!(relationships.get("location").is_none());
    assert_eq!(
        relationships["locations"]["links"]["related"],
        format!("{ORIGIN}/v1/jobs/7118/locations")
    );
}

#[tokio::test]
async fn old_version_relates_a_job_to_its_first_location() {
    let uri = with_credentials(MULTI_LOCATION_JOB, "demo-public-key", "20161108");
    let document = fetch(&uri).await.json();
    let relationships = &document["data"]["relationships"];
    assert_eq!(
        relationships["location"]["data"],
        json!({"id": "201", "type": "locations"})
    );
    assert!(relationships.get("locations").is_none());
}

#[tokio::test]
async fn include_side_loads_each_referenced_resource_once() {
    let document = fetch(&public(
        "/v1/jobs?include=department,locations,role&page[size]=30",
    ))
    .await
    .json();
    let included = document["included"].as_array().expect("included");
    let mut keys: Vec<(String, String)> = included
        .iter()
        .map(|resource| {
            (
                resource["type"].as_str().unwrap().to_owned(),
                resource["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let total = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), total, "no duplicates");
    assert!(keys.contains(&("departments".into(), "101".into())));
    assert!(keys.contains(&("roles".into(), "301".into())));
    let stockholm = included
        .iter()
        .find(|r| r["type"] == "locations" && r["id"] == "201")
        .expect("Stockholm");
    assert_eq!(
        stockholm["attributes"],
        json!({"name": "Stockholm HQ", "city": "Stockholm", "country": "Sweden",
               "address": "Sveavägen 44", "zip": "111 34", "headquarters": true})
    );
}

#[tokio::test]
async fn old_version_includes_the_singular_location() {
    let uri = with_credentials(
        "/v1/jobs/7118?include=location",
        "demo-public-key",
        "20161108",
    );
    let document = fetch(&uri).await.json();
    assert_eq!(
        document["included"],
        json!([{
            "id": "201", "type": "locations",
            "attributes": {"name": "Stockholm HQ", "city": "Stockholm", "country": "Sweden",
                           "address": "Sveavägen 44", "zip": "111 34", "headquarters": true},
            "links": {"self": format!("{ORIGIN}/v1/locations/201")}
        }])
    );
}

#[tokio::test]
async fn include_names_are_checked_per_version() {
    let new_with_old_name = fetch(&public("/v1/jobs?include=location")).await;
    assert_eq!(new_with_old_name.status, StatusCode::BAD_REQUEST);
    let old_with_new_name = fetch(&with_credentials(
        "/v1/jobs?include=locations",
        "demo-public-key",
        "20161108",
    ))
    .await;
    assert_eq!(old_with_new_name.status, StatusCode::BAD_REQUEST);
    let unknown = fetch(&public("/v1/jobs?include=department,candidates")).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(unknown.json()["errors"][0]["title"], "Bad Request");
}

#[tokio::test]
async fn missing_relations_have_null_or_empty_linkage() {
    // 7166 "Open Application": no department, no role, no locations.
    let document = fetch(&public("/v1/jobs/7166?include=department,locations,role"))
        .await
        .json();
    let relationships = &document["data"]["relationships"];
    assert_eq!(relationships["department"]["data"], json!(null));
    assert_eq!(relationships["role"]["data"], json!(null));
    assert_eq!(relationships["locations"]["data"], json!([]));
    assert_eq!(document["included"], json!([]));
    let old = fetch(&with_credentials(
        "/v1/jobs/7166",
        "demo-public-key",
        "20161108",
    ))
    .await
    .json();
    assert_eq!(
        old["data"]["relationships"]["location"]["data"],
        json!(null)
    );
}

#[tokio::test]
async fn job_resource_carries_every_documented_attribute_and_link() {
    let answer = fetch(&public("/v1/jobs/7134")).await;
    assert_eq!(
        answer.header("content-type"),
        Some("application/vnd.api+json")
    );
    let document = answer.json();
    let job = &document["data"];
    assert_eq!(
        (job["type"].as_str(), job["id"].as_str()),
        (Some("jobs"), Some("7134"))
    );
    let attributes = job["attributes"].as_object().expect("attributes");
    let mut names: Vec<&str> = attributes.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "apply-button-text",
            "body",
            "created-at",
            "currency",
            "employment-type",
            "end-date",
            "external-application-url",
            "human-status",
            "language-code",
            "max-salary",
            "min-salary",
            "picture",
            "pinned",
            "pitch",
            "remote-status",
            "salary-time-unit",
            "start-date",
            "status",
            "tags",
            "title",
            "updated-at"
        ]
    );
    assert_eq!(
        (
            &attributes["min-salary"],
            &attributes["max-salary"],
            &attributes["currency"],
            &attributes["salary-time-unit"]
        ),
        (
            &json!(120000),
            &json!(150000),
            &json!("USD"),
            &json!("yearly")
        )
    );
    assert_eq!(
        job["links"],
        json!({
            "self": format!("{ORIGIN}/v1/jobs/7134"),
            "careersite-job-url": format!("{ORIGIN}/careersite/jobs/7134"),
            "careersite-job-apply-url": format!("{ORIGIN}/careersite/jobs/7134/applications/new"),
            "careersite-job-apply-iframe-url": format!("{ORIGIN}/careersite/jobs/7134/applications/new?iframe=true"),
        })
    );
}

#[tokio::test]
async fn pictures_come_in_all_three_shapes_on_the_requests_origin() {
    let document = fetch(&public("/v1/jobs?page[size]=30")).await.json();
    let pictures: Vec<&serde_json::Value> = document["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|job| &job["attributes"]["picture"])
        .collect();
    assert!(pictures.iter().any(|picture| picture.is_null()));
    let url = pictures
        .iter()
        .find_map(|picture| picture.as_str())
        .expect("a string picture");
    assert!(
        url.starts_with(&format!("{ORIGIN}/assets/pictures/")),
        "{url}"
    );
    let variants = pictures
        .iter()
        .find(|picture| picture.is_object())
        .expect("a variants picture");
    assert!(variants["thumb"]
        .as_str()
        .unwrap()
        .ends_with(".svg?size=thumb"));
}
