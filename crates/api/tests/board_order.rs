//! The board's job order is a total order whatever the ids and flags look like: the list
//! and the loader's first rows (which mirror it) must agree, and a sort over an order that is
//! not total may panic.

use std::cmp::Ordering;

use serde_json::json;
use teamtailor_api::{board_order, parse_jobs_page, sort_like_teamtailor, Job};

fn job(id: &str, pinned: bool, created_at: Option<&str>) -> Job {
    let mut page = json!({"data": [{"id": id, "type": "jobs", "attributes": {
        "title": id, "pinned": pinned, "created-at": created_at,
    }}]});
    if created_at.is_none() {
        page["data"][0]["attributes"]
            .as_object_mut()
            .unwrap()
            .remove("created-at");
    }
    parse_jobs_page(&page.to_string()).unwrap().jobs.remove(0)
}

fn ids(jobs: &[Job]) -> Vec<&str> {
    jobs.iter().map(|job| job.id.as_str()).collect()
}

/// Ids that broke the old tie-break: numbers, numbers with leading zeros, numbers beyond
/// u64, text, and text that starts with digits.
const MIXED_IDS: &[&str] = &[
    "2",
    "10",
    "1a",
    "007",
    "7",
    "0",
    "00",
    "abc",
    "Abc",
    "18446744073709551616",
    "9",
    "+5",
    "ä",
    "😀",
    "z",
];

#[test]
fn mixed_ids_sort_numbers_first_largest_first_then_text_descending() {
    let mut jobs: Vec<Job> = MIXED_IDS.iter().map(|id| job(id, false, None)).collect();
    sort_like_teamtailor(&mut jobs);
    assert_eq!(
        ids(&jobs),
        [
            "18446744073709551616",
            "10",
            "9",
            "7",
            "007",
            "2",
            "00",
            "0",
            "😀",
            "ä",
            "z",
            "abc",
            "Abc",
            "1a",
            "+5"
        ]
    );
}

#[test]
fn the_order_is_total_over_every_pair_and_triple() {
    let dates = [
        None,
        Some("2026-11-01T08:00:00Z"),
        Some("2026-11-02T08:00:00Z"),
    ];
    let mut jobs = Vec::new();
    for id in MIXED_IDS.iter().take(10) {
        for pinned in [false, true] {
            for date in dates {
                jobs.push(job(id, pinned, date));
            }
        }
    }
    for a in &jobs {
        assert_eq!(board_order(a, a), Ordering::Equal);
        for b in &jobs {
            assert_eq!(
                board_order(a, b),
                board_order(b, a).reverse(),
                "antisymmetric"
            );
            let same = a.id == b.id && a.pinned == b.pinned && a.created_at == b.created_at;
            assert_eq!(
                board_order(a, b) == Ordering::Equal,
                same,
                "{} {}",
                a.id,
                b.id
            );
            for c in &jobs {
                if board_order(a, b) == Ordering::Less && board_order(b, c) == Ordering::Less {
                    assert_eq!(board_order(a, c), Ordering::Less, "transitive");
                }
            }
        }
    }
}

#[test]
fn pinned_jobs_come_first_then_the_newest_and_undated_last() {
    let mut jobs = vec![
        job("1", false, None),
        job("2", false, Some("2026-11-01T08:00:00Z")),
        job("3", true, Some("2026-10-01T08:00:00Z")),
        job("4", false, Some("2026-11-02T08:00:00Z")),
    ];
    sort_like_teamtailor(&mut jobs);
    assert_eq!(ids(&jobs), ["3", "4", "2", "1"]);
}

#[test]
fn pinned_reads_true_for_true_and_the_strings_true_and_1_only() {
    let page = json!({"data": [
        {"id": "1", "type": "jobs", "attributes": {"pinned": "1"}},
        {"id": "2", "type": "jobs", "attributes": {"pinned": "true"}},
        {"id": "3", "type": "jobs", "attributes": {"pinned": true}},
        {"id": "4", "type": "jobs", "attributes": {"pinned": 1}},
        {"id": "5", "type": "jobs", "attributes": {"pinned": "yes"}},
        {"id": "6", "type": "jobs", "attributes": {"pinned": "TRUE"}},
    ]});
    let jobs = parse_jobs_page(&page.to_string()).unwrap().jobs;
    let pinned: Vec<bool> = jobs.iter().map(|job| job.pinned).collect();
    assert_eq!(pinned, [true, true, true, false, false, false]);
}
