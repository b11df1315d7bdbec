//! `careers doctor`: probes the API with the key and prints what it found on stdout.

use teamtailor_api::{ApiError, ApiRequest, ApiVersion, JobsQuery};

use crate::api_client::{ApiAnswer, ApiClient};
use crate::cli::{ApiArgs, DoctorArgs};
use crate::clock::now_rfc3339;
use crate::doctor_verdict::{
    cors_allows, judge_scope, region_of, Observations, ScopeVerdict, NA_API_BASE,
};
use crate::failure::{exit_code, Failure};
use crate::fetch_jobs::fetch_published_jobs;
use crate::posting_report::PostingReport;
use teamtailor_api::parse_jobs_page;

/// Runs the probes and prints the report; the exit code is 0 for a browser-safe key and
/// [`exit_code::UNSAFE_KEY`] otherwise.
pub async fn run(args: &DoctorArgs) -> Result<u8, Failure> {
    let verdict = diagnose(&args.api, &args.origin, &mut |line| println!("{line}")).await?;
    for line in structured_data_lines(args).await? {
        println!("{line}");
    }
    Ok(if verdict.browser_safe() {
        exit_code::OK
    } else {
        exit_code::UNSAFE_KEY
    })
}

/// What a snapshot with the same options would report of its JobPostings (it reads every
/// published job, as the snapshot does).
async fn structured_data_lines(args: &DoctorArgs) -> Result<Vec<String>, Failure> {
    let client = ApiClient::new(&args.api)?;
    let jobs = fetch_published_jobs(&client).await?;
    let report = PostingReport::of(&jobs, &args.places, &now_rfc3339());
    Ok(report
        .lines()
        .into_iter()
        .enumerate()
        .map(|(index, line)| match index {
            0 => format!("JobPosting:    {line}"),
            _ => format!("               {line}"),
        })
        .collect())
}

/// The probes, reporting each finding through `say`.
pub async fn diagnose(
    api: &ApiArgs,
    origin: &str,
    say: &mut dyn FnMut(String),
) -> Result<ScopeVerdict, Failure> {
    let client = ApiClient::new(api)?;
    let base = &client.config().api_base;
    say(format!("API base:      {base}"));
    say(format!("Region:        {}", region_of(base)));

    let request = client.config().jobs_request(&one_job_query());
    let answer = send(&client, &request, &[("Origin", origin)], "listing jobs").await;
    let answer = answer.map_err(|failure| with_region_hint(failure, base))?;
    let published = page_count(&answer, "listing jobs")?;
    say(versions_line(api).await);
    say(format!("Rate limit:    {}", rate_limit_line(&answer)));
    let allow_origin = answer.header("access-control-allow-origin");
    say(format!(
        "CORS:          {}",
        if cors_allows(allow_origin, origin) {
            format!(
                "a page on {origin} may read the API (Access-Control-Allow-Origin: {})",
                allow_origin.unwrap_or_default()
            )
        } else {
            format!("a page on {origin} may NOT read the API (no matching Access-Control-Allow-Origin); use a snapshot (data-source) instead")
        }
    ));

    let every_status = client.config().request(
        "/v1/jobs",
        vec![
            ("filter[status]", "all".to_owned()),
            ("page[size]", "1".to_owned()),
        ],
    );
    let all = send(&client, &every_status, &[], "listing jobs of every status").await?;
    let observations = Observations {
        published_jobs: published,
        all_status_jobs: page_count(&all, "listing jobs of every status")?,
        users_status: people_status(&client, "/v1/users").await?,
        candidates_status: people_status(&client, "/v1/candidates").await?,
    };
    say(format!(
        "Jobs:          {} published, {} of any status visible to this key",
        count_text(observations.published_jobs),
        count_text(observations.all_status_jobs)
    ));
    say(format!(
        "People data:   /v1/users → HTTP {}, /v1/candidates → HTTP {}",
        observations.users_status, observations.candidates_status
    ));
    let verdict = judge_scope(&observations);
    say(format!("Key scope:     {}", verdict.explanation()));
    Ok(verdict)
}

