//! Per-key fixed-window rate limiting with Teamtailor's `X-Rate-Limit-*` headers on every answer.

use super::api_error::ApiError;
use super::credentials::presented_key;
use super::query_params::QueryParams;
use crate::config::RateLimitConfig;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Fixed windows per presented key (requests without a key share one window).
pub struct RateLimiter {
    config: RateLimitConfig,
    windows: Mutex<HashMap<String, Window>>,
}

struct Window {
    started: Instant,
    used: u32,
}

/// The outcome of counting one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the request may proceed.
    pub allowed: bool,
    /// Requests per window.
    pub limit: u32,
    /// Requests left in this window.
    pub remaining: u32,
    /// Whole seconds until the window resets (at least 1).
    pub reset_secs: u64,
}

impl RateLimiter {
    /// A limiter with no requests counted yet.
    pub fn new(config: RateLimitConfig) -> Self {
        Self {
            config,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request by `key` at `now`.
    pub fn check(&self, key: &str, now: Instant) -> Verdict {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows.entry(key.to_owned()).or_insert(Window {
            started: now,
            used: 0,
        });
        if now.duration_since(window.started) >= self.config.window {
            *window = Window {
                started: now,
                used: 0,
            };
        }
        window.used = window.used.saturating_add(1);
        let left = self
            .config
            .window
            .saturating_sub(now.duration_since(window.started));
        Verdict {
            allowed: window.used <= self.config.requests,
            limit: self.config.requests,
            remaining: self.config.requests.saturating_sub(window.used),
            reset_secs: ceil_secs(left).max(1),
        }
    }
}

fn ceil_secs(duration: Duration) -> u64 {
    duration.as_secs() + u64::from(duration.subsec_nanos() > 0)
}

/// Middleware: counts the request, answers 429 over the limit, stamps the headers either way.
pub async fn enforce_rate_limit(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let params = QueryParams::parse(request.uri().query());
    let key = presented_key(request.headers(), &params).unwrap_or_default();
    let verdict = state.limiter.check(&key, Instant::now());
    let mut response = if verdict.allowed {
        next.run(request).await
    } else {
        let detail = format!(
            "Rate limit of {} requests exceeded; retry in {} s",
            verdict.limit, verdict.reset_secs
        );
        let mut response = ApiError::new(StatusCode::TOO_MANY_REQUESTS, detail).into_response();
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from(verdict.reset_secs));
        response
    };
    stamp(response.headers_mut(), verdict);
    response
}

fn stamp(headers: &mut HeaderMap, verdict: Verdict) {
    headers.insert("x-rate-limit-limit", HeaderValue::from(verdict.limit));
    headers.insert(
        "x-rate-limit-remaining",
        HeaderValue::from(verdict.remaining),
    );
    headers.insert("x-rate-limit-reset", HeaderValue::from(verdict.reset_secs));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_resets_after_it_elapses() {
        let limiter = RateLimiter::new(RateLimitConfig {
            requests: 1,
            window: Duration::from_secs(10),
        });
        let start = Instant::now();
        assert!(limiter.check("k", start).allowed);
        let second = limiter.check("k", start + Duration::from_millis(2_500));
        assert_eq!(
            (second.allowed, second.remaining, second.reset_secs),
            (false, 0, 8)
        );
        assert!(
            limiter.check("other", start).allowed,
            "keys have separate windows"
        );
        assert!(limiter.check("k", start + Duration::from_secs(10)).allowed);
    }
}
