//! What each demo key may see, through `filter[status]` and `/v1/jobs/{id}`.

mod common;

use axum::http::StatusCode;
use common::*;
use teamtailor_mock::data::{demo_data, JobStatus};
use teamtailor_mock::{DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY};

async fn record_count(key: &str, status: Option<&str>) -> u64 {
    let query = match status {
        Some(status) => format!("/v1/jobs?filter[status]={status}"),
        None => "/v1/jobs".to_owned(),
    };
    let answer = fetch(&with_credentials(&query, key, "20240904")).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    answer.json()["meta"]["record-count"]
        .as_u64()
        .expect("count")
}

fn count(status: JobStatus) -> u64 {
    demo_data().count_with_status(status) as u64
}

#[tokio::test]
async fn public_key_sees_published_jobs_whatever_the_status_filter() {
    for status in [
        None,
        Some("published"),
        Some("unlisted"),
        Some("draft"),
        Some("all"),
    ] {
        assert_eq!(
            record_count(DEMO_PUBLIC_KEY, status).await,
            count(JobStatus::Published),
            "{status:?}"
        );
    }
}

#[tokio::test]
async fn internal_key_sees_unlisted_jobs_only_when_asked() {
    assert_eq!(
        record_count(DEMO_INTERNAL_KEY, None).await,
        count(JobStatus::Published)
    );
    assert_eq!(
        record_count(DEMO_INTERNAL_KEY, Some("unlisted")).await,
        count(JobStatus::Unlisted)
    );
    assert_eq!(
        record_count(DEMO_INTERNAL_KEY, Some("all")).await,
        count(JobStatus::Published) + count(JobStatus::Unlisted)
    );
    assert_eq!(record_count(DEMO_INTERNAL_KEY, Some("draft")).await, 0);
}

#[tokio::test]
async fn admin_key_sees_every_status() {
    assert_eq!(record_count(DEMO_ADMIN_KEY, Some("draft")).await, 2);
    assert_eq!(record_count(DEMO_ADMIN_KEY, Some("archived")).await, 2);
    assert_eq!(
        record_count(DEMO_ADMIN_KEY, Some("all")).await,
        demo_data().jobs.len() as u64
    );
}

#[tokio::test]
async fn unknown_status_value_is_a_bad_request() {
    let answer = fetch(&with_credentials(
        "/v1/jobs?filter[status]=open",
        DEMO_ADMIN_KEY,
        "20240904",
    ))
    .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn hidden_job_is_not_found_for_a_key_that_may_not_see_it() {
    let data = demo_data();
    let unlisted = data
        .jobs
        .iter()
        .find(|job| job.status == JobStatus::Unlisted)
        .expect("an unlisted job");
    let draft = data
        .jobs
        .iter()
        .find(|job| job.status == JobStatus::Draft)
        .expect("a draft job");
    let status_of = |key: &'static str, id: u32| async move {
        fetch(&with_credentials(
            &format!("/v1/jobs/{id}"),
            key,
            "20240904",
        ))
        .await
        .status
    };
    assert_eq!(
        status_of(DEMO_PUBLIC_KEY, unlisted.id).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status_of(DEMO_INTERNAL_KEY, unlisted.id).await,
        StatusCode::OK
    );
    assert_eq!(
        status_of(DEMO_INTERNAL_KEY, draft.id).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(status_of(DEMO_ADMIN_KEY, draft.id).await, StatusCode::OK);
}

#[tokio::test]
async fn missing_job_is_a_json_api_404() {
    let answer = fetch(&public("/v1/jobs/999999")).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.json()["errors"][0]["status"], "404");
    assert_eq!(answer.json()["errors"][0]["title"], "Not Found");
}

#[tokio::test]
async fn unlisted_job_attributes_name_its_status() {
    let document = fetch(&with_credentials(
        "/v1/jobs?filter[status]=unlisted",
        DEMO_INTERNAL_KEY,
        "20240904",
    ))
    .await
    .json();
    let attributes = &document["data"][0]["attributes"];
    assert_eq!(
        (
            attributes["status"].as_str(),
            attributes["human-status"].as_str()
        ),
        (Some("unlisted"), Some("unlisted"))
    );
}

#[tokio::test]
async fn a_closed_job_is_readable_by_link_but_never_listed() {
    let data = demo_data();
    let archived = data
        .jobs
        .iter()
        .find(|job| job.status == JobStatus::Archived)
        .expect("an archived job");
    let answer = fetch(&public(&format!("/v1/jobs/{}", archived.id))).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.json()["data"]["attributes"]["status"].as_str(),
        Some("archived")
    );
    let listed = fetch(&public("/v1/jobs?page[size]=30&page[number]=3")).await;
    let ids: Vec<String> = listed.json()["data"]
        .as_array()
        .expect("a data array")
        .iter()
        .map(|job| job["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(!ids.contains(&archived.id.to_string()), "{ids:?}");
}
