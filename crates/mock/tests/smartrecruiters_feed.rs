//! The SmartRecruiters double: paged postings with totalFound, language copies, details, an
//! unknown company and CORS.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use serde_json::Value;
use teamtailor_mock::SMARTRECRUITERS_DEMO_COMPANY;

fn postings(query: &str) -> String {
    format!("/smartrecruiters/v1/companies/{SMARTRECRUITERS_DEMO_COMPANY}/postings{query}")
}

fn ids(document: &Value) -> Vec<String> {
    document["content"]
        .as_array()
        .expect("content array")
        .iter()
        .map(|posting| posting["id"].as_str().expect("string id").to_owned())
        .collect()
}

#[tokio::test]
async fn pages_follow_limit_and_offset_and_report_total_found() {
    let first = fetch(&postings("?limit=4&offset=0")).await.json();
    assert_eq!(first["offset"], 0);
    assert_eq!(first["limit"], 4);
    assert_eq!(first["totalFound"], 6);
    assert_eq!(
        ids(&first),
        [
            "744000090000001",
            "744000090000002",
            "744000090000003",
            "744000090000004"
        ]
    );
    let second = fetch(&postings("?limit=4&offset=4")).await.json();
    assert_eq!(ids(&second), ["744000090000005", "744000090000006"]);
    let past_the_end = fetch(&postings("?limit=4&offset=8")).await.json();
    assert_eq!(ids(&past_the_end), Vec::<String>::new());
}

#[tokio::test]
async fn the_default_limit_is_ten_and_more_than_a_hundred_is_refused() {
    let default = fetch(&postings("")).await.json();
    assert_eq!(default["limit"], 10);
    let too_many = fetch(&postings("?limit=101")).await;
    assert_eq!(too_many.status, StatusCode::BAD_REQUEST);
    let garbage = fetch(&postings("?offset=-1")).await;
    assert_eq!(garbage.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn one_job_is_published_once_per_language_under_one_ref_number() {
    let document = fetch(&postings("?limit=100")).await.json();
    let copies: Vec<(&str, &str)> = document["content"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|posting| posting["refNumber"] == "NW-101")
        .map(|posting| {
            (
                posting["language"]["code"].as_str().unwrap(),
                posting["name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        copies,
        [
            ("en", "Field Service Technician"),
            ("de", "Servicetechniker (m/w/d)")
        ]
    );
}

#[tokio::test]
async fn listed_postings_have_no_job_ad_and_no_urls() {
    let document = fetch(&postings("?limit=1")).await.json();
    let posting = &document["content"][0];
    assert!(posting.get("jobAd").is_none());
    assert!(posting.get("applyUrl").is_none());
    assert!(posting.get("postingUrl").is_none());
}

#[tokio::test]
async fn a_posting_detail_has_its_job_ad_sections_and_urls() {
    let answer = fetch(&postings("/744000090000003")).await;
    assert_eq!(answer.status, StatusCode::OK);
    let posting = answer.json();
    assert_eq!(posting["name"], "Remote Data Analyst");
    assert_eq!(
        posting["jobAd"]["sections"]["jobDescription"]["text"],
        "<p>Turn SCADA data into maintenance plans.</p>"
    );
    assert_eq!(
        posting["applyUrl"],
        "https://jobs.smartrecruiters.com/NordwindEnergy/744000090000003?oga=true"
    );
    assert_eq!(
        posting["postingUrl"],
        "https://jobs.smartrecruiters.com/NordwindEnergy/744000090000003"
    );
}

#[tokio::test]
async fn an_unknown_posting_is_404() {
    let answer = fetch(&postings("/1")).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_unknown_company_answers_200_with_empty_content() {
    let answer = fetch("/smartrecruiters/v1/companies/NoSuchCompany/postings?limit=100").await;
    assert_eq!(answer.status, StatusCode::OK);
    let document = answer.json();
    assert_eq!(document["totalFound"], 0);
    assert_eq!(document["content"], Value::Array(vec![]));
}

#[tokio::test]
async fn answers_carry_cors_headers() {
    let request = Request::get(postings("?limit=1"))
        .header("host", HOST)
        .header("origin", "https://company.example")
        .body(Body::empty())
        .unwrap();
    let answer = send(&demo_app(), request).await;
    assert_eq!(answer.header("access-control-allow-origin"), Some("*"));
}
