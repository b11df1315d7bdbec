//! Prefix search over titles, pitches, names and body text, accent- and case-insensitive.

mod support;

use support::{at_location, generated_jobs, in_department, job, with_role};
use teamtailor_api::{Job, SearchIndex};

fn board() -> Vec<Job> {
    let mut designer = job("1", "Senior UX Designer");
    designer.pitch = Some("Shape our hiring experience".into());
    designer = in_department(designer, "d2", "Design");
    designer = at_location(designer, "l2", "Göteborg office", "Göteborg", "Sweden");

    let mut backend = job("2", "Backend Developer");
    backend.body_html =
        "<p>Work on <strong>R&amp;D</strong> projects in Rust.</p><script>secret()</script>".into();
    backend = in_department(backend, "d1", "Engineering");
    backend = at_location(backend, "l1", "Stockholm HQ", "Stockholm", "Sweden");
    backend = with_role(backend, "r1", "Software Engineering");

    let sales = at_location(
        job("3", "Account Executive"),
        "l3",
        "Berlin",
        "Berlin",
        "Deutschland",
    );
    vec![designer, backend, sales]
}

#[test]
fn every_query_word_must_prefix_some_job_word_across_fields() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search("eng stock"), vec![1]);
    assert_eq!(index.search("eng berlin"), Vec::<usize>::new());
    assert_eq!(index.search("sweden"), vec![0, 1]);
}

#[test]
fn accents_and_case_are_ignored_on_both_sides() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search("goteborg"), vec![0]);
    assert_eq!(index.search("GÖTEBORG"), vec![0]);
    assert_eq!(index.search("Gote"), vec![0]);
    assert_eq!(index.search("ux"), vec![0]);
}

#[test]
fn empty_or_punctuation_only_query_matches_every_job() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search(""), vec![0, 1, 2]);
    assert_eq!(index.search("  ,- "), vec![0, 1, 2]);
}

#[test]
fn words_match_by_prefix_only_not_inside() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search("gineer"), Vec::<usize>::new());
    assert_eq!(index.search("developerx"), Vec::<usize>::new());
}

#[test]
fn pitch_role_city_and_country_are_searched() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search("hiring"), vec![0]);
    assert_eq!(index.search("software"), vec![1]);
    assert_eq!(index.search("deutsch"), vec![2]);
}

#[test]
fn body_text_is_searched_without_tags_or_scripts() {
    let index = SearchIndex::new(&board());
    assert_eq!(index.search("rust projects"), vec![1]);
    assert_eq!(index.search("R&D"), vec![1]);
    assert_eq!(index.search("strong"), Vec::<usize>::new());
    assert_eq!(index.search("secret"), Vec::<usize>::new());
    assert_eq!(index.search("amp"), Vec::<usize>::new());
}

#[test]
fn matches_answers_for_one_job_and_refuses_unknown_positions() {
    let index = SearchIndex::new(&board());
    assert!(index.matches(1, "backend"));
    assert!(!index.matches(0, "backend"));
    assert!(!index.matches(3, ""));
    assert_eq!(index.len(), 3);
}

#[test]
fn an_index_of_no_jobs_lets_an_empty_query_match_any_job() {
    // The board's index before it is built: an empty search needs none.
    let unbuilt = SearchIndex::new(&[]);
    assert!(unbuilt.matches(0, "") && unbuilt.matches(41, "  "));
    assert!(!unbuilt.matches(0, "backend"));
}

#[test]
fn an_empty_job_list_has_no_results() {
    let index = SearchIndex::new(&[]);
    assert!(index.is_empty());
    assert_eq!(index.search(""), Vec::<usize>::new());
}

#[test]
fn two_thousand_generated_jobs_give_exactly_the_expected_results() {
    let jobs = generated_jobs(2000);
    let index = SearchIndex::new(&jobs);
    let expected = |keep: fn(usize) -> bool| (0..2000).filter(|&n| keep(n)).collect::<Vec<_>>();
    assert_eq!(index.search("backend stockholm"), expected(|n| n % 30 == 0));
    assert_eq!(index.search("munchen"), expected(|n| n % 5 == 2));
    assert_eq!(
        index.search("ux res krak"),
        expected(|n| n % 6 == 5 && n % 5 == 3)
    );
    // "36" also prefixes the numbers in titles 360..=369.
    let team_36 = expected(|n| n % 37 == 36 || (360..370).contains(&n));
    assert_eq!(index.search("team 36"), team_36);
    assert_eq!(index.search("rust pension").len(), 2000);
    assert_eq!(index.search("1999"), vec![1999]);
    assert_eq!(index.search("kubernetes"), Vec::<usize>::new());
}
