//! The site built in memory: which files, and sitemap dates that move only when a page does.

mod support;

use std::sync::LazyLock;

use careers::posting_places::{parse_default_location, PostingPlaces};
use careers::site_builder::{build_site, PreviousSite, SiteFile, SiteSettings};
use serde_json::json;
use support::jobs_from_json;
use support::page::Page;
use teamtailor_api::Job;

fn jobs() -> Vec<Job> {
    jobs_from_json(json!([
        {"id": "1", "title": "Backend Engineer", "created_at": "2026-11-01T08:00:00Z", "body_html": "<p onclick=\"x()\">Hi<script>x()</script></p>"},
        {"id": "2", "title": "Designer", "created_at": "2026-11-02T08:00:00Z"}
    ]))
}

/// The test jobs name no location: the default one is their place.
static PLACES: LazyLock<PostingPlaces> = LazyLock::new(|| PostingPlaces {
    default_location: Some(parse_default_location("Stockholm, SE").expect("a place")),
    ..PostingPlaces::default()
});

fn settings(generated_at: &str) -> SiteSettings<'_> {
    in_language(None, generated_at)
}

fn in_language<'a>(language: Option<&'a str>, generated_at: &'a str) -> SiteSettings<'a> {
    SiteSettings {
        site_url: "https://jobs.example.com",
        company_name: "Northwind",
        language,
        generated_at,
        places: &PLACES,
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
fn the_site_reports_the_job_pages_left_without_a_job_posting() {
    let placeless = PostingPlaces::default();
    let site = build_site(
        jobs(),
        &SiteSettings {
            places: &placeless,
            ..settings("2026-12-02T08:00:00Z")
        },
        &PreviousSite::default(),
    )
    .expect("site");
    assert_eq!(site.postings.missing(), 2);
    assert_eq!(
        site.postings.lines(),
        [
            "2 job pages: 0 with a valid JobPosting; 2 without",
            "  2 with no location: add a location in the source, or pass --default-location \
             \"City, CC\"",
            "    2 Designer",
            "    1 Backend Engineer",
        ]
    );
    let page = file(&site.files, "jobs/2-designer/index.html");
    assert!(!page.contains("application/ld+json"), "{page}");
    let with_default = build_site(
        jobs(),
        &settings("2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site");
    assert_eq!(with_default.postings.missing(), 0);
    assert_eq!(
        with_default.postings.lines(),
        ["2 job pages: all with a valid JobPosting"]
    );
}

#[test]
fn the_site_has_a_snapshot_pages_sitemap_and_robots() {
    let files = build_site(
        jobs(),
        &settings("2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site")
    .files;
    let paths: Vec<&str> = files.iter().map(|file| file.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "index.html",
            "jobs/2-designer/index.html",
            "jobs/1-backend-engineer/index.html",
            "jobs.json",
            "sitemap.xml",
            "robots.txt",
            "careers.css"
        ]
    );
    let snapshot =
        teamtailor_api::BoardSnapshot::from_json(file(&files, "jobs.json")).expect("snapshot");
    assert_eq!(
        snapshot.jobs[1].body_html, "<p>Hi</p>",
        "bodies are stored sanitized"
    );
    assert_eq!(
        snapshot.generated_at.as_deref(),
        Some("2026-12-02T08:00:00Z")
    );
    let index = Page::parse(file(&files, "index.html"));
    assert_eq!(
        index.attributes(".tt-job-title", "href"),
        ["jobs/2-designer/", "jobs/1-backend-engineer/"],
        "newest first, each row a link to its page"
    );
    assert_eq!(
        index.texts(".tt-job-title"),
        ["Designer", "Backend Engineer"]
    );
}

#[test]
fn an_unchanged_page_keeps_its_lastmod_and_a_changed_one_moves() {
    let first = build_site(
        jobs(),
        &settings("2026-12-01T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("first run")
    .files;
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
    let second = build_site(edited, &settings("2026-12-02T08:00:00Z"), &previous)
        .expect("second")
        .files;
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
    .files
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

/// The board's heading, count and first row's facts on `index`.
fn board_words(index: &str) -> (String, String, Vec<String>) {
    let page = Page::parse(index);
    (
        page.text("h1.tt-heading"),
        page.text(".tt-result-count"),
        page.texts(".tt-job-meta > span"),
    )
}

#[test]
fn without_a_language_the_pages_are_english() {
    let files = build_in(None);
    let index = file(&files, "index.html");
    let page = Page::parse(index);
    assert_eq!(page.attribute("html", "lang"), "en");
    assert_eq!(page.text("title"), "Open positions – Northwind");
    assert_eq!(
        page.attribute("meta[name=description]", "content"),
        "1 open position – Northwind"
    );
    assert_eq!(
        board_words(index),
        (
            "Open positions".to_owned(),
            "1 open position".to_owned(),
            vec![
                "Engineering".to_owned(),
                "Full-time".to_owned(),
                "Hybrid".to_owned()
            ]
        )
    );
    assert_eq!(page.count("[data-language]"), 0, "{index}");
    let pages = format!("{index}{}", file(&files, JOB_PAGE));
    for word in ENGLISH_WORDS {
        assert!(pages.contains(word), "{word}\n{pages}");
    }
}

#[test]
fn a_swedish_site_writes_its_own_words_in_swedish() {
    let files = build_in(Some("sv"));
    let index = file(&files, "index.html");
    let page = Page::parse(index);
    assert_eq!(page.attribute("html", "lang"), "sv");
    assert_eq!(page.text("title"), "Lediga tjänster – Northwind");
    assert_eq!(
        page.attribute("meta[name=description]", "content"),
        "1 ledig tjänst – Northwind"
    );
    assert_eq!(page.attribute("main#tt-board", "data-source"), "jobs.json");
    assert_eq!(page.attribute("main#tt-board", "data-language"), "sv");
    assert_eq!(
        board_words(index),
        (
            "Lediga tjänster".to_owned(),
            "1 ledig tjänst".to_owned(),
            vec![
                "Engineering".to_owned(),
                "Heltid".to_owned(),
                "Hybrid".to_owned()
            ]
        )
    );
    let job = file(&files, JOB_PAGE);
    let job_page = Page::parse(job);
    assert_eq!(job_page.attribute("html", "lang"), "sv");
    assert_eq!(job_page.text("a.tt-back"), "← Alla jobb");
    assert_eq!(
        job_page.facts(),
        [
            ("Avdelning", "Engineering"),
            ("Distans", "Hybrid"),
            ("Anställningsform", "Heltid"),
            ("Startdatum", "16 maj 2026"),
            ("Sista ansökningsdag", "31 januari 2027"),
        ]
        .map(|(label, value)| (label.to_owned(), value.to_owned()))
    );
    assert_eq!(job_page.text("a.tt-apply-link"), "Sök tjänsten");
    assert!(job.contains("\"validThrough\":\"2027-01-31\""));
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
    let page = Page::parse(file(&files, "index.html"));
    assert_eq!(page.attribute("html", "lang"), "sv");
    assert_eq!(page.attribute("main#tt-board", "data-language"), "sv-SE");
    assert_eq!(page.text("h1.tt-heading"), "Lediga tjänster");
}

#[test]
fn a_language_the_board_does_not_speak_leaves_the_pages_in_english() {
    let files = build_in(Some("ja"));
    let page = Page::parse(file(&files, "index.html"));
    assert_eq!(page.attribute("html", "lang"), "en");
    assert_eq!(page.attribute("main#tt-board", "data-language"), "ja");
    assert_eq!(page.text("h1.tt-heading"), "Open positions");
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
        .expect("site")
        .files;
        Page::parse(file(&files, "index.html")).text(".tt-result-count")
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
    .expect("site")
    .files;
    let page = Page::parse(file(&files, "index.html"));
    let none = "Derzeit gibt es keine offenen Stellen. Schauen Sie bald wieder vorbei.";
    assert_eq!(page.text(".tt-board .tt-empty"), none);
    assert_eq!(page.attribute("meta[name=description]", "content"), none);
}

#[test]
fn the_first_screen_shows_a_pages_worth_of_rows_and_the_rest_are_links_without_script() {
    let jobs: Vec<serde_json::Value> = (1..=45)
        .map(|id| json!({"id": id.to_string(), "title": format!("Job {id}")}))
        .collect();
    let files = build_site(
        jobs_from_json(json!(jobs)),
        &settings("2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site")
    .files;
    let index = file(&files, "index.html");
    let page = Page::parse(index);
    // The widget's first screen: 30 rows and "show more" (board.css hides it without script).
    assert_eq!(page.count(".tt-board > .tt-job-list > .tt-job"), 30);
    assert_eq!(page.text(".tt-show-more"), "Show 15 more");
    // A parser with scripting on (Servo's, like a browser's) reads <noscript> as text: the
    // other 15 rows are there as markup for a reader without script.
    let hidden = index.split("<noscript>").nth(1).expect("a noscript");
    let hidden = Page::parse(hidden.split("</noscript>").next().expect("its end"));
    assert_eq!(hidden.count(".tt-job"), 15);
    assert_eq!(
        hidden.attributes(".tt-job-title", "href")[0],
        "jobs/15-job-15/"
    );
}

#[test]
fn every_page_asks_for_no_favicon_and_carries_no_render_marks() {
    let dist_index = "<!doctype html><html lang=en><head><title>Careers</title>\
        <link rel=icon href=\"data:,\"></head><body><main id=tt-board></main></body></html>";
    for dist_index in [None, Some(dist_index)] {
        let files = build_site(
            jobs(),
            &SiteSettings {
                dist_index,
                ..settings("2026-12-02T08:00:00Z")
            },
            &PreviousSite::default(),
        )
        .expect("site")
        .files;
        for page in files.iter().filter(|file| file.path.ends_with(".html")) {
            let html = std::str::from_utf8(&page.contents).expect("UTF-8");
            // `<!>`, Leptos' hydration mark, is a parse error; only the doctype starts so.
            assert_eq!(html.matches("<!").count(), 1, "{}: {html}", page.path);
            assert_eq!(
                Page::parse(html).attribute("link[rel=icon]", "href"),
                "data:,",
                "{}",
                page.path
            );
        }
    }
}

#[test]
fn published_pay_reads_on_the_prerendered_row_and_the_job_page_as_on_the_widgets() {
    let jobs = jobs_from_json(json!([
        {"id": "1", "title": "Backend Engineer", "created_at": "2026-11-01T08:00:00Z",
         "salary": {"min": 45000, "max": 58000, "currency": "SEK", "period": "monthly"}},
        {"id": "2", "title": "Designer", "created_at": "2026-11-02T08:00:00Z"}
    ]));
    let site = build_site(
        jobs,
        &in_language(Some("sv"), "2026-12-02T08:00:00Z"),
        &PreviousSite::default(),
    )
    .expect("site");
    // As the page's text reads (the parser's text folds no-break spaces into spaces).
    let pay = "45 000–58 000 SEK/mån";
    let raw_index = file(&site.files, "index.html");
    assert!(
        raw_index.contains("45\u{a0}000–58\u{a0}000\u{a0}SEK/mån"),
        "no-break spaces as Intl writes them"
    );
    let index = Page::parse(raw_index);
    assert_eq!(index.texts(".tt-job-pay"), [pay], "only the paid job's row");
    assert_eq!(
        index.texts("#tt-facet-pay option"),
        ["Alla", "Med publicerad lön (1)"],
        "the pay filter is offered"
    );
    let page = Page::parse(file(&site.files, "jobs/1-backend-engineer/index.html"));
    assert!(
        page.facts().contains(&("Lön".to_owned(), pay.to_owned())),
        "{:?}",
        page.facts()
    );
}
