//! SmartRecruiters publishes one job once per language, each copy with its own posting id and
//! the same `refNumber`: the board lists each job once, in the reader's language if it can.

use rustc_hash::FxHashMap;

use crate::model::Job;

use super::feed_fields::same_language;
use super::smartrecruiters::Posting;

/// One job per `refNumber` (postings without one stand alone), in the order each job first
/// appears: the copy in `language` when there is one, else the first copy listed.
pub fn keep_one_copy_per_job(postings: Vec<Posting>, language: Option<&str>) -> Vec<Job> {
    copies_per_job(postings, language)
        .into_iter()
        .filter_map(|copies| copies.into_iter().next())
        .collect()
}

/// Every copy of each job, jobs in the order each first appears, the copies of one job in the
/// order a reader would want them: those in `language` first, then the others as listed. A
/// publisher that cannot read one copy's detail can fall back to the next.
pub fn copies_per_job(postings: Vec<Posting>, language: Option<&str>) -> Vec<Vec<Job>> {
    let mut jobs: Vec<Vec<Job>> = Vec::new();
    let mut slot_of_ref: FxHashMap<String, usize> = FxHashMap::default();
    for Posting { ref_number, job } in postings {
        let reference = ref_number
            .map(|reference| reference.trim().to_owned())
            .filter(|reference| !reference.is_empty());
        let Some(reference) = reference else {
            jobs.push(vec![job]);
            continue;
        };
        match slot_of_ref.get(&reference) {
            Some(&slot) => jobs[slot].push(job),
            None => {
                slot_of_ref.insert(reference, jobs.len());
                jobs.push(vec![job]);
            }
        }
    }
    for copies in &mut jobs {
        // A stable partition: the reader's language first, list order kept on both sides.
        let (mut preferred, others): (Vec<Job>, Vec<Job>) =
            copies.drain(..).partition(|job| reads_in(job, language));
        preferred.extend(others);
        *copies = preferred;
    }
    jobs
}

fn reads_in(job: &Job, language: Option<&str>) -> bool {
    match (job.language_code.as_deref(), language) {
        (Some(code), Some(language)) => same_language(code, language),
        _ => false,
    }
}
