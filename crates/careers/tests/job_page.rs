//! A job page: what a reader and a crawler see without JavaScript.

mod support;

use careers::pages::{job_page, JobPageContext};
use serde_json::json;
use support::jobs_from_json;
use teamtailor_api::Job;

fn context() -> JobPageContext<'static> {
    JobPageContext {
        language: "sv",
        company_name: "Northwind",
        site_url: "https://jobs.example.com",
        page_url: "https://jobs.example.com/jobs/7-rust/",
        generated_at: "2026-12-02T08:00:00Z",
        remote_countries: &[],
    }
}

fn job(extra: serde_json::Value) -> Job {
    let mut value = json!({
        "id": "7",
        "title": "Rust <Dev>",
        "pitch": "Write \"safe\" code",
        "department": {"id": "1", "name": "Engineering"},
        "employment_type": "parttime",
        "apply_url": "https://northwind.teamtailor.com/jobs/7/applications/new",
    });
    for (key, field) in extra.as_object().expect("object") {
        value[key] = field.clone();
    }
    jobs_from_json(json!([value])).remove(0)
}

#[test]
fn the_page_has_escaped_text_head_tags_and_an_apply_link() {
    let page = job_page(&job(json!({})), "<p>Body</p>", &context());
    for expected in [
        "<html lang=\"sv\">",
        "<title>Rust &lt;Dev&gt; at Northwind</title>",
        "<meta name=\"description\" content=\"Write &quot;safe&quot; code\">",
        "<link rel=\"canonical\" href=\"https://jobs.example.com/jobs/7-rust/\">",
        "<meta property=\"og:title\" content=\"Rust &lt;Dev&gt; at Northwind\">",
        "<h1>Rust &lt;Dev&gt;</h1>",
        "<p class=\"careers-facts\">Engineering · Part-time</p>",
        "<div class=\"careers-body\"><p>Body</p></div>",
        "<a class=\"careers-apply-link\" href=\"https://northwind.teamtailor.com/jobs/7/applications/new\" rel=\"noopener noreferrer\">Apply</a>",
        "<script type=\"application/ld+json\">",
        "\"directApply\":false",
    ] {
        assert!(page.contains(expected), "{expected}\n{page}");
    }
}

#[test]
fn an_unsafe_apply_url_is_left_out_and_an_embeddable_form_is_framed() {
    let hostile = job(json!({"apply_url": "javascript:alert(1)"}));
    let page = job_page(&hostile, "", &context());
    assert!(
        !page.contains("javascript:") && !page.contains("careers-apply-link"),
        "{page}"
    );

    let framed = job(json!({
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    }));
    let page = job_page(&framed, "", &context());
    assert!(page.contains(
        "<iframe class=\"careers-apply-frame\" src=\"https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true\""
    ), "{page}");
    assert!(page.contains("\"directApply\":true"));
}

#[test]
fn an_external_application_wins_over_the_career_site() {
    let external = job(json!({
        "external_application_url": "https://ats.example.com/apply/7",
        "apply_button_text": "Apply at ATS",
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    }));
    let page = job_page(&external, "", &context());
    assert!(page.contains(
        "href=\"https://ats.example.com/apply/7\" rel=\"noopener noreferrer\">Apply at ATS</a>"
    ));
    assert!(!page.contains("<iframe"));
}
