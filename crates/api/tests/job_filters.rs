//! Facet filtering (OR within a facet, AND across facets), search combined, and URL state.

mod support;

use support::{at_location, in_department, in_language, job, remote, with_role};
use teamtailor_api::{Job, JobFilters, SearchIndex};

fn board() -> Vec<Job> {
    let backend = in_department(job("1", "Backend Developer"), "eng", "Engineering");
    let backend = at_location(backend, "sto", "Stockholm", "Stockholm", "Sweden");
    let backend = with_role(
        in_language(remote(backend, "hybrid"), "en"),
        "dev",
        "Developer",
    );
    let designer = in_department(job("2", "Designer"), "des", "Design");
    let designer = at_location(designer, "got", "Göteborg", "Göteborg", "Sweden");
    let designer = at_location(designer, "sto", "Stockholm", "Stockholm", "Sweden");
    let designer = in_language(remote(designer, "fully"), "sv");
    let unassigned = job("3", "Office Manager");
    vec![backend, designer, unassigned]
}

fn passing(filters: &JobFilters, jobs: &[Job]) -> Vec<usize> {
    (0..jobs.len())
        .filter(|&at| filters.matches(&jobs[at]))
        .collect()
}

#[test]
fn empty_filters_match_every_job() {
    let jobs = board();
    let filters = JobFilters::default();
    assert!(filters.is_empty());
    assert_eq!(passing(&filters, &jobs), vec![0, 1, 2]);
}

#[test]
fn options_within_a_facet_are_alternatives() {
    let jobs = board();
    let filters = JobFilters {
        departments: vec!["eng".into(), "des".into()],
        ..JobFilters::default()
    };
    assert_eq!(passing(&filters, &jobs), vec![0, 1]);
}

#[test]
fn facets_must_all_hold() {
    let jobs = board();
    let filters = JobFilters {
        locations: vec!["sto".into()],
        remote: vec!["fully".into()],
        ..JobFilters::default()
    };
    assert_eq!(passing(&filters, &jobs), vec![1]);
}

#[test]
fn a_job_matches_a_location_filter_through_any_of_its_locations() {
    let jobs = board();
    let filters = JobFilters {
        locations: vec!["got".into()],
        ..JobFilters::default()
    };
    assert_eq!(passing(&filters, &jobs), vec![1]);
}

#[test]
fn jobs_without_a_department_role_or_language_never_match_those_facets() {
    let jobs = board();
    for filters in [
        JobFilters {
            departments: vec!["eng".into()],
            ..JobFilters::default()
        },
        JobFilters {
            roles: vec!["dev".into()],
            ..JobFilters::default()
        },
        JobFilters {
            languages: vec!["en".into()],
            ..JobFilters::default()
        },
    ] {
        assert_eq!(passing(&filters, &jobs), vec![0], "{filters:?}");
    }
}

#[test]
fn on_site_jobs_match_the_none_remote_value() {
    let jobs = board();
    let filters = JobFilters {
        remote: vec!["none".into()],
        ..JobFilters::default()
    };
    assert_eq!(passing(&filters, &jobs), vec![2]);
}

#[test]
fn apply_combines_search_text_and_facets() {
    let jobs = board();
    let index = SearchIndex::new(&jobs);
    let filters = JobFilters {
        locations: vec!["sto".into()],
        query: "desi".into(),
        ..JobFilters::default()
    };
    assert_eq!(filters.apply(&jobs, &index), vec![1]);
    let text_only = JobFilters {
        query: "sweden".into(),
        ..JobFilters::default()
    };
    assert_eq!(text_only.apply(&jobs, &index), vec![0, 1]);
}

#[test]
fn url_pairs_list_only_non_empty_parts_in_a_fixed_order() {
    let filters = JobFilters {
        departments: vec!["12".into(), "14".into()],
        remote: vec!["fully".into()],
        query: "rust dev".into(),
        ..JobFilters::default()
    };
    assert_eq!(
        filters.to_query_pairs(),
        vec![
            ("tt_department", "12,14".to_owned()),
            ("tt_remote", "fully".to_owned()),
            ("tt_q", "rust dev".to_owned()),
        ]
    );
    assert_eq!(JobFilters::default().to_query_pairs(), vec![]);
}

#[test]
fn url_pairs_round_trip() {
    let filters = JobFilters {
        departments: vec!["12".into()],
        locations: vec!["3".into(), "4".into()],
        roles: vec!["7".into()],
        remote: vec!["none".into(), "hybrid".into()],
        languages: vec!["sv".into()],
        pay: vec!["published".into()],
        query: "Göteborg & co".into(),
    };
    let pairs = filters.to_query_pairs();
    let read = JobFilters::from_query_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert_eq!(read, filters);
}

#[test]
fn reading_url_pairs_ignores_unknown_params_blanks_and_duplicates() {
    let pairs = [
        ("tt_job", "7199"),
        ("utm_source", "x"),
        ("tt_location", " 3, ,4,3 "),
        ("tt_location", "5,4"),
        ("tt_q", "   "),
        ("tt_role", ""),
    ];
    let read = JobFilters::from_query_pairs(pairs);
    assert_eq!(read.locations, vec!["3", "4", "5"]);
    assert!(read.roles.is_empty());
    assert_eq!(read.query, "   ");
    let only_blank_text = JobFilters {
        query: "  ".into(),
        ..JobFilters::default()
    };
    assert!(only_blank_text.is_empty());
    assert_eq!(only_blank_text.to_query_pairs(), vec![]);
}

#[test]
fn prefixed_parameters_keep_two_boards_apart() {
    let filters = JobFilters {
        departments: vec!["7".into()],
        query: "rust".into(),
        ..JobFilters::default()
    };
    let pairs = filters.to_prefixed_pairs("eng_");
    assert_eq!(
        pairs,
        vec![
            ("eng_department".to_owned(), "7".to_owned()),
            ("eng_q".to_owned(), "rust".to_owned())
        ]
    );
    let mut url = pairs.clone();
    url.push(("sales_department".into(), "9".into()));
    url.push(("tt_q".into(), "ignored".into()));
    assert_eq!(
        JobFilters::from_prefixed_pairs("eng_", url.clone()),
        filters
    );
    let sales = JobFilters::from_prefixed_pairs("sales_", url);
    assert_eq!(sales.departments, vec!["9"]);
    assert_eq!(sales.query, "");
    assert_eq!(
        JobFilters::param_names("tt_"),
        teamtailor_api::FILTER_PARAM_NAMES.map(str::to_owned)
    );
}
