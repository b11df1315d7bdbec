//! Why a command failed, the exit code a script can branch on, and what to do about it.

use std::fmt;

use teamtailor_api::ApiError;

/// Exit codes, stable for scripts and cron jobs.
pub mod exit_code {
    /// Success.
    pub const OK: u8 = 0;
    /// Local failure: a file could not be read or written.
    pub const IO: u8 = 1;
    /// `careers doctor`: the key works but must not ship to a browser.
    pub const UNSAFE_KEY: u8 = 2;
    /// 401: the key is missing, wrong, revoked, or from the other region.
    pub const UNAUTHORIZED: u8 = 3;
    /// 403: the key may not read jobs.
    pub const FORBIDDEN: u8 = 4;
    /// 406: the API refused the version.
    pub const BAD_VERSION: u8 = 5;
    /// 429 after every retry.
    pub const RATE_LIMITED: u8 = 6;
    /// 5xx after every retry.
    pub const SERVER: u8 = 7;
    /// No answer in time, or no connection at all.
    pub const UNREACHABLE: u8 = 8;
    /// The API answered something that is not the expected JSON:API document.
    pub const MALFORMED: u8 = 9;
    /// Any other HTTP status (404 on the jobs endpoint, 3xx, other 4xx).
    pub const UNEXPECTED: u8 = 10;
    /// `careers snapshot --strict`: a job page would carry no valid JobPosting.
    pub const INVALID_STRUCTURED_DATA: u8 = 11;
    /// The command line was wrong (clap's own errors; 64 is EX_USAGE).
    pub const USAGE: u8 = 64;
}

/// A failed command.
#[derive(Debug)]
pub enum Failure {
    /// The API refused or failed; `context` says which request.
    Api { error: ApiError, context: String },
    /// A company feed (Recruitee, SmartRecruiters) refused or failed; `advice` names that
    /// feed's own fixes, since the Teamtailor advice (keys, versions) would mislead there.
    Feed {
        error: ApiError,
        context: String,
        advice: String,
    },
    /// Reading or writing local files failed.
    Io { detail: String },
    /// An option's value is not usable.
    Usage { detail: String },
    /// `--strict`: this many job pages would carry no JobPosting.
    StructuredData { missing: usize },
}

impl Failure {
    /// A failure of the request described by `context`.
    pub fn api(error: ApiError, context: impl Into<String>) -> Self {
        Self::Api {
            error,
            context: context.into(),
        }
    }

    /// A failure of a company feed's request described by `context`, with its `advice`.
    pub fn feed(error: ApiError, context: impl Into<String>, advice: impl Into<String>) -> Self {
        Self::Feed {
            error,
            context: context.into(),
            advice: advice.into(),
        }
    }

    /// A local file failure on `path`.
    pub fn io(path: &std::path::Path, error: std::io::Error) -> Self {
        Self::Io {
            detail: format!("{}: {error}", path.display()),
        }
    }

    /// A bad option value.
    pub fn usage(detail: impl Into<String>) -> Self {
        Self::Usage {
            detail: detail.into(),
        }
    }

    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Io { .. } => exit_code::IO,
            Self::Usage { .. } => exit_code::USAGE,
            Self::StructuredData { .. } => exit_code::INVALID_STRUCTURED_DATA,
            Self::Api { error, .. } | Self::Feed { error, .. } => match error {
                ApiError::Unauthorized => exit_code::UNAUTHORIZED,
                ApiError::Forbidden => exit_code::FORBIDDEN,
                ApiError::BadVersion => exit_code::BAD_VERSION,
                ApiError::RateLimited { .. } => exit_code::RATE_LIMITED,
                ApiError::Server { .. } => exit_code::SERVER,
                ApiError::Timeout | ApiError::Network(_) => exit_code::UNREACHABLE,
                ApiError::Malformed(_) => exit_code::MALFORMED,
                ApiError::NotFound | ApiError::UnexpectedStatus { .. } => exit_code::UNEXPECTED,
            },
        }
    }
}

/// What the publisher can do about an API error.
pub(crate) fn advice(error: &ApiError) -> String {
    match error {
        ApiError::Unauthorized => "the API key was refused. Check TEAMTAILOR_API_KEY (Settings → \
            Integrations → API keys); a key from the North American region needs \
            --api-base https://api.na.teamtailor.com"
            .into(),
        ApiError::Forbidden => "the key may not read jobs. Create a key with scope Public and \
            permission Read"
            .into(),
        ApiError::BadVersion => "the API refused the version. Pass --api-version 20240904 \
            (or 20161108)"
            .into(),
        ApiError::RateLimited { retry_after_secs } => format!(
            "rate limited even after retries{}. Run again later, or less often",
            retry_after_secs
                .map(|secs| format!(" (the API asked to wait {secs} s)"))
                .unwrap_or_default()
        ),
        ApiError::Server { status } => {
            format!("the API failed with HTTP {status} even after retries. Try again later")
        }
        ApiError::Timeout => "the API did not answer in time, even after retries. Check the \
            network, or try again later"
            .into(),
        ApiError::Network(detail) => {
            format!("could not reach the API ({detail}). Check --api-base and the network")
        }
        ApiError::Malformed(detail) => format!(
            "the answer was not a Teamtailor JSON:API document ({detail}). Is --api-base the \
             API origin rather than a career site?"
        ),
        ApiError::NotFound => "the API answered 404. Is --api-base the API origin (e.g. \
            https://api.teamtailor.com)?"
            .into(),
        ApiError::UnexpectedStatus { status } => format!(
            "the API answered HTTP {status}, which this tool does not expect. Check --api-base"
        ),
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api { error, context } => write!(f, "{context}: {}", advice(error)),
            Self::Feed {
                context, advice, ..
            } => write!(f, "{context}: {advice}"),
            Self::Io { detail } => write!(f, "local file: {detail}"),
            Self::Usage { detail } => f.write_str(detail),
            Self::StructuredData { missing } => write!(
                f,
                "--strict: {missing} job pages would carry no JobPosting (see above); the \
                 folder was left as it was"
            ),
        }
    }
}

impl std::error::Error for Failure {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_api_failure_has_its_own_exit_code() {
        let errors = [
            ApiError::Unauthorized,
            ApiError::Forbidden,
            ApiError::BadVersion,
            ApiError::RateLimited {
                retry_after_secs: None,
            },
            ApiError::Server { status: 503 },
            ApiError::Timeout,
            ApiError::Malformed("eof".into()),
            ApiError::UnexpectedStatus { status: 418 },
        ];
        let codes: Vec<u8> = errors
            .into_iter()
            .map(|error| Failure::api(error, "GET /v1/jobs").exit_code())
            .collect();
        assert_eq!(codes, vec![3, 4, 5, 6, 7, 8, 9, 10]);
    }

    #[test]
    fn a_refused_key_message_names_the_fix_and_never_the_key() {
        let message = Failure::api(ApiError::Unauthorized, "reading page 1").to_string();
        assert!(message.starts_with("reading page 1: the API key was refused"));
        assert!(message.contains("TEAMTAILOR_API_KEY"));
        assert!(message.contains("api.na.teamtailor.com"));
    }
}
