//! A job page: what a reader and a crawler see without JavaScript.

mod support;

use careers::pages::{job_page, JobPageContext};
use std::sync::LazyLock;

use careers::posting_places::{parse_default_location, PostingPlaces};
use serde_json::json;
use support::jobs_from_json;
use support::page::Page;
use teamtailor_api::{Job, Language, PostingGap};

/// The test jobs name no location: the default one is their place.
static PLACES: LazyLock<PostingPlaces> = LazyLock::new(|| PostingPlaces {
    default_location: Some(parse_default_location("Stockholm, SE").expect("a place")),
    ..PostingPlaces::default()
});

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
        places: &PLACES,
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
    let html = job_page(&job(json!({})), "<p>Body</p>", &context()).html;
    let page = Page::parse(&html);
    assert_eq!(page.attribute("html", "lang"), "en");
    assert_eq!(page.text("title"), "Rust <Dev> – Northwind");
    assert!(
        html.contains("<title>Rust &lt;Dev&gt; – Northwind</title>"),
        "{html}"
    );
    assert_eq!(
        page.attribute("meta[name=description]", "content"),
        "Write \"safe\" code"
    );
    assert_eq!(
        page.attribute("link[rel=canonical]", "href"),
        "https://jobs.example.com/jobs/7-rust/"
    );
    assert_eq!(
        page.attribute("meta[property='og:title']", "content"),
        "Rust <Dev> – Northwind"
    );
    assert_eq!(page.attribute("link[rel=icon]", "href"), "data:,");
    assert_eq!(page.attribute("a.tt-back", "href"), "../../");
    assert_eq!(page.text("a.tt-back"), "← All jobs");
    assert_eq!(page.text("h1.tt-job-heading"), "Rust <Dev>");
    assert_eq!(
        page.facts(),
        [
            ("Department", "Engineering"),
            ("Employment type", "Part-time"),
            ("Start date", "May 16, 2026"),
            ("Apply by", "June 30, 2026"),
        ]
        .map(|(label, value)| (label.to_owned(), value.to_owned()))
    );
    assert_eq!(page.count(".tt-job-body > p"), 1);
    assert_eq!(page.text(".tt-job-body"), "Body");
    assert_eq!(
        page.attribute("section.tt-apply", "aria-label"),
        "Apply for this job"
    );
    assert_eq!(
        page.attribute("a.tt-apply-link", "href"),
        "https://northwind.teamtailor.com/jobs/7/applications/new"
    );
    assert_eq!(
        page.attribute("a.tt-apply-link", "rel"),
        "noopener noreferrer"
    );
    assert_eq!(page.text("a.tt-apply-link"), "Apply for this job");
    assert_eq!(page.count("script[type='application/ld+json']"), 1);
    assert!(html.contains("\"directApply\":false"));
}

#[test]
fn a_job_without_a_place_is_written_without_a_job_posting_and_says_why() {
    let placeless = PostingPlaces::default();
    let page = job_page(
        &job(json!({})),
        "<p>Body</p>",
        &JobPageContext {
            places: &placeless,
            ..context()
        },
    );
    assert_eq!(page.posting_gap, Some(PostingGap::NoLocation));
    assert_eq!(
        Page::parse(&page.html).count("script[type='application/ld+json']"),
        0
    );
    assert_eq!(Page::parse(&page.html).text("h1"), "Rust <Dev>");
}

