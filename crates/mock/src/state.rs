//! State shared by every handler.

use crate::api::RateLimiter;
use crate::config::MockConfig;
use crate::data::DemoData;
use crate::faults::FaultSpec;
use crate::stats::RequestStats;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Cheap to clone: everything large sits behind an `Arc`.
#[derive(Clone)]
pub struct AppState {
    /// The account as configured.
    pub data: Arc<DemoData>,
    /// The same account one edit later (`DemoData::revised`).
    pub revised_data: Arc<DemoData>,
    /// Whether the jobs endpoints serve `revised_data` (`PUT /__mock/revision/1`).
    pub serving_revision: Arc<AtomicBool>,
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
            revised_data: Arc::new(config.data.revised()),
            serving_revision: Arc::new(AtomicBool::new(false)),
            data: Arc::new(config.data),
            stats: Arc::new(RequestStats::default()),
            limiter: Arc::new(RateLimiter::new(config.rate_limit)),
            faults: config.faults,
            dist: Arc::new(config.dist),
        }
    }
}

impl AppState {
    /// The account the jobs endpoints serve now: as configured, or its revision.
    pub fn current_data(&self) -> &Arc<DemoData> {
        if self.serving_revision.load(Ordering::Relaxed) {
            &self.revised_data
        } else {
            &self.data
        }
    }
}
