//! Which view the board shows while jobs, pages and lookups arrive.

mod support;

use support::{in_department, job};
use teamtailor_api::{decide_screen, similar_open_jobs, ApiError, Lookup, OpenJob, Phase, Screen};

fn open<'a>(
    id: &'a str,
    job: Option<&'a teamtailor_api::Job>,
    lookup: Option<&'a Lookup>,
) -> Option<OpenJob<'a>> {
    Some(OpenJob { id, job, lookup })
}

fn closed(mut job: teamtailor_api::Job) -> teamtailor_api::Job {
    job.closed = true;
    job
}

#[test]
fn the_list_waits_for_jobs_and_shows_them_from_page_one_on() {
    assert_eq!(decide_screen(None, &Phase::Loading, true), Screen::Loading);
    assert_eq!(decide_screen(None, &Phase::Partial, true), Screen::List);
    assert_eq!(decide_screen(None, &Phase::Refreshing, true), Screen::List);
    assert_eq!(decide_screen(None, &Phase::Complete, true), Screen::List);
    assert_eq!(
        decide_screen(None, &Phase::Failed(ApiError::Timeout), true),
        Screen::Failed(ApiError::Timeout)
    );
}

#[test]
fn a_known_job_shows_whatever_else_is_loading_or_failing() {
    let known = job("7", "Engineer");
    for phase in [
        Phase::Loading,
        Phase::Partial,
        Phase::Complete,
        Phase::Failed(ApiError::Server { status: 503 }),
    ] {
        assert_eq!(
            decide_screen(open("7", Some(&known), None), &phase, true),
            Screen::Job("7".into()),
            "{phase:?}"
        );
    }
}

#[test]
fn a_closed_job_has_its_own_page() {
    let archived = closed(job("7", "Engineer"));
    assert_eq!(
        decide_screen(open("7", Some(&archived), None), &Phase::Complete, true),
        Screen::ClosedJob("7".into())
    );
}

#[test]
fn an_unknown_job_is_never_missing_while_an_answer_is_in_flight() {
    for lookup in [None, Some(&Lookup::Pending)] {
        for phase in [
            Phase::Loading,
            Phase::Partial,
            Phase::Refreshing,
            Phase::Complete,
        ] {
            assert_eq!(
                decide_screen(open("7", None, lookup), &phase, true),
                Screen::Loading,
                "{lookup:?} {phase:?}"
            );
        }
    }
}

#[test]
fn missing_means_the_api_said_404() {
    for phase in [Phase::Loading, Phase::Partial, Phase::Complete] {
        assert_eq!(
            decide_screen(open("7", None, Some(&Lookup::Missing)), &phase, true),
            Screen::Missing
        );
    }
}

#[test]
fn a_failed_lookup_shows_its_error_once_the_list_cannot_hold_the_job() {
    let failed = Lookup::Failed(ApiError::Timeout);
    assert_eq!(
        decide_screen(open("7", None, Some(&failed)), &Phase::Partial, true),
        Screen::Loading,
        "a later page may still hold it"
    );
    assert_eq!(
        decide_screen(open("7", None, Some(&failed)), &Phase::Refreshing, true),
        Screen::Loading,
        "the refreshed list may hold it"
    );
    assert_eq!(
        decide_screen(open("7", None, Some(&failed)), &Phase::Complete, true),
        Screen::Failed(ApiError::Timeout)
    );
}

#[test]
fn a_snapshot_board_calls_a_job_missing_once_its_complete_list_lacks_it() {
    assert_eq!(
        decide_screen(open("7", None, None), &Phase::Partial, false),
        Screen::Loading
    );
    assert_eq!(
        decide_screen(open("7", None, None), &Phase::Complete, false),
        Screen::Missing
    );
}

#[test]
fn a_failed_listing_is_reported_for_an_unknown_job() {
    let error = ApiError::Unauthorized;
    assert_eq!(
        decide_screen(
            open("7", None, Some(&Lookup::Pending)),
            &Phase::Failed(error.clone()),
            true
        ),
        Screen::Failed(error)
    );
}

#[test]
fn similar_jobs_are_open_jobs_of_the_same_department_in_list_order() {
    let gone = closed(in_department(job("1", "Gone"), "eng", "Engineering"));
    let listed = vec![
        in_department(job("2", "A"), "eng", "Engineering"),
        in_department(job("3", "Sales"), "sales", "Sales"),
        in_department(job("4", "B"), "eng", "Engineering"),
        closed(in_department(job("5", "Closed too"), "eng", "Engineering")),
        in_department(job("6", "C"), "eng", "Engineering"),
        in_department(job("7", "D"), "eng", "Engineering"),
        gone.clone(),
    ];
    let ids: Vec<&str> = similar_open_jobs(&gone, &listed, 3)
        .iter()
        .map(|job| job.id.as_str())
        .collect();
    assert_eq!(ids, ["2", "4", "6"]);
}

#[test]
fn a_job_without_department_suggests_any_open_jobs() {
    let gone = closed(job("1", "Gone"));
    let listed = vec![job("2", "A"), job("3", "B")];
    assert_eq!(similar_open_jobs(&gone, &listed, 3).len(), 2);
}
