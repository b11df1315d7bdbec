//! The board's jobs as one store that arriving data updates in place. Views bind to a job
//! by id ([`Catalog::job`]) or to the listing; a later page, a revalidation or a lookup
//! changes the values they read and nothing else, so no view is re-created by data.

use rustc_hash::FxHashMap;
use std::sync::Arc;

use leptos::prelude::*;
use teamtailor_api::{Job, Lookup, LowerCase, Phase, SearchIndex};

use crate::BoardScope;

/// The listed jobs in board order, with their search index and an id → position map.
#[derive(Clone)]
pub struct Listing {
    pub jobs: Arc<[Job]>,
    pub index: Arc<SearchIndex>,
    positions: Arc<FxHashMap<String, usize>>,
}

impl Listing {
    fn new(jobs: Vec<Job>, lower_case: LowerCase) -> Self {
        let index = Arc::new(SearchIndex::with_lower_case(&jobs, lower_case));
        let positions = jobs
            .iter()
            .enumerate()
            .map(|(at, job)| (job.id.clone(), at))
            .collect();
        Self {
            jobs: jobs.into(),
            index,
            positions: Arc::new(positions),
        }
    }

    /// The listed job with `id`.
    pub fn get(&self, id: &str) -> Option<&Job> {
        self.positions.get(id).map(|&at| &self.jobs[at])
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

    /// The job with `id`, if known (tracked).
    pub fn find(&self, id: &str) -> Option<Job> {
        self.listing
            .with(|listing| listing.get(id).cloned())
            .or_else(|| {
                self.lookups.with(|lookups| match lookups.get(id) {
                    Some(Lookup::Found(job)) => Some(job.as_ref().clone()),
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
