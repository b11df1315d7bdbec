//! The typed job model the widget renders, resolved from the wire types.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

/// A department a job belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    pub id: String,
    pub name: String,
}

/// A place a job is based in; "Remote" is an ordinary location in Teamtailor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A role (job family) a job belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
}

/// How remote a job is (`remote-status`); stored and sent as its wire value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum RemoteStatus {
    /// On site (`none`), also used when the attribute is missing.
    OnSite,
    Temporary,
    Hybrid,
    Fully,
    /// A value newer than this code; kept so it can still be shown and filtered on.
    Other(String),
}

impl RemoteStatus {
    /// Maps the wire value; unknown values are kept rather than rejected.
    pub fn from_wire(value: Option<&str>) -> Self {
        match value {
            None | Some("none") => Self::OnSite,
            Some("temporary") => Self::Temporary,
            Some("hybrid") => Self::Hybrid,
            Some("fully") => Self::Fully,
            Some(other) => Self::Other(other.to_owned()),
        }
    }

    /// The wire value, the key for filters and translations.
    pub fn as_wire(&self) -> &str {
        match self {
            Self::OnSite => "none",
            Self::Temporary => "temporary",
            Self::Hybrid => "hybrid",
            Self::Fully => "fully",
            Self::Other(value) => value,
        }
    }
}

impl From<String> for RemoteStatus {
    fn from(wire: String) -> Self {
        Self::from_wire(Some(&wire))
    }
}

impl From<RemoteStatus> for String {
    fn from(status: RemoteStatus) -> Self {
        status.as_wire().to_owned()
    }
}

/// Image URLs of a job's picture; a plain-string picture fills all three.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picture {
    pub original: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumb: Option<String>,
}

/// A salary range as published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// A job with its department, locations and role resolved. Serialized (snake_case, absent
/// values left out) it is the `jobs[]` entry of a [`BoardSnapshot`](crate::BoardSnapshot).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pitch: Option<String>,
    /// Untrusted HTML straight from the API: sanitize before rendering.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body_html: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Department>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default = "on_site", skip_serializing_if = "is_on_site")]
    pub remote_status: RemoteStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_code: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
    /// No longer taking applications (archived). Listed pages never hold closed jobs; a
    /// deep link to one shows a page that says so.
    #[serde(default, skip_serializing_if = "is_false")]
    pub closed: bool,
    /// RFC 3339 timestamp; sorts correctly as text when offsets agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<Salary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_application_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_button_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub careersite_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_iframe_url: Option<String>,
}

fn on_site() -> RemoteStatus {
    RemoteStatus::OnSite
}

fn is_on_site(status: &RemoteStatus) -> bool {
    *status == RemoteStatus::OnSite
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Job {
    /// Location names joined for display, e.g. "Stockholm, Remote".
    pub fn location_names(&self) -> String {
        let names: Vec<&str> = self.locations.iter().map(|l| l.name.as_str()).collect();
        names.join(", ")
    }
}

/// Teamtailor's career-site order: pinned jobs first, then newest first, then by id.
pub fn sort_like_teamtailor(jobs: &mut [Job]) {
    jobs.sort_by(|a, b| {
        b.pinned
            .cmp(&a.pinned)
            .then_with(|| newest_first(a.created_at.as_deref(), b.created_at.as_deref()))
            .then_with(|| numeric_id_desc(&a.id, &b.id))
    });
}

fn newest_first(a: Option<&str>, b: Option<&str>) -> Ordering {
    // Jobs without a date go last.
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn numeric_id_desc(a: &str, b: &str) -> Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(a), Ok(b)) => b.cmp(&a),
        _ => b.cmp(a),
    }
}
