//! The fake career site: job pages and apply pages that post their height to the parent.

mod common;

use axum::http::StatusCode;
use common::*;
use teamtailor_mock::data::HOSTILE_JOB_IDS;
use teamtailor_mock::ResizeShape;

#[tokio::test]
async fn apply_page_has_the_form_and_posts_its_height_to_the_parent() {
    let answer = fetch("/careersite/jobs/7101/applications/new?iframe=true").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = answer.text();
    for needle in [
        "id=\"name\"",
        "type=\"email\"",
        "type=\"tel\"",
        "type=\"file\"",
        ">Add a cover letter</button>",
        "<textarea",
        "id=\"submit-application\"",
        "Thanks for applying!",
        "new ResizeObserver",
        "window.parent.postMessage(message, \"*\")",
        r#"{ type: "teamtailor:resize", height: height }"#,
    ] {
        assert!(html.contains(needle), "apply page lacks {needle}");
    }
    assert!(
        !html.contains("site-header\""),
        "the iframe variant has no site header"
    );
    assert!(
        !html.contains("<link") && !html.contains(" src=\"http"),
        "self-contained"
    );
}

#[tokio::test]
async fn standalone_apply_page_has_the_site_header() {
    let html = fetch("/careersite/jobs/7101/applications/new").await.text();
    assert!(html.contains("class=\"site-header\""));
    assert!(html.contains("<body class=\"standalone\">"));
}

#[tokio::test]
async fn shape_parameter_selects_the_message_dialect() {
    let expectations = [
        ("object", r#"{ type: "teamtailor:resize", height: height }"#),
        ("resize", r#"{ type: "resize", height: height }"#),
        ("setHeight", r#"{ type: "setHeight", height: height }"#),
        (
            "json",
            r#"JSON.stringify({ type: "teamtailor:resize", height: height })"#,
        ),
        (
            "iframe-resizer",
            r#""[iFrameSizer]apply:" + height + ":600:resize""#,
        ),
    ];
    assert_eq!(expectations.len(), ResizeShape::ALL.len());
    for (shape, expression) in expectations {
        let html = fetch(&format!(
            "/careersite/jobs/7101/applications/new?iframe=true&shape={shape}"
        ))
        .await
        .text();
        assert!(
            html.contains(&format!("var message = {expression};")),
            "shape {shape}"
        );
        assert!(
            html.contains(&format!("data-shape=\"{shape}\"")),
            "shape {shape}"
        );
    }
}

#[tokio::test]
async fn unknown_shape_is_a_bad_request() {
    let answer = fetch("/careersite/jobs/7101/applications/new?shape=wobble").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn job_page_shows_the_title_and_links_to_apply() {
    let html = fetch("/careersite/jobs/7162").await.text();
    assert!(html.contains("<h1>FP&amp;A Analyst</h1>"));
    assert!(html.contains("href=\"/careersite/jobs/7162/applications/new\""));
}

#[tokio::test]
async fn job_page_shows_hostile_bodies_inert() {
    let html = fetch(&format!("/careersite/jobs/{}", HOSTILE_JOB_IDS[0]))
        .await
        .text();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>alert(1)</script>"));
}

#[tokio::test]
async fn unknown_job_pages_are_404() {
    assert_eq!(
        fetch("/careersite/jobs/1").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        fetch("/careersite/jobs/1/applications/new").await.status,
        StatusCode::NOT_FOUND
    );
}
