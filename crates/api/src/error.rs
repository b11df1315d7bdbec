//! The one error type every API call returns.

/// Why talking to the Teamtailor API failed. The widget maps each variant to a translated
/// message; `Display` is for logs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an HTTP answer (offline, DNS, CORS refusal).
    Network(String),
    /// No answer within the time limit; the request was abandoned.
    Timeout,
    /// 401: the key is missing, wrong or revoked.
    Unauthorized,
    /// 403: the key may not read this.
    Forbidden,
    /// 404: no such job (or not visible to a public key).
    NotFound,
    /// 406: the API version is missing or unknown.
    BadVersion,
    /// 429: too many requests; retry after this many seconds when the API said so.
    RateLimited { retry_after_secs: Option<u32> },
    /// 5xx: the API failed.
    Server { status: u16 },
    /// Any other unexpected HTTP status.
    UnexpectedStatus { status: u16 },
    /// The body was not the JSON:API document expected.
    Malformed(String),
}

impl ApiError {
    /// Maps a non-success HTTP status; `None` for 2xx.
    pub fn from_status(status: u16, retry_after_secs: Option<u32>) -> Option<Self> {
        Some(match status {
            200..=299 => return None,
            401 => Self::Unauthorized,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            406 => Self::BadVersion,
            429 => Self::RateLimited { retry_after_secs },
            500..=599 => Self::Server { status },
            _ => Self::UnexpectedStatus { status },
        })
    }

    /// Whether trying again later can succeed without anyone changing the configuration.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Network(_) | Self::Timeout | Self::RateLimited { .. } | Self::Server { .. }
        )
    }

    /// A stable machine-readable name, used for events and translation keys.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Network(_) => "network",
            Self::Timeout => "timeout",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not-found",
            Self::BadVersion => "bad-version",
            Self::RateLimited { .. } => "rate-limited",
            Self::Server { .. } => "server",
            Self::UnexpectedStatus { .. } => "unexpected-status",
            Self::Malformed(_) => "malformed",
        }
    }

    /// The HTTP status behind the error, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Unauthorized => Some(401),
            Self::Forbidden => Some(403),
            Self::NotFound => Some(404),
            Self::BadVersion => Some(406),
            Self::RateLimited { .. } => Some(429),
            Self::Server { status } | Self::UnexpectedStatus { status } => Some(*status),
            Self::Network(_) | Self::Timeout | Self::Malformed(_) => None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Network(detail) => write!(f, "network error: {detail}"),
            Self::Malformed(detail) => write!(f, "malformed response: {detail}"),
            other => match other.status() {
                Some(status) => write!(f, "{} (HTTP {status})", other.kind()),
                None => f.write_str(other.kind()),
            },
        }
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::ApiError;

    #[test]
    fn statuses_map_to_their_variants() {
        assert_eq!(ApiError::from_status(200, None), None);
        assert_eq!(
            ApiError::from_status(401, None),
            Some(ApiError::Unauthorized)
        );
        assert_eq!(ApiError::from_status(403, None), Some(ApiError::Forbidden));
        assert_eq!(ApiError::from_status(404, None), Some(ApiError::NotFound));
        assert_eq!(ApiError::from_status(406, None), Some(ApiError::BadVersion));
        assert_eq!(
            ApiError::from_status(429, Some(3)),
            Some(ApiError::RateLimited {
                retry_after_secs: Some(3)
            })
        );
        assert_eq!(
            ApiError::from_status(503, None),
            Some(ApiError::Server { status: 503 })
        );
        assert_eq!(
            ApiError::from_status(418, None),
            Some(ApiError::UnexpectedStatus { status: 418 })
        );
    }

    #[test]
    fn only_transient_failures_are_retryable() {
        assert!(ApiError::Timeout.is_retryable());
        assert!(ApiError::Server { status: 500 }.is_retryable());
        assert!(ApiError::RateLimited {
            retry_after_secs: None
        }
        .is_retryable());
        assert!(!ApiError::Unauthorized.is_retryable());
        assert!(!ApiError::BadVersion.is_retryable());
        assert!(!ApiError::Malformed(String::new()).is_retryable());
    }

    #[test]
    fn display_names_kind_and_status() {
        assert_eq!(
            ApiError::Unauthorized.to_string(),
            "unauthorized (HTTP 401)"
        );
        assert_eq!(ApiError::Timeout.to_string(), "timeout");
    }
}
