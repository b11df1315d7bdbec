//! The board's filter state: facet selections plus the search text, and its URL form.

use crate::facet_counts::FacetOption;
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
    /// [`PAY_PUBLISHED`] to keep only the jobs that publish pay.
    pub pay: Vec<String>,
    /// Free text, matched by [`SearchIndex`].
    pub query: String,
}

/// One of the board's five filters. Facets are written to the URL, counted and shown in
/// `Facet::ALL` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    Department,
    Location,
    Role,
    Remote,
    Language,
    /// Whether the job publishes pay: its one value is [`PAY_PUBLISHED`].
    Pay,
}

impl Facet {
    /// Every facet, in display and URL order.
    pub const ALL: [Facet; 6] = [
        Facet::Department,
        Facet::Location,
        Facet::Role,
        Facet::Remote,
        Facet::Language,
        Facet::Pay,
    ];

    /// The URL parameter name after the board's prefix (`tt_` + `department`).
    pub fn param_suffix(self) -> &'static str {
        match self {
            Facet::Department => "department",
            Facet::Location => "location",
            Facet::Role => "role",
            Facet::Remote => "remote",
            Facet::Language => "language",
            Facet::Pay => "pay",
        }
    }

    /// Whether the board offers this facet with `options`: a choice between two values or
    /// more, or for pay, its one value (choosing it keeps the jobs that publish pay). A
    /// selected facet shows whatever its options, so a selection can be seen and cleared.
    pub fn offered_with(self, options: &[FacetOption]) -> bool {
        let fewest = match self {
            Facet::Pay => 1,
            _ => 2,
        };
        options.len() >= fewest
    }

    /// Position in [`Facet::ALL`], for per-facet arrays.
    pub fn position(self) -> usize {
        self as usize
    }
}

/// Suffix of the search-text parameter (`tt_q`).
const QUERY_SUFFIX: &str = "q";
/// The pay facet's one value: the job publishes pay (`tt_pay=published`).
pub const PAY_PUBLISHED: &str = "published";
/// The default board's parameter prefix; other boards use their own (`eng_`).
const DEFAULT_PREFIX: &str = "tt_";

/// The default board's search-text parameter.
const QUERY_PARAM: &str = "tt_q";

/// Every URL parameter `JobFilters` reads and writes, so a writer can replace exactly these:
/// the facets' in `Facet::ALL` order, then the search text's.
pub const FILTER_PARAM_NAMES: [&str; 7] = [
    "tt_department",
    "tt_location",
    "tt_role",
    "tt_remote",
    "tt_language",
    "tt_pay",
    QUERY_PARAM,
];

impl JobFilters {
    /// Every URL parameter the filters use under `prefix` (`tt_` gives `FILTER_PARAM_NAMES`);
    /// several boards on one page each use their own prefix.
    pub fn param_names(prefix: &str) -> [String; 7] {
        let [department, location, role, remote, language, pay] =
            Facet::ALL.map(|facet| format!("{prefix}{}", facet.param_suffix()));
        let query = format!("{prefix}{QUERY_SUFFIX}");
        [department, location, role, remote, language, pay, query]
    }

    /// `to_query_pairs` with the parameter names under `prefix`.
    pub fn to_prefixed_pairs(&self, prefix: &str) -> Vec<(String, String)> {
        self.to_query_pairs()
            .into_iter()
            .map(|(name, value)| {
                let suffix = name.strip_prefix(DEFAULT_PREFIX).unwrap_or(name);
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
            let known = suffix == QUERY_SUFFIX
                || Facet::ALL
                    .iter()
                    .any(|facet| facet.param_suffix() == suffix);
            known.then(|| (format!("{DEFAULT_PREFIX}{suffix}"), value))
        }))
    }

    /// Whether nothing is selected and the search text is blank.
    pub fn is_empty(&self) -> bool {
        Facet::ALL
            .iter()
            .all(|&facet| self.selection(facet).is_empty())
            && self.query.trim().is_empty()
    }

    /// Whether `job` passes every facet: OR within a facet, AND across facets.
    pub fn matches(&self, job: &Job) -> bool {
        Facet::ALL
            .iter()
            .all(|&facet| self.facet_matches(facet, job))
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
        let mut pairs: Vec<(&'static str, String)> = Facet::ALL
            .iter()
            .map(|&facet| (FILTER_PARAM_NAMES[facet.position()], self.selection(facet)))
            .filter(|(_, values)| !values.is_empty())
            .map(|(name, values)| (name, values.join(",")))
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
            let Some(&facet) = Facet::ALL
                .iter()
                .find(|facet| FILTER_PARAM_NAMES[facet.position()] == name)
            else {
                continue;
            };
            let selection = filters.selection_mut(facet);
            for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                if !selection.iter().any(|known| known == id) {
                    selection.push(id.to_owned());
                }
            }
        }
        filters
    }

    /// The ids (or wire values) selected in `facet`.
    pub fn selection(&self, facet: Facet) -> &Vec<String> {
        match facet {
            Facet::Department => &self.departments,
            Facet::Location => &self.locations,
            Facet::Role => &self.roles,
            Facet::Remote => &self.remote,
            Facet::Language => &self.languages,
            Facet::Pay => &self.pay,
        }
    }

    /// The selection of `facet`, to change it.
    pub fn selection_mut(&mut self, facet: Facet) -> &mut Vec<String> {
        match facet {
            Facet::Department => &mut self.departments,
            Facet::Location => &mut self.locations,
            Facet::Role => &mut self.roles,
            Facet::Remote => &mut self.remote,
            Facet::Language => &mut self.languages,
            Facet::Pay => &mut self.pay,
        }
    }

    /// Whether `job` passes `facet`.
    pub(crate) fn facet_matches(&self, facet: Facet, job: &Job) -> bool {
        let selection = self.selection(facet);
        selection.is_empty()
            || any_facet_value(facet, job, |id, _| selection.iter().any(|s| s == id))
    }
}

/// Calls `visit` with each `(id, label)` of `job` in `facet` until it returns true, and says
/// whether it did. A job has none, one or (locations) several values.
pub(crate) fn any_facet_value<'a>(
    facet: Facet,
    job: &'a Job,
    mut visit: impl FnMut(&'a str, &'a str) -> bool,
) -> bool {
    match facet {
        Facet::Department => job.department.iter().any(|d| visit(&d.id, &d.name)),
        Facet::Location => job.locations.iter().any(|l| visit(&l.id, &l.name)),
        Facet::Role => job.role.iter().any(|r| visit(&r.id, &r.name)),
        Facet::Remote => {
            let wire = job.remote_status.as_wire();
            visit(wire, wire)
        }
        Facet::Language => job.language_code.iter().any(|code| visit(code, code)),
        Facet::Pay => job.salary.is_some() && visit(PAY_PUBLISHED, PAY_PUBLISHED),
    }
}
