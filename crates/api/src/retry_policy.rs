//! How long to wait before retrying a failed request.

use crate::error::ApiError;

/// Attempts after the first one for errors that may pass.
pub const MAX_RETRIES: u32 = 3;
const BASE_DELAY_MS: u32 = 500;
const MAX_DELAY_MS: u32 = 30_000;
/// Even a jittered retry waits this long, so a retry never races the failure it follows.
const MIN_DELAY_MS: u32 = 50;

/// The delay before retry number `attempt` (0-based), or `None` when `error` should not be
/// retried or the retries are used up. `unit_random` is a random number in `[0, 1)`.
///
/// Backoff uses full jitter (a random wait up to the exponential bound), so the visitors of
/// one company who hit the same outage do not all retry in the same instant against its one
/// key. The API's own wait (`Retry-After` or `X-Rate-Limit-Reset`) is honoured as a minimum,
/// with up to one base delay of jitter on top. A timeout is not retried on its own: the
/// reader has already waited the whole time limit, so they get the message and a button.
pub fn retry_delay_ms(error: &ApiError, attempt: u32, unit_random: f64) -> Option<u32> {
    if !error.is_retryable() || *error == ApiError::Timeout || attempt >= MAX_RETRIES {
        return None;
    }
    let unit = unit_random.clamp(0.0, 1.0);
    let share = |bound: u32| (f64::from(bound) * unit) as u32;
    let delay = match error {
        ApiError::RateLimited {
            retry_after_secs: Some(seconds),
        } => seconds
            .saturating_mul(1000)
            .saturating_add(share(BASE_DELAY_MS)),
        _ => {
            let bound = BASE_DELAY_MS.saturating_mul(1 << attempt.min(10));
            share(bound).max(MIN_DELAY_MS)
        }
    };
    Some(delay.min(MAX_DELAY_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_back_off_within_a_doubling_bound_then_give_up() {
        let error = ApiError::Server { status: 503 };
        assert_eq!(retry_delay_ms(&error, 0, 0.999), Some(499));
        assert_eq!(retry_delay_ms(&error, 1, 0.999), Some(999));
        assert_eq!(retry_delay_ms(&error, 2, 0.999), Some(1998));
        assert_eq!(retry_delay_ms(&error, 3, 0.5), None);
    }

    #[test]
    fn backoff_is_fully_jittered_with_a_small_floor() {
        let error = ApiError::Server { status: 502 };
        assert_eq!(retry_delay_ms(&error, 2, 0.5), Some(1000));
        assert_eq!(retry_delay_ms(&error, 2, 0.25), Some(500));
        assert_eq!(retry_delay_ms(&error, 2, 0.0), Some(MIN_DELAY_MS));
    }

    #[test]
    fn rate_limit_waits_at_least_as_long_as_the_api_says_within_a_cap() {
        let told = |seconds| ApiError::RateLimited {
            retry_after_secs: Some(seconds),
        };
        assert_eq!(retry_delay_ms(&told(2), 0, 0.0), Some(2000));
        assert_eq!(retry_delay_ms(&told(2), 0, 0.5), Some(2250));
        assert_eq!(retry_delay_ms(&told(3600), 0, 0.0), Some(30_000));
        let untold = ApiError::RateLimited {
            retry_after_secs: None,
        };
        assert_eq!(retry_delay_ms(&untold, 1, 0.5), Some(500));
    }

    #[test]
    fn configuration_errors_are_never_retried() {
        assert_eq!(retry_delay_ms(&ApiError::Unauthorized, 0, 0.5), None);
        assert_eq!(retry_delay_ms(&ApiError::BadVersion, 0, 0.5), None);
        assert_eq!(
            retry_delay_ms(&ApiError::Malformed("x".into()), 0, 0.5),
            None
        );
    }

    #[test]
    fn a_timeout_is_left_to_the_reader_and_a_network_error_is_retried() {
        assert_eq!(retry_delay_ms(&ApiError::Timeout, 0, 0.5), None);
        assert_eq!(
            retry_delay_ms(&ApiError::Network("offline".into()), 0, 0.5),
            Some(250)
        );
    }
}
