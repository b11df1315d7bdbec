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
    SiteSettings {
        site_url: "https://jobs.example.com",
        company_name: "Northwind",
        language: None,
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
