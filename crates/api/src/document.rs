//! JSON:API wire types for the Teamtailor endpoints the widget reads.
//!
//! A document is either data or errors (an untagged enum, so serde checks the shape), and
//! every attribute is decoded leniently: see `lenient`.

use crate::lenient::{self, OneOf};
use serde::Deserialize;

/// A JSON:API top-level document: primary data with its side-loads, or an errors array.
///
/// A struct with optional members rather than an untagged enum: serde's untagged and
/// internally tagged enums buffer every value first, which costs wasm bytes and time.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "D: Deserialize<'de>"))]
pub struct Document<D> {
    pub data: Option<D>,
    #[serde(default)]
    pub errors: Option<Vec<ErrorObject>>,
    #[serde(default)]
    pub included: Vec<RelatedResource>,
    #[serde(default)]
    pub meta: PageMeta,
    #[serde(default)]
    pub links: PageLinks,
}

/// The answer to `GET /v1/jobs`.
pub type JobsDocument = Document<Vec<Resource<JobAttributes>>>;

/// One JSON:API resource object with typed attributes.
#[derive(Debug, Deserialize)]
#[serde(bound(deserialize = "A: Deserialize<'de> + Default"))]
pub struct Resource<A> {
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub attributes: A,
    #[serde(default)]
    pub relationships: Relationships,
    #[serde(default)]
    pub links: JobLinks,
}

/// The relationships the widget resolves; others are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct Relationships {
    pub department: Option<Relationship>,
    /// API version 20161108 relates a job to one location.
    pub location: Option<Relationship>,
    /// Newer API versions relate a job to many locations.
    pub locations: Option<Relationship>,
    pub role: Option<Relationship>,
}

/// A relationship object; `data` is absent when the API only sends links.
#[derive(Debug, Default, Deserialize)]
pub struct Relationship {
    #[serde(default, deserialize_with = "linkage")]
    pub data: Option<RelationshipData>,
}

fn linkage<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<RelationshipData>, D::Error> {
    Ok(
        match lenient::object_or_array::<D, Identifier, Vec<Identifier>>(deserializer)? {
            Some(OneOf::Object(one)) => Some(RelationshipData::One(one)),
            Some(OneOf::Array(many)) => Some(RelationshipData::Many(many)),
            Some(OneOf::Text(_)) | None => None,
        },
    )
}

/// Resource linkage: to-one or to-many.
#[derive(Debug)]
pub enum RelationshipData {
    One(Identifier),
    Many(Vec<Identifier>),
}

impl RelationshipData {
    /// The linked identifiers, whatever the arity.
    pub fn identifiers(&self) -> &[Identifier] {
        match self {
            Self::One(identifier) => std::slice::from_ref(identifier),
            Self::Many(identifiers) => identifiers,
        }
    }
}

/// A resource identifier object: `{"type": "...", "id": "..."}`.
#[derive(Debug, Deserialize)]
pub struct Identifier {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
}

/// Attributes of a `jobs` resource (the ones the widget shows or filters on).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
pub struct JobAttributes {
    #[serde(deserialize_with = "lenient::string")]
    pub title: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub body: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub pitch: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub status: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub human_status: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub start_date: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub end_date: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub created_at: Option<String>,
    #[serde(deserialize_with = "lenient::flag")]
    pub pinned: bool,
    /// `null`, a URL string, or `{original, standard, thumb}`.
    #[serde(deserialize_with = "picture")]
    pub picture: Option<PictureWire>,
    #[serde(deserialize_with = "lenient::string")]
    pub remote_status: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub language_code: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub employment_type: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub external_application_url: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub apply_button_text: Option<String>,
    #[serde(deserialize_with = "lenient::number")]
    pub min_salary: Option<f64>,
    #[serde(deserialize_with = "lenient::number")]
    pub max_salary: Option<f64>,
    #[serde(deserialize_with = "lenient::string")]
    pub currency: Option<String>,
}

/// The career-site links of a job.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
pub struct JobLinks {
    #[serde(deserialize_with = "lenient::string")]
    pub careersite_job_url: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub careersite_job_apply_url: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub careersite_job_apply_iframe_url: Option<String>,
}

/// The two shapes of a job's `picture`.
#[derive(Debug)]
pub enum PictureWire {
    Url(String),
    Variants(PictureVariants),
}

/// `{original, standard, thumb}` picture URLs.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PictureVariants {
    #[serde(deserialize_with = "lenient::string")]
    pub original: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub standard: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub thumb: Option<String>,
}

fn picture<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<PictureWire>, D::Error> {
    Ok(
        match lenient::object_or_array::<D, PictureVariants, serde::de::IgnoredAny>(deserializer)? {
            Some(OneOf::Object(variants)) => Some(PictureWire::Variants(variants)),
            Some(OneOf::Text(url)) => Some(PictureWire::Url(url)),
            Some(OneOf::Array(_)) | None => None,
        },
    )
}

/// A side-loaded resource from `included`; `kind` is its JSON:API type (departments,
/// locations, roles, or one the widget ignores).
#[derive(Debug, Deserialize)]
pub struct RelatedResource {
    #[serde(rename = "type", deserialize_with = "lenient::id")]
    pub kind: String,
    #[serde(deserialize_with = "lenient::id")]
    pub id: String,
    #[serde(default)]
    pub attributes: LocationAttributes,
}

/// Attributes of an included resource: a name, plus city and country for locations.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LocationAttributes {
    #[serde(deserialize_with = "lenient::string")]
    pub name: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub city: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub country: Option<String>,
}

/// Pagination counts from `meta`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", default)]
pub struct PageMeta {
    #[serde(deserialize_with = "lenient::count")]
    pub record_count: Option<u32>,
    #[serde(deserialize_with = "lenient::count")]
    pub page_count: Option<u32>,
}

/// Pagination links from the top-level `links`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageLinks {
    #[serde(deserialize_with = "lenient::string")]
    pub first: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub next: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub last: Option<String>,
}

/// One entry of a JSON:API `errors` array.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ErrorObject {
    #[serde(deserialize_with = "lenient::string")]
    pub status: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub title: Option<String>,
    #[serde(deserialize_with = "lenient::string")]
    pub detail: Option<String>,
}
