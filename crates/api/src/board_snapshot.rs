//! The board's own snapshot format: resolved jobs, ready to render, with when and for whom
//! they were taken. `careers snapshot` writes it as `jobs.json` for `data-source`, and the
//! widget's cache stores it; the widget also still reads saved `GET /v1/jobs` documents.

use crate::error::ApiError;
use crate::job_json::{decode_job, write_job};
use crate::json_node::JsonNode;
use crate::json_writer::{write_array, ObjectWriter};
use crate::lenient::{self, text_of};
use crate::model::Job;
use crate::resolve::{decode_jobs_page, JobsPage};

/// The `format` member that marks a board snapshot.
pub const SNAPSHOT_FORMAT: &str = "careers-jobs";
/// The snapshot version this code writes; readers accept this one and older. A new optional
/// member keeps the version (readers skip members they do not know, and read a missing one
/// as absent): locations' `country_code` came that way, within version 1.
pub const SNAPSHOT_VERSION: u32 = 1;

/// A versioned list of jobs with their department, locations and role resolved.
///
/// ```json
/// {"format": "careers-jobs", "version": 1, "generated_at": "2026-12-02T08:00:00Z",
///  "company_name": "Northwind", "jobs": [{"id": "7001", "title": "…", …}]}
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct BoardSnapshot {
    /// Always [`SNAPSHOT_FORMAT`].
    pub format: String,
    /// [`SNAPSHOT_VERSION`] when written by this code.
    pub version: u32,
    /// RFC 3339 time the jobs were read from the source.
    pub generated_at: Option<String>,
    /// The hiring organisation, when the publisher named it.
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

    /// The snapshot as compact JSON, safe inside an HTML `<script>` element too.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.jobs.len() * 1024);
        let mut object = ObjectWriter::open(&mut out);
        object
            .string("format", &self.format)
            .member("version", |out| out.push_str(&self.version.to_string()))
            .optional_string("generated_at", self.generated_at.as_deref())
            .optional_string("company_name", self.company_name.as_deref())
            .member("jobs", |out| write_array(out, &self.jobs, write_job))
            .close();
        out
    }

    /// Reads a board snapshot; an unknown format or a newer version is refused rather than
    /// half-read.
    pub fn decode<J: JsonNode>(node: &J) -> Result<Self, ApiError> {
        if text_of(node, "format").as_deref() != Some(SNAPSHOT_FORMAT) {
            return Err(ApiError::Malformed(format!(
                "not a {SNAPSHOT_FORMAT} snapshot"
            )));
        }
        let version = lenient::count(node.member("version"))
            .ok_or_else(|| ApiError::Malformed("a snapshot without a version".into()))?;
        if version > SNAPSHOT_VERSION {
            return Err(ApiError::Malformed(format!(
                "snapshot version {version} is newer than this widget reads"
            )));
        }
        let jobs = node
            .member("jobs")
            .and_then(|jobs| jobs.elements())
            .ok_or_else(|| ApiError::Malformed("a snapshot without jobs".into()))?;
        Ok(Self {
            format: SNAPSHOT_FORMAT.to_owned(),
            version,
            generated_at: text_of(node, "generated_at"),
            company_name: text_of(node, "company_name"),
            jobs: jobs.iter().filter_map(decode_job).collect(),
        })
    }

    /// Parses and reads a board snapshot.
    #[cfg(feature = "serde_json")]
    pub fn from_json(body: &str) -> Result<Self, ApiError> {
        Self::decode(&crate::resolve::parse_json::<serde_json::Value>(body)?)
    }
}

/// Reads what a `data-source` URL serves: a board snapshot, one saved `GET /v1/jobs`
/// document, or a JSON array of them (one per page).
pub fn decode_source<J: JsonNode>(node: &J) -> Result<Vec<JobsPage>, ApiError> {
    if let Some(documents) = node.elements() {
        return documents
            .iter()
            .map(|document| {
                if !document.is_object() {
                    return Err(ApiError::Malformed("a saved page is not an object".into()));
                }
                decode_jobs_page(document)
            })
            .collect();
    }
    if node.member("format").is_some() {
        let snapshot = BoardSnapshot::decode(node)?;
        let count = snapshot.jobs.len() as u32;
        return Ok(vec![JobsPage {
            jobs: snapshot.jobs,
            record_count: Some(count),
            page_count: Some(1),
        }]);
    }
    decode_jobs_page(node).map(|page| vec![page])
}

/// Parses and reads what a `data-source` URL serves.
#[cfg(feature = "serde_json")]
pub fn parse_snapshot(body: &str) -> Result<Vec<JobsPage>, ApiError> {
    decode_source(&crate::resolve::parse_json::<serde_json::Value>(body)?)
}
