//! JSON:API wire types for the Teamtailor endpoints the widget reads, and how each is read
//! from a parsed JSON tree. Every attribute is read leniently (see `lenient`): a document
//! that has the right shape never fails because of one odd value.

use crate::json_node::JsonNode;
use crate::lenient::{self, text_of};

/// A JSON:API top-level document: primary data with its side-loads, or an errors array.
#[derive(Debug)]
pub struct Document<D> {
    pub data: Option<D>,
    pub errors: Option<Vec<ErrorObject>>,
    pub included: Vec<RelatedResource>,
    pub meta: PageMeta,
    pub links: PageLinks,
}

/// The answer to `GET /v1/jobs`.
pub type JobsDocument = Document<Vec<Resource<JobAttributes>>>;

impl<D> Document<D> {
    /// Reads the top level; `data` reads the primary data, whose shape depends on the
    /// endpoint.
    fn decode<J: JsonNode>(node: &J, data: impl FnOnce(J) -> Option<D>) -> Self {
        Self {
            data: node.member("data").and_then(data),
            errors: node
                .member("errors")
                .and_then(|errors| errors.elements())
                .map(|errors| errors.iter().map(ErrorObject::decode).collect()),
            included: node
                .member("included")
                .and_then(|included| included.elements())
                .map(|items| items.iter().map(RelatedResource::decode).collect())
                .unwrap_or_default(),
            meta: node
                .member("meta")
                .map(|meta| PageMeta::decode(&meta))
                .unwrap_or_default(),
            links: node
                .member("links")
                .map(|links| PageLinks::decode(&links))
                .unwrap_or_default(),
        }
    }
}

impl JobsDocument {
    /// Reads a `GET /v1/jobs` document; `data` must be an array of objects. Resources
    /// without an id are skipped: nothing could link to them or open them.
    pub fn from_node<J: JsonNode>(node: &J) -> Self {
        Self::decode(node, |data| {
            Some(
                data.elements()?
                    .iter()
                    .filter_map(Resource::decode)
                    .collect(),
            )
        })
    }
}

impl Document<Resource<JobAttributes>> {
    /// Reads a `GET /v1/jobs/{id}` document; `data` must be one object.
    pub fn job_from_node<J: JsonNode>(node: &J) -> Self {
        Self::decode(node, |data| Resource::decode(&data))
    }
}

/// One JSON:API resource object with typed attributes.
#[derive(Debug)]
pub struct Resource<A> {
    pub id: String,
    pub attributes: A,
    pub relationships: Relationships,
    pub links: JobLinks,
}

impl Resource<JobAttributes> {
    fn decode<J: JsonNode>(node: &J) -> Option<Self> {
        let id = lenient::string(node.member("id"))?;
        Some(Self {
            id,
            attributes: node
                .member("attributes")
                .map(|attributes| JobAttributes::decode(&attributes))
                .unwrap_or_default(),
            relationships: node
                .member("relationships")
                .map(|relationships| Relationships::decode(&relationships))
                .unwrap_or_default(),
            links: node
                .member("links")
                .map(|links| JobLinks::decode(&links))
                .unwrap_or_default(),
        })
    }
}

/// The relationships the widget resolves; others are ignored.
#[derive(Debug, Default)]
pub struct Relationships {
    pub department: Option<Relationship>,
    /// API version 20161108 relates a job to one location.
    pub location: Option<Relationship>,
    /// Newer API versions relate a job to many locations.
    pub locations: Option<Relationship>,
    pub role: Option<Relationship>,
}

impl Relationships {
    fn decode<J: JsonNode>(node: &J) -> Self {
        let relationship = |name: &str| node.member(name).map(|r| Relationship::decode(&r));
        Self {
            department: relationship("department"),
            location: relationship("location"),
            locations: relationship("locations"),
            role: relationship("role"),
        }
    }
}

/// A relationship object; `data` is absent when the API only sends links.
#[derive(Debug, Default)]
pub struct Relationship {
    pub data: Option<RelationshipData>,
}

