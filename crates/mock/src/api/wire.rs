//! The JSON:API document as the mock writes it: its own serde types, independent of the widget's.

use serde::Serialize;
use std::collections::BTreeMap;

/// A top-level success document; `D` is one `Resource` or a `Vec` of them.
#[derive(Serialize)]
pub struct Document<D> {
    /// Primary data.
    pub data: D,
    /// Resources named by `include`, each once; absent when nothing was asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub included: Option<Vec<Resource>>,
    /// Record and page counts of a collection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Pagination links of a collection, `self` of a single resource.
    pub links: BTreeMap<&'static str, String>,
}

/// Collection counts.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Meta {
    /// Records matching the query, across every page.
    pub record_count: usize,
    /// Pages at the requested size.
    pub page_count: usize,
}

/// One resource object.
#[derive(Serialize)]
pub struct Resource {
    /// Id as a string, as JSON:API requires.
    pub id: String,
    /// `jobs`, `departments`, `locations` or `roles`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Typed attributes.
    pub attributes: Attributes,
    /// `self` plus, for jobs, the career-site links.
    pub links: BTreeMap<&'static str, String>,
    /// Relationship objects by name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub relationships: BTreeMap<&'static str, Relationship>,
}

/// Attributes of any resource type.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Attributes {
    /// A job.
    Job(Box<JobAttributes>),
    /// A department or a role.
    Named(NameAttributes),
    /// A location.
    Location(LocationAttributes),
}

/// Job attributes, kebab-case like the real API.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct JobAttributes {
    pub title: String,
    pub body: String,
    pub pitch: String,
    pub status: &'static str,
    pub human_status: &'static str,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub pinned: bool,
    pub picture: Option<PictureValue>,
    pub remote_status: &'static str,
    pub language_code: &'static str,
    pub employment_type: &'static str,
    pub external_application_url: Option<String>,
    pub apply_button_text: String,
    pub min_salary: Option<u32>,
    pub max_salary: Option<u32>,
    pub currency: Option<&'static str>,
    pub salary_time_unit: Option<&'static str>,
    pub tags: Vec<String>,
}

/// The two non-null shapes of `picture`.
#[derive(Serialize)]
#[serde(untagged)]
pub enum PictureValue {
    /// A bare URL.
    Url(String),
    /// Sized variants.
    Variants {
        original: String,
        standard: String,
        thumb: String,
    },
}

/// `{name}`, for departments and roles.
#[derive(Serialize)]
pub struct NameAttributes {
    pub name: &'static str,
}

/// Location attributes.
#[derive(Serialize)]
pub struct LocationAttributes {
    pub name: &'static str,
    pub city: Option<&'static str>,
    pub country: Option<&'static str>,
    pub address: Option<&'static str>,
    pub zip: Option<&'static str>,
    pub headquarters: bool,
}

/// A relationship object: links always, linkage always (the real API includes it for included ones).
#[derive(Serialize)]
pub struct Relationship {
    /// `self` and `related`.
    pub links: BTreeMap<&'static str, String>,
    /// Resource linkage.
    pub data: Linkage,
}

/// To-one (`null` or an identifier) or to-many (an array) linkage.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Linkage {
    /// To-one.
    One(Option<Identifier>),
    /// To-many.
    Many(Vec<Identifier>),
}

/// A resource identifier object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Identifier {
    /// Id as a string.
    pub id: String,
    /// Resource type.
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// A JSON:API errors document.
#[derive(Serialize)]
pub struct ErrorDocument {
    /// Always exactly one error.
    pub errors: Vec<ErrorObject>,
}

/// One error object.
#[derive(Serialize)]
pub struct ErrorObject {
    /// The HTTP status as a string.
    pub status: String,
    /// The status's reason phrase.
    pub title: &'static str,
    /// What went wrong.
    pub detail: String,
}
