//! State shared by every handler.

use crate::api::RateLimiter;
use crate::config::MockConfig;
use crate::data::DemoData;
use crate::faults::FaultSpec;
use crate::stats::RequestStats;
use std::path::PathBuf;
use std::sync::Arc;

/// Cheap to clone: everything large sits behind an `Arc`.
#[derive(Clone)]
pub struct AppState {
    /// The account being served.
    pub data: Arc<DemoData>,
    /// Counters for `/__mock/stats`.
    pub stats: Arc<RequestStats>,
    /// Per-key windows.
    pub limiter: Arc<RateLimiter>,
    /// Faults applied to every API request (CLI flags).
    pub faults: FaultSpec,
    /// Directory of the built board.
    pub dist: Arc<PathBuf>,
}

impl AppState {
    /// Fresh state for `config`.
    pub fn new(config: MockConfig) -> Self {
        Self {
            data: Arc::new(config.data),
            stats: Arc::new(RequestStats::default()),
            limiter: Arc::new(RateLimiter::new(config.rate_limit)),
            faults: config.faults,
            dist: Arc::new(config.dist),
        }
    }
}
