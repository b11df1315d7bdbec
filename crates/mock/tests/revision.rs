//! `PUT /__mock/revision/{n}`: the same account one edit later, for revalidation tests.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::*;
use teamtailor_mock::data::{REVISED_NEW_JOB_TITLE, REVISED_PITCH_SUFFIX};
use teamtailor_mock::{app, MockConfig};

fn put(uri: &str) -> Request<Body> {
    Request::builder()
        .method(Method::PUT)
        .uri(uri)
        .body(Body::empty())
        .expect("a valid request")
}

#[tokio::test]
async fn the_revision_adds_a_newest_job_and_edits_a_pitch_until_switched_back() {
    let app = app(MockConfig::default());
    let first_page = |app| async move { send(app, get(&public("/v1/jobs?page[size]=30"))).await };
    let before = first_page(&app).await.json();
    assert_eq!(before["meta"]["record-count"], 67);

    assert_eq!(
        send(&app, put("/__mock/revision/1")).await.status,
        StatusCode::OK
    );
    let after = first_page(&app).await.json();
    assert_eq!(after["meta"]["record-count"], 68);
    let titles: Vec<&str> = after["data"]
        .as_array()
        .expect("a data array")
        .iter()
        .filter_map(|job| job["attributes"]["title"].as_str())
        .collect();
    assert!(titles.contains(&REVISED_NEW_JOB_TITLE), "{titles:?}");
    let edited = after["data"]
        .as_array()
        .expect("a data array")
        .iter()
        .filter_map(|job| job["attributes"]["pitch"].as_str())
        .filter(|pitch| pitch.ends_with(REVISED_PITCH_SUFFIX))
        .count();
    assert_eq!(edited, 1);

    assert_eq!(
        send(&app, put("/__mock/revision/0")).await.status,
        StatusCode::OK
    );
    assert_eq!(first_page(&app).await.json()["meta"]["record-count"], 67);
    assert_eq!(
        send(&app, put("/__mock/revision/7")).await.status,
        StatusCode::BAD_REQUEST
    );
}
