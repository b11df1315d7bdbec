//! Every file of a snapshot site, built in memory from the jobs (no network, no disk).

use std::collections::HashMap;

use teamtailor_api::{sort_like_teamtailor, BoardSnapshot, Job, Language};

use crate::body_sanitizer::sanitize_body;
use crate::failure::Failure;
use crate::pages::{
    board_markup, board_page, job_count, job_page, splice_into_dist_index, JobPageContext,
    PageHead, SplicedParts, STYLESHEET, STYLESHEET_FILE,
};
use crate::posting_places::PostingPlaces;
use crate::posting_report::PostingReport;
use crate::sitemap::{robots_txt, sitemap_xml, SitemapEntry};
use crate::slug::job_dir_name;

/// What the publisher said about the site.
pub struct SiteSettings<'a> {
    /// Public URL of the folder, without a trailing slash.
    pub site_url: &'a str,
    pub company_name: &'a str,
    /// `--language` as given: the board's `data-language`, and the language of the pages'
    /// words when the board speaks it (see [`SiteSettings::page_language`]).
    pub language: Option<&'a str>,
    pub generated_at: &'a str,
    pub places: &'a PostingPlaces,
    /// The widget's index.html, when a dist/ was given.
    pub dist_index: Option<&'a str>,
}

/// What the previous run left, so unchanged pages keep their sitemap date.
#[derive(Default)]
pub struct PreviousSite {
    /// `lastmod` by URL from the old sitemap.xml.
    pub lastmods: HashMap<String, String>,
    /// The old page bytes by relative path.
    pub pages: HashMap<String, Vec<u8>>,
}

/// The files of a site, and what its job pages say to search engines.
pub struct Site {
    pub files: Vec<SiteFile>,
    pub postings: PostingReport,
}

/// One file to write, by path relative to the site root.
pub struct SiteFile {
    pub path: String,
    pub contents: Vec<u8>,
}

/// The snapshot, the pages, the sitemap and robots.txt for `jobs` (bodies still raw).
pub fn build_site(
    jobs: Vec<Job>,
    settings: &SiteSettings,
    previous: &PreviousSite,
) -> Result<Site, Failure> {
    let mut jobs: Vec<Job> = jobs
        .into_iter()
        .map(|job| Job {
            body_html: sanitize_body(&job.body_html),
            ..job
        })
        .collect();
    // In the widget's order, whatever order they came in: the prerendered rows are the ones
    // the widget shows when it takes the page over.
    sort_like_teamtailor(&mut jobs);
    let mut files = Vec::new();
    let mut sitemap = Vec::new();
    let mut postings = PostingReport::default();
    let mut add_page = |path: String, url: String, html: String| {
        let unchanged = previous
            .pages
            .get(&path)
            .is_some_and(|old| *old == html.as_bytes());
        let lastmod = previous
            .lastmods
            .get(&url)
            .filter(|_| unchanged)
            .cloned()
            .unwrap_or_else(|| settings.generated_at.to_owned());
        sitemap.push(SitemapEntry { url, lastmod });
        files.push(SiteFile {
            path,
            contents: html.into_bytes(),
        });
    };

    let board_url = format!("{}/", settings.site_url);
    add_page("index.html".into(), board_url, index_html(&jobs, settings)?);
    for job in &jobs {
        let dir = job_dir_name(job);
        let url = format!("{}/jobs/{dir}/", settings.site_url);
        let context = JobPageContext {
            language: settings.page_language(),
            company_name: settings.company_name,
            site_url: settings.site_url,
            page_url: &url,
            generated_at: settings.generated_at,
            places: settings.places,
        };
        let page = job_page(job, &job.body_html, &context);
        postings.record(job, page.posting_gap);
        add_page(format!("jobs/{dir}/index.html"), url, page.html);
    }

    let sitemap_url = format!("{}/sitemap.xml", settings.site_url);
    let snapshot = BoardSnapshot::new(
        jobs,
        Some(settings.generated_at.to_owned()),
        Some(settings.company_name.to_owned()),
    );
    for (path, contents) in [
        ("jobs.json", snapshot.to_json()),
        ("sitemap.xml", sitemap_xml(&sitemap)),
        ("robots.txt", robots_txt(&sitemap_url)),
        (STYLESHEET_FILE, STYLESHEET.to_owned()),
    ] {
        files.push(SiteFile {
            path: path.into(),
            contents: contents.into_bytes(),
        });
    }
    Ok(Site { files, postings })
}

impl SiteSettings<'_> {
    /// The language the pages' own words, `lang` and dates are in: `--language` when the
    /// board speaks it (`sv-SE` reads as Swedish), else English.
    pub fn page_language(&self) -> Language {
        self.language
            .and_then(Language::from_tag)
            .unwrap_or(Language::En)
    }
}

fn index_html(jobs: &[Job], settings: &SiteSettings) -> Result<String, Failure> {
    let language = settings.page_language();
    let texts = language.texts();
    // "{heading} – {company}", like the widget's "{job} – {page}": no preposition to inflect.
    let title = format!("{} – {}", texts.jobs_heading, settings.company_name);
    let description = match jobs.len() {
        0 => texts.no_jobs.to_owned(),
        count => format!("{} – {}", job_count(language, count), settings.company_name),
    };
    let canonical = format!("{}/", settings.site_url);
    // Relative to index.html (which the widget resolves against the page), so the folder
    // works moved under any path; the job links next to it are relative too.
    let source_url = "jobs.json";
    let head = PageHead {
        language: language.code(),
        title: &title,
        description: &description,
        canonical_url: &canonical,
        site_name: settings.company_name,
        stylesheet_href: STYLESHEET_FILE,
        image: None,
        json_ld: None,
    };
    let board = board_markup(jobs, language);
    let Some(dist_index) = settings.dist_index else {
        return Ok(board_page(&head, source_url, settings.language, &board));
    };
    splice_into_dist_index(
        dist_index,
        &SplicedParts {
            title: &title,
            head_tags: &head.tags(),
            source_url,
            data_language: settings.language,
            lang: language.code(),
            board: &board,
        },
    )
    .ok_or_else(|| {
        Failure::usage(
            "--dist: index.html has no element with id=\"tt-board\"; is it the widget's build?",
        )
    })
}
