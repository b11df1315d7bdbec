//! The board's jobs as one store that arriving data updates in place. Views bind to a job
//! by id ([`Catalog::job`]) or to the listing; a later page, a revalidation or a lookup
//! changes the values they read and nothing else, so no view is re-created by data.

use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use teamtailor_api::{Job, Lookup, LowerCase, Phase, RemoteStatus, Salary, SearchIndex};

use crate::BoardScope;

/// The listed jobs in board order, with an id → position map and their search index, which
/// is built the first time something is searched (or when the board asks for it,
/// [`Listing::prepare_index`]): an empty search needs none, and building it over every job's
/// text is work the first screen should not wait for.
#[derive(Clone)]
pub struct Listing {
    pub jobs: Arc<[Job]>,
    positions: Arc<FxHashMap<String, usize>>,
    index: Arc<OnceLock<SearchIndex>>,
    /// An index of no jobs, folding as the real one will: what an empty search reads.
    unbuilt: Arc<SearchIndex>,
    lower_case: LowerCase,
}

impl Listing {
    fn new(jobs: Vec<Job>, lower_case: LowerCase) -> Self {
        let positions = jobs
            .iter()
            .enumerate()
            .map(|(at, job)| (job.id.clone(), at))
            .collect();
        Self {
            jobs: jobs.into(),
            positions: Arc::new(positions),
            index: Arc::new(OnceLock::new()),
            unbuilt: Arc::new(SearchIndex::with_lower_case(&[], lower_case)),
            lower_case,
        }
    }

    /// The listed job with `id`.
    pub fn get(&self, id: &str) -> Option<&Job> {
        self.positions.get(id).map(|&at| &self.jobs[at])
    }

    /// The index a search for `query` needs: the full one (built now if need be), or none
    /// for a query of no words.
    pub fn index_for(&self, query: &str) -> &SearchIndex {
        if query.trim().is_empty() {
            &self.unbuilt
        } else {
            self.index()
        }
    }

    /// The full search index, built on first use.
    pub fn index(&self) -> &SearchIndex {
        self.index
            .get_or_init(|| SearchIndex::with_lower_case(&self.jobs, self.lower_case))
    }

    /// Builds the search index now, so the first keystroke does not wait for it.
    pub fn prepare_index(&self) {
        self.index();
    }
}

/// What a job's row in the list shows.
#[derive(Clone, Debug, PartialEq)]
pub struct RowFacts {
    pub title: String,
    /// The department's name; `None` without one, or with a blank name.
    pub department: Option<String>,
    /// The locations' names, comma-separated.
    pub locations: String,
    pub employment_type: Option<String>,
    pub remote: RemoteStatus,
    /// The pay as published.
    pub pay: Option<Salary>,
}

impl RowFacts {
    pub fn of(job: &Job) -> Self {
        Self {
            title: job.title.clone(),
            department: job
                .department
                .as_ref()
                .map(|department| department.name.clone())
                .filter(|name| !name.is_empty()),
            locations: job.location_names(),
            employment_type: job.employment_type.clone(),
            remote: job.remote_status.clone(),
            pay: job.salary.clone(),
        }
    }
}

/// Two listings are the same when they share their jobs; a new answer always makes a new one.
impl PartialEq for Listing {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.jobs, &other.jobs)
    }
}

/// Every job the board knows and how far loading has come. `Copy`: it is a handful of
/// signals, shared by the loader that writes and the views that read.
#[derive(Clone, Copy)]
pub struct Catalog {
    listing: RwSignal<Listing>,
    lookups: RwSignal<FxHashMap<String, Lookup>>,
    phase: RwSignal<Phase>,
    /// A refresh failed while older jobs show.
    stale: RwSignal<bool>,
    /// The platform's lower-casing, which every listing's search index folds with.
    lower_case: LowerCase,
}

impl Catalog {
    /// An empty catalog, searching with the calling board's platform.
    pub fn new() -> Self {
        let lower_case = BoardScope::current().platform.lower_case;
        Self {
            listing: RwSignal::new(Listing::new(Vec::new(), lower_case)),
            lookups: RwSignal::new(FxHashMap::default()),
            phase: RwSignal::new(Phase::Loading),
            stale: RwSignal::new(false),
            lower_case,
        }
    }