impl Relationship {
    fn decode<J: JsonNode>(node: &J) -> Self {
        let data = node
            .member("data")
            .and_then(|linkage| match linkage.elements() {
                Some(many) => Some(RelationshipData::Many(
                    many.iter().filter_map(Identifier::decode).collect(),
                )),
                None => Identifier::decode(&linkage).map(RelationshipData::One),
            });
        Self { data }
    }
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
#[derive(Debug)]
pub struct Identifier {
    pub kind: String,
    pub id: String,
}

impl Identifier {
    fn decode<J: JsonNode>(node: &J) -> Option<Self> {
        node.is_object().then(|| Self {
            kind: lenient::id(node.member("type")),
            id: lenient::id(node.member("id")),
        })
    }
}

/// Attributes of a `jobs` resource (the ones the widget shows or filters on).
#[derive(Debug, Default)]
pub struct JobAttributes {
    pub title: Option<String>,
    pub body: Option<String>,
    pub pitch: Option<String>,
    pub status: Option<String>,
    pub human_status: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub created_at: Option<String>,
    pub pinned: bool,
    /// `null`, a URL string, or `{original, standard, thumb}`.
    pub picture: Option<PictureWire>,
    pub remote_status: Option<String>,
    pub language_code: Option<String>,
    pub employment_type: Option<String>,
    pub external_application_url: Option<String>,
    pub apply_button_text: Option<String>,
    pub min_salary: Option<f64>,
    pub max_salary: Option<f64>,
    pub currency: Option<String>,
    /// `hourly`, `daily`, `weekly`, `monthly` or `yearly`.
    pub salary_time_unit: Option<String>,
}

impl JobAttributes {
    fn decode<J: JsonNode>(node: &J) -> Self {
        let text = |member: &str| text_of(node, member);
        Self {
            title: text("title"),
            body: text("body"),
            pitch: text("pitch"),
            status: text("status"),
            human_status: text("human-status"),
            start_date: text("start-date"),
            end_date: text("end-date"),
            created_at: text("created-at"),
            pinned: lenient::flag(node.member("pinned")),
            picture: node.member("picture").and_then(PictureWire::decode),
            remote_status: text("remote-status"),
            language_code: text("language-code"),
            employment_type: text("employment-type"),
            external_application_url: text("external-application-url"),
            apply_button_text: text("apply-button-text"),
            min_salary: lenient::number(node.member("min-salary")),
            max_salary: lenient::number(node.member("max-salary")),
            currency: text("currency"),
            salary_time_unit: text("salary-time-unit"),
        }
    }
}

/// The career-site links of a job.
#[derive(Debug, Default)]
pub struct JobLinks {
    pub careersite_job_url: Option<String>,
    pub careersite_job_apply_url: Option<String>,
    pub careersite_job_apply_iframe_url: Option<String>,
}

impl JobLinks {
    fn decode<J: JsonNode>(node: &J) -> Self {
        Self {
            careersite_job_url: text_of(node, "careersite-job-url"),
            careersite_job_apply_url: text_of(node, "careersite-job-apply-url"),
            careersite_job_apply_iframe_url: text_of(node, "careersite-job-apply-iframe-url"),
        }
    }
}

/// The two shapes of a job's `picture`.
#[derive(Debug)]
pub enum PictureWire {
    Url(String),
    Variants(PictureVariants),
}

impl PictureWire {
    fn decode<J: JsonNode>(node: J) -> Option<Self> {
        if let Some(url) = node.text() {
            return Some(Self::Url(url));
        }
        node.is_object().then(|| {
            Self::Variants(PictureVariants {
                original: text_of(&node, "original"),
                standard: text_of(&node, "standard"),
                thumb: text_of(&node, "thumb"),
            })
        })
    }
}

/// `{original, standard, thumb}` picture URLs.
#[derive(Debug, Default)]
pub struct PictureVariants {
    pub original: Option<String>,
    pub standard: Option<String>,
    pub thumb: Option<String>,
}

/// A side-loaded resource from `included`; `kind` is its JSON:API type (departments,
/// locations, roles, or one the widget ignores).
#[derive(Debug)]
pub struct RelatedResource {
    pub kind: String,
    pub id: String,
    pub attributes: LocationAttributes,
}

impl RelatedResource {
    fn decode<J: JsonNode>(node: &J) -> Self {
        let attributes = node.member("attributes");
        let attribute = |member: &str| attributes.as_ref().and_then(|a| text_of(a, member));
        Self {
            kind: lenient::id(node.member("type")),
            id: lenient::id(node.member("id")),
            attributes: LocationAttributes {
                name: attribute("name"),
                city: attribute("city"),
                country: attribute("country"),
            },
        }
    }
}

/// Attributes of an included resource: a name, plus city and country for locations.
#[derive(Debug, Default)]
pub struct LocationAttributes {
    pub name: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// Pagination counts from `meta`.
#[derive(Debug, Default)]
pub struct PageMeta {
    pub record_count: Option<u32>,
    pub page_count: Option<u32>,
}

impl PageMeta {
    fn decode<J: JsonNode>(node: &J) -> Self {
        Self {
            record_count: lenient::count(node.member("record-count")),
            page_count: lenient::count(node.member("page-count")),
        }
    }
}

/// Pagination links from the top-level `links`.
#[derive(Debug, Default)]
pub struct PageLinks {
    pub first: Option<String>,
    pub next: Option<String>,
    pub last: Option<String>,
}

impl PageLinks {
    fn decode<J: JsonNode>(node: &J) -> Self {
        Self {
            first: text_of(node, "first"),
            next: text_of(node, "next"),
            last: text_of(node, "last"),
        }
    }
}

/// One entry of a JSON:API `errors` array.
#[derive(Debug, Default)]
pub struct ErrorObject {
    pub status: Option<String>,
    pub title: Option<String>,
    pub detail: Option<String>,
}

impl ErrorObject {
    fn decode<J: JsonNode>(node: &J) -> Self {
        Self {
            status: text_of(node, "status"),
            title: text_of(node, "title"),
            detail: text_of(node, "detail"),
        }
    }
}
