//! The command line: `careers snapshot`, `careers doctor` and `careers snippet`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use teamtailor_api::{ApiVersion, ConfigError, Provider, DEFAULT_API_BASE};

use crate::posting_places::PostingPlaces;

/// Publishes a job board (Teamtailor, Recruitee or SmartRecruiters) as static files, checks
/// the Teamtailor key that reads it, and prints the embed tag.
#[derive(Debug, Parser)]
#[command(name = "careers", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read every published job and write a folder any CDN can serve: jobs.json, a
    /// prerendered index.html, one page per job with JSON-LD, sitemap.xml and robots.txt.
    Snapshot(SnapshotArgs),
    /// Say what the key may read, and whether it is safe to put in a browser (exit 2 if not).
    Doctor(DoctorArgs),
    /// Print the embed tag to paste into a page, and the CSP lines it needs.
    Snippet(SnippetArgs),
    /// Print the markup the widget's loader draws its first rows from (`make build` runs it).
    #[command(hide = true)]
    LoaderTemplate,
}

/// The widget's time limit for one request.
pub const DEFAULT_TIMEOUT_SECS: u64 = 10;

/// Where the API is and how to talk to it; shared by every command that sends requests.
#[derive(Debug, Clone, Args)]
pub struct ApiArgs {
    /// Teamtailor API key (Public scope, read permission). Never printed. Required for
    /// Teamtailor; other providers need none.
    #[arg(long, env = "TEAMTAILOR_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// API origin: https://api.teamtailor.com (EU, the default) or
    /// https://api.na.teamtailor.com (NA); for another --provider, an origin replacing the
    /// provider's own (a proxy or a mock).
    #[arg(long)]
    pub api_base: Option<String>,
    /// X-Api-Version sent with every request (YYYYMMDD).
    #[arg(long, default_value = ApiVersion::CURRENT)]
    pub api_version: String,
    /// Seconds a request may take before it is abandoned (and retried).
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_SECS)]
    pub timeout_secs: u64,
}

/// `careers snapshot`.
#[derive(Debug, Args)]
pub struct SnapshotArgs {
    #[command(flatten)]
    pub api: ApiArgs,
    /// Where the jobs come from: teamtailor, recruitee or smartrecruiters.
    #[arg(long, default_value = "teamtailor", value_parser = parse_provider)]
    pub provider: Provider,
    /// The Recruitee subdomain or SmartRecruiters company identifier (required for those
    /// providers). A Recruitee careers-site token is read from RECRUITEE_CAREERS_TOKEN.
    #[arg(long)]
    pub company: Option<String>,
    /// The folder to write; replaced as a whole only when the run succeeds.
    #[arg(long)]
    pub out: PathBuf,
    /// The widget build (trunk's dist/): its index.html is prerendered and its assets copied.
    #[arg(long)]
    pub dist: Option<PathBuf>,
    /// Public URL the folder will be served at, e.g. https://example.com/careers.
    #[arg(long)]
    pub site_url: String,
    /// The hiring organisation's name, for titles and JobPosting.hiringOrganization.
    #[arg(long)]
    pub company_name: String,
    /// Language of the board (its data-language), of the jobs where the provider has copies,
    /// and of the generated pages' words, dates and `<html lang>` when it is one of en, sv,
    /// de, fr, nb, da, fi, nl, es, it, pl, pt (default: the widget picks from the page and
    /// the browser; the pages are in English).
    #[arg(long)]
    pub language: Option<String>,
    #[command(flatten)]
    pub places: PostingPlaces,
    /// Fail (exit 11) when a job page gets no JobPosting, before the folder is replaced; for
    /// CI, so a board search engines would partly ignore is not published unnoticed.
    #[arg(long)]
    pub strict: bool,
}

/// `careers doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    #[command(flatten)]
    pub api: ApiArgs,
    /// Origin sent with the CORS probe, as a browser on your site would send it.
    #[arg(long, default_value = "https://www.example.com")]
    pub origin: String,
    /// The options `careers snapshot` would get: the structured-data counts are the ones
    /// that snapshot would report.
    #[command(flatten)]
    pub places: PostingPlaces,
}

/// Where the embedded board gets its jobs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SnippetMode {
    /// Visitors' browsers read the API with the Public key.
    Live,
    /// Visitors' browsers read the jobs.json a `careers snapshot` wrote.
    Snapshot,
}

/// `careers snippet`.
#[derive(Debug, Args)]
pub struct SnippetArgs {
    /// Live API or snapshot file.
    #[arg(long, value_enum, default_value = "live")]
    pub mode: SnippetMode,
    /// URL of the folder holding embed.js (the widget's dist/ on your CDN).
    #[arg(long, default_value = "https://cdn.example.com/careers")]
    pub cdn_url: String,
    /// Where the jobs come from (live mode): teamtailor, recruitee or smartrecruiters.
    #[arg(long, default_value = "teamtailor", value_parser = parse_provider)]
    pub provider: Provider,
    /// The Recruitee subdomain or SmartRecruiters company identifier (required for those
    /// providers in live mode; printed as data-company).
    #[arg(long)]
    pub company: Option<String>,
    /// API origin (live mode): Teamtailor's EU origin by default; for another --provider, an
    /// origin replacing the provider's own (a proxy), printed as data-api-base.
    #[arg(long)]
    pub api_base: Option<String>,
    /// URL of jobs.json (snapshot mode); default: jobs.json under --cdn-url.
    #[arg(long)]
    pub source: Option<String>,
    /// CSS selector of the element the board renders into.
    #[arg(long, default_value = "#careers")]
    pub target: String,
    /// Origin of the apply forms (the career site), for frame-src (Teamtailor boards only:
    /// the other providers' boards link to the provider's apply page).
    #[arg(long, default_value = "https://*.teamtailor.com")]
    pub careersite_origin: String,
    /// Put the key from TEAMTAILOR_API_KEY / --api-key in the tag, after checking it is a
    /// Public key (live mode; otherwise a placeholder is printed).
    #[arg(long)]
    pub with_key: bool,
    /// The key for --with-key. Never printed unless it proves to be a Public key.
    #[arg(long, env = "TEAMTAILOR_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// X-Api-Version for the --with-key check.
    #[arg(long, default_value = ApiVersion::CURRENT)]
    pub api_version: String,
}

impl SnippetArgs {
    /// The API settings of the `--with-key` check, when a key was given.
    pub fn api_args(&self) -> Option<ApiArgs> {
        self.api_key.as_ref().map(|key| ApiArgs {
            api_key: Some(key.clone()),
            api_base: Some(self.teamtailor_api_base()),
            api_version: self.api_version.clone(),
            timeout_secs: DEFAULT_TIMEOUT_SECS,
        })
    }

    /// `--api-base` for a Teamtailor board, the EU origin when absent.
    pub fn teamtailor_api_base(&self) -> String {
        self.api_base
            .clone()
            .unwrap_or_else(|| DEFAULT_API_BASE.to_owned())
    }
}

/// Reads `--provider` with the widget's `data-provider` rule.
fn parse_provider(value: &str) -> Result<Provider, String> {
    Provider::parse(value).ok_or_else(|| {
        crate::api_client::option_message(
            &ConfigError::InvalidProvider(value.to_owned()).to_string(),
        )
    })
}
