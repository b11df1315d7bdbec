//! Reading SmartRecruiters' postings list and posting detail into board jobs.

use teamtailor_api::{
    copies_per_job, keep_one_copy_per_job, parse_smartrecruiters_page,
    parse_smartrecruiters_posting, with_posting_detail, ApiError, Department, Job, Location,
    Posting, RemoteStatus, Role,
};

const PAGE_1: &str = include_str!("fixtures/smartrecruiters_postings_page1.json");
const PAGE_2: &str = include_str!("fixtures/smartrecruiters_postings_page2.json");
const DETAIL: &str = include_str!("fixtures/smartrecruiters_posting_detail.json");
const COMPANY: &str = "NordwindEnergy";

fn all_postings() -> Vec<Posting> {
    [PAGE_1, PAGE_2]
        .into_iter()
        .flat_map(|page| {
            parse_smartrecruiters_page(page, COMPANY)
                .expect("fixture parses")
                .postings
        })
        .collect()
}

fn titles(jobs: &[Job]) -> Vec<&str> {
    jobs.iter().map(|job| job.title.as_str()).collect()
}

#[test]
fn a_listed_posting_maps_every_board_field_the_list_has() {
    let page = parse_smartrecruiters_page(PAGE_1, COMPANY).unwrap();
    let Posting { ref_number, job } = &page.postings[0];
    assert_eq!(ref_number.as_deref(), Some("REF-2041"));
    assert_eq!(job.id, "744000012345678");
    assert_eq!(job.title, "Field Service Technician");
    assert_eq!(
        job.department,
        Some(Department {
            id: "81234".into(),
            name: "Operations".into()
        })
    );
    assert_eq!(
        job.role,
        Some(Role {
            id: "engineering".into(),
            name: "Engineering".into()
        })
    );
    assert_eq!(
        job.locations,
        vec![Location {
            id: "Hamburg, Hamburg, Germany".into(),
            name: "Hamburg, Hamburg, Germany".into(),
            city: Some("Hamburg".into()),
            country: Some("DE".into()),
            country_code: Some("DE".into()),
        }]
    );
    assert_eq!(job.remote_status, RemoteStatus::OnSite);
    assert_eq!(job.employment_type.as_deref(), Some("fulltime"));
    assert_eq!(job.language_code.as_deref(), Some("en"));
    assert_eq!(job.created_at.as_deref(), Some("2026-10-05T08:30:00Z"));
    assert_eq!(job.body_html, "");
    assert_eq!(
        job.careersite_url.as_deref(),
        Some("https://jobs.smartrecruiters.com/NordwindEnergy/744000012345678")
    );
    assert_eq!(job.apply_url, None);
}

