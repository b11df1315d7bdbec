//! `--jobs N`: many published jobs over the demo taxonomy, for benchmarks.

use super::catalogue::JobSpec;
use super::demo::{taxonomy_only, DEMO_NOW};
use super::job_factory::build_job;
use super::model::{DemoData, JobStatus};
use super::prng::SeededRng;

/// Id of the first generated job.
pub const FIRST_GENERATED_JOB_ID: u32 = 10_001;
const LEVELS: [&str; 6] = [
    "Senior",
    "Junior",
    "Lead",
    "Staff",
    "Principal",
    "Associate",
];
const LANGUAGES: [&str; 8] = ["en", "en", "en", "en", "en", "sv", "de", "fr"];

/// `count` published jobs with unique titles, spread over every department, location and role.
pub fn generated_data(count: usize) -> DemoData {
    let mut data = taxonomy_only();
    let mut rng = SeededRng::new(2_000);
    let location_ids: Vec<u32> = data.locations.iter().map(|location| location.id).collect();
    data.jobs = (0..count)
        .map(|index| {
            let role = &data.roles[index % data.roles.len()];
            let first = location_ids[index % location_ids.len()];
            let second = location_ids[rng.below(location_ids.len() as u64) as usize];
            let locations: Vec<u32> = if index.is_multiple_of(3) && second != first {
                vec![first, second]
            } else {
                vec![first]
            };
            let title = format!(
                "{} {} {}",
                LEVELS[index % LEVELS.len()],
                role.name,
                index + 1
            );
            let spec = JobSpec {
                title: &title,
                department: Some(role.department_id),
                role: Some(role.id),
                locations: &locations,
                language: LANGUAGES[index % LANGUAGES.len()],
                status: JobStatus::Published,
            };
            let created_at = DEMO_NOW - index as i64 * 47 * 60;
            let mut job = build_job(
                index,
                FIRST_GENERATED_JOB_ID + index as u32,
                created_at,
                &spec,
                &data,
            );
            job.pinned = index.is_multiple_of(400);
            job
        })
        .collect();
    data
}
