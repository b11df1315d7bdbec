//! Demo data: departments, locations, roles and jobs with the variety a real company has.

mod bodies;
mod calendar;
mod catalogue;
mod demo;
mod generated;
mod hostile_bodies;
mod job_factory;
mod model;
mod phrases;
mod prng;
mod revision;
mod taxonomy;

pub use bodies::BASE_PLACEHOLDER;
pub use calendar::{format_date, format_rfc3339};
pub use demo::{
    demo_data, EXTERNAL_APPLY_JOB_IDS, FIRST_DEMO_JOB_ID, HOSTILE_JOB_IDS, PINNED_JOB_IDS,
    SALARY_JOB_IDS,
};
pub use generated::{generated_data, FIRST_GENERATED_JOB_ID};
pub use job_factory::PICTURE_COUNT;
pub use model::{DemoData, Department, Job, JobStatus, Location, Picture, Role};
pub use revision::{REVISED_BODY_NOTE, REVISED_NEW_JOB_TITLE, REVISED_PITCH_SUFFIX};
pub use taxonomy::{ENGINEERING_DEPARTMENT_ID, REMOTE_LOCATION_ID, SALES_DEPARTMENT_ID};
