//! A second version of an account, as it looks after the company edited it: what a repeat
//! visitor's cache has to be revalidated against.

use super::model::{DemoData, Job, JobStatus};

/// Text added to the first published job's pitch in the revised account.
pub const REVISED_PITCH_SUFFIX: &str = " (updated)";
/// Paragraph appended to the first published job's body in the revised account.
pub const REVISED_BODY_NOTE: &str = "<p>Updated: the team now works from two offices.</p>";
/// Title of the job published only in the revised account.
pub const REVISED_NEW_JOB_TITLE: &str = "Staff Platform Engineer";

impl DemoData {
    /// This account one edit later: the first published job has a new pitch and one more
    /// paragraph, and a new job,
    /// newer than every other, is published with the next free id.
    pub fn revised(&self) -> DemoData {
        let mut data = self.clone();
        let Some(first) = data
            .jobs
            .iter()
            .position(|job| job.status == JobStatus::Published)
        else {
            return data;
        };
        data.jobs[first].pitch.push_str(REVISED_PITCH_SUFFIX);
        data.jobs[first].body.push_str(REVISED_BODY_NOTE);
        let newest = data
            .jobs
            .iter()
            .map(|job| job.created_at)
            .max()
            .unwrap_or(0);
        let next_id = data.jobs.iter().map(|job| job.id).max().unwrap_or(0) + 1;
        let new_job = Job {
            id: next_id,
            title: REVISED_NEW_JOB_TITLE.to_owned(),
            pitch: "Build the platform every team ships on".to_owned(),
            pinned: false,
            created_at: newest + 3_600,
            updated_at: newest + 3_600,
            ..data.jobs[first].clone()
        };
        data.jobs.push(new_job);
        data
    }
}
