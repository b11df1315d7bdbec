//! How long to wait before retrying a failed request.

use crate::error::ApiError;

/// Attempts after the first one for errors that may pass.
pub const MAX_RETRIES: u32 = 3;
const BASE_DELAY_MS: u32 = 500;
const MAX_DELAY_MS: u32 = 30_000;

/// The delay before retry number `attempt` (0-based), or `None` when `error` should not be
/// retried or the retries are used up. The API's own wait (`Retry-After` or
/// `X-Rate-Limit-Reset`) wins over exponential backoff. A timeout is not retried on its own:
/// the reader has already waited the whole time limit, so they get the message and a button.
pub fn retry_delay_ms(error: &ApiError, attempt: u32) -> Option<u32> {
    if !error.is_retryable() || *error == ApiError::Timeout || attempt >= MAX_RETRIES {
        return None;
    }
    let backoff = BASE_DELAY_MS.saturating_mul(1 << attempt.min(10));
    let delay = match error {
        ApiError::RateLimited {
            retry_after_secs: Some(seconds),
        } => seconds.saturating_mul(1000).max(BASE_DELAY_MS),
        _ => backoff,
    };
    Some(delay.min(MAX_DELAY_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_back_off_exponentially_then_give_up() {
        let error = ApiError::Server { status: 503 };
        assert_eq!(retry_delay_ms(&error, 0), Some(500));
        assert_eq!(retry_delay_ms(&error, 1), Some(1000));
        assert_eq!(retry_delay_ms(&error, 2), Some(2000));
        assert_eq!(retry_delay_ms(&error, 3), None);
    }

    #[test]
    fn rate_limit_waits_as_long_as_the_api_says_within_a_cap() {
        let told = |seconds| ApiError::RateLimited {
            retry_after_secs: Some(seconds),
        };
        assert_eq!(retry_delay_ms(&told(2), 0), Some(2000));
        assert_eq!(retry_delay_ms(&told(0), 0), Some(500));
        assert_eq!(retry_delay_ms(&told(3600), 0), Some(30_000));
        let untold = ApiError::RateLimited {
            retry_after_secs: None,
        };
        assert_eq!(retry_delay_ms(&untold, 1), Some(1000));
    }

    #[test]
    fn configuration_errors_are_never_retried() {
        assert_eq!(retry_delay_ms(&ApiError::Unauthorized, 0), None);
        assert_eq!(retry_delay_ms(&ApiError::BadVersion, 0), None);
        assert_eq!(retry_delay_ms(&ApiError::Malformed("x".into()), 0), None);
    }

    #[test]
    fn a_timeout_is_left_to_the_reader_and_a_network_error_is_retried() {
        assert_eq!(retry_delay_ms(&ApiError::Timeout, 0), None);
        assert_eq!(
            retry_delay_ms(&ApiError::Network("offline".into()), 0),
            Some(500)
        );
    }
}
