//! Turns a hand-written `JobSpec` into a full `Job`, deriving the attributes readers skim past.

use super::bodies::job_body;
use super::calendar::format_date;
use super::catalogue::JobSpec;
use super::model::{DemoData, Job, Picture};
use super::phrases::{phrases, pitch, team};
use super::prng::SeededRng;
use super::taxonomy::REMOTE;

const DAY: i64 = 86_400;
/// Number of distinct generated pictures under `/assets/pictures/`.
pub const PICTURE_COUNT: u32 = 12;

/// A full job from `spec`; `index` drives the round-robin variety, `taxonomy` names things.
pub(super) fn build_job(
    index: usize,
    id: u32,
    created_at: i64,
    spec: &JobSpec,
    taxonomy: &DemoData,
) -> Job {
    let mut rng = SeededRng::new(u64::from(id));
    let department = spec.department.and_then(|id| taxonomy.department(id));
    let first_location = spec.locations.first().and_then(|id| taxonomy.location(*id));
    let place = first_location.map_or("Stockholm", |location| {
        location.city.unwrap_or(location.name)
    });
    let team = team(spec.language, department.map(|department| department.name));
    let picture_number = (index as u32 % PICTURE_COUNT) + 1;
    let fully_remote = spec.locations.contains(&REMOTE);
    Job {
        id,
        title: spec.title.to_owned(),
        body: job_body(index, spec.title, spec.language, &team, picture_number),
        pitch: pitch(spec.language, &team, place),
        status: spec.status,
        created_at,
        updated_at: created_at + rng.below(5 * DAY as u64) as i64,
        start_date: index
            .is_multiple_of(4)
            .then(|| format_date(created_at + 45 * DAY)),
        end_date: (index % 5 == 2)
            .then(|| format_date(created_at + (30 + index as i64 % 20) * DAY)),
        pinned: false,
        picture: match index % 3 {
            0 => Picture::Variants(picture_number),
            1 => Picture::Url(picture_number),
            _ => Picture::Missing,
        },
        remote_status: if fully_remote {
            "fully"
        } else {
            ["none", "hybrid", "none", "temporary", "hybrid"][index % 5]
        },
        language_code: spec.language,
        employment_type: employment_type(index, spec.title),
        external_application_url: None,
        apply_button_text: if index % 10 == 9 {
            // The real API sends "" when the company kept the default text.
            String::new()
        } else {
            phrases(spec.language).apply_button.to_owned()
        },
        min_salary: None,
        max_salary: None,
        currency: None,
        salary_time_unit: None,
        tags: tags(
            index,
            department.map(|department| department.name),
            fully_remote,
        ),
        department_id: spec.department,
        location_ids: spec.locations.to_vec(),
        role_id: spec.role,
    }
}

fn employment_type(index: usize, title: &str) -> &'static str {
    if title.contains("Intern") {
        "internship"
    } else if title.contains("Part-time") {
        "parttime"
    } else if title.contains("Freelance") {
        "contract"
    } else {
        [
            "fulltime",
            "fulltime",
            "fulltime",
            "parttime",
            "fulltime",
            "fulltime",
            "temporary",
        ][index % 7]
    }
}

fn tags(index: usize, department: Option<&str>, fully_remote: bool) -> Vec<String> {
    let mut tags: Vec<String> = department
        .map(|name| name.to_lowercase().replace(' ', "-"))
        .into_iter()
        .collect();
    if fully_remote {
        tags.push("remote".to_owned());
    }
    if index.is_multiple_of(3) {
        tags.push("urgent".to_owned());
    }
    tags
}
