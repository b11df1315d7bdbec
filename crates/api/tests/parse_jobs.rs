//! Parsing real-shaped `GET /v1/jobs` documents in both relationship shapes.

use teamtailor_api::{
    parse_jobs_page, sort_like_teamtailor, ApiError, Department, Location, PayPeriod, Picture,
    RemoteStatus, Role, Salary,
};

const LEGACY: &str = include_str!("fixtures/jobs_20161108.json");
const CURRENT: &str = include_str!("fixtures/jobs_20240904.json");

#[test]
fn api_reference_example_resolves_the_single_location_shape() {
    let page = parse_jobs_page(LEGACY).expect("reference example parses");
    assert_eq!(page.record_count, Some(1));
    assert_eq!(page.page_count, Some(1));
    let job = &page.jobs[0];
    assert_eq!(job.id, "7199");
    assert_eq!(job.title, "Backend Developer");
    assert_eq!(
        job.department,
        Some(Department {
            id: "12".into(),
            name: "Engineering".into()
        })
    );
    assert_eq!(
        job.locations,
        vec![Location {
            id: "3".into(),
            name: "Stockholm HQ".into(),
            city: Some("Stockholm".into()),
            country: Some("Sweden".into()),
            country_code: None,
        }]
    );
    assert_eq!(job.role, None);
    assert_eq!(job.picture, None);
    assert_eq!(job.remote_status, RemoteStatus::OnSite);
    // Teamtailor sends "" for "no external application"; that must not become a link.
    assert_eq!(job.external_application_url, None);
    assert_eq!(
        job.apply_iframe_url.as_deref(),
        Some(
            "https://careers.example.com/jobs/7199-backend-developer/applications/new?iframe=true"
        )
    );
}

#[test]
fn current_version_resolves_many_locations_role_and_picture_variants() {
    let page = parse_jobs_page(CURRENT).expect("current shape parses");
    assert_eq!((page.record_count, page.page_count), (Some(62), Some(3)));
    let job = &page.jobs[0];
    assert_eq!(job.title, "Product Designer");
    assert!(job.pinned);
    // Location 99 was not side-loaded: it is skipped, the others kept in order.
    let names: Vec<&str> = job.locations.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["Stockholm", "Berlin"]);
    assert_eq!(job.location_names(), "Stockholm, Berlin");
    assert_eq!(
        job.role,
        Some(Role {
            id: "5".into(),
            name: "UX".into()
        })
    );
    assert_eq!(job.remote_status, RemoteStatus::Hybrid);
    assert_eq!(job.language_code.as_deref(), Some("sv"));
    assert_eq!(
        job.picture,
        Some(Picture {
            original: "https://img.example.com/101/original.jpg".into(),
            standard: Some("https://img.example.com/101/standard.jpg".into()),
            thumb: Some("https://img.example.com/101/thumb.jpg".into()),
        })
    );
    assert_eq!(
        job.salary,
        Some(Salary {
            min: Some(45000.0),
            max: Some(60000.0),
            currency: "SEK".into(),
            period: Some(PayPeriod::Month),
        })
    );
}

#[test]
fn missing_relationships_and_unknown_values_are_tolerated() {
    let page = parse_jobs_page(CURRENT).unwrap();
    let job = &page.jobs[1];
    assert_eq!(job.department, None);
    assert!(job.locations.is_empty());
    assert_eq!(job.role, None);
    assert_eq!(
        job.remote_status,
        RemoteStatus::Other("interplanetary".into())
    );
    assert_eq!(
        job.picture.as_ref().map(|p| p.original.as_str()),
        Some("https://img.example.com/102.jpg")
    );
    assert_eq!(job.careersite_url, None);
    assert_eq!(job.body_html, "");
}

#[test]
fn errors_document_and_broken_json_are_malformed() {
    let errors = r#"{"errors":[{"status":"406","title":"Not Acceptable","detail":"bad version"}]}"#;
    assert!(
        matches!(parse_jobs_page(errors), Err(ApiError::Malformed(detail)) if detail.contains("bad version"))
    );
    assert!(matches!(
        parse_jobs_page(r#"{"data": [ {"id": "1""#),
        Err(ApiError::Malformed(_))
    ));
    assert!(matches!(
        parse_jobs_page("<html>Bad Gateway</html>"),
        Err(ApiError::Malformed(_))
    ));
    assert!(matches!(
        parse_jobs_page(r#"{"data": {"id": "1"}}"#),
        Err(ApiError::Malformed(_))
    ));
}

#[test]
fn empty_account_parses_to_no_jobs() {
    let page =
        parse_jobs_page(r#"{"data": [], "meta": {"record-count": 0, "page-count": 0}}"#).unwrap();
    assert!(page.jobs.is_empty());
    assert_eq!(page.record_count, Some(0));
}

#[test]
fn pinned_jobs_come_first_then_newest() {
    let mut jobs = parse_jobs_page(CURRENT).unwrap().jobs;
    jobs.extend(parse_jobs_page(LEGACY).unwrap().jobs);
    jobs.reverse();
    sort_like_teamtailor(&mut jobs);
    let ids: Vec<&str> = jobs.iter().map(|job| job.id.as_str()).collect();
    assert_eq!(ids, vec!["101", "102", "7199"]);
}

#[test]
fn merged_pages_keep_each_job_once_in_teamtailor_order() {
    let first = parse_jobs_page(CURRENT).unwrap();
    let again = parse_jobs_page(CURRENT).unwrap();
    let legacy = parse_jobs_page(LEGACY).unwrap();
    let jobs = teamtailor_api::merge_pages([legacy, first, again]);
    let ids: Vec<&str> = jobs.iter().map(|job| job.id.as_str()).collect();
    assert_eq!(ids, vec!["101", "102", "7199"]);
}

#[test]
fn a_snapshot_is_one_document_or_an_array_of_pages() {
    let single = teamtailor_api::parse_snapshot(CURRENT).unwrap();
    assert_eq!(single.len(), 1);
    let array = format!("[{LEGACY}, {CURRENT}]");
    let pages = teamtailor_api::parse_snapshot(&array).unwrap();
    let ids: Vec<&str> = pages
        .iter()
        .flat_map(|p| p.jobs.iter().map(|j| j.id.as_str()))
        .collect();
    assert_eq!(ids, vec!["7199", "101", "102"]);
    assert!(matches!(
        teamtailor_api::parse_snapshot("[1, 2]"),
        Err(ApiError::Malformed(_))
    ));
}

#[test]
fn a_single_job_document_resolves_its_side_loads() {
    let body = r#"{"data":{"id":"7199","type":"jobs","attributes":{"title":"Backend Developer","status":"archived"},
        "relationships":{"department":{"data":{"type":"departments","id":"12"}}}},
        "included":[{"id":"12","type":"departments","attributes":{"name":"Engineering"}}]}"#;
    let job = teamtailor_api::parse_job(body).expect("one job parses");
    assert_eq!(
        (job.id.as_str(), job.title.as_str()),
        ("7199", "Backend Developer")
    );
    assert!(job.closed);
    assert_eq!(
        job.department.map(|d| d.name).as_deref(),
        Some("Engineering")
    );
    assert!(matches!(
        teamtailor_api::parse_job(r#"{"errors":[{"status":"404"}]}"#),
        Err(ApiError::Malformed(_))
    ));
}
