//! A job page: what a reader and a crawler see without JavaScript.

mod support;

use careers::pages::{job_page, JobPageContext};
use serde_json::json;
use support::jobs_from_json;
use teamtailor_api::{Job, Language};

fn context() -> JobPageContext<'static> {
    in_language(Language::En)
}

fn in_language(language: Language) -> JobPageContext<'static> {
    JobPageContext {
        language,
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
        "start_date": "2026-05-16",
        "end_date": "2026-06-30",
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
        "<html lang=\"en\">",
        "<title>Rust &lt;Dev&gt; – Northwind</title>",
        "<meta name=\"description\" content=\"Write &quot;safe&quot; code\">",
        "<link rel=\"canonical\" href=\"https://jobs.example.com/jobs/7-rust/\">",
        "<meta property=\"og:title\" content=\"Rust &lt;Dev&gt; – Northwind\">",
        "<p><a href=\"../../\">← All jobs</a></p>",
        "<h1>Rust &lt;Dev&gt;</h1>",
        "<dl class=\"careers-fact-list\"><div><dt>Department</dt><dd>Engineering</dd></div>\
         <div><dt>Employment type</dt><dd>Part-time</dd></div>\
         <div><dt>Start date</dt><dd>May 16, 2026</dd></div>\
         <div><dt>Apply by</dt><dd>June 30, 2026</dd></div></dl>",
        "<div class=\"careers-body\"><p>Body</p></div>",
        "<section class=\"careers-apply\" aria-label=\"Apply for this job\">",
        "<a class=\"careers-apply-link\" href=\"https://northwind.teamtailor.com/jobs/7/applications/new\" rel=\"noopener noreferrer\">Apply for this job</a>",
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

/// The words the English page writes itself, none of which a Swedish page may keep.
const ENGLISH_WORDS: &[&str] = &[
    "All jobs",
    "Department",
    "Employment type",
    "Part-time",
    "Start date",
    "May 16",
    "Apply by",
    "Apply for this job",
    "Application form",
    "Form not showing?",
];

fn framed(extra: serde_json::Value) -> Job {
    let mut fields = json!({
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    });
    for (key, field) in extra.as_object().expect("object") {
        fields[key] = field.clone();
    }
    job(fields)
}

#[test]
fn an_english_page_has_every_english_word_the_swedish_page_replaces() {
    let page = job_page(&framed(json!({})), "", &context());
    for word in ENGLISH_WORDS {
        assert!(page.contains(word), "{word}\n{page}");
    }
}

#[test]
fn a_swedish_page_is_written_in_swedish_with_iso_dates_in_its_json_ld() {
    let page = job_page(&framed(json!({})), "", &in_language(Language::Sv));
    for expected in [
        "<html lang=\"sv\">",
        "<p><a href=\"../../\">← Alla jobb</a></p>",
        "<dt>Avdelning</dt><dd>Engineering</dd>",
        "<dt>Anställningsform</dt><dd>Deltid</dd>",
        "<dt>Startdatum</dt><dd>16 maj 2026</dd>",
        "<dt>Sista ansökningsdag</dt><dd>30 juni 2026</dd>",
        "<h2>Sök tjänsten</h2>",
        "title=\"Ansökningsformulär – Rust &lt;Dev&gt;\"",
        "<p>Syns inte formuläret? <a class=\"careers-apply-link\"",
        ">Sök tjänsten</a>",
        "\"validThrough\":\"2026-06-30\"",
    ] {
        assert!(page.contains(expected), "{expected}\n{page}");
    }
    for word in ENGLISH_WORDS {
        assert!(!page.contains(word), "{word} is English\n{page}");
    }
}

#[test]
fn remote_and_employment_labels_follow_the_language_and_unknown_types_are_kept() {
    let remote = job(json!({"remote_status": "fully", "employment_type": "Full-time"}));
    let page = job_page(&remote, "", &in_language(Language::Pl));
    assert!(
        page.contains("<dt>Praca zdalna</dt><dd>Zdalnie</dd>"),
        "{page}"
    );
    assert!(
        page.contains("<dt>Rodzaj zatrudnienia</dt><dd>Pełny etat</dd>"),
        "{page}"
    );
    let odd = job(json!({"employment_type": "Seasonal"}));
    let page = job_page(&odd, "", &in_language(Language::De));
    assert!(
        page.contains("<dt>Anstellungsart</dt><dd>Seasonal</dd>"),
        "{page}"
    );
}
