//! The board's own snapshot format: resolved jobs, ready to render, with when and for whom
//! they were taken. `careers snapshot` writes it as `jobs.json` for `data-source`, and the
//! widget's cache stores it; the widget also still reads saved `GET /v1/jobs` documents.

use serde::{Deserialize, Serialize};

use crate::document::JobsDocument;
use crate::error::ApiError;
use crate::model::Job;
use crate::resolve::{parse_jobs_page, JobsPage};

/// The `format` member that marks a board snapshot.
pub const SNAPSHOT_FORMAT: &str = "careers-jobs";
/// The snapshot version this code writes; readers accept this one and older.
pub const SNAPSHOT_VERSION: u32 = 1;

/// A versioned list of jobs with their department, locations and role resolved.
///
/// ```json
/// {"format": "careers-jobs", "version": 1, "generated_at": "2026-12-02T08:00:00Z",
///  "company_name": "Northwind", "jobs": [{"id": "7001", "title": "…", …}]}
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BoardSnapshot {
    /// Always [`SNAPSHOT_FORMAT`].
    pub format: String,
    /// [`SNAPSHOT_VERSION`] when written by this code.
    pub version: u32,
    /// RFC 3339 time the jobs were read from the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_at: Option<String>,
    /// The hiring organisation, when the publisher named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Published jobs in board order.
    pub jobs: Vec<Job>,
}

impl BoardSnapshot {
    /// A snapshot of `jobs` in the current format.
    pub fn new(jobs: Vec<Job>, generated_at: Option<String>, company_name: Option<String>) -> Self {
        Self {
            format: SNAPSHOT_FORMAT.to_owned(),
            version: SNAPSHOT_VERSION,
            generated_at,
            company_name,
            jobs,
        }
    }

    /// The snapshot as compact JSON.
    pub fn to_json(&self) -> String {
        // Serializing owned strings and numbers into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a board snapshot; an unknown format or a newer version is refused rather than
    /// half-read.
    pub fn from_json(body: &str) -> Result<Self, ApiError> {
        let snapshot: Self = serde_json::from_str(body).map_err(malformed)?;
        if snapshot.format != SNAPSHOT_FORMAT {
            return Err(ApiError::Malformed(format!(
                "not a {SNAPSHOT_FORMAT} snapshot"
            )));
        }
        if snapshot.version > SNAPSHOT_VERSION {
            return Err(ApiError::Malformed(format!(
                "snapshot version {} is newer than this widget reads",
                snapshot.version
            )));
        }
        Ok(snapshot)
    }
}

/// Parses what a `data-source` URL serves: a board snapshot, one saved `GET /v1/jobs`
/// document, or a JSON array of them (one per page).
pub fn parse_snapshot(body: &str) -> Result<Vec<JobsPage>, ApiError> {
    let trimmed = body.trim_start();
    if trimmed.starts_with('[') {
        let documents: Vec<JobsDocument> = serde_json::from_str(body).map_err(malformed)?;
        return documents
            .into_iter()
            .map(crate::resolve::resolve_document)
            .collect();
    }
    // The marker is cheap to look for and rare in API documents; one that holds it in a job
    // body still parses, as the fallback below.
    if trimmed.contains(SNAPSHOT_FORMAT) {
        if let Ok(snapshot) = BoardSnapshot::from_json(body) {
            let count = snapshot.jobs.len() as u32;
            return Ok(vec![JobsPage {
                jobs: snapshot.jobs,
                record_count: Some(count),
                page_count: Some(1),
            }]);
        }
    }
    parse_jobs_page(body).map(|page| vec![page])
}

fn malformed(error: serde_json::Error) -> ApiError {
    ApiError::Malformed(error.to_string())
}