async fn send(
    client: &ApiClient,
    request: &ApiRequest,
    extra: &[(&str, &str)],
    what: &str,
) -> Result<ApiAnswer, Failure> {
    let answer = client
        .send(request, extra)
        .await
        .map_err(|error| Failure::api(error, what))?;
    match answer.error() {
        Some(error) => Err(Failure::api(error, what)),
        None => Ok(answer),
    }
}

fn page_count(answer: &ApiAnswer, what: &str) -> Result<Option<u32>, Failure> {
    parse_jobs_page(&answer.body)
        .map(|page| page.record_count)
        .map_err(|error| Failure::api(error, what))
}

/// The status of a people endpoint; 403 is an answer here, not a failure.
async fn people_status(client: &ApiClient, path: &str) -> Result<u16, Failure> {
    let request = client
        .config()
        .request(path, vec![("page[size]", "1".to_owned())]);
    let what = format!("probing {path}");
    let answer = client
        .send(&request, &[])
        .await
        .map_err(|error| Failure::api(error, &what))?;
    match answer.error() {
        None | Some(ApiError::Forbidden | ApiError::NotFound) => Ok(answer.status),
        Some(error) => Err(Failure::api(error, what)),
    }
}

/// Which of the versions the widget speaks the API accepts with this key.
async fn versions_line(api: &ApiArgs) -> String {
    let mut verdicts = Vec::new();
    for version in [ApiVersion::CURRENT, ApiVersion::LEGACY] {
        let args = ApiArgs {
            api_version: version.to_owned(),
            ..api.clone()
        };
        let verdict = match ApiClient::new(&args) {
            Ok(client) => {
                let request = client.config().jobs_request(&one_job_query());
                match client
                    .send(&request, &[])
                    .await
                    .map(|answer| answer.error())
                {
                    Ok(None) => "accepted".to_owned(),
                    Ok(Some(ApiError::BadVersion)) => "refused (406)".to_owned(),
                    Ok(Some(error)) => format!("not checked ({error})"),
                    Err(error) => format!("not checked ({error})"),
                }
            }
            Err(failure) => format!("not checked ({failure})"),
        };
        verdicts.push(format!("{version} {verdict}"));
    }
    format!("Versions:      {}", verdicts.join(", "))
}

/// Probes need counts and headers, not jobs: one job a page keeps them cheap.
fn one_job_query() -> JobsQuery {
    let mut query = JobsQuery::page(1);
    query.page_size = 1;
    query
}

fn rate_limit_line(answer: &ApiAnswer) -> String {
    let limit = answer.header("x-rate-limit-limit");
    let remaining = answer.header("x-rate-limit-remaining");
    let reset = answer.header("x-rate-limit-reset");
    match (limit, remaining, reset) {
        (None, None, None) => "no X-Rate-Limit-* headers in the answer".to_owned(),
        _ => format!(
            "{} requests per window, {} left, resets in {} s",
            limit.unwrap_or("?"),
            remaining.unwrap_or("?"),
            reset.unwrap_or("?")
        ),
    }
}

fn count_text(count: Option<u32>) -> String {
    count.map_or_else(|| "?".to_owned(), |count| count.to_string())
}

/// Keys belong to one region; a 401 on one is often a key of the other.
fn with_region_hint(failure: Failure, base: &str) -> Failure {
    match failure {
        Failure::Api {
            error: ApiError::Unauthorized,
            context,
        } if base == teamtailor_api::DEFAULT_API_BASE || base == NA_API_BASE => {
            let other = if base == NA_API_BASE {
                teamtailor_api::DEFAULT_API_BASE
            } else {
                NA_API_BASE
            };
            Failure::api(
                ApiError::Unauthorized,
                format!(
                    "{context} (if the account is in the other region, try --api-base {other})"
                ),
            )
        }
        other => other,
    }
}
