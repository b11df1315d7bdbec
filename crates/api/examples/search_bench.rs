//! Prints how long search and facet counting take for 2,000 generated jobs (figures only;
//! budgets are judged by reading them, never by timed tests).
//!
//! `cargo run --release -p teamtailor-api --example search_bench`

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use teamtailor_api::{facet_counts, JobFilters, SearchIndex};

const JOBS: usize = 2000;
const ROUNDS: u32 = 50;

fn main() {
    let jobs = support::generated_jobs(JOBS);
    let started = Instant::now();
    let index = SearchIndex::new(&jobs);
    println!("index {JOBS} jobs: {:.2} ms", ms(started));

    // Each keystroke of a typed query, as the board sees them.
    let typed = "backend engineer stockholm";
    let keystrokes: Vec<&str> = (1..=typed.len()).map(|end| &typed[..end]).collect();
    let started = Instant::now();
    let mut found = 0;
    for _ in 0..ROUNDS {
        for query in &keystrokes {
            found += index.search(query).len();
        }
    }
    let per_query = ms(started) / f64::from(ROUNDS) / keystrokes.len() as f64;
    println!("search per keystroke: {per_query:.3} ms ({found} hits in total)");

    let filters = JobFilters {
        query: "eng".into(),
        locations: vec!["L0".into()],
        ..JobFilters::default()
    };
    let started = Instant::now();
    for _ in 0..ROUNDS {
        std::hint::black_box(filters.apply(&jobs, &index));
        std::hint::black_box(facet_counts(&jobs, &filters, &index));
    }
    println!(
        "filter + facet counts per change: {:.3} ms",
        ms(started) / f64::from(ROUNDS)
    );
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
