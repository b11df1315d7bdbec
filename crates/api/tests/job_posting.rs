//! The JobPosting shared by the static job pages and the live widget: Google's required and
//! recommended fields, remote jobs, and escaping that no title can break out of.

use serde_json::{json, Value};
use teamtailor_api::{job_posting_json, BoardSnapshot, Job, PostingContext};

/// Jobs written as board-snapshot JSON, read the way the widget reads `jobs.json`.
fn jobs_from_json(jobs: Value) -> Vec<Job> {
    let snapshot = json!({"format": "careers-jobs", "version": 1, "jobs": jobs});
    BoardSnapshot::from_json(&snapshot.to_string())
        .expect("snapshot jobs")
        .jobs
}

/// The posting's text read back as JSON (it must stay valid JSON after escaping).
fn job_posting(job: &Job, context: &PostingContext) -> Value {
    let text = job_posting_json(job, context);
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

fn job(extra: Value) -> Job {
    let mut value = json!({
        "id": "7101",
        "title": "Backend Engineer",
        "created_at": "2026-04-01T08:00:00+02:00",
        "employment_type": "fulltime",
        "locations": [
            {"id": "1", "name": "Stockholm HQ", "city": "Stockholm", "country": "Sweden"},
            {"id": "9", "name": "Remote"}
        ]
    });
    for (key, field) in extra.as_object().expect("object") {
        value[key] = field.clone();
    }
    jobs_from_json(json!([value])).remove(0)
}

fn context<'a>(remote_countries: &'a [String]) -> PostingContext<'a> {
    PostingContext {
        company_name: "Northwind",
        company_url: Some("https://jobs.example.com"),
        page_url: "https://jobs.example.com/jobs/7101-backend-engineer/",
        description_html: "<p>Build <strong>things</strong></p>",
        fallback_date: Some("2026-12-02T08:00:00Z"),
        remote_countries,
    }
}

#[test]
fn an_on_site_job_has_googles_required_fields_and_a_postal_address() {
    let framed = job(json!({
        "end_date": "2027-01-31",
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7101/applications/new?iframe=true"
    }));
    let posting = job_posting(&framed, &context(&[]));
    assert_eq!(
        posting,
        json!({
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": "Backend Engineer",
            "description": "<p>Build <strong>things</strong></p>",
            "datePosted": "2026-04-01T08:00:00+02:00",
            "validThrough": "2027-01-31",
            "employmentType": "FULL_TIME",
            "hiringOrganization": {"@type": "Organization", "name": "Northwind", "sameAs": "https://jobs.example.com"},
            "identifier": {"@type": "PropertyValue", "name": "Northwind", "value": "7101"},
            "url": "https://jobs.example.com/jobs/7101-backend-engineer/",
            "directApply": true,
            "jobLocation": [{
                "@type": "Place",
                "address": {"@type": "PostalAddress", "addressLocality": "Stockholm", "addressCountry": "SE"}
            }]
        })
    );
}

#[test]
fn a_fully_remote_job_is_telecommute_with_the_countries_it_may_be_done_from() {
    let posting = job_posting(&job(json!({"remote_status": "fully"})), &context(&[]));
    assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "SE"}])
    );
    assert!(
        posting.get("validThrough").is_none(),
        "no end date, no validThrough"
    );
}

#[test]
fn a_remote_job_without_a_country_uses_the_configured_ones() {
    let remote_only = job(json!({
        "remote_status": "fully",
        "locations": [{"id": "9", "name": "Remote"}]
    }));
    let countries = ["Sweden".to_owned(), "NO".to_owned()];
    let posting = job_posting(&remote_only, &context(&countries));
    assert!(
        posting.get("jobLocation").is_none(),
        "Remote is no postal address"
    );
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "SE"}, {"@type": "Country", "name": "NO"}])
    );
}

#[test]
fn a_hybrid_job_is_not_telecommute() {
    let posting = job_posting(&job(json!({"remote_status": "hybrid"})), &context(&[]));
    assert!(posting.get("jobLocationType").is_none());
    assert!(posting.get("jobLocation").is_some());
}

#[test]
fn a_job_without_a_creation_time_is_posted_at_snapshot_time() {
    let mut undated = job(json!({}));
    undated.created_at = None;
    let posting = job_posting(&undated, &context(&[]));
    assert_eq!(posting["datePosted"], "2026-12-02T08:00:00Z");
}

#[test]
fn no_title_can_close_the_script_or_open_a_comment() {
    let hostile = job(json!({"title": "</script><script>alert(1)</script><!-- & \u{2028}"}));
    let text = job_posting_json(&hostile, &context(&[]));
    for forbidden in ["<", ">", "\u{2028}"] {
        assert!(!text.contains(forbidden), "{forbidden:?} in {text}");
    }
    assert!(text.contains(
        r#""title":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!-- \u0026 \u2028""#
    ), "{text}");
    let back: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
    assert_eq!(back["title"], hostile.title.as_str());
}

