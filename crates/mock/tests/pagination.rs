//! `page[size]`, `page[number]`, `meta` counts and pagination links.

mod common;

use axum::http::StatusCode;
use common::*;
use teamtailor_mock::data::{demo_data, JobStatus};

fn published() -> usize {
    demo_data().count_with_status(JobStatus::Published)
}

#[tokio::test]
async fn default_page_holds_ten_jobs_with_total_counts() {
    let document = fetch(&public("/v1/jobs")).await.json();
    assert_eq!(ids(&document).len(), 10);
    assert_eq!(document["meta"]["record-count"], published());
    assert_eq!(document["meta"]["page-count"], published().div_ceil(10));
}

#[tokio::test]
async fn page_size_above_thirty_is_clamped_to_thirty() {
    let document = fetch(&public("/v1/jobs?page[size]=100")).await.json();
    assert_eq!(ids(&document).len(), 30);
    assert_eq!(document["meta"]["page-count"], published().div_ceil(30));
}

#[tokio::test]
async fn page_size_below_one_is_a_bad_request() {
    for size in ["0", "-3", "ten"] {
        let answer = fetch(&public(&format!("/v1/jobs?page[size]={size}"))).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "page[size]={size}");
        assert_eq!(answer.json()["errors"][0]["status"], "400");
    }
}

#[tokio::test]
async fn first_page_links_first_next_last_but_no_prev() {
    let document = fetch(&public("/v1/jobs?page[size]=30")).await.json();
    let links = &document["links"];
    let query = "page%5Bsize%5D=30&api_key=demo-public-key&api_version=20240904";
    assert_eq!(
        links["first"],
        format!("{ORIGIN}/v1/jobs?{query}&page%5Bnumber%5D=1")
    );
    assert_eq!(
        links["next"],
        format!("{ORIGIN}/v1/jobs?{query}&page%5Bnumber%5D=2")
    );
    assert_eq!(
        links["last"],
        format!("{ORIGIN}/v1/jobs?{query}&page%5Bnumber%5D=3")
    );
    assert!(links.get("prev").is_none());
}

#[tokio::test]
async fn last_page_links_prev_but_no_next() {
    let document = fetch(&public("/v1/jobs?page[size]=30&page[number]=3"))
        .await
        .json();
    let links = &document["links"];
    assert_eq!(ids(&document).len(), published() - 60);
    assert!(links.get("next").is_none());
    assert_eq!(
        links["prev"],
        format!("{ORIGIN}/v1/jobs?page%5Bsize%5D=30&page%5Bnumber%5D=2&api_key=demo-public-key&api_version=20240904")
    );
}

#[tokio::test]
async fn following_next_links_visits_every_published_job_once() {
    let app = demo_app();
    let mut seen = all_ids(&app, &public("/v1/jobs?page[size]=7")).await;
    assert_eq!(seen.len(), published());
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), published());
}

#[tokio::test]
async fn page_past_the_end_is_empty_but_still_counts() {
    let document = fetch(&public("/v1/jobs?page[number]=99")).await.json();
    assert_eq!(ids(&document), Vec::<String>::new());
    assert_eq!(document["meta"]["record-count"], published());
}
