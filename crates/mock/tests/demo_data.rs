//! Invariants of the demo account and of `--jobs N` generation.

use std::collections::HashSet;
use teamtailor_mock::data::*;

#[test]
fn demo_has_enough_published_jobs_and_every_other_status() {
    let data = demo_data();
    assert!(data.count_with_status(JobStatus::Published) >= 60);
    assert_eq!(data.count_with_status(JobStatus::Unlisted), 5);
    assert_eq!(data.count_with_status(JobStatus::Draft), 2);
    assert_eq!(data.count_with_status(JobStatus::Archived), 2);
}

#[test]
fn taxonomy_has_departments_locations_with_remote_and_roles_in_departments() {
    let data = demo_data();
    assert!(data.departments.len() >= 6);
    assert!(data.locations.len() >= 8);
    let remote = data.location(REMOTE_LOCATION_ID).expect("Remote");
    assert_eq!((remote.name, remote.city), ("Remote", None));
    let countries: HashSet<_> = data
        .locations
        .iter()
        .filter_map(|location| location.country)
        .collect();
    assert!(countries.len() >= 5);
    assert!(data.roles.len() >= 5);
    assert!(data
        .roles
        .iter()
        .all(|role| data.department(role.department_id).is_some()));
}

#[test]
fn titles_are_unique() {
    let data = demo_data();
    let titles: HashSet<&str> = data.jobs.iter().map(|job| job.title.as_str()).collect();
    assert_eq!(titles.len(), data.jobs.len());
}

#[test]
fn every_reference_resolves_and_roles_match_departments() {
    let data = demo_data();
    for job in &data.jobs {
        assert!(
            job.department_id
                .is_none_or(|id| data.department(id).is_some()),
            "{}",
            job.id
        );
        assert!(
            job.location_ids
                .iter()
                .all(|id| data.location(*id).is_some()),
            "{}",
            job.id
        );
        if let (Some(role), Some(department)) = (job.role_id, job.department_id) {
            assert_eq!(
                data.role(role).expect("role").department_id,
                department,
                "{}",
                job.id
            );
        }
    }
}

#[test]
fn hostile_jobs_are_published_and_carry_script_payloads() {
    let data = demo_data();
    let payloads = [
        "<script>",
        "onerror=",
        "javascript:",
        "<iframe",
        "<svg onload",
        "JaVaScRiPt:",
        "expression(",
        "data:",
    ];
    let mut bodies = String::new();
    for id in HOSTILE_JOB_IDS {
        let job = data.job(id).expect("hostile job exists");
        assert_eq!(job.status, JobStatus::Published);
        assert!(job.body.contains("alert(1)"), "{id}");
        bodies.push_str(&job.body);
    }
    for payload in payloads {
        assert!(bodies.contains(payload), "no hostile body has {payload}");
    }
    let others = data
        .jobs
        .iter()
        .filter(|job| !HOSTILE_JOB_IDS.contains(&job.id));
    assert!(others.into_iter().all(|job| !job.body.contains("alert(")));
}

#[test]
fn variety_covers_pins_salaries_external_links_and_missing_relations() {
    let data = demo_data();
    let published: Vec<&Job> = data
        .jobs
        .iter()
        .filter(|job| job.status == JobStatus::Published)
        .collect();
    let pinned: Vec<u32> = published
        .iter()
        .filter(|job| job.pinned)
        .map(|job| job.id)
        .collect();
    assert_eq!(pinned, PINNED_JOB_IDS);
    let external: Vec<u32> = published
        .iter()
        .filter(|job| job.external_application_url.is_some())
        .map(|job| job.id)
        .collect();
    assert_eq!(external, EXTERNAL_APPLY_JOB_IDS);
    assert_eq!(
        published
            .iter()
            .filter(|job| job.min_salary.is_some() || job.max_salary.is_some())
            .count(),
        SALARY_JOB_IDS.len()
    );
    assert!(published.iter().any(|job| job.department_id.is_none()));
    assert!(published.iter().any(|job| job.role_id.is_none()));
    assert!(published.iter().any(|job| job.location_ids.is_empty()));
    let languages: HashSet<&str> = published.iter().map(|job| job.language_code).collect();
    assert_eq!(languages, HashSet::from(["en", "sv", "de", "fr"]));
    let remote: HashSet<&str> = published.iter().map(|job| job.remote_status).collect();
    assert_eq!(
        remote,
        HashSet::from(["none", "temporary", "hybrid", "fully"])
    );
    let pictures: HashSet<_> = published
        .iter()
        .map(|job| std::mem::discriminant(&job.picture))
        .collect();
    assert_eq!(pictures.len(), 3);
}

#[test]
fn bodies_use_rich_markup() {
    let data = demo_data();
    let all: String = data.jobs.iter().map(|job| job.body.as_str()).collect();
    for tag in [
        "<h2>",
        "<h3>",
        "<p>",
        "<ul>",
        "<ol>",
        "<strong>",
        "<em>",
        "<a href=",
        "<img ",
        "<table>",
        "<blockquote>",
    ] {
        assert!(all.contains(tag), "no body uses {tag}");
    }
}

#[test]
fn demo_data_is_identical_on_every_call() {
    assert_eq!(demo_data(), demo_data());
}

#[test]
fn generating_two_thousand_jobs_gives_two_thousand_published_unique_jobs() {
    let data = generated_data(2_000);
    assert_eq!(data.jobs.len(), 2_000);
    assert_eq!(data.count_with_status(JobStatus::Published), 2_000);
    let titles: HashSet<&str> = data.jobs.iter().map(|job| job.title.as_str()).collect();
    assert_eq!(titles.len(), 2_000);
    let departments: HashSet<_> = data
        .jobs
        .iter()
        .filter_map(|job| job.department_id)
        .collect();
    let roles: HashSet<_> = data.jobs.iter().filter_map(|job| job.role_id).collect();
    let locations: HashSet<_> = data
        .jobs
        .iter()
        .flat_map(|job| job.location_ids.clone())
        .collect();
    assert_eq!(
        (departments.len(), roles.len(), locations.len()),
        (
            data.departments.len(),
            data.roles.len(),
            data.locations.len()
        )
    );
    assert_eq!(data.jobs[0].id, FIRST_GENERATED_JOB_ID);
}
