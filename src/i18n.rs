//! User-facing text. English only for now; every string the UI shows comes from here so a
//! language can be added in one place.

use teamtailor_api::ApiError;

/// "1 job", "12 jobs".
pub fn job_count(count: usize) -> String {
    match count {
        0 => "No open positions right now".to_owned(),
        1 => "1 open position".to_owned(),
        _ => format!("{count} open positions"),
    }
}

pub const LOADING: &str = "Loading jobs…";
pub const RETRY: &str = "Try again";
pub const JOBS_HEADING: &str = "Open positions";
pub const CONFIG_ERROR_HEADING: &str = "The job board is not set up correctly";

/// What went wrong, in words a candidate understands, with what to do about it.
pub fn error_message(error: &ApiError) -> &'static str {
    match error {
        ApiError::Network(_) => "We couldn't reach the job listings. Check your connection and try again.",
        ApiError::Timeout => "The job listings took too long to answer. Please try again.",
        ApiError::Unauthorized => "This job board's API key was not accepted. The site owner needs to check it.",
        ApiError::Forbidden => "This job board's API key may not read job listings. The site owner needs a Public read key.",
        ApiError::NotFound => "We couldn't find that job. It may have been filled or unpublished.",
        ApiError::BadVersion => "This job board asks for an API version Teamtailor doesn't offer. The site owner needs to check data-api-version.",
        ApiError::RateLimited { .. } => "Too many people are looking at jobs right now. Please try again in a moment.",
        ApiError::Server { .. } | ApiError::UnexpectedStatus { .. } => "The job listings are unavailable right now. Please try again shortly.",
        ApiError::Malformed(_) => "The job listings came back in a form we couldn't read. Please try again later.",
    }
}