#[test]
fn the_location_country_is_an_upper_case_code_and_anything_else_no_code() {
    let page = |country: &str| {
        let body = format!(
            r#"{{"offset": 0, "limit": 100, "totalFound": 1, "content": [{{"id": "1",
                "name": "Chef", "location": {{"city": "Hamburg", "country": {country}}}}}]}}"#
        );
        let page = parse_smartrecruiters_page(&body, COMPANY).unwrap();
        page.postings[0].job.locations[0].clone()
    };
    let coded = page(r#""de""#);
    assert_eq!(coded.country_code.as_deref(), Some("DE"));
    assert_eq!(coded.country.as_deref(), Some("DE"));
    // Not a code: the text stays the location's country name, with no code.
    let named = page(r#""Germany""#);
    assert_eq!(named.country_code, None);
    assert_eq!(named.country.as_deref(), Some("Germany"));
    assert_eq!(page(r#""d1""#).country_code, None);
}

#[test]
fn remote_and_hybrid_flags_and_offsets_are_read() {
    let jobs: Vec<Job> = all_postings().into_iter().map(|p| p.job).collect();
    let analyst = &jobs[2];
    assert_eq!(analyst.remote_status, RemoteStatus::Fully);
    assert_eq!(analyst.created_at.as_deref(), Some("2026-09-30T14:00:00Z"));
    assert_eq!(analyst.employment_type.as_deref(), Some("contract"));
    // No fullLocation: the parts name the place.
    assert_eq!(analyst.locations[0].name, "Berlin, DE");
    assert_eq!(jobs[3].remote_status, RemoteStatus::Hybrid);
    // An opaque id gives way to the readable label.
    assert_eq!(jobs[3].employment_type.as_deref(), Some("Werkstudent"));
}

#[test]
fn pagination_follows_total_found_and_stops_at_the_end() {
    let first = parse_smartrecruiters_page(PAGE_1, COMPANY).unwrap();
    assert_eq!(first.total_found, 5);
    assert_eq!(first.next_offset(), Some(3));
    let second = parse_smartrecruiters_page(PAGE_2, COMPANY).unwrap();
    assert_eq!(second.next_offset(), None);
}

#[test]
fn an_empty_page_ends_paging_even_when_total_found_claims_more() {
    let page = parse_smartrecruiters_page(
        r#"{"offset": 100, "limit": 100, "totalFound": 500, "content": []}"#,
        COMPANY,
    )
    .unwrap();
    assert_eq!(page.next_offset(), None);
}

#[test]
fn an_unknown_company_is_an_empty_list_not_an_error() {
    let page = parse_smartrecruiters_page(
        r#"{"offset": 0, "limit": 100, "totalFound": 0, "content": []}"#,
        "NoSuchCompany",
    )
    .unwrap();
    assert!(page.postings.is_empty());
    assert_eq!(page.next_offset(), None);
}

#[test]
fn language_copies_collapse_to_the_boards_language() {
    let jobs = keep_one_copy_per_job(all_postings(), Some("de"));
    assert_eq!(
        titles(&jobs),
        [
            "Servicetechniker (m/w/d)",
            "Remote Data Analyst",
            "Projektleiter Windparks"
        ]
    );
}

#[test]
fn language_copies_keep_the_first_listed_when_none_is_in_the_boards_language() {
    let jobs = keep_one_copy_per_job(all_postings(), Some("fr"));
    assert_eq!(
        titles(&jobs),
        [
            "Field Service Technician",
            "Remote Data Analyst",
            "Projektleiter Windparks"
        ]
    );
    let jobs = keep_one_copy_per_job(all_postings(), Some("en-US"));
    assert_eq!(
        titles(&jobs),
        [
            "Field Service Technician",
            "Remote Data Analyst",
            "Wind Farm Project Lead"
        ]
    );
}

#[test]
fn every_copy_of_a_job_is_kept_the_boards_language_first() {
    let copies = copies_per_job(all_postings(), Some("de"));
    let titles: Vec<Vec<&str>> = copies.iter().map(|copies| titles(copies)).collect();
    assert_eq!(
        titles,
        [
            vec!["Servicetechniker (m/w/d)", "Field Service Technician"],
            vec!["Remote Data Analyst"],
            vec!["Projektleiter Windparks", "Wind Farm Project Lead"],
        ]
    );
}

#[test]
fn postings_without_a_ref_number_are_never_merged() {
    let mut postings = all_postings();
    for posting in &mut postings {
        posting.ref_number = None;
    }
    assert_eq!(keep_one_copy_per_job(postings, Some("de")).len(), 5);
}

#[test]
fn the_detail_joins_job_ad_sections_and_carries_its_own_urls() {
    let job = parse_smartrecruiters_posting(DETAIL, COMPANY).unwrap();
    assert_eq!(
        job.body_html,
        "<h2>Company Description</h2>\n<p>We keep 400 turbines turning.</p>\n\
         <h2>Job Description</h2>\n<p>Service turbines in the North Sea.</p>\n\
         <h2>Qualifications</h2>\n<ul><li>GWO certificate</li></ul>"
    );
    assert_eq!(
        job.careersite_url.as_deref(),
        Some("https://jobs.smartrecruiters.com/NordwindEnergy/744000012345678-field-service-technician")
    );
    assert_eq!(
        job.apply_url.as_deref(),
        Some("https://jobs.smartrecruiters.com/NordwindEnergy/744000012345678-field-service-technician?oga=true")
    );
    assert_eq!(job.title, "Field Service Technician");
    assert_eq!(job.employment_type.as_deref(), Some("fulltime"));
}

#[test]
fn a_detail_fills_the_listed_job_without_overwriting_what_the_list_says() {
    let detail = parse_smartrecruiters_posting(DETAIL, COMPANY).unwrap();
    let mut listed = all_postings()
        .into_iter()
        .map(|posting| posting.job)
        .find(|job| job.id == detail.id)
        .expect("the detail's posting is listed");
    assert!(listed.body_html.is_empty());
    listed.title = "Field Service Technician (renamed since)".into();
    let merged = with_posting_detail(listed.clone(), &detail);
    assert_eq!(merged.title, listed.title);
    assert_eq!(merged.locations, listed.locations);
    assert_eq!(merged.body_html, detail.body_html);
    assert_eq!(merged.apply_url, detail.apply_url);
    assert_eq!(merged.careersite_url, detail.careersite_url);
}

#[test]
fn a_list_answer_without_content_is_malformed() {
    assert_eq!(
        parse_smartrecruiters_page(r#"{"totalFound": 3}"#, COMPANY),
        Err(ApiError::Malformed(
            "no content array in the SmartRecruiters answer".into()
        ))
    );
    assert!(matches!(
        parse_smartrecruiters_posting(r#"{"message": "not found"}"#, COMPANY),
        Err(ApiError::Malformed(_))
    ));
}
