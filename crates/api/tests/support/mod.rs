//! Builders for hand-made jobs, shared by the search and filter tests.

#![allow(dead_code)] // Each test file uses a different subset.

use teamtailor_api::{Department, Job, Location, RemoteStatus, Role};

/// A job with only an id and a title; set the other fields with the `with_*` helpers.
pub fn job(id: &str, title: &str) -> Job {
    Job {
        id: id.into(),
        title: title.into(),
        pitch: None,
        body_html: String::new(),
        department: None,
        locations: Vec::new(),
        role: None,
        remote_status: RemoteStatus::OnSite,
        employment_type: None,
        language_code: None,
        pinned: false,
        closed: false,
        created_at: None,
        start_date: None,
        end_date: None,
        picture: None,
        salary: None,
        external_application_url: None,
        apply_button_text: None,
        careersite_url: None,
        apply_url: None,
        apply_iframe_url: None,
    }
}

/// Sets the department.
pub fn in_department(mut job: Job, id: &str, name: &str) -> Job {
    job.department = Some(Department {
        id: id.into(),
        name: name.into(),
    });
    job
}

/// Adds a location with the given city and country.
pub fn at_location(mut job: Job, id: &str, name: &str, city: &str, country: &str) -> Job {
    job.locations.push(Location {
        id: id.into(),
        name: name.into(),
        city: Some(city.into()),
        country: Some(country.into()),
        country_code: None,
    });
    job
}

/// Sets the role.
pub fn with_role(mut job: Job, id: &str, name: &str) -> Job {
    job.role = Some(Role {
        id: id.into(),
        name: name.into(),
    });
    job
}

/// Sets the remote status from its wire value.
pub fn remote(mut job: Job, wire: &str) -> Job {
    job.remote_status = RemoteStatus::from_wire(Some(wire));
    job
}

/// Sets the language code.
pub fn in_language(mut job: Job, code: &str) -> Job {
    job.language_code = Some(code.into());
    job
}

/// `count` varied jobs over a few departments, cities, roles and languages, with bodies
/// of realistic length, for checks (and the benchmark example) at board scale.
pub fn generated_jobs(count: usize) -> Vec<Job> {
    const TITLES: [&str; 6] = [
        "Backend Engineer",
        "Product Designer",
        "Account Executive",
        "Data Scientist",
        "Customer Success Manager",
        "UX Researcher",
    ];
    const DEPARTMENTS: [&str; 4] = ["Engineering", "Design", "Sales", "Operations"];
    const CITIES: [(&str, &str); 5] = [
        ("Stockholm", "Sweden"),
        ("Göteborg", "Sweden"),
        ("München", "Germany"),
        ("Kraków", "Poland"),
        ("Lisboa", "Portugal"),
    ];
    (0..count)
        .map(|n| {
            let title = format!("{} {n}", TITLES[n % TITLES.len()]);
            let mut job = job(&n.to_string(), &title);
            job.pitch = Some(format!("Join team {} and ship things", n % 37));
            job.body_html = format!(
                "<p>We are looking for a <strong>{title}</strong> to join us.</p>{}",
                "<ul><li>Work with Rust &amp; TypeScript</li><li>Flexible hours</li></ul>\
                 <p>Benefits: pension, wellness, parental leave &nbsp;and more.</p>"
                    .repeat(4)
            );
            let department = n % DEPARTMENTS.len();
            job = in_department(job, &department.to_string(), DEPARTMENTS[department]);
            let (city, country) = CITIES[n % CITIES.len()];
            job = at_location(job, &format!("L{}", n % CITIES.len()), city, city, country);
            job = remote(job, ["none", "hybrid", "fully"][n % 3]);
            in_language(job, ["en", "sv"][n % 2])
        })
        .collect()
}
