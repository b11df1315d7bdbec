//! The typed job model the widget renders, resolved from the wire types.

use std::cmp::Ordering;

pub use crate::pay::Salary;

/// A department a job belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Department {
    pub id: String,
    pub name: String,
}

/// A place a job is based in; "Remote" is an ordinary location in Teamtailor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub id: String,
    pub name: String,
    pub city: Option<String>,
    /// The country as the source names it: "Sweden", "Sverige", or a code.
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2, upper case, when the source gives one (Recruitee, SmartRecruiters);
    /// JobPosting's `addressCountry` prefers it to the name.
    pub country_code: Option<String>,
}

/// `text` as an upper-case ISO 3166-1 alpha-2 code, or `None` when it is not two ASCII
/// letters (around spaces aside): a code JSON-LD would publish must at least look like one.
pub(crate) fn alpha2_country_code(text: &str) -> Option<String> {
    let code = text.trim();
    (code.len() == 2 && code.bytes().all(|byte| byte.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

/// A role (job family) a job belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub id: String,
    pub name: String,
}

/// How remote a job is (`remote-status`); stored and sent as its wire value.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// Image URLs of a job's picture; a plain-string picture fills all three.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub original: String,
    pub standard: Option<String>,
    pub thumb: Option<String>,
}

/// A job with its department, locations and role resolved. Written as JSON (`job_json`) it
/// is the `jobs[]` entry of a [`BoardSnapshot`](crate::BoardSnapshot).
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub id: String,
    pub title: String,
    pub pitch: Option<String>,
    /// Untrusted HTML straight from the API: sanitize before rendering.
    pub body_html: String,
    pub department: Option<Department>,
    pub locations: Vec<Location>,
    pub role: Option<Role>,
    pub remote_status: RemoteStatus,
    pub employment_type: Option<String>,
    pub language_code: Option<String>,
    pub pinned: bool,
    /// No longer taking applications (archived). Listed pages never hold closed jobs; a
    /// deep link to one shows a page that says so.
    pub closed: bool,
    /// RFC 3339 timestamp; sorts correctly as text when offsets agree.
    pub created_at: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub picture: Option<Picture>,
    pub salary: Option<Salary>,
    pub external_application_url: Option<String>,
    pub apply_button_text: Option<String>,
    pub careersite_url: Option<String>,
    pub apply_url: Option<String>,
    pub apply_iframe_url: Option<String>,
}

impl Job {
    /// Location names joined for display, e.g. "Stockholm, Remote".
    pub fn location_names(&self) -> String {
        let names: Vec<&str> = self.locations.iter().map(|l| l.name.as_str()).collect();
        names.join(", ")
    }
}

/// Teamtailor's career-site order: pinned jobs first, then newest first, then by id. A total
/// order, whatever the ids: the loader's first rows (scripts/first-rows.js) sort the same way.
pub fn sort_like_teamtailor(jobs: &mut Vec<Job>) {
    crate::sort_order::sort_by(jobs, board_order);
}

/// The order [`sort_like_teamtailor`] sorts by.
pub fn board_order(a: &Job, b: &Job) -> Ordering {
    b.pinned
        .cmp(&a.pinned)
        .then_with(|| newest_first(a.created_at.as_deref(), b.created_at.as_deref()))
        .then_with(|| id_order(&a.id, &b.id))
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

/// Ids of digits first, the larger number first (of any length); then the others; ties end
/// on the id's text, descending, so no two distinct ids are equal.
fn id_order(a: &str, b: &str) -> Ordering {
    let by_text = || b.cmp(a);
    match (numeric_id(a), numeric_id(b)) {
        (Some(x), Some(y)) => y
            .len()
            .cmp(&x.len())
            .then_with(|| y.cmp(x))
            .then_with(by_text),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => by_text(),
    }
}

/// An id of ASCII digits without its leading zeros ("007" → "7", "0" stays).
fn numeric_id(id: &str) -> Option<&str> {
    if id.is_empty() || !id.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let digits = id.trim_start_matches('0');
    Some(if digits.is_empty() { "0" } else { digits })
}
