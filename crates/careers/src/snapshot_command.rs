//! `careers snapshot`: read the jobs, build the site, swap it into place.

use std::fs;
use std::path::Path;

use crate::api_client::ApiClient;
use crate::cli::SnapshotArgs;
use crate::clock::now_rfc3339;
use crate::failure::Failure;
use crate::feed_client::FeedClient;
use crate::fetch_feed::fetch_feed_jobs;
use crate::fetch_jobs::fetch_published_jobs;
use crate::posting_report::PostingReport;
use crate::progress;
use crate::site_builder::{build_site, PreviousSite, SiteSettings};
use crate::site_folder::StagingFolder;
use crate::site_url::normalize_site_url;
use crate::sitemap::previous_lastmods;
use teamtailor_api::{Job, Language, Provider};

/// Files of dist/ that the snapshot writes itself.
const GENERATED_NAMES: &[&str] = &[
    "index.html",
    "jobs",
    "jobs.json",
    "sitemap.xml",
    "robots.txt",
];

/// Runs the command; progress goes to stderr.
pub async fn run(args: &SnapshotArgs) -> Result<(), Failure> {
    let site_url = normalize_site_url(&args.site_url)?;
    let source = JobSource::new(args)?;
    let dist_index = match &args.dist {
        Some(dist) => {
            let path = dist.join("index.html");
            Some(fs::read_to_string(&path).map_err(|error| Failure::io(&path, error))?)
        }
        None => None,
    };
    // Checked before any request, so a wrong --out costs no API quota.
    let staging = StagingFolder::next_to(&args.out)?;

    let jobs = source
        .fetch_published_jobs(args.language.as_deref())
        .await?;
    let count = jobs.len();
    let generated_at = now_rfc3339();
    let settings = SiteSettings {
        site_url: &site_url,
        company_name: &args.company_name,
        language: args.language.as_deref(),
        generated_at: &generated_at,
        places: &args.places,
        dist_index: dist_index.as_deref(),
    };
    if let Some(tag) = settings
        .language
        .filter(|tag| Language::from_tag(tag).is_none())
    {
        progress::line(&format!(
            "--language {tag}: the pages' own words are in English, as the board does not speak \
             it (it speaks {})",
            Language::ALL.map(Language::code).join(", ")
        ));
    }
    let site = build_site(jobs, &settings, &previous_site(&args.out))?;
    if args.strict && site.postings.missing() > 0 {
        print_report(&site.postings);
        return Err(Failure::StructuredData {
            missing: site.postings.missing(),
        });
    }

    if let Some(dist) = &args.dist {
        let copied = staging.copy_tree(dist, GENERATED_NAMES)?;
        progress::line(&format!(
            "copied {copied} widget files from {}",
            dist.display()
        ));
    }
    for file in &site.files {
        staging.write(&file.path, &file.contents)?;
    }
    staging.commit()?;
    progress::line(&format!(
        "wrote {count} job pages, jobs.json, index.html, sitemap.xml and robots.txt to {}",
        args.out.display()
    ));
    print_report(&site.postings);
    Ok(())
}

fn print_report(postings: &PostingReport) {
    for line in postings.lines() {
        progress::line(&line);
    }
}

/// The old sitemap dates and pages, read before the folder is replaced.
fn previous_site(out: &Path) -> PreviousSite {
    let Ok(sitemap) = fs::read_to_string(out.join("sitemap.xml")) else {
        return PreviousSite::default();
    };
    let mut pages = std::collections::HashMap::new();
    let index = out.join("index.html");
    if let Ok(bytes) = fs::read(&index) {
        pages.insert("index.html".to_owned(), bytes);
    }
    if let Ok(entries) = fs::read_dir(out.join("jobs")) {
        for entry in entries.flatten() {
            let relative = format!("jobs/{}/index.html", entry.file_name().to_string_lossy());
            if let Ok(bytes) = fs::read(entry.path().join("index.html")) {
                pages.insert(relative, bytes);
            }
        }
    }
    PreviousSite {
        lastmods: previous_lastmods(&sitemap),
        pages,
    }
}

/// Where the jobs come from: Teamtailor with a key, or a company feed. Both are validated
/// before any request, so a bad option costs no quota.
enum JobSource {
    Teamtailor(ApiClient),
    Feed(FeedClient),
}

impl JobSource {
    fn new(args: &SnapshotArgs) -> Result<Self, Failure> {
        match args.provider {
            Provider::Teamtailor => {
                if args.company.is_some() {
                    return Err(Failure::usage(
                        "--company is for --provider recruitee or smartrecruiters; Teamtailor \
                         boards are chosen by their API key",
                    ));
                }
                ApiClient::new(&args.api).map(Self::Teamtailor)
            }
            provider => FeedClient::new(
                provider,
                args.company.as_deref(),
                args.api.api_base.as_deref(),
                args.api.timeout_secs,
            )
            .map(Self::Feed),
        }
    }

    async fn fetch_published_jobs(&self, language: Option<&str>) -> Result<Vec<Job>, Failure> {
        match self {
            Self::Teamtailor(client) => {
                progress::line(&format!(
                    "reading published jobs from {}",
                    client.config().api_base
                ));
                fetch_published_jobs(client).await
            }
            Self::Feed(client) => {
                let source = client.source();
                progress::line(&format!(
                    "reading published jobs of {} from {}",
                    source.company, source.provider
                ));
                fetch_feed_jobs(client, language).await
            }
        }
    }
}
