//! Request counters that tests read through `GET /__mock/stats` (e.g. "no preflight happened").

use crate::state::AppState;
use axum::extract::{Path, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Counts since start (or the last reset).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StatsSnapshot {
    /// Every request except the `/__mock/` endpoints themselves.
    pub requests: u64,
    /// CORS preflights (OPTIONS with `Access-Control-Request-Method`).
    pub preflights: u64,
    /// Requests per path, query excluded.
    pub by_path: BTreeMap<String, u64>,
}

/// Shared counters.
#[derive(Default)]
pub struct RequestStats(Mutex<StatsSnapshot>);

impl RequestStats {
    fn record(&self, path: &str, preflight: bool) {
        let mut stats = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        stats.requests += 1;
        stats.preflights += u64::from(preflight);
        *stats.by_path.entry(path.to_owned()).or_default() += 1;
    }

    /// A copy of the current counts.
    pub fn snapshot(&self) -> StatsSnapshot {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn reset(&self) {
        *self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = StatsSnapshot::default();
    }
}

/// Outermost middleware, so preflights that CORS answers on its own are counted too.
pub async fn count_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if !path.starts_with("/__mock/") {
        let preflight = request.method() == Method::OPTIONS
            && request
                .headers()
                .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
        state.stats.record(path, preflight);
    }
    next.run(request).await
}

/// `GET /__mock/stats`.
pub async fn show_stats(State(state): State<AppState>) -> Json<StatsSnapshot> {
    Json(state.stats.snapshot())
}

/// `POST /__mock/stats/reset`: zeroes the counters and returns them.
pub async fn reset_stats(State(state): State<AppState>) -> Response {
    state.stats.reset();
    (StatusCode::OK, Json(state.stats.snapshot())).into_response()
}

/// `PUT /__mock/revision/{0|1}`: serve the account as configured (0) or one edit later (1),
/// so a test can change the data between two visits.
pub async fn set_revision(State(state): State<AppState>, Path(revision): Path<u8>) -> Response {
    match revision {
        0 | 1 => {
            state
                .serving_revision
                .store(revision == 1, std::sync::atomic::Ordering::Relaxed);
            (StatusCode::OK, format!("serving revision {revision}\n")).into_response()
        }
        _ => (StatusCode::BAD_REQUEST, "revision must be 0 or 1\n").into_response(),
    }
}
