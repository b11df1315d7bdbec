//! The structured-data report that ends a snapshot (and `careers doctor`): how many job pages
//! carry a JobPosting, which do not, and what would give them one.

use std::collections::BTreeMap;

use teamtailor_api::{Job, PostingGap};

use crate::posting_places::PostingPlaces;

/// Jobs named per reason; the rest are counted.
const NAMED_JOBS: usize = 10;

/// Job pages with and without a JobPosting, by reason.
#[derive(Debug, Default)]
pub struct PostingReport {
    pages: usize,
    /// "id title" of the jobs without, by why.
    without: BTreeMap<PostingGap, Vec<String>>,
}

impl PostingReport {
    /// The report `jobs` would get in a snapshot taken at `generated_at` with `places`.
    pub fn of(jobs: &[Job], places: &PostingPlaces, generated_at: &str) -> Self {
        let mut report = Self::default();
        for job in jobs {
            report.record(job, places.gap_of(job, generated_at));
        }
        report
    }

    /// Counts one job page; `gap` is why it has no JobPosting.
    pub fn record(&mut self, job: &Job, gap: Option<PostingGap>) {
        self.pages += 1;
        if let Some(gap) = gap {
            let title = job.title.trim();
            let name = match title.is_empty() {
                true => job.id.clone(),
                false => format!("{} {title}", job.id),
            };
            self.without.entry(gap).or_default().push(name);
        }
    }

    /// Job pages without a JobPosting.
    pub fn missing(&self) -> usize {
        self.without.values().map(Vec::len).sum()
    }

    /// The counts, then for each reason its fix and a line per job it names.
    pub fn lines(&self) -> Vec<String> {
        let valid = self.pages - self.missing();
        let mut lines = vec![match self.missing() {
            0 => format!("{} job pages: all with a valid JobPosting", self.pages),
            missing => format!(
                "{} job pages: {valid} with a valid JobPosting; {missing} without",
                self.pages
            ),
        }];
        for (gap, jobs) in &self.without {
            let (why, fix) = explain(*gap);
            lines.push(format!("  {} {why}: {fix}", jobs.len()));
            lines.extend(jobs.iter().take(NAMED_JOBS).map(|job| format!("    {job}")));
            if jobs.len() > NAMED_JOBS {
                lines.push(format!("    … and {} more", jobs.len() - NAMED_JOBS));
            }
        }
        lines
    }
}

/// What the reason means, and what would fix it.
fn explain(gap: PostingGap) -> (&'static str, &'static str) {
    match gap {
        PostingGap::NoLocation => (
            "with no location",
            "add a location in the source, or pass --default-location \"City, CC\"",
        ),
        PostingGap::NoRemoteCountry => (
            "fully remote with no country",
            "add a location with a country, or pass --remote-countries or --company-country",
        ),
        PostingGap::NoTitle => ("with no title", "give the job a title in the source"),
        PostingGap::NoDatePosted => (
            "with no publication date",
            "the source gave no creation time",
        ),
    }
}
