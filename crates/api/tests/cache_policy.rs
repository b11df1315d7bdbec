//! Names, ages and eviction of the widget's cache entries.

use teamtailor_api::{
    cache_key, evicted_by_write, is_fresh, stored_generated_at, BoardSnapshot, WidgetConfig,
    CACHE_MAX_AGE_MS,
};

fn config(pairs: &[(&str, &str)]) -> WidgetConfig {
    WidgetConfig::from_attributes(|name| {
        pairs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| (*value).to_owned())
    })
    .expect("valid configuration")
}

fn board(key: &str) -> WidgetConfig {
    config(&[("api-key", key), ("api-base", "https://api.example.com")])
}

#[test]
fn company_feeds_are_keyed_by_provider_company_and_origin() {
    let feed = |provider: &str, company: &str| {
        cache_key(&config(&[("provider", provider), ("company", company)]))
    };
    let acme = feed("recruitee", "acme");
    assert_ne!(acme, feed("recruitee", "other"));
    assert_ne!(acme, feed("smartrecruiters", "acme"));
    assert_ne!(acme, cache_key(&board("k1")));
    assert_ne!(
        acme,
        cache_key(&config(&[
            ("provider", "recruitee"),
            ("company", "acme"),
            ("api-base", "http://localhost:9")
        ]))
    );
}

#[test]
fn the_key_names_everything_that_changes_the_answer() {
    let base = cache_key(&board("k1"));
    assert_ne!(base, cache_key(&board("k2")));
    assert_ne!(
        base,
        cache_key(&config(&[
            ("api-key", "k1"),
            ("api-base", "https://other.example.com")
        ]))
    );
    assert_ne!(
        base,
        cache_key(&config(&[
            ("api-key", "k1"),
            ("api-base", "https://api.example.com"),
            ("language", "sv")
        ]))
    );
    assert!(
        base.starts_with("tt-jobs:v2:https://api.example.com|"),
        "{base}"
    );
}

#[test]
fn entries_are_painted_for_a_day_and_not_after() {
    let now = 1_800_000_000_000.0;
    assert!(is_fresh(now - 60_000.0, now));
    assert!(is_fresh(now - CACHE_MAX_AGE_MS, now));
    assert!(!is_fresh(now - CACHE_MAX_AGE_MS - 1.0, now));
    assert!(
        !is_fresh(now + 60_000.0, now),
        "from the future: the clock moved"
    );
}

#[test]
fn a_write_evicts_old_formats_and_rotated_keys_of_the_same_source() {
    let current = board("new-key");
    let rotated = cache_key(&board("old-key"));
    let other_source = cache_key(&config(&[
        ("api-key", "x"),
        ("api-base", "https://b.example.com"),
    ]));
    let other_language = cache_key(&config(&[
        ("api-key", "old-key"),
        ("api-base", "https://api.example.com"),
        ("language", "sv"),
    ]));
    assert!(evicted_by_write(
        "tt-jobs:v1:https://api.example.com|k|20240904|",
        &current
    ));
    assert!(evicted_by_write(&rotated, &current));
    assert!(!evicted_by_write(&cache_key(&current), &current));
    assert!(!evicted_by_write(&other_source, &current));
    assert!(!evicted_by_write(&other_language, &current));
    assert!(!evicted_by_write("host-page-setting", &current));
}

#[test]
fn the_age_is_read_without_parsing_the_jobs() {
    let snapshot = BoardSnapshot::new(Vec::new(), Some("2026-12-02T10:00:00.000Z".into()), None);
    assert_eq!(
        stored_generated_at(&snapshot.to_json()),
        Some("2026-12-02T10:00:00.000Z")
    );
    assert_eq!(
        stored_generated_at("{\"format\":\"careers-jobs\",\"jobs\":[]}"),
        None
    );
}
