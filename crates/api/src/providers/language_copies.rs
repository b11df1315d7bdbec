//! SmartRecruiters publishes one job once per language, each copy with its own posting id and
//! the same `refNumber`: the board lists each job once, in the reader's language if it can.

use std::collections::HashMap;

use crate::model::Job;

use super::feed_fields::same_language;
use super::smartrecruiters::Posting;

/// One job per `refNumber` (postings without one stand alone), in the order each job first
/// appears: the copy in `language` when there is one, else the first copy listed.
pub fn keep_one_copy_per_job(postings: Vec<Posting>, language: Option<&str>) -> Vec<Job> {
    let mut chosen: Vec<Job> = Vec::new();
    let mut slot_of_ref: HashMap<String, usize> = HashMap::new();
    for Posting { ref_number, job } in postings {
        let reference = ref_number
            .map(|reference| reference.trim().to_owned())
            .filter(|reference| !reference.is_empty());
        let Some(reference) = reference else {
            chosen.push(job);
            continue;
        };
        match slot_of_ref.get(&reference) {
            Some(&slot) => {
                if reads_in(&job, language) && !reads_in(&chosen[slot], language) {
                    chosen[slot] = job;
                }
            }
            None => {
                slot_of_ref.insert(reference, chosen.len());
                chosen.push(job);
            }
        }
    }
    chosen
}

fn reads_in(job: &Job, language: Option<&str>) -> bool {
    match (job.language_code.as_deref(), language) {
        (Some(code), Some(language)) => same_language(code, language),
        _ => false,
    }
}
