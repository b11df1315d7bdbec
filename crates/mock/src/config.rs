//! How the mock is configured, by the CLI or by tests.

use crate::data::{demo_data, DemoData};
use crate::faults::FaultSpec;
use std::path::PathBuf;
use std::time::Duration;

/// Requests allowed per key per fixed window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimitConfig {
    /// Requests per window (default 100).
    pub requests: u32,
    /// Window length (default 10 s).
    pub window: Duration,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            requests: 100,
            window: Duration::from_secs(10),
        }
    }
}

/// Everything `app` needs; `MockConfig::default()` is the demo account, no faults, `dist/`.
#[derive(Clone, Debug)]
pub struct MockConfig {
    /// Directory of the built board (default `dist`).
    pub dist: PathBuf,
    /// The account served (default `demo_data()`).
    pub data: DemoData,
    /// Rate limiting (default 100 per 10 s).
    pub rate_limit: RateLimitConfig,
    /// Faults applied to every API request (default none).
    pub faults: FaultSpec,
    /// A `careers snapshot` folder served at `/snapshot/` (default none). Read per request, so
    /// `make demo` writes it from this very mock after the server has started.
    pub snapshot: Option<PathBuf>,
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            dist: PathBuf::from("dist"),
            data: demo_data(),
            rate_limit: RateLimitConfig::default(),
            faults: FaultSpec::default(),
            snapshot: None,
        }
    }
}
