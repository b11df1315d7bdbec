//! `data-departments` / `data-locations` decide which jobs belong on a board.

mod support;

use support::{at_location, in_department, job};
use teamtailor_api::WidgetConfig;

fn board(departments: &str, locations: &str) -> WidgetConfig {
    WidgetConfig::from_attributes(|name| match name {
        "api-key" => Some("k".into()),
        "departments" => Some(departments.into()),
        "locations" => Some(locations.into()),
        _ => None,
    })
    .unwrap()
}

#[test]
fn no_prefilter_admits_every_job() {
    assert!(board("", "").admits(&job("1", "No department, no location")));
}

#[test]
fn department_and_location_lists_are_or_within_and_across() {
    let config = board("1,2", "9");
    let located = |department: &str, location: &str| {
        at_location(
            in_department(job("1", "t"), department, "D"),
            location,
            "L",
            "C",
            "X",
        )
    };
    assert!(config.admits(&at_location(located("2", "8"), "9", "L", "C", "X")));
    assert!(!config.admits(&located("3", "9")));
    assert!(!config.admits(&located("1", "8")));
    assert!(!config.admits(&at_location(job("1", "t"), "9", "L", "C", "X")));
}
