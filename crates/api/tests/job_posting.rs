//! The JobPosting shared by the static job pages and the live widget: Google's required and
//! recommended fields, remote jobs, and escaping that no title can break out of.

use serde_json::{json, Value};
use teamtailor_api::{job_posting_json, BoardSnapshot, Job, Location, PostingContext, PostingGap};

/// Jobs written as board-snapshot JSON, read the way the widget reads `jobs.json`.
fn jobs_from_json(jobs: Value) -> Vec<Job> {
    let snapshot = json!({"format": "careers-jobs", "version": 1, "jobs": jobs});
    BoardSnapshot::from_json(&snapshot.to_string())
        .expect("snapshot jobs")
        .jobs
}

/// The posting's text read back as JSON (it must stay valid JSON after escaping).
fn job_posting(job: &Job, context: &PostingContext) -> Value {
    let text = job_posting_json(job, context).unwrap_or_else(|gap| panic!("no posting: {gap:?}"));
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
        company_country: None,
        default_location: None,
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
    let text = job_posting_json(&hostile, &context(&[])).expect("a posting");
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
fn a_published_range_is_a_base_salary_with_its_period() {
    let paid = job(
        json!({"salary": {"min": 50000.0, "max": 65000.0, "currency": "SEK", "period": "monthly"}}),
    );
    let posting = job_posting(&paid, &context(&[]));
    assert_eq!(
        posting["baseSalary"],
        json!({"@type": "MonetaryAmount", "currency": "SEK",
               "value": {"@type": "QuantitativeValue", "minValue": 50000, "maxValue": 65000, "unitText": "MONTH"}})
    );
}

/// The `value` of the posting's `baseSalary` for a job paying `salary`.
fn salary_value(salary: Value) -> Value {
    job_posting(&job(json!({ "salary": salary })), &context(&[]))["baseSalary"]["value"].clone()
}

#[test]
fn a_lone_bound_stays_a_bound_and_only_equal_bounds_are_an_exact_pay() {
    assert_eq!(
        salary_value(json!({"min": 42000, "currency": "EUR", "period": "yearly"})),
        json!({"@type": "QuantitativeValue", "minValue": 42000, "unitText": "YEAR"}),
        "a minimum alone is no exact pay"
    );
    assert_eq!(
        salary_value(json!({"max": 30, "currency": "USD", "period": "hourly"})),
        json!({"@type": "QuantitativeValue", "maxValue": 30, "unitText": "HOUR"})
    );
    assert_eq!(
        salary_value(json!({"min": 3000, "max": 3000, "currency": "EUR", "period": "weekly"})),
        json!({"@type": "QuantitativeValue", "value": 3000, "unitText": "WEEK"})
    );
    assert_eq!(
        salary_value(json!({"min": 200, "max": 250, "currency": "EUR", "period": "daily"}))
            ["unitText"],
        "DAY"
    );
    assert_eq!(
        salary_value(json!({"min": 1, "max": 2, "currency": "EUR", "period": "fortnightly"})),
        json!({"@type": "QuantitativeValue", "minValue": 1, "maxValue": 2}),
        "an unknown period is left out, not guessed"
    );
}

#[test]
fn the_live_widget_posting_leaves_out_what_it_cannot_know() {
    // The widget knows no site URL and no snapshot time: no sameAs, and no invented date.
    let live = PostingContext {
        company_url: None,
        fallback_date: None,
        ..context(&[])
    };
    let posting = job_posting(&job(json!({})), &live);
    assert_eq!(
        posting["hiringOrganization"],
        json!({"@type": "Organization", "name": "Northwind"})
    );
    let mut undated = job(json!({}));
    undated.created_at = None;
    assert_eq!(
        job_posting_json(&undated, &live),
        Err(PostingGap::NoDatePosted),
        "Google requires datePosted"
    );
}

#[test]
fn a_remote_job_naming_no_country_gets_the_company_country_or_no_posting() {
    let remote_only = job(json!({
        "remote_status": "fully",
        "locations": [{"id": "9", "name": "Remote"}]
    }));
    assert_eq!(
        job_posting_json(&remote_only, &context(&[])),
        Err(PostingGap::NoRemoteCountry)
    );
    let in_sweden = PostingContext {
        company_country: Some("SE"),
        ..context(&[])
    };
    let posting = job_posting(&remote_only, &in_sweden);
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "SE"}])
    );
    let configured = ["NO".to_owned()];
    let posting = job_posting(
        &remote_only,
        &PostingContext {
            remote_countries: &configured,
            ..in_sweden
        },
    );
    assert_eq!(
        posting["applicantLocationRequirements"],
        json!([{"@type": "Country", "name": "NO"}]),
        "--remote-countries comes before the company's country"
    );
}

#[test]
fn a_job_without_a_place_gets_the_default_location_or_no_posting() {
    for locations in [json!([]), json!([{"id": "9", "name": "Remote"}])] {
        let placeless = job(json!({ "locations": locations }));
        assert_eq!(
            job_posting_json(&placeless, &context(&[])),
            Err(PostingGap::NoLocation),
            "{locations}"
        );
        let default = Location {
            id: String::new(),
            name: "Göteborg, SE".into(),
            city: Some("Göteborg".into()),
            country: None,
            country_code: Some("SE".into()),
        };
        let posting = job_posting(
            &placeless,
            &PostingContext {
                default_location: Some(&default),
                ..context(&[])
            },
        );
        assert_eq!(
            posting["jobLocation"],
            json!([{"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Göteborg", "addressCountry": "SE"}}])
        );
    }
}

#[test]
fn the_company_country_fills_a_location_that_names_none() {
    let cityless_country = job(json!({"locations": [
        {"id": "1", "name": "Lund", "city": "Lund"},
        {"id": "2", "name": "Oslo", "city": "Oslo", "country": "Norway"}
    ]}));
    let posting = job_posting(
        &cityless_country,
        &PostingContext {
            company_country: Some("Sweden"),
            ..context(&[])
        },
    );
    assert_eq!(address_countries(&posting), [json!("SE"), json!("NO")]);
}

#[test]
fn a_job_without_a_title_has_no_posting() {
    assert_eq!(
        job_posting_json(&job(json!({"title": "  "})), &context(&[])),
        Err(PostingGap::NoTitle)
    );
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
    let text = job_posting_json(&unknown, &context(&[])).expect("a posting");
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
