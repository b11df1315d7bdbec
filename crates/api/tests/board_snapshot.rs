//! The board snapshot format: what `careers snapshot` writes and the widget's cache stores.

use teamtailor_api::{
    parse_jobs_page, parse_snapshot, ApiError, BoardSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION,
};

const CURRENT: &str = include_str!("fixtures/jobs_20240904.json");
const LEGACY: &str = include_str!("fixtures/jobs_20161108.json");

#[test]
fn a_snapshot_of_resolved_jobs_reads_back_exactly() {
    let jobs = parse_jobs_page(CURRENT).unwrap().jobs;
    let snapshot = BoardSnapshot::new(
        jobs.clone(),
        Some("2026-12-02T08:00:00Z".into()),
        Some("Northwind".into()),
    );
    let json = snapshot.to_json();
    assert!(
        json.starts_with(r#"{"format":"careers-jobs","version":1,"#),
        "{json}"
    );
    assert_eq!(BoardSnapshot::from_json(&json).unwrap(), snapshot);
    let pages = parse_snapshot(&json).unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].jobs, jobs);
    assert_eq!(pages[0].record_count, Some(jobs.len() as u32));
}

#[test]
fn absent_values_are_left_out_and_read_back_as_absent() {
    let json = r#"{"format":"careers-jobs","version":1,"jobs":[{"id":"1","title":"Chef"}]}"#;
    let snapshot = BoardSnapshot::from_json(json).unwrap();
    let job = &snapshot.jobs[0];
    assert_eq!((job.id.as_str(), job.title.as_str()), ("1", "Chef"));
    assert_eq!(job.department, None);
    assert!(job.locations.is_empty() && !job.pinned && !job.closed);
    assert_eq!(snapshot.to_json(), json);
}

#[test]
fn a_locations_country_code_is_written_and_read_back() {
    let json = r#"{"format":"careers-jobs","version":1,"jobs":[{"id":"1","title":"Chef","locations":[{"id":"9","name":"Oslo","city":"Oslo","country":"Norway","country_code":"NO"}]}]}"#;
    let snapshot = BoardSnapshot::from_json(json).unwrap();
    assert_eq!(
        snapshot.jobs[0].locations[0].country_code.as_deref(),
        Some("NO")
    );
    assert_eq!(snapshot.to_json(), json);
}

#[test]
fn a_version_1_snapshot_from_before_country_codes_still_reads_with_no_code() {
    let json = r#"{"format":"careers-jobs","version":1,"jobs":[{"id":"1","title":"Chef","locations":[{"id":"9","name":"Oslo","country":"Norway"}]}]}"#;
    let location = &BoardSnapshot::from_json(json).unwrap().jobs[0].locations[0];
    assert_eq!(location.country.as_deref(), Some("Norway"));
    assert_eq!(location.country_code, None);
}

#[test]
fn a_newer_version_or_another_format_is_refused() {
    let newer = format!(
        r#"{{"format":"{SNAPSHOT_FORMAT}","version":{},"jobs":[]}}"#,
        SNAPSHOT_VERSION + 1
    );
    assert!(matches!(
        BoardSnapshot::from_json(&newer),
        Err(ApiError::Malformed(message)) if message.contains("newer")
    ));
    let other = r#"{"format":"something-else","version":1,"jobs":[]}"#;
    assert!(BoardSnapshot::from_json(other).is_err());
}

#[test]
fn data_source_still_reads_saved_api_documents_alone_or_as_an_array() {
    let one = parse_snapshot(CURRENT).unwrap();
    assert_eq!(one.len(), 1);
    let both = parse_snapshot(&format!("[{CURRENT},{LEGACY}]")).unwrap();
    assert_eq!(both.len(), 2);
    assert_eq!(both[1].jobs[0].id, "7199");
}

#[test]
fn archived_jobs_are_closed_and_open_ones_are_not() {
    let page = |status: &str| {
        format!(
            r#"{{"data":[{{"id":"5","type":"jobs","attributes":{{"title":"T","status":"{status}"}}}}]}}"#
        )
    };
    let closed = |status: &str| parse_jobs_page(&page(status)).unwrap().jobs[0].closed;
    assert!(closed("archived"));
    assert!(closed("Closed"));
    assert!(!closed("open"));
    assert!(!closed("unlisted"));
    assert!(!parse_jobs_page(CURRENT).unwrap().jobs[0].closed);
}
