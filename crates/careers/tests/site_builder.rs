//! The site built in memory: which files, and sitemap dates that move only when a page does.

mod support;

use careers::site_builder::{build_site, PreviousSite, SiteFile, SiteSettings};
use serde_json::json;
use support::jobs_from_json;
use teamtailor_api::Job;

fn jobs() -> Vec<Job> {
    jobs_from_json(json!([
        {"id": "1", "title": "Backend Engineer", "created_at": "2026-11-01T08:00:00Z", "body_html": "<p onclick=\"x()\">Hi<script>x()</script></p>"},
        {"id": "2", "title": "Designer", "created_at": "2026-11-02T08:00:00Z"}
    ]))
}

fn settings(generated_at: &str) -> SiteSettings<'_> {
    in_language(None, generated_at)
}

fn in_language<'a>(language: Option<&'a str>, generated_at: &'a str) -> SiteSettings<'a> {
    SiteSettings {
        site_url: "https://jobs.example.com",
        company_name: "Northwind",
        language,
        generated_at,
        remote_countries: &[],
        dist_index: None,
    }
}

fn file<'a>(files: &'a [SiteFile], path: &str) -> &'a str {
    let file = files
        .iter()
        .find(|file| file.path == path)
        .unwrap_or_else(|| panic!("{path}"));
    std::str::from_utf8(&file.contents).expect("UTF-8")
}

#[test]
fn the_site_has_a_snapshot_pages_sitemap_and_robots() {
    let files = build_site(
        jobs(),
        &settings("2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site");
    let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "index.html",
            "jobs/1-backend-engineer/index.html",
            "jobs/2-designer/index.html",
            "jobs.json",
            "sitemap.xml",
            "robots.txt",
            "careers.css"
        ]
    );
    let snapshot =
        teamtailor_api::BoardSnapshot::from_json(file(&files, "jobs.json")).expect("snapshot");
    assert_eq!(
        snapshot.jobs[0].body_html, "<p>Hi</p>",
        "bodies are stored sanitized"
    );
    assert_eq!(
        snapshot.generated_at.as_deref(),
        Some("2026-12-02T08:00:00Z")
    );
    assert!(file(&files, "index.html").contains("<a href=\"jobs/2-designer/\">Designer</a>"));
}

