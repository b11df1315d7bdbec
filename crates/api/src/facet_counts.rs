//! Option counts beside each filter, with standard faceted-search semantics.

use rustc_hash::FxHashMap;

use crate::filters::{any_facet_value, Facet, JobFilters};
use crate::model::Job;
use crate::search::SearchIndex;

/// One value of a facet and how many jobs the board would show with it selected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// Department, location or role id, remote wire value, or language code.
    pub id: String,
    /// Department, location or role name; the id itself for remote and language.
    pub label: String,
    /// Jobs matching the search text and every other facet that have this value.
    pub count: usize,
}

/// The options of every facet, each sorted by label (case- and accent-insensitively).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    pub departments: Vec<FacetOption>,
    pub locations: Vec<FacetOption>,
    pub roles: Vec<FacetOption>,
    pub remote: Vec<FacetOption>,
    pub languages: Vec<FacetOption>,
    /// One option at most: [`PAY_PUBLISHED`](crate::PAY_PUBLISHED), when a job publishes pay.
    pub pay: Vec<FacetOption>,
}

impl FacetCounts {
    /// The options of `facet`.
    pub fn options(&self, facet: Facet) -> &[FacetOption] {
        match facet {
            Facet::Department => &self.departments,
            Facet::Location => &self.locations,
            Facet::Role => &self.roles,
            Facet::Remote => &self.remote,
            Facet::Language => &self.languages,
            Facet::Pay => &self.pay,
        }
    }

    /// Whether the board offers `facet` as a filter (see [`Facet::offered_with`]).
    pub fn offers(&self, facet: Facet) -> bool {
        facet.offered_with(self.options(facet))
    }

    fn options_mut(&mut self, facet: Facet) -> &mut Vec<FacetOption> {
        match facet {
            Facet::Department => &mut self.departments,
            Facet::Location => &mut self.locations,
            Facet::Role => &mut self.roles,
            Facet::Remote => &mut self.remote,
            Facet::Language => &mut self.languages,
            Facet::Pay => &mut self.pay,
        }
    }
}

/// Counts each facet's options over the jobs passing the search text and all OTHER facets,
/// so a count says how many jobs choosing that option would leave. Options present in
/// `jobs` are listed even at 0, and so are selected ids found in no job (labelled by id),
/// so a stale selection from a shared URL can still be seen and cleared.
pub fn facet_counts(jobs: &[Job], filters: &JobFilters, index: &SearchIndex) -> FacetCounts {
    let query = index.prepare(&filters.query);
    let mut tallies: [Tally; 6] = Default::default();
    for (at, job) in jobs.iter().enumerate() {
        let query_passes = index.matches_prepared(at, &query);
        let failing = Facet::ALL
            .iter()
            .filter(|&&facet| !filters.facet_matches(facet, job))
            .fold(0_u8, |bits, facet| bits | 1 << facet.position());
        for (facet, tally) in Facet::ALL.into_iter().zip(tallies.iter_mut()) {
            let counts = query_passes && failing & !(1 << facet.position()) == 0;
            any_facet_value(facet, job, |id, label| {
                tally.add(id, label, counts.then_some(at));
                false
            });
        }
    }
    let [departments, locations, roles, remote, languages, pay] =
        tallies.map(|tally| tally.into_options());
    let mut counts = FacetCounts {
        departments,
        locations,
        roles,
        remote,
        languages,
        pay,
    };
    for facet in Facet::ALL {
        let options = counts.options_mut(facet);
        for id in filters.selection(facet) {
            if !options.iter().any(|option| &option.id == id) {
                options.push(FacetOption {
                    id: id.clone(),
                    label: id.clone(),
                    count: 0,
                });
            }
        }
        crate::sort_order::sort_by_cached_key(options, |option| {
            (index.fold(&option.label), option.id.clone())
        });
    }
    counts
}

/// Options of one facet in first-seen order, with a lookup by id.
#[derive(Default)]
struct Tally<'a> {
    /// `(id, label, count, last job counted)`; the last job stops a job listing the same
    /// location twice from counting twice.
    options: Vec<(&'a str, &'a str, usize, Option<usize>)>,
    positions: FxHashMap<&'a str, usize>,
}

impl<'a> Tally<'a> {
    /// Registers the option and, when `job` is given, counts that job once for it.
    fn add(&mut self, id: &'a str, label: &'a str, job: Option<usize>) {
        let options = &mut self.options;
        let at = *self.positions.entry(id).or_insert_with(|| {
            options.push((id, label, 0, None));
            options.len() - 1
        });
        let option = &mut self.options[at];
        if job.is_some() && option.3 != job {
            option.2 += 1;
            option.3 = job;
        }
    }

    fn into_options(self) -> Vec<FacetOption> {
        self.options
            .into_iter()
            .map(|(id, label, count, _)| FacetOption {
                id: id.to_owned(),
                label: label.to_owned(),
                count,
            })
            .collect()
    }
}
