//! What the board shows, decided from what it knows: the loading phase of the listed jobs,
//! the by-id lookups of jobs that are not (yet) listed, and the open job of the route.
//!
//! Pure so the rules ("not found only after the API said 404") are tested natively; the
//! widget keeps these values in signals and renders whatever [`decide_screen`] returns.

use crate::error::ApiError;
use crate::model::Job;

/// How far loading the listed jobs has come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Nothing to show yet.
    Loading,
    /// Page 1 shows; more pages are on their way.
    Partial,
    /// Jobs from the cache show while the network is asked for the current ones.
    Refreshing,
    /// Every listed job is in.
    Complete,
    /// Loading failed and nothing could be shown.
    Failed(ApiError),
}

/// A `GET /v1/jobs/{id}` for a job the listed pages did not (yet) hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    /// Asked, no answer yet.
    Pending,
    /// The API answered with the job (boxed: the other answers are small).
    Found(Box<Job>),
    /// The API answered 404, or with a job that does not belong on this board.
    Missing,
    /// The request failed for another reason.
    Failed(ApiError),
}

/// One of the board's views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Loading,
    /// Loading the jobs failed, or the open job's lookup failed.
    Failed(ApiError),
    /// The list; it may be empty.
    List,
    /// An open job's page.
    Job(String),
    /// The page of a job that no longer takes applications.
    ClosedJob(String),
    /// The API said there is no such job (or, for a snapshot, the complete list lacks it).
    Missing,
}

/// What the board knows about the route's open job.
#[derive(Clone, Copy, Debug)]
pub struct OpenJob<'a> {
    pub id: &'a str,
    /// The job, from the listed jobs or a successful lookup.
    pub job: Option<&'a Job>,
    /// The lookup of this id, if one was made.
    pub lookup: Option<&'a Lookup>,
}

/// The view for `open` (`None`: the list) given the listing `phase`.
///
/// A job that is known always shows, whatever else is loading. An unknown job waits while
/// any answer that could hold it is in flight, and is called missing only after a 404 — or,
/// for `can_look_up == false` (a snapshot, which has no by-id endpoint), once the complete list
/// lacks it.
pub fn decide_screen(open: Option<OpenJob<'_>>, phase: &Phase, can_look_up: bool) -> Screen {
    let Some(open) = open else {
        return match phase {
            Phase::Loading => Screen::Loading,
            Phase::Failed(error) => Screen::Failed(error.clone()),
            Phase::Partial | Phase::Refreshing | Phase::Complete => Screen::List,
        };
    };
    if let Some(job) = open.job {
        return if job.closed {
            Screen::ClosedJob(open.id.to_owned())
        } else {
            Screen::Job(open.id.to_owned())
        };
    }
    match (open.lookup, phase) {
        (Some(Lookup::Missing), _) => Screen::Missing,
        (_, Phase::Failed(error)) => Screen::Failed(error.clone()),
        (Some(Lookup::Failed(error)), Phase::Complete) => Screen::Failed(error.clone()),
        (None, Phase::Complete) if !can_look_up => Screen::Missing,
        _ => Screen::Loading,
    }
}

/// Up to `limit` open jobs of `closed`'s department, in list order, for its closed page;
/// any open jobs when it has no department.
pub fn similar_open_jobs<'a>(closed: &Job, listed: &'a [Job], limit: usize) -> Vec<&'a Job> {
    let department = closed.department.as_ref().map(|department| &department.id);
    listed
        .iter()
        .filter(|job| job.id != closed.id && !job.closed)
        .filter(|job| {
            department.is_none()
                || job.department.as_ref().map(|department| &department.id) == department
        })
        .take(limit)
        .collect()
}