#[test]
fn an_unchanged_page_keeps_its_lastmod_and_a_changed_one_moves() {
    let first = build_site(
        jobs(),
        &settings("2026-12-01T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("first run");
    let mut previous = PreviousSite {
        lastmods: careers::sitemap::previous_lastmods(file(&first, "sitemap.xml")),
        ..PreviousSite::default()
    };
    for file in &first {
        previous
            .pages
            .insert(file.path.clone(), file.contents.clone());
    }
    let mut edited = jobs();
    edited[1].title = "Senior Designer".into();
    let second = build_site(edited, &settings("2026-12-02T08:00:00Z"), &previous).expect("second");
    let sitemap = file(&second, "sitemap.xml");
    assert!(sitemap.contains(
        "<loc>https://jobs.example.com/jobs/1-backend-engineer/</loc><lastmod>2026-12-01T08:00:00Z</lastmod>"
    ), "{sitemap}");
    assert!(sitemap.contains(
        "<loc>https://jobs.example.com/jobs/2-senior-designer/</loc><lastmod>2026-12-02T08:00:00Z</lastmod>"
    ), "{sitemap}");
    assert!(
        sitemap.contains(
            "<loc>https://jobs.example.com/</loc><lastmod>2026-12-02T08:00:00Z</lastmod>"
        ),
        "the list changed with the title: {sitemap}"
    );
}

/// A job with every fact the pages put words to.
fn described_jobs() -> Vec<Job> {
    jobs_from_json(json!([{
        "id": "3", "title": "Backend Engineer", "created_at": "2026-11-01T08:00:00Z",
        "department": {"id": "1", "name": "Engineering"}, "employment_type": "fulltime",
        "remote_status": "hybrid", "start_date": "2026-05-16", "end_date": "2027-01-31",
        "apply_url": "https://northwind.teamtailor.com/jobs/3/applications/new"
    }]))
}

fn build_in(language: Option<&str>) -> Vec<SiteFile> {
    build_site(
        described_jobs(),
        &in_language(language, "2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site")
}

const JOB_PAGE: &str = "jobs/3-backend-engineer/index.html";

/// The words the English pages write themselves, none of which a Swedish site may keep.
const ENGLISH_WORDS: &[&str] = &[
    "Open positions",
    "open position",
    "All jobs",
    "Department",
    "Employment type",
    "Full-time",
    "Remote",
    "Start date",
    "January 31",
    "Apply by",
    "Apply for this job",
];

#[test]
fn without_a_language_the_pages_are_english() {
    let files = build_in(None);
    let index = file(&files, "index.html");
    for expected in [
        "<html lang=\"en\">",
        "<title>Open positions – Northwind</title>",
        "<meta name=\"description\" content=\"1 open position – Northwind\">",
        "<h1>Open positions</h1><p>1 open position</p>",
        "<p class=\"careers-facts\">Engineering · Full-time · Hybrid</p>",
    ] {
        assert!(index.contains(expected), "{expected}\n{index}");
    }
    assert!(!index.contains("data-language"), "{index}");
    let pages = format!("{index}{}", file(&files, JOB_PAGE));
    for word in ENGLISH_WORDS {
        assert!(pages.contains(word), "{word}\n{pages}");
    }
}

#[test]
fn a_swedish_site_writes_its_own_words_in_swedish() {
    let files = build_in(Some("sv"));
    let index = file(&files, "index.html");
    for expected in [
        "<html lang=\"sv\">",
        "<title>Lediga tjänster – Northwind</title>",
        "<meta name=\"description\" content=\"1 ledig tjänst – Northwind\">",
        "<main id=\"tt-board\" data-source=\"jobs.json\" data-language=\"sv\">",
        "<h1>Lediga tjänster</h1><p>1 ledig tjänst</p>",
        "<p class=\"careers-facts\">Engineering · Heltid · Hybrid</p>",
    ] {
        assert!(index.contains(expected), "{expected}\n{index}");
    }
    let job = file(&files, JOB_PAGE);
    for expected in [
        "<html lang=\"sv\">",
        "← Alla jobb",
        "<dt>Avdelning</dt>",
        "<dt>Distans</dt><dd>Hybrid</dd>",
        "<dt>Anställningsform</dt><dd>Heltid</dd>",
        "<dt>Startdatum</dt><dd>16 maj 2026</dd>",
        "<dt>Sista ansökningsdag</dt><dd>31 januari 2027</dd>",
        ">Sök tjänsten</a>",
        "\"validThrough\":\"2027-01-31\"",
    ] {
        assert!(job.contains(expected), "{expected}\n{job}");
    }
    for word in ENGLISH_WORDS {
        assert!(
            !index.contains(word) && !job.contains(word),
            "{word} is English"
        );
    }
}

#[test]
fn a_region_tag_picks_its_language_and_keeps_its_data_language() {
    let files = build_in(Some("sv-SE"));
    let index = file(&files, "index.html");
    assert!(index.contains("<html lang=\"sv\">"), "{index}");
    assert!(index.contains("data-language=\"sv-SE\""), "{index}");
    assert!(index.contains("<h1>Lediga tjänster</h1>"), "{index}");
}

#[test]
fn a_language_the_board_does_not_speak_leaves_the_pages_in_english() {
    let files = build_in(Some("ja"));
    let index = file(&files, "index.html");
    assert!(index.contains("<html lang=\"en\">"), "{index}");
    assert!(index.contains("data-language=\"ja\""), "{index}");
    assert!(index.contains("<h1>Open positions</h1>"), "{index}");
}

#[test]
fn a_polish_count_takes_the_form_its_number_needs() {
    let count_on_index = |count: usize| {
        let jobs: Vec<serde_json::Value> = (1..=count)
            .map(|id| json!({"id": id.to_string(), "title": format!("Job {id}")}))
            .collect();
        let files = build_site(
            jobs_from_json(json!(jobs)),
            &in_language(Some("pl"), "2026-12-02T08:00:00Z"),
            &PreviousSite::default(),
        )
        .expect("site");
        let index = file(&files, "index.html").to_owned();
        let start = index.find("</h1><p>").expect("a count") + "</h1><p>".len();
        index[start..start + index[start..].find("</p>").expect("its end")].to_owned()
    };
    assert_eq!(count_on_index(1), "1 oferta pracy");
    assert_eq!(count_on_index(3), "3 oferty pracy");
    assert_eq!(count_on_index(5), "5 ofert pracy");
    assert_eq!(count_on_index(22), "22 oferty pracy");
}

#[test]
fn an_empty_board_says_so_in_its_language() {
    let files = build_site(
        Vec::new(),
        &in_language(Some("de"), "2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site");
    let index = file(&files, "index.html");
    let none = "Derzeit gibt es keine offenen Stellen. Schauen Sie bald wieder vorbei.";
    assert!(
        index.contains(&format!("<h1>Offene Stellen</h1><p>{none}</p>")),
        "{index}"
    );
    assert!(index.contains(&format!("<meta name=\"description\" content=\"{none}\">")));
}
