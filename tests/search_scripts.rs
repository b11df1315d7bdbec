//! The board's search in scripts beyond Latin: the widget lower-cases them with the browser's
//! Unicode tables instead of std's, and must still find what std would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use teamtailor_api::{fold, Phase};
use wasm_bindgen_test::*;

// Shared with the other browser test files; this one needs only the sample jobs.
#[allow(dead_code)]
mod support;

use support::{browser_catalog, sample_jobs};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_board_finds_jobs_in_other_scripts_whatever_their_case() {
    let titles = [
        "Разработчик в МОСКВЕ",
        "Μηχανικός λογισμικού ΑΘΗΝΑ",
        "Ծրագրավորող ԵՐԵՎԱՆ",
        "İstanbul'da Mühendis",
    ];
    let template = sample_jobs().remove(0);
    let jobs: Vec<_> = titles
        .iter()
        .enumerate()
        .map(|(at, title)| {
            let mut job = template.clone();
            job.id = format!("script-{at}");
            job.title = (*title).to_owned();
            job.pitch = None;
            job.body_html = String::new();
            job.department = None;
            job.role = None;
            job.locations.clear();
            job
        })
        .collect();
    let ids: Vec<String> = jobs.iter().map(|job| job.id.clone()).collect();
    let catalog = browser_catalog();
    catalog.set_listing(jobs, Phase::Complete);
    let listing = catalog.listing().get_untracked();
    let found = |query: &str| -> Vec<String> {
        let index = listing.index();
        index
            .search(query)
            .into_iter()
            .map(|at| listing.jobs[at].id.clone())
            .collect()
    };

    assert_eq!(found("москве"), [ids[0].clone()]);
    assert_eq!(found("РАЗРАБ"), [ids[0].clone()]);
    assert_eq!(found("αθηνα"), [ids[1].clone()]);
    assert_eq!(found("ΛΟΓΙΣΜ"), [ids[1].clone()]);
    assert_eq!(found("երեվան"), [ids[2].clone()]);
    assert_eq!(found("ISTANBUL"), [ids[3].clone()]);
    assert_eq!(found("istanbul'da muhendis"), [ids[3].clone()]);
}

#[wasm_bindgen_test]
fn the_browser_folds_text_as_std_does() {
    let catalog = browser_catalog();
    let listing = catalog.listing().get_untracked();
    let index = listing.index();
    for text in [
        "Разработчик в МОСКВЕ",
        "ΟΔΟΣ Μηχανικός",
        "ԵՐԵՎԱՆ",
        "İSTANBUL Ärzte Œuvre",
        "ÆØÅ Łódź Ĳssel",
        "東京 Senior – “Platform” 🚀",
    ] {
        assert_eq!(index.fold(text), fold(text), "{text}");
    }
}
