//! Reading Recruitee's `GET /api/offers/` into board jobs, quirks included.

use teamtailor_api::{
    facet_counts, parse_recruitee_offers, ApiError, BoardSnapshot, Department, Facet, Job,
    JobFilters, Location, PayPeriod, RemoteStatus, Salary, SearchIndex,
};

const OFFERS: &str = include_str!("fixtures/recruitee_offers.json");

fn offers(language: Option<&str>) -> Vec<Job> {
    parse_recruitee_offers(OFFERS, language).expect("fixture parses")
}

fn offer(jobs: &[Job], id: &str) -> Job {
    jobs.iter()
        .find(|job| job.id == id)
        .cloned()
        .unwrap_or_else(|| panic!("no job {id}"))
}

#[test]
fn every_offer_with_an_id_becomes_a_job_in_feed_order() {
    let ids: Vec<String> = offers(None).into_iter().map(|job| job.id).collect();
    assert_eq!(ids, ["1834201", "1834202", "1834203"]);
}

#[test]
fn a_complete_offer_maps_every_board_field() {
    let job = offer(&offers(None), "1834201");
    assert_eq!(job.title, "Senior Data Engineer");
    assert_eq!(
        job.body_html,
        "<p>Own the pipelines behind our energy forecasts.</p>\n<ul><li>Five years with SQL</li></ul>"
    );
    assert_eq!(
        job.department,
        Some(Department {
            id: "Data".into(),
            name: "Data".into()
        })
    );
    assert_eq!(
        job.locations,
        vec![
            Location {
                id: "90211".into(),
                name: "Oslo".into(),
                city: Some("Oslo".into()),
                country: Some("Norway".into()),
                country_code: Some("NO".into()),
            },
            Location {
                id: "90212".into(),
                name: "Bergen office".into(),
                city: Some("Bergen".into()),
                country: Some("Norway".into()),
                country_code: Some("NO".into()),
            },
        ]
    );
    assert_eq!(job.remote_status, RemoteStatus::Hybrid);
    assert_eq!(job.employment_type.as_deref(), Some("fulltime"));
    assert_eq!(job.language_code.as_deref(), Some("en"));
    assert_eq!(job.created_at.as_deref(), Some("2026-09-23T09:10:19Z"));
    assert_eq!(job.end_date.as_deref(), Some("2026-12-31"));
    assert_eq!(
        job.salary,
        Some(Salary {
            min: Some(650000.0),
            max: Some(820000.0),
            currency: "NOK".into(),
            period: Some(PayPeriod::Year),
        })
    );
    assert_eq!(
        job.careersite_url.as_deref(),
        Some("https://careers.fjordlight.no/o/senior-data-engineer")
    );
    assert_eq!(
        job.apply_url.as_deref(),
        Some("https://careers.fjordlight.no/o/senior-data-engineer/c/new")
    );
    assert_eq!(job.apply_iframe_url, None);
    assert!(!job.closed);
}

#[test]
fn null_top_level_html_falls_back_to_the_boards_language() {
    let job = offer(&offers(Some("sv")), "1834202");
    assert_eq!(
        job.body_html,
        "<p>Bygg vårt API.</p>\n<p>Rust eller Go.</p>"
    );
    assert_eq!(job.language_code.as_deref(), Some("sv"));
    // The title is published at the top level, so it stays as published.
    assert_eq!(job.title, "Backend Developer");
}

#[test]
fn null_top_level_html_falls_back_to_the_offers_own_language_without_a_board_match() {
    for language in [None, Some("de")] {
        let job = offer(&offers(language), "1834202");
        assert_eq!(job.body_html, "<p>Build our API.</p>\n<p>Rust or Go.</p>");
        assert_eq!(job.language_code.as_deref(), Some("en"), "{language:?}");
    }
}

#[test]
fn a_regional_board_language_matches_a_translation() {
    let job = offer(&offers(Some("sv-FI")), "1834202");
    assert_eq!(job.language_code.as_deref(), Some("sv"));
}

