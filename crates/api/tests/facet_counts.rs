//! Facet option counts: each facet counted over the jobs passing the text and OTHER facets.

mod support;

use support::{at_location, in_department, in_language, job, remote};
use teamtailor_api::{facet_counts, FacetOption, Job, JobFilters, SearchIndex};

fn option(id: &str, label: &str, count: usize) -> FacetOption {
    FacetOption {
        id: id.into(),
        label: label.into(),
        count,
    }
}

fn board() -> Vec<Job> {
    let a = at_location(
        in_department(job("1", "Rust Engineer"), "eng", "engineering"),
        "sto",
        "Stockholm",
        "Stockholm",
        "SE",
    );
    let b = at_location(
        in_department(job("2", "Go Engineer"), "eng", "engineering"),
        "osl",
        "Oslo",
        "Oslo",
        "NO",
    );
    let b = at_location(b, "sto", "Stockholm", "Stockholm", "SE");
    let c = at_location(
        in_department(job("3", "Designer"), "des", "Design"),
        "osl",
        "Oslo",
        "Oslo",
        "NO",
    );
    let c = in_language(remote(c, "fully"), "nb");
    let d = at_location(job("4", "Office Manager"), "aar", "Århus", "Århus", "DK");
    vec![a, b, c, d]
}

#[test]
fn without_filters_every_option_counts_all_its_jobs_sorted_by_label() {
    let jobs = board();
    let counts = facet_counts(&jobs, &JobFilters::default(), &SearchIndex::new(&jobs));
    assert_eq!(
        counts.departments,
        vec![option("des", "Design", 1), option("eng", "engineering", 2)]
    );
    assert_eq!(
        counts.locations,
        vec![
            option("aar", "Århus", 1),
            option("osl", "Oslo", 2),
            option("sto", "Stockholm", 2)
        ]
    );
    assert_eq!(
        counts.remote,
        vec![option("fully", "fully", 1), option("none", "none", 3)]
    );
    assert_eq!(counts.languages, vec![option("nb", "nb", 1)]);
    assert_eq!(counts.roles, vec![]);
}

#[test]
fn a_facet_ignores_its_own_selection_but_obeys_the_others() {
    let jobs = board();
    let filters = JobFilters {
        departments: vec!["eng".into()],
        ..JobFilters::default()
    };
    let counts = facet_counts(&jobs, &filters, &SearchIndex::new(&jobs));
    // Departments still show what choosing another department would give.
    assert_eq!(
        counts.departments,
        vec![option("des", "Design", 1), option("eng", "engineering", 2)]
    );
    // Locations are counted among engineering jobs only; unmatched options stay at 0.
    assert_eq!(
        counts.locations,
        vec![
            option("aar", "Århus", 0),
            option("osl", "Oslo", 1),
            option("sto", "Stockholm", 2)
        ]
    );
    assert_eq!(
        counts.remote,
        vec![option("fully", "fully", 0), option("none", "none", 2)]
    );
}

#[test]
fn search_text_narrows_every_facet() {
    let jobs = board();
    let filters = JobFilters {
        query: "engineer".into(),
        locations: vec!["osl".into()],
        ..JobFilters::default()
    };
    let counts = facet_counts(&jobs, &filters, &SearchIndex::new(&jobs));
    assert_eq!(
        counts.departments,
        vec![option("des", "Design", 0), option("eng", "engineering", 1)]
    );
    assert_eq!(
        counts.locations,
        vec![
            option("aar", "Århus", 0),
            option("osl", "Oslo", 1),
            option("sto", "Stockholm", 2)
        ]
    );
}

#[test]
fn a_job_failing_two_facets_counts_for_neither() {
    let jobs = board();
    let filters = JobFilters {
        departments: vec!["des".into()],
        remote: vec!["fully".into()],
        ..JobFilters::default()
    };
    let counts = facet_counts(&jobs, &filters, &SearchIndex::new(&jobs));
    assert_eq!(
        counts.departments,
        vec![option("des", "Design", 1), option("eng", "engineering", 0)]
    );
    assert_eq!(
        counts.remote,
        vec![option("fully", "fully", 1), option("none", "none", 0)]
    );
}

#[test]
fn a_job_listing_a_location_twice_counts_once() {
    let twice = at_location(job("9", "Twice"), "sto", "Stockholm", "Stockholm", "SE");
    let jobs = vec![at_location(twice, "sto", "Stockholm", "Stockholm", "SE")];
    let counts = facet_counts(&jobs, &JobFilters::default(), &SearchIndex::new(&jobs));
    assert_eq!(counts.locations, vec![option("sto", "Stockholm", 1)]);
}

#[test]
fn selected_ids_found_in_no_job_are_listed_by_id_with_zero() {
    let jobs = board();
    let filters = JobFilters {
        departments: vec!["gone".into()],
        ..JobFilters::default()
    };
    let counts = facet_counts(&jobs, &filters, &SearchIndex::new(&jobs));
    assert_eq!(
        counts.departments,
        vec![
            option("des", "Design", 1),
            option("eng", "engineering", 2),
            option("gone", "gone", 0)
        ]
    );
}
