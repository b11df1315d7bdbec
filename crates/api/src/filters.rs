//! The board's filter state: facet selections plus the search text, and its URL form.

use crate::model::Job;
use crate::search::SearchIndex;

/// Facet selections (ids or wire values) and search text; empty means "no constraint".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JobFilters {
    /// Department ids.
    pub departments: Vec<String>,
    /// Location ids.
    pub locations: Vec<String>,
    /// Role ids.
    pub roles: Vec<String>,
    /// Remote-status wire values: none, temporary, hybrid, fully.
    pub remote: Vec<String>,
    /// Language codes.
    pub languages: Vec<String>,
    /// Free text, matched by [`SearchIndex`].
    pub query: String,
}

/// URL parameter names, in the order facets are written; `tt_` keeps clear of the host page's.
pub(crate) const FACET_PARAMS: [&str; 5] = [
    "tt_department",
    "tt_location",
    "tt_role",
    "tt_remote",
    "tt_language",
];
const QUERY_PARAM: &str = "tt_q";

/// Every URL parameter `JobFilters` reads and writes, so a writer can replace exactly these.
pub const FILTER_PARAM_NAMES: [&str; 6] = [
    FACET_PARAMS[0],
    FACET_PARAMS[1],
    FACET_PARAMS[2],
    FACET_PARAMS[3],
    FACET_PARAMS[4],
    QUERY_PARAM,
];

/// Filter parameter names without their prefix, facets first (in `FACET_PARAMS` order).
const PARAM_SUFFIXES: [&str; 6] = ["department", "location", "role", "remote", "language", "q"];

impl JobFilters {
    /// Every URL parameter the filters use under `prefix` (`tt_` gives `FILTER_PARAM_NAMES`);
    /// several boards on one page each use their own prefix.
    pub fn param_names(prefix: &str) -> [String; 6] {
        PARAM_SUFFIXES.map(|suffix| format!("{prefix}{suffix}"))
    }

    /// `to_query_pairs` with the parameter names under `prefix`.
    pub fn to_prefixed_pairs(&self, prefix: &str) -> Vec<(String, String)> {
        self.to_query_pairs()
            .into_iter()
            .map(|(name, value)| {
                let suffix = name.strip_prefix("tt_").unwrap_or(name);
                (format!("{prefix}{suffix}"), value)
            })
            .collect()
    }

    /// `from_query_pairs` for parameter names under `prefix`; other parameters are ignored.
    pub fn from_prefixed_pairs<K, V>(prefix: &str, pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        Self::from_query_pairs(pairs.into_iter().filter_map(|(name, value)| {
            let suffix = name.as_ref().strip_prefix(prefix)?;
            PARAM_SUFFIXES
                .contains(&suffix)
                .then(|| (format!("tt_{suffix}"), value))
        }))
    }

    /// Whether nothing is selected and the search text is blank.
    pub fn is_empty(&self) -> bool {
        self.facets().iter().all(|facet| facet.is_empty()) && self.query.trim().is_empty()
    }

    /// Whether `job` passes every facet: OR within a facet, AND across facets.
    pub fn matches(&self, job: &Job) -> bool {
        (0..FACET_PARAMS.len()).all(|facet| self.facet_matches(facet, job))
    }

    /// Positions of the jobs in `jobs` (the slice `index` was built from) that pass the
    /// facets and the search text, in input order.
    pub fn apply(&self, jobs: &[Job], index: &SearchIndex) -> Vec<usize> {
        let query = index.prepare(&self.query);
        (0..jobs.len())
            .filter(|&at| index.matches_prepared(at, &query) && self.matches(&jobs[at]))
            .collect()
    }

    /// URL parameters for the non-empty parts: ids comma-joined, text as is.
    pub fn to_query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = FACET_PARAMS
            .iter()
            .zip(self.facets())
            .filter(|(_, values)| !values.is_empty())
            .map(|(name, values)| (*name, values.join(",")))
            .collect();
        if !self.query.trim().is_empty() {
            pairs.push((QUERY_PARAM, self.query.clone()));
        }
        pairs
    }

    /// Reads filters from decoded URL parameters; other parameters are ignored and a
    /// repeated facet parameter adds to the selection.
    pub fn from_query_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut filters = Self::default();
        for (name, value) in pairs {
            let (name, value) = (name.as_ref(), value.as_ref());
            if name == QUERY_PARAM {
                filters.query = value.to_owned();
                continue;
            }
            let Some(facet) = FACET_PARAMS.iter().position(|param| *param == name) else {
                continue;
            };
            let selection = filters.facet_mut(facet);
            for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                if !selection.iter().any(|known| known == id) {
                    selection.push(id.to_owned());
                }
            }
        }
        filters
    }

    /// The selections in `FACET_PARAMS` order.
    pub(crate) fn facets(&self) -> [&Vec<String>; 5] {
        [
            &self.departments,
            &self.locations,
            &self.roles,
            &self.remote,
            &self.languages,
        ]
    }

    fn facet_mut(&mut self, facet: usize) -> &mut Vec<String> {
        match facet {
            0 => &mut self.departments,
            1 => &mut self.locations,
            2 => &mut self.roles,
            3 => &mut self.remote,
            _ => &mut self.languages,
        }
    }

    /// Whether `job` passes facet number `facet` (an index into `FACET_PARAMS`).
    pub(crate) fn facet_matches(&self, facet: usize, job: &Job) -> bool {
        let selection = self.facets()[facet];
        selection.is_empty()
            || any_facet_value(facet, job, |id, _| selection.iter().any(|s| s == id))
    }
}

/// Calls `visit` with each `(id, label)` of `job` in facet number `facet` until it returns
/// true, and says whether it did. A job has none, one or (locations) several values.
pub(crate) fn any_facet_value<'a>(
    facet: usize,
    job: &'a Job,
    mut visit: impl FnMut(&'a str, &'a str) -> bool,
) -> bool {
    match facet {
        0 => job.department.iter().any(|d| visit(&d.id, &d.name)),
        1 => job.locations.iter().any(|l| visit(&l.id, &l.name)),
        2 => job.role.iter().any(|r| visit(&r.id, &r.name)),
        3 => {
            let wire = job.remote_status.as_wire();
            visit(wire, wire)
        }
        _ => job.language_code.iter().any(|code| visit(code, code)),
    }
}
