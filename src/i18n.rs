//! User-facing text. English only for now; every string the UI shows comes from here so a
//! language can be added in one place.

use teamtailor_api::{ApiError, RemoteStatus};

/// "1 open position", "12 open positions".
pub fn job_count(count: usize) -> String {
    match count {
        0 => "No open positions match".to_owned(),
        1 => "1 open position".to_owned(),
        _ => format!("{count} open positions"),
    }
}

/// The "show more" button's text.
pub fn show_more(next: usize) -> String {
    format!("Show {next} more")
}

pub const LOADING: &str = "Loading jobs…";
pub const LOADING_MORE: &str = "Loading more…";
pub const RETRY: &str = "Try again";
pub const JOBS_HEADING: &str = "Open positions";
pub const NO_JOBS: &str = "There are no open positions right now. Please check back soon.";
pub const NO_MATCHES: &str = "No jobs match your search and filters.";
pub const CLEAR_FILTERS: &str = "Clear filters";
pub const CONFIG_ERROR_HEADING: &str = "The job board is not set up correctly";
pub const SEARCH_LABEL: &str = "Search jobs";
pub const SEARCH_PLACEHOLDER: &str = "Title, team, place or skill";
pub const ALL: &str = "All";
pub const DEPARTMENT: &str = "Department";
pub const LOCATION: &str = "Location";
pub const ROLE: &str = "Role";
pub const REMOTE: &str = "Remote";
pub const LANGUAGE: &str = "Language";
pub const EMPLOYMENT_TYPE: &str = "Employment type";
pub const START_DATE: &str = "Start date";
pub const APPLY_BY: &str = "Apply by";
pub const BACK_TO_JOBS: &str = "← All jobs";
pub const APPLY: &str = "Apply for this job";
pub const APPLICATION_FORM: &str = "Application form";
pub const APPLY_FORM_UNAVAILABLE: &str =
    "The application form can't be shown here. You can apply on our career site instead.";
pub const JOB_NOT_FOUND: &str =
    "We couldn't find that job. It may have been filled or unpublished.";

/// The badge for a remote status; on-site jobs get none.
pub fn remote_label(status: &RemoteStatus) -> Option<&'static str> {
    match status {
        RemoteStatus::Fully => Some("Remote"),
        RemoteStatus::Hybrid => Some("Hybrid"),
        RemoteStatus::Temporary => Some("Temporarily remote"),
        RemoteStatus::OnSite | RemoteStatus::Other(_) => None,
    }
}

/// The remote facet's option text for a wire value.
pub fn remote_wire_label(wire: &str) -> String {
    match wire {
        "none" => "On site".to_owned(),
        other => remote_label(&RemoteStatus::from_wire(Some(other)))
            .map(str::to_owned)
            .unwrap_or_else(|| other.to_owned()),
    }
}

/// A language's own name for the languages Teamtailor career sites use most.
pub fn language_name(code: &str) -> String {
    let name = match code {
        "en" => "English",
        "sv" => "Svenska",
        "de" => "Deutsch",
        "fr" => "Français",
        "es" => "Español",
        "nl" => "Nederlands",
        "da" => "Dansk",
        "no" | "nb" => "Norsk",
        "fi" => "Suomi",
        "it" => "Italiano",
        "pt" => "Português",
        "pl" => "Polski",
        _ => return code.to_uppercase(),
    };
    name.to_owned()
}

/// Teamtailor's employment-type values in words; unknown values shown as sent.
pub fn employment_type_label(wire: &str) -> String {
    let label = match wire {
        "fulltime" | "full_time" => "Full-time",
        "parttime" | "part_time" => "Part-time",
        "temporary" => "Temporary",
        "contract" | "contractor" => "Contract",
        "internship" => "Internship",
        "freelance" => "Freelance",
        other => return other.to_owned(),
    };
    label.to_owned()
}

/// What went wrong, in words a candidate understands, with what to do about it.
pub fn error_message(error: &ApiError) -> &'static str {
    match error {
        ApiError::Network(_) => "We couldn't reach the job listings. Check your connection and try again.",
        ApiError::Timeout => "The job listings took too long to answer. Please try again.",
        ApiError::Unauthorized => "This job board's API key was not accepted. The site owner needs to check it.",
        ApiError::Forbidden => "This job board's API key may not read job listings. The site owner needs a Public read key.",
        ApiError::NotFound => JOB_NOT_FOUND,
        ApiError::BadVersion => "This job board asks for an API version Teamtailor doesn't offer. The site owner needs to check data-api-version.",
        ApiError::RateLimited { .. } => "Too many people are looking at jobs right now. Please try again in a moment.",
        ApiError::Server { .. } | ApiError::UnexpectedStatus { .. } => "The job listings are unavailable right now. Please try again shortly.",
        ApiError::Malformed(_) => "The job listings came back in a form we couldn't read. Please try again later.",
    }
}