#[test]
fn an_unsafe_apply_url_is_left_out_and_an_embeddable_form_is_framed() {
    let hostile = job(json!({"apply_url": "javascript:alert(1)"}));
    let html = job_page(&hostile, "", &context()).html;
    assert!(!html.contains("javascript:"), "{html}");
    assert_eq!(Page::parse(&html).count("a.tt-apply-link"), 0);

    let framed = job(json!({
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    }));
    let html = job_page(&framed, "", &context()).html;
    let page = Page::parse(&html);
    assert_eq!(
        page.attribute("iframe.tt-apply-frame", "src"),
        "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    );
    // No script on the page to open the form with, so it shows at once, with the plain link.
    assert_eq!(page.count("button"), 0);
    assert_eq!(
        page.text(".tt-apply-fallback"),
        "Form not showing? Apply for this job"
    );
    assert!(html.contains("\"directApply\":true"));
}

#[test]
fn an_external_application_wins_over_the_career_site() {
    let external = job(json!({
        "external_application_url": "https://ats.example.com/apply/7",
        "apply_button_text": "Apply at ATS",
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7/applications/new?iframe=true"
    }));
    let page = Page::parse(&job_page(&external, "", &context()).html);
    assert_eq!(
        page.attribute("a.tt-apply-link", "href"),
        "https://ats.example.com/apply/7"
    );
    assert_eq!(page.text("a.tt-apply-link"), "Apply at ATS");
    assert_eq!(page.count("iframe"), 0);
}

#[test]
fn a_blank_button_text_reads_as_the_boards_own() {
    let blank = job(json!({"apply_button_text": "   "}));
    let page = Page::parse(&job_page(&blank, "", &context()).html);
    assert_eq!(page.text("a.tt-apply-link"), "Apply for this job");
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
    let page = job_page(&framed(json!({})), "", &context()).html;
    for word in ENGLISH_WORDS {
        assert!(page.contains(word), "{word}\n{page}");
    }
}

#[test]
fn a_swedish_page_is_written_in_swedish_with_iso_dates_in_its_json_ld() {
    let html = job_page(&framed(json!({})), "", &in_language(Language::Sv)).html;
    let page = Page::parse(&html);
    assert_eq!(page.attribute("html", "lang"), "sv");
    assert_eq!(page.text("a.tt-back"), "← Alla jobb");
    assert_eq!(
        page.facts(),
        [
            ("Avdelning", "Engineering"),
            ("Anställningsform", "Deltid"),
            ("Startdatum", "16 maj 2026"),
            ("Sista ansökningsdag", "30 juni 2026"),
        ]
        .map(|(label, value)| (label.to_owned(), value.to_owned()))
    );
    assert_eq!(
        page.attribute("section.tt-apply", "aria-label"),
        "Sök tjänsten"
    );
    assert_eq!(
        page.attribute("iframe", "title"),
        "Ansökningsformulär – Rust <Dev>"
    );
    assert_eq!(
        page.text(".tt-apply-fallback"),
        "Syns inte formuläret? Sök tjänsten"
    );
    assert!(html.contains("\"validThrough\":\"2026-06-30\""));
    for word in ENGLISH_WORDS {
        assert!(!html.contains(word), "{word} is English\n{html}");
    }
}

#[test]
fn remote_and_employment_labels_follow_the_language_and_unknown_types_are_kept() {
    let fact = |page: &Page, label: &str| {
        page.facts()
            .into_iter()
            .find(|(name, _)| name == label)
            .map(|(_, value)| value)
    };
    let remote = job(json!({"remote_status": "fully", "employment_type": "Full-time"}));
    let page = Page::parse(&job_page(&remote, "", &in_language(Language::Pl)).html);
    assert_eq!(fact(&page, "Praca zdalna").as_deref(), Some("Zdalnie"));
    assert_eq!(
        fact(&page, "Rodzaj zatrudnienia").as_deref(),
        Some("Pełny etat")
    );
    let odd = job(json!({"employment_type": "Seasonal"}));
    let page = Page::parse(&job_page(&odd, "", &in_language(Language::De)).html);
    assert_eq!(fact(&page, "Anstellungsart").as_deref(), Some("Seasonal"));
}

#[test]
fn the_page_carries_no_render_marks_and_the_body_keeps_its_own_text() {
    // Leptos marks view boundaries with `<!>`, a parse error; a `<!` inside the body's own
    // attribute values is text and must stay.
    let body = r#"<p title="a <!-- b --> c <!> d">Body <img src="https://img.example/a.png" alt="<!>"></p>"#;
    let html = job_page(&job(json!({})), body, &context()).html;
    let page = Page::parse(&html);
    assert_eq!(page.attribute(".tt-job-body img", "alt"), "<!>", "{html}");
    let sanitized = careers::body_sanitizer::sanitize_body(body);
    assert!(html.contains(&sanitized), "{html}");
    let rest = html.replacen(&sanitized, "", 1);
    assert_eq!(
        rest.matches("<!").count(),
        1,
        "only <!DOCTYPE html>: {rest}"
    );
    assert!(rest.starts_with("<!DOCTYPE html>"));
}
