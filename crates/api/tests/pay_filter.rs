//! "With pay published": the pay facet, combined with the others and with search, in the
//! URL as `tt_pay=published`, with its count, offered when one job publishes pay.

mod support;

use support::{in_department, job};
use teamtailor_api::{facet_counts, Facet, Job, JobFilters, Salary, SearchIndex, PAY_PUBLISHED};

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
        pay: vec![PAY_PUBLISHED.into()],
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

/// The pay option's count, if the facet has it.
fn pay_count(jobs: &[Job], filters: &JobFilters) -> Option<usize> {
    let counts = facet_counts(jobs, filters, &SearchIndex::new(jobs));
    assert!(counts.pay.len() <= 1, "one value at most: {:?}", counts.pay);
    counts.pay.first().map(|option| option.count)
}

#[test]
fn its_count_is_what_it_would_leave_and_it_narrows_the_other_facets_counts() {
    let jobs = board();
    assert_eq!(pay_count(&jobs, &JobFilters::default()), Some(2));
    let engineering = JobFilters {
        departments: vec!["eng".into()],
        ..JobFilters::default()
    };
    assert_eq!(pay_count(&jobs, &engineering), Some(1));
    let counts = facet_counts(&jobs, &with_pay(), &SearchIndex::new(&jobs));
    let department_count = |id: &str| {
        counts
            .departments
            .iter()
            .find(|option| option.id == id)
            .map(|option| option.count)
    };
    assert_eq!(department_count("eng"), Some(1), "job 2 publishes no pay");
    assert_eq!(department_count("des"), Some(1));
}

#[test]
fn it_is_offered_when_one_job_publishes_pay_and_not_when_none_does() {
    let jobs = board();
    let one_paid: Vec<Job> = jobs
        .iter()
        .cloned()
        .map(|job| match job.id.as_str() {
            "1" => job,
            _ => Job {
                salary: None,
                ..job
            },
        })
        .collect();
    let counts = facet_counts(
        &one_paid,
        &JobFilters::default(),
        &SearchIndex::new(&one_paid),
    );
    assert!(counts.offers(Facet::Pay), "one value is a choice for pay");
    assert!(counts.offers(Facet::Department));
    let unpaid: Vec<Job> = jobs
        .into_iter()
        .map(|job| Job {
            salary: None,
            ..job
        })
        .collect();
    let counts = facet_counts(&unpaid, &JobFilters::default(), &SearchIndex::new(&unpaid));
    assert!(!counts.offers(Facet::Pay));
    assert_eq!(counts.pay, []);
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
            ("tt_pay", "published".to_owned()),
            ("tt_q", "rust".to_owned())
        ]
    );
    assert_eq!(JobFilters::from_query_pairs(pairs), filters);
    assert_eq!(
        JobFilters::from_prefixed_pairs("eng_", [("eng_pay", "published"), ("tt_pay", "x")]),
        with_pay()
    );
}
