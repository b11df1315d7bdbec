//! Prefix search over jobs, built once per job list so each keystroke only does binary searches.

use rustc_hash::FxHashMap;
use std::ops::Range;

use crate::html_text::html_to_text;
use crate::model::Job;
use crate::text_fold::{fold_with, words, LowerCase};

/// Folded words of every job, for "every query word is a prefix of some job word" search.
#[derive(Clone, Debug)]
pub struct SearchIndex {
    /// Every distinct folded word of all jobs, sorted, so a prefix is one contiguous range.
    vocabulary: Vec<Box<str>>,
    /// Each job's word ids (positions in `vocabulary`), sorted and deduplicated, back to back.
    word_ids: Vec<u32>,
    /// Where each job's ids start in `word_ids`; one extra entry closes the last job.
    starts: Vec<u32>,
    /// Lower-cases the scripts [`fold`](crate::fold) has no table for, for jobs and queries alike.
    lower_case: LowerCase,
}

/// A query folded and resolved against an index, reusable across jobs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedQuery {
    /// The vocabulary id range each query word's prefix covers, narrowest first.
    ranges: Vec<Range<u32>>,
    /// Some query word is a prefix of no word at all, so nothing can match.
    impossible: bool,
}

impl SearchIndex {
    /// Indexes title, pitch, department, locations (name, city, country), role and body text.
    pub fn new(jobs: &[Job]) -> Self {
        Self::with_lower_case(jobs, str::to_lowercase)
    }

    /// [`SearchIndex::new`] with `lower_case` for scripts beyond Latin (see [`fold_with`]):
    /// the widget passes the browser's, so std's Unicode tables stay out of its wasm.
    pub fn with_lower_case(jobs: &[Job], lower_case: LowerCase) -> Self {
        let mut provisional: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut word_ids = Vec::new();
        let mut starts = Vec::with_capacity(jobs.len() + 1);
        for job in jobs {
            starts.push(word_ids.len() as u32);
            let text = fold_with(&searchable_text(job), lower_case);
            for word in words(&text) {
                // Look up before inserting: most words repeat, and a key costs an allocation.
                let id = match provisional.get(word) {
                    Some(&id) => id,
                    None => {
                        let id = provisional.len() as u32;
                        provisional.insert(word.into(), id);
                        id
                    }
                };
                word_ids.push(id);
            }
        }
        starts.push(word_ids.len() as u32);

        // Renumber ids in sorted word order so a prefix range of words is a range of ids.
        let mut vocabulary: Vec<(Box<str>, u32)> = provisional.into_iter().collect();
        crate::sort_order::sort(&mut vocabulary);
        let mut rank = vec![0; vocabulary.len()];
        for (sorted, (_, id)) in vocabulary.iter().enumerate() {
            rank[*id as usize] = sorted as u32;
        }
        let mut index = Self {
            vocabulary: vocabulary.into_iter().map(|(word, _)| word).collect(),
            word_ids: Vec::with_capacity(word_ids.len()),
            starts: Vec::with_capacity(starts.len()),
            lower_case,
        };
        index.starts.push(0);
        for job in starts.windows(2) {
            let mut ids: Vec<u32> = word_ids[job[0] as usize..job[1] as usize]
                .iter()
                .map(|&id| rank[id as usize])
                .collect();
            crate::sort_order::sort(&mut ids);
            ids.dedup();
            index.word_ids.extend(ids);
            index.starts.push(index.word_ids.len() as u32);
        }
        index
    }

    /// The number of indexed jobs.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether no jobs are indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Folds `text` as the index folded its jobs.
    pub fn fold(&self, text: &str) -> String {
        fold_with(text, self.lower_case)
    }

    /// Folds and splits `query` and finds the vocabulary range of each of its words.
    pub fn prepare(&self, query: &str) -> PreparedQuery {
        let folded = self.fold(query);
        let mut ranges: Vec<Range<u32>> = words(&folded).map(|w| self.prefix_range(w)).collect();
        crate::sort_order::sort_by_cached_key(&mut ranges, |range| (range.len(), range.start));
        ranges.dedup();
        let impossible = ranges.iter().any(|range| range.is_empty());
        PreparedQuery { ranges, impossible }
    }

    /// Whether job `job` (its position in the indexed slice) matches a prepared query. A
    /// query of no words matches every indexed job, and every job at all in an index of none
    /// (one not built yet, because nothing was searched).
    pub fn matches_prepared(&self, job: usize, query: &PreparedQuery) -> bool {
        if query.impossible {
            return false;
        }
        if query.ranges.is_empty() {
            return self.is_empty() || job < self.len();
        }
        let Some(ids) = self.job_word_ids(job) else {
            return false;
        };
        query.ranges.iter().all(|range| {
            let first_not_below = ids.partition_point(|&id| id < range.start);
            ids.get(first_not_below).is_some_and(|&id| id < range.end)
        })
    }

    /// Whether job `job` matches `query`; an empty query matches every job.
    pub fn matches(&self, job: usize, query: &str) -> bool {
        self.matches_prepared(job, &self.prepare(query))
    }

    /// Positions of the jobs matching `query`, in input order.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let prepared = self.prepare(query);
        (0..self.len())
            .filter(|&job| self.matches_prepared(job, &prepared))
            .collect()
    }

    fn job_word_ids(&self, job: usize) -> Option<&[u32]> {
        let start = *self.starts.get(job)? as usize;
        let end = *self.starts.get(job + 1)? as usize;
        Some(&self.word_ids[start..end])
    }

    /// The ids of all vocabulary words starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let start = self.vocabulary.partition_point(|word| &**word < prefix);
        let len = self.vocabulary[start..].partition_point(|word| word.starts_with(prefix));
        start as u32..(start + len) as u32
    }
}

/// Every searchable field of a job as one text, fields separated by spaces.
fn searchable_text(job: &Job) -> String {
    let mut text = String::new();
    let mut add = |field: &str| {
        text.push_str(field);
        text.push(' ');
    };
    add(&job.title);
    add(job.pitch.as_deref().unwrap_or_default());
    add(job.department.as_ref().map_or("", |d| d.name.as_str()));
    add(job.role.as_ref().map_or("", |r| r.name.as_str()));
    for location in &job.locations {
        add(&location.name);
        add(location.city.as_deref().unwrap_or_default());
        add(location.country.as_deref().unwrap_or_default());
    }
    add(&html_to_text(&job.body_html));
    text
}