#[test]
fn a_salary_with_a_currency_is_a_base_salary() {
    let paid = job(json!({"salary": {"min": 50000.0, "max": 65000.0, "currency": "SEK"}}));
    let posting = job_posting(&paid, &context(&[]));
    assert_eq!(
        posting["baseSalary"],
        json!({"@type": "MonetaryAmount", "currency": "SEK",
               "value": {"@type": "QuantitativeValue", "minValue": 50000, "maxValue": 65000}})
    );
}

#[test]
fn the_live_widget_posting_leaves_out_what_it_cannot_know() {
    // The widget knows no site URL and no snapshot time: no sameAs, and no invented date.
    let mut undated = job(json!({}));
    undated.created_at = None;
    let live = PostingContext {
        company_url: None,
        fallback_date: None,
        ..context(&[])
    };
    let posting = job_posting(&undated, &live);
    assert_eq!(
        posting["hiringOrganization"],
        json!({"@type": "Organization", "name": "Northwind"})
    );
    assert!(posting.get("datePosted").is_none(), "{posting}");
}

#[test]
fn an_external_application_is_no_direct_apply_and_an_empty_body_falls_back_to_the_pitch() {
    let external = job(json!({
        "pitch": "Join us",
        "external_application_url": "https://ats.example.com/apply/7101",
        "apply_iframe_url": "https://northwind.teamtailor.com/jobs/7101/applications/new?iframe=true"
    }));
    let bodiless = PostingContext {
        description_html: " ",
        ..context(&[])
    };
    let posting = job_posting(&external, &bodiless);
    assert_eq!(posting["directApply"], false);
    assert_eq!(posting["description"], "Join us");
}

/// The `addressCountry` of each of the job's postal addresses.
fn address_countries(posting: &Value) -> Vec<Value> {
    posting["jobLocation"]
        .as_array()
        .expect("jobLocation")
        .iter()
        .map(|place| place["address"]["addressCountry"].clone())
        .collect()
}

#[test]
fn a_locations_own_country_code_is_the_address_country() {
    let coded = job(json!({"locations": [
        {"id": "1", "name": "Hamburg", "city": "Hamburg", "country": "DE", "country_code": "DE"},
        // A code wins over the name, whatever the name says.
        {"id": "2", "name": "Oslo", "city": "Oslo", "country": "Norge", "country_code": "NO"}
    ]}));
    let posting = job_posting(&coded, &context(&[]));
    assert_eq!(address_countries(&posting), [json!("DE"), json!("NO")]);
}

#[test]
fn a_country_name_the_table_knows_becomes_its_code() {
    let named = job(json!({"locations": [
        {"id": "1", "name": "Oslo", "city": "Oslo", "country": "Norge"},
        {"id": "2", "name": "London", "city": "London", "country": " united kingdom "},
        {"id": "3", "name": "Zürich", "city": "Zürich", "country": "Schweiz"}
    ]}));
    let posting = job_posting(&named, &context(&[]));
    assert_eq!(
        address_countries(&posting),
        [json!("NO"), json!("GB"), json!("CH")]
    );
}

#[test]
fn an_unknown_country_name_is_kept_as_published_and_still_escaped() {
    let unknown = job(json!({
        "remote_status": "fully",
        "locations": [{"id": "1", "name": "Far", "city": "Atlantis", "country": "Atlantis</script>"}]
    }));
    let text = job_posting_json(&unknown, &context(&[]));
    assert!(
        text.contains(r#""addressCountry":"Atlantis\u003c/script\u003e""#),
        "{text}"
    );
    let posting = job_posting(&unknown, &context(&[]));
    assert_eq!(address_countries(&posting), [json!("Atlantis</script>")]);
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "Atlantis</script>"}])
    );
}

#[test]
fn remote_countries_named_twice_by_name_and_code_are_listed_once() {
    let remote = job(json!({
        "remote_status": "fully",
        "locations": [
            {"id": "1", "name": "Stockholm", "city": "Stockholm", "country": "Sweden"},
            {"id": "2", "name": "Malmö", "city": "Malmö", "country": "Sverige", "country_code": "SE"},
            {"id": "3", "name": "Oslo", "city": "Oslo", "country": "Norway"},
            {"id": "4", "name": "Göteborg", "city": "Göteborg", "country": "sweden"}
        ]
    }));
    let posting = job_posting(&remote, &context(&[]));
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "SE"}, {"@type": "Country", "name": "NO"}])
    );
}
