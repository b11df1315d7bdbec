//! "With pay published": a filter like the facets, combined with them and with search, in
//! the URL as `tt_pay=1`, with its own count.

mod support;

use support::{in_department, job};
use teamtailor_api::{facet_counts, Job, JobFilters, Salary, SearchIndex};

fn paid(mut job: Job) -> Job {
    job.salary = Salary::published(Some(40_000.0), Some(50_000.0), Some("SEK"), Some("monthly"));
    job
}

fn board() -> Vec<Job> {
    vec![
        paid(in_department(
            job("1", "Rust Engineer"),
            "eng",
            "Engineering",
        )),
        in_department(job("2", "Go Engineer"), "eng", "Engineering"),
        paid(in_department(job("3", "Designer"), "des", "Design")),
        job("4", "Rust Writer"),
    ]
}

fn ids(jobs: &[Job], filters: &JobFilters) -> Vec<String> {
    let index = SearchIndex::new(jobs);
    filters
        .apply(jobs, &index)
        .into_iter()
        .map(|at| jobs[at].id.clone())
        .collect()
}

fn with_pay() -> JobFilters {
    JobFilters {
        pay_published: true,
        ..JobFilters::default()
    }
}

#[test]
fn alone_it_keeps_the_jobs_that_publish_pay() {
    assert_eq!(ids(&board(), &with_pay()), ["1", "3"]);
    assert!(!with_pay().is_empty(), "a set pay filter is a filter");
}

#[test]
fn it_combines_with_a_facet_and_with_search() {
    let engineering = JobFilters {
        departments: vec!["eng".into()],
        ..with_pay()
    };
    assert_eq!(ids(&board(), &engineering), ["1"]);
    let rust = JobFilters {
        query: "rust".into(),
        ..with_pay()
    };
    assert_eq!(
        ids(&board(), &rust),
        ["1"],
        "job 4 matches rust but publishes no pay"
    );
}

#[test]
fn its_count_is_what_it_would_leave_and_it_narrows_the_facets_counts() {
    let jobs = board();
    let index = SearchIndex::new(&jobs);
    let open = facet_counts(&jobs, &JobFilters::default(), &index);
    assert_eq!((open.with_pay, open.any_pay), (2, true));
    let engineering = JobFilters {
        departments: vec!["eng".into()],
        ..JobFilters::default()
    };
    assert_eq!(facet_counts(&jobs, &engineering, &index).with_pay, 1);
    let counts = facet_counts(&jobs, &with_pay(), &index);
    let department_count = |id: &str| {
        counts
            .departments
            .iter()
            .find(|option| option.id == id)
            .map(|option| option.count)
    };
    assert_eq!(department_count("eng"), Some(1), "job 2 publishes no pay");
    assert_eq!(department_count("des"), Some(1));
    let unpaid: Vec<Job> = jobs
        .into_iter()
        .map(|job| Job {
            salary: None,
            ..job
        })
        .collect();
    let none = facet_counts(&unpaid, &JobFilters::default(), &SearchIndex::new(&unpaid));
    assert_eq!((none.with_pay, none.any_pay), (0, false));
}

#[test]
fn it_lives_in_the_url_as_tt_pay() {
    let filters = JobFilters {
        departments: vec!["eng".into()],
        query: "rust".into(),
        ..with_pay()
    };
    let pairs = filters.to_query_pairs();
    assert_eq!(
        pairs,
        [
            ("tt_department", "eng".to_owned()),
            ("tt_pay", "1".to_owned()),
            ("tt_q", "rust".to_owned())
        ]
    );
    assert_eq!(JobFilters::from_query_pairs(pairs), filters);
    assert_eq!(
        JobFilters::from_prefixed_pairs("eng_", [("eng_pay", "1"), ("tt_pay", "1")]),
        with_pay()
    );
    for ignored in ["0", "", "yes"] {
        assert!(
            !JobFilters::from_query_pairs([("tt_pay", ignored)]).pay_published,
            "{ignored:?}"
        );
    }
}
