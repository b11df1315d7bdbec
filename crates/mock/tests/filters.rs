//! `filter[department|locations|location|role]` and `sort`.

mod common;

use axum::http::StatusCode;
use common::*;
use teamtailor_mock::data::{demo_data, Job, JobStatus, REMOTE_LOCATION_ID};

/// Ids of published demo jobs satisfying `keep`, as strings, in id order.
fn expected(keep: impl Fn(&Job) -> bool) -> Vec<String> {
    let mut ids: Vec<String> = demo_data()
        .jobs
        .iter()
        .filter(|job| job.status == JobStatus::Published && keep(job))
        .map(|job| job.id.to_string())
        .collect();
    ids.sort();
    ids
}

async fn sorted_ids(query: &str) -> Vec<String> {
    let mut ids = all_ids(&demo_app(), &public(query)).await;
    ids.sort();
    ids
}

#[tokio::test]
async fn department_filter_keeps_only_that_department() {
    let wanted = expected(|job| job.department_id == Some(101));
    assert!(wanted.len() > 10);
    assert_eq!(
        sorted_ids("/v1/jobs?filter[department]=101&page[size]=30").await,
        wanted
    );
}

#[tokio::test]
async fn locations_filter_matches_any_of_a_jobs_locations() {
    let wanted = expected(|job| job.location_ids.contains(&REMOTE_LOCATION_ID));
    assert!(
        wanted.iter().any(|id| id == "7101"),
        "7101 is in Stockholm and Remote"
    );
    assert_eq!(
        sorted_ids("/v1/jobs?filter[locations]=210&page[size]=30").await,
        wanted
    );
}

#[tokio::test]
async fn singular_location_filter_is_accepted_in_both_versions() {
    let wanted = expected(|job| job.location_ids.contains(&203));
    assert_eq!(sorted_ids("/v1/jobs?filter[location]=203").await, wanted);
    let old = with_credentials(
        "/v1/jobs?filter[location]=203",
        "demo-public-key",
        "20161108",
    );
    let mut old_ids = all_ids(&demo_app(), &old).await;
    old_ids.sort();
    assert_eq!(old_ids, wanted);
}

#[tokio::test]
async fn role_filter_keeps_only_that_role() {
    let wanted = expected(|job| job.role_id == Some(305));
    assert_eq!(sorted_ids("/v1/jobs?filter[role]=305").await, wanted);
}

#[tokio::test]
async fn comma_separated_ids_match_any_of_them() {
    let wanted = expected(|job| matches!(job.department_id, Some(102 | 107)));
    assert_eq!(
        sorted_ids("/v1/jobs?filter[department]=102,107").await,
        wanted
    );
}

#[tokio::test]
async fn filters_combine_with_and() {
    let wanted = expected(|job| job.department_id == Some(101) && job.location_ids.contains(&201));
    assert_eq!(
        sorted_ids("/v1/jobs?filter[department]=101&filter[locations]=201").await,
        wanted
    );
}

#[tokio::test]
async fn unknown_filters_and_non_numeric_ids_are_bad_requests() {
    for query in [
        "/v1/jobs?filter[colour]=red",
        "/v1/jobs?filter[department]=Engineering",
    ] {
        let answer = fetch(&public(query)).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
    }
}

#[tokio::test]
async fn default_order_is_newest_first_with_ties_by_id() {
    let data = demo_data();
    let mut jobs: Vec<&Job> = data
        .jobs
        .iter()
        .filter(|job| job.status == JobStatus::Published)
        .collect();
    jobs.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
    let wanted: Vec<String> = jobs.iter().map(|job| job.id.to_string()).collect();
    let got = all_ids(&demo_app(), &public("/v1/jobs?page[size]=30")).await;
    assert_eq!(got, wanted);
    let tie = got.iter().position(|id| id == "7111").expect("7111 listed");
    assert_eq!(got[tie + 1], "7112", "7111 and 7112 share a creation time");
}

#[tokio::test]
async fn ascending_sort_puts_oldest_first() {
    let newest_first = all_ids(
        &demo_app(),
        &public("/v1/jobs?page[size]=30&sort=-created-at"),
    )
    .await;
    let oldest_first = all_ids(
        &demo_app(),
        &public("/v1/jobs?page[size]=30&sort=created-at"),
    )
    .await;
    assert_eq!(oldest_first.first(), newest_first.last());
    assert_eq!(oldest_first.len(), newest_first.len());
}

#[tokio::test]
async fn unknown_sort_is_a_bad_request() {
    let answer = fetch(&public("/v1/jobs?sort=title")).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
}