#[test]
fn remote_alone_is_fully_remote_and_remote_with_on_site_is_hybrid() {
    let jobs = offers(None);
    assert_eq!(offer(&jobs, "1834202").remote_status, RemoteStatus::Fully);
    assert_eq!(offer(&jobs, "1834203").remote_status, RemoteStatus::Hybrid);
}

#[test]
fn flat_location_fields_stand_in_for_an_empty_locations_list() {
    let job = offer(&offers(None), "1834203");
    assert_eq!(
        job.locations,
        vec![Location {
            id: "Amsterdam, Netherlands".into(),
            name: "Amsterdam, Netherlands".into(),
            city: Some("Amsterdam".into()),
            country: Some("Netherlands".into()),
            country_code: Some("NL".into()),
        }]
    );
    assert_eq!(job.department, None);
    assert_eq!(job.employment_type.as_deref(), Some("internship"));
}

#[test]
fn each_location_keeps_its_own_country_code_and_a_flat_code_is_upper_cased() {
    let jobs = offers(None);
    // The flat fields of 1834202 carry no code, but its one listed location does.
    assert_eq!(
        offer(&jobs, "1834202").locations[0].country_code.as_deref(),
        Some("SE")
    );
    // 1834203 has only flat fields, with the code in lower case.
    assert_eq!(
        offer(&jobs, "1834203").locations[0].country_code.as_deref(),
        Some("NL")
    );
}

#[test]
fn a_country_code_that_is_not_two_letters_is_left_out() {
    let body = r#"{"offers": [{"id": 1, "title": "Chef", "locations": [
        {"id": 1, "name": "Oslo", "country": "Norway", "country_code": "Norway"},
        {"id": 2, "name": "Bergen", "country": "Norway", "country_code": "N0"},
        {"id": 3, "name": "Tromsø", "country": "Norway", "country_code": " no "},
        {"id": 4, "name": "Molde", "country": "Norway", "country_code": null}
    ]}]}"#;
    let jobs = parse_recruitee_offers(body, None).unwrap();
    let codes: Vec<Option<&str>> = jobs[0]
        .locations
        .iter()
        .map(|location| location.country_code.as_deref())
        .collect();
    assert_eq!(codes, [None, None, Some("NO"), None]);
}

#[test]
fn created_at_stands_in_for_a_null_published_at() {
    let job = offer(&offers(None), "1834203");
    assert_eq!(job.created_at.as_deref(), Some("2026-08-01T12:00:00Z"));
    assert_eq!(job.end_date, None);
}

#[test]
fn a_monthly_salary_keeps_its_period_and_an_empty_one_is_left_out() {
    let jobs = offers(None);
    let monthly = offer(&jobs, "1834203")
        .salary
        .expect("a monthly range is published");
    assert_eq!(
        (monthly.min, monthly.max, monthly.period),
        (Some(900.0), Some(1200.0), Some(PayPeriod::Month))
    );
    assert_eq!(offer(&jobs, "1834202").salary, None);
}

#[test]
fn the_mailbox_address_never_reaches_a_snapshot() {
    let snapshot = BoardSnapshot::new(offers(None), None, Some("Fjordlight".into())).to_json();
    assert!(!snapshot.contains("mailbox"));
    assert!(!snapshot.contains("job.1834201@"));
    assert!(!snapshot.contains("@fjordlight.recruitee.com"));
}

