//! The demo account: 67 published jobs plus unlisted, draft and archived ones.

use super::calendar::days_from_civil;
use super::catalogue::DEMO_JOBS;
use super::hostile_bodies::hostile_body;
use super::job_factory::build_job;
use super::model::DemoData;
use super::taxonomy::{departments, locations, roles};

/// Id of the first demo job; the rest follow in catalogue order.
pub const FIRST_DEMO_JOB_ID: u32 = 7101;
/// Published jobs whose bodies carry script-injection attempts.
pub const HOSTILE_JOB_IDS: [u32; 4] = [7114, 7130, 7153, 7163];
/// Published jobs with `pinned: true`.
pub const PINNED_JOB_IDS: [u32; 5] = [7101, 7124, 7131, 7141, 7166];
/// Published jobs that publish pay: full ranges, a minimum only and a maximum only; SEK, EUR
/// and USD; monthly, yearly and hourly.
pub const SALARY_JOB_IDS: [u32; 11] = [
    7102, 7105, 7111, 7112, 7118, 7127, 7134, 7140, 7145, 7150, 7160,
];
/// Published jobs whose applications happen on another site.
pub const EXTERNAL_APPLY_JOB_IDS: [u32; 3] = [7123, 7139, 7167];

/// The demo's "now": creation times count back from here. End dates lie a year or more after.
pub(super) const DEMO_NOW: i64 = days_from_civil(2026, 4, 1) * 86_400 + 6 * 3_600;

/// Departments, locations and roles with no jobs yet.
pub(super) fn taxonomy_only() -> DemoData {
    DemoData {
        departments: departments(),
        locations: locations(),
        roles: roles(),
        jobs: Vec::new(),
    }
}

/// The demo account the server starts with, identical on every call.
pub fn demo_data() -> DemoData {
    let mut data = taxonomy_only();
    data.jobs = DEMO_JOBS
        .iter()
        .enumerate()
        .map(|(index, spec)| {
            // 37 is coprime with 101, so the slots are distinct but not in id order: sorting by
            // created-at then really has to reorder.
            let slot = (index as i64 * 37) % 101;
            let created_at = DEMO_NOW - slot * 26 * 3_600;
            build_job(
                index,
                FIRST_DEMO_JOB_ID + index as u32,
                created_at,
                spec,
                &data,
            )
        })
        .collect();
    // Two jobs share a creation time so the id tie-break of the default order is observable.
    data.jobs[11].created_at = data.jobs[10].created_at;
    for job in &mut data.jobs {
        job.end_date = job.end_date.take().map(|_| far_deadline(job.id));
        job.pinned = PINNED_JOB_IDS.contains(&job.id);
        if let Some(variant) = HOSTILE_JOB_IDS.iter().position(|id| *id == job.id) {
            job.body = hostile_body(variant, &job.body);
        }
        if let Some(position) = EXTERNAL_APPLY_JOB_IDS.iter().position(|id| *id == job.id) {
            job.external_application_url = Some(
                [
                    "https://freelance.example.org/gigs/technical-writer",
                    "https://executive-search.example.com/northwind/head-of-sales",
                    "https://careers.example-university.edu/internships/northwind",
                ][position]
                    .to_owned(),
            );
        }
        if let Some(position) = SALARY_JOB_IDS.iter().position(|id| *id == job.id) {
            let (min, max, currency, unit) = [
                (Some(42_000), None, "SEK", "monthly"),
                (None, Some(35), "USD", "hourly"),
                (Some(45_000), Some(58_000), "SEK", "monthly"),
                (Some(65_000), Some(80_000), "EUR", "yearly"),
                (Some(3_800), Some(4_600), "EUR", "monthly"),
                (Some(28), Some(34), "EUR", "hourly"),
                (Some(120_000), Some(150_000), "USD", "yearly"),
                (Some(52_000), None, "EUR", "yearly"),
                (Some(38_000), Some(46_000), "SEK", "monthly"),
                (Some(55_000), Some(70_000), "SEK", "monthly"),
                (None, Some(110_000), "USD", "yearly"),
            ][position];
            (job.min_salary, job.max_salary) = (min, max);
            (job.currency, job.salary_time_unit) = (Some(currency), Some(unit));
        }
    }
    data
}

/// An application deadline far enough ahead that boards hiding expired jobs still show it.
fn far_deadline(id: u32) -> String {
    super::calendar::format_date(DEMO_NOW + (400 + i64::from(id % 60)) * 86_400)
}