    // Read-only views of the signals rather than `Signal`s: wrapping each in a `Signal` costs
    // the wasm conversion code of its own.

    /// The listed jobs (tracked).
    pub fn listing(&self) -> ReadSignal<Listing> {
        self.listing.read_only()
    }

    pub fn phase(&self) -> ReadSignal<Phase> {
        self.phase.read_only()
    }

    pub fn is_stale(&self) -> ReadSignal<bool> {
        self.stale.read_only()
    }

    /// The job with `id` as it changes: from the listing, else from a lookup. The memo only
    /// notifies when the job's data changed, so a view bound to it updates text in place.
    pub fn job(&self, id: String) -> Memo<Option<Job>> {
        let this = *self;
        Memo::new(move |_| this.find(&id))
    }

    /// What the row of the job with `id` shows, as it changes: a row's memo neither copies
    /// the job's text nor compares it when data arrives.
    pub fn row(&self, id: String) -> Memo<Option<RowFacts>> {
        let this = *self;
        Memo::new(move |_| this.with_job(&id, RowFacts::of))
    }

    /// The job with `id`, if known (tracked).
    pub fn find(&self, id: &str) -> Option<Job> {
        self.with_job(id, Job::clone)
    }

    /// `read` of the job with `id`, if known (tracked): from the listing, else a lookup.
    fn with_job<T>(&self, id: &str, read: impl Fn(&Job) -> T) -> Option<T> {
        self.listing
            .with(|listing| listing.get(id).map(&read))
            .or_else(|| {
                self.lookups.with(|lookups| match lookups.get(id) {
                    Some(Lookup::Found(job)) => Some(read(job)),
                    _ => None,
                })
            })
    }

    /// The lookup of `id`, if one was made (tracked).
    pub fn lookup(&self, id: &str) -> Option<Lookup> {
        self.lookups.with(|lookups| lookups.get(id).cloned())
    }

    /// Whether `id` is listed (untracked: for the loader's decisions).
    pub fn is_listed_untracked(&self, id: &str) -> bool {
        self.listing
            .with_untracked(|listing| listing.get(id).is_some())
    }

    /// Replaces the listed jobs unless they are unchanged, and sets the phase.
    pub fn set_listing(&self, jobs: Vec<Job>, phase: Phase) {
        let unchanged = self
            .listing
            .with_untracked(|listing| listing.jobs.as_ref() == jobs.as_slice());
        if !unchanged {
            self.listing.set(Listing::new(jobs, self.lower_case));
        }
        self.set_phase(phase);
    }

    /// Replaces the listed jobs with `change` of them, keeping the phase: for details that
    /// arrive after the list.
    pub fn update_listed(&self, change: impl FnOnce(&[Job]) -> Vec<Job>) {
        let jobs = self.listing.with_untracked(|listing| change(&listing.jobs));
        let phase = self.phase.get_untracked();
        self.set_listing(jobs, phase);
    }

    pub fn set_phase(&self, phase: Phase) {
        if self.phase.with_untracked(|current| *current != phase) {
            self.phase.set(phase);
        }
    }

    pub fn set_lookup(&self, id: String, lookup: Lookup) {
        self.lookups.update(|lookups| {
            lookups.insert(id, lookup);
        });
    }

    pub fn has_lookup_untracked(&self, id: &str) -> bool {
        self.lookups
            .with_untracked(|lookups| lookups.contains_key(id))
    }

    /// Forgets lookups that failed, so a retry asks again.
    pub fn forget_failed_lookups(&self) {
        self.lookups
            .update(|lookups| lookups.retain(|_, lookup| !matches!(lookup, Lookup::Failed(_))));
    }

    pub fn set_stale(&self, stale: bool) {
        if self.stale.get_untracked() != stale {
            self.stale.set(stale);
        }
    }
}

impl Default for Catalog {
    fn default() -> Self {
        Self::new()
    }
}