#[test]
fn an_answer_without_an_offers_array_is_malformed() {
    assert_eq!(
        parse_recruitee_offers(r#"{"offer": {"id": 1}}"#, None),
        Err(ApiError::Malformed(
            "no offers array in the Recruitee answer".into()
        ))
    );
    assert!(matches!(
        parse_recruitee_offers("<html>Too Many Requests</html>", None),
        Err(ApiError::Malformed(_))
    ));
}

#[test]
fn an_empty_offers_array_is_an_empty_board() {
    assert_eq!(
        parse_recruitee_offers(r#"{"offers": []}"#, None),
        Ok(vec![])
    );
}

#[test]
fn a_flat_only_location_becomes_the_listed_location_of_the_same_city() {
    let body = r#"{"offers": [
        {"id": 1, "title": "Chef", "locations": [
            {"id": 7101, "name": "Oslo", "city": "Oslo", "country": "Norway", "country_code": "NO"}
        ]},
        {"id": 2, "title": "Baker", "location": "Oslo, Norway", "city": "oslo",
         "country": "Norway", "country_code": "no", "locations": []},
        {"id": 3, "title": "Waiter", "location": "Oslo, USA", "city": "Oslo",
         "country": "United States", "locations": []},
        {"id": 4, "title": "Barista", "location": "Oslo, Norway", "city": null, "locations": []}
    ]}"#;
    let jobs = parse_recruitee_offers(body, None).unwrap();
    assert_eq!(jobs[1].locations, jobs[0].locations);
    assert_eq!(
        jobs[3].locations, jobs[0].locations,
        "no city: the location's first part"
    );
    // The location filter counts both jobs under the one Oslo.
    let index = SearchIndex::new(&jobs);
    let counts = facet_counts(&jobs, &JobFilters::default(), &index);
    let oslo = counts
        .options(Facet::Location)
        .iter()
        .find(|option| option.label == "Oslo")
        .expect("an Oslo option");
    assert_eq!((oslo.id.as_str(), oslo.count), ("7101", 3));
    // Another country's Oslo stays its own place.
    assert_eq!(jobs[2].locations[0].id, "Oslo, USA");
}

#[test]
fn a_flat_location_string_is_read_as_city_and_country_and_joins_the_same_place() {
    // No offer lists Oslo in `locations[]`: the structured place is an offer's flat fields.
    let body = r#"{"offers": [
        {"id": 1, "title": "Chef", "location": "Oslo", "city": "Oslo", "country": "Norway",
         "country_code": "NO", "locations": []},
        {"id": 2, "title": "Baker", "location": "Oslo, Norway", "city": null, "country": null,
         "locations": []},
        {"id": 3, "title": "Waiter", "location": "Oslo, USA", "city": null, "locations": []},
        {"id": 4, "title": "Cook", "location": "Austin, Texas, United States", "locations": []},
        {"id": 5, "title": "Porter", "location": "Portland, OR", "locations": []}
    ]}"#;
    let jobs = parse_recruitee_offers(body, None).unwrap();
    let oslo = Location {
        id: "Oslo".into(),
        name: "Oslo".into(),
        city: Some("Oslo".into()),
        country: Some("Norway".into()),
        country_code: Some("NO".into()),
    };
    assert_eq!(jobs[0].locations, std::slice::from_ref(&oslo));
    assert_eq!(jobs[1].locations, [oslo], "the structured Oslo, Norway");
    let index = SearchIndex::new(&jobs);
    let counts = facet_counts(&jobs, &JobFilters::default(), &index);
    let options: Vec<(&str, usize)> = counts
        .options(Facet::Location)
        .iter()
        .map(|option| (option.label.as_str(), option.count))
        .collect();
    assert_eq!(
        options,
        [
            ("Austin, Texas, United States", 1),
            ("Oslo", 2),
            ("Oslo, USA", 1),
            ("Portland, OR", 1)
        ]
    );
    fn place(job: &Job) -> (Option<&str>, Option<&str>) {
        let location = &job.locations[0];
        (location.city.as_deref(), location.country.as_deref())
    }
    assert_eq!(
        place(&jobs[2]),
        (Some("Oslo"), Some("USA")),
        "another country's Oslo"
    );
    assert_eq!(place(&jobs[3]), (Some("Austin"), Some("United States")));
    // Two letters may be a US state as well as a country code: no country is guessed.
    assert_eq!(place(&jobs[4]), (Some("Portland"), None));
}
