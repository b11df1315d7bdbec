//! Turns a `GET /v1/jobs` document into typed jobs by resolving relationships against
//! `included`. Both relationship shapes are accepted: `location` (20161108) and `locations`.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::{
    Document, JobAttributes, JobsDocument, PictureWire, RelatedResource, Relationship, Resource,
};
use crate::error::ApiError;
use crate::json_node::JsonNode;
use crate::model::{Department, Job, Location, Picture, RemoteStatus, Role, Salary};

/// One page of jobs with the pagination facts needed to fetch the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct JobsPage {
    pub jobs: Vec<Job>,
    pub record_count: Option<u32>,
    pub page_count: Option<u32>,
}

/// Reads a successful `GET /v1/jobs` response.
pub fn decode_jobs_page<J: JsonNode>(node: &J) -> Result<JobsPage, ApiError> {
    resolve_document(JobsDocument::from_node(node))
}

/// Reads a successful `GET /v1/jobs/{id}` response: one job with its side-loads.
pub fn decode_job<J: JsonNode>(node: &J) -> Result<Job, ApiError> {
    let Document { data, included, .. } = Document::job_from_node(node);
    let resource = data.ok_or_else(|| ApiError::Malformed("no job in the response".into()))?;
    Ok(SideLoads::new(included).resolve(resource))
}

/// Parses the body of a successful `GET /v1/jobs` response.
#[cfg(feature = "serde_json")]
pub fn parse_jobs_page(body: &str) -> Result<JobsPage, ApiError> {
    decode_jobs_page(&parse_json::<serde_json::Value>(body)?)
}

/// Parses the body of a successful `GET /v1/jobs/{id}` response.
#[cfg(feature = "serde_json")]
pub fn parse_job(body: &str) -> Result<Job, ApiError> {
    decode_job(&parse_json::<serde_json::Value>(body)?)
}

/// JSON text as a tree, or `Malformed` saying why not.
pub fn parse_json<J: JsonNode>(body: &str) -> Result<J, ApiError> {
    J::parse(body).map_err(ApiError::Malformed)
}

pub(crate) fn resolve_document(document: JobsDocument) -> Result<JobsPage, ApiError> {
    let Document {
        data,
        errors,
        included,
        meta,
        ..
    } = document;
    match (data, errors) {
        (Some(data), _) => {
            let side_loads = SideLoads::new(included);
            Ok(JobsPage {
                jobs: data
                    .into_iter()
                    .map(|job| side_loads.resolve(job))
                    .collect(),
                record_count: meta.record_count,
                page_count: meta.page_count,
            })
        }
        (None, errors) => Err(ApiError::Malformed(format!(
            "no data in a successful response: {}",
            errors
                .unwrap_or_default()
                .first()
                .and_then(|error| error.detail.clone().or_else(|| error.title.clone()))
                .unwrap_or_default()
        ))),
    }
}

/// `included` indexed by type and id. A job whose related resource was not side-loaded simply
/// lacks it; that is what real data does when a department is deleted.
struct SideLoads {
    departments: FxHashMap<String, Department>,
    locations: FxHashMap<String, Location>,
    roles: FxHashMap<String, Role>,
}

impl SideLoads {
    fn new(included: Vec<RelatedResource>) -> Self {
        let mut side_loads = Self {
            departments: FxHashMap::default(),
            locations: FxHashMap::default(),
            roles: FxHashMap::default(),
        };
        for RelatedResource {
            kind,
            id,
            attributes,
        } in included
        {
            match kind.as_str() {
                "departments" => {
                    let name = attributes.name.unwrap_or_default();
                    let department = Department {
                        id: id.clone(),
                        name,
                    };
                    side_loads.departments.insert(id, department);
                }
                "locations" => {
                    let name = attributes
                        .name
                        .or_else(|| attributes.city.clone())
                        .unwrap_or_default();
                    let location = Location {
                        id: id.clone(),
                        name,
                        city: attributes.city,
                        country: attributes.country,
                        // Teamtailor's location names its country only; JobPosting
                        // looks the name up where the `country-names` table is built in.
                        country_code: None,
                    };
                    side_loads.locations.insert(id, location);
                }
                "roles" => {
                    let name = attributes.name.unwrap_or_default();
                    side_loads.roles.insert(id.clone(), Role { id, name });
                }
                _ => {}
            }
        }
        side_loads
    }

    fn resolve(&self, resource: Resource<JobAttributes>) -> Job {
        let Resource {
            id,
            attributes,
            relationships,
            links,
        } = resource;
        let department = first_id(relationships.department.as_ref())
            .and_then(|id| self.departments.get(id).cloned());
        let role = first_id(relationships.role.as_ref()).and_then(|id| self.roles.get(id).cloned());
        let locations = relationships
            .locations
            .as_ref()
            .or(relationships.location.as_ref())
            .map(|relationship| {
                ids(relationship)
                    .filter_map(|id| self.locations.get(id).cloned())
                    .collect()
            })
            .unwrap_or_default();
        let salary = Salary::published(
            attributes.min_salary,
            attributes.max_salary,
            attributes.currency.as_deref(),
            attributes.salary_time_unit.as_deref(),
        );
        let closed = [&attributes.status, &attributes.human_status]
            .into_iter()
            .flatten()
            .any(|status| is_closed_status(status));
        Job {
            closed,
            title: attributes.title.unwrap_or_default(),
            pitch: attributes.pitch,
            body_html: attributes.body.unwrap_or_default(),
            department,
            locations,
            role,
            remote_status: RemoteStatus::from_wire(attributes.remote_status.as_deref()),
            employment_type: attributes.employment_type,
            language_code: attributes.language_code,
            pinned: attributes.pinned,
            created_at: attributes.created_at,
            start_date: attributes.start_date,
            end_date: attributes.end_date,
            picture: picture_from_wire(attributes.picture),
            salary,
            external_application_url: attributes.external_application_url,
            apply_button_text: attributes.apply_button_text,
            careersite_url: links.careersite_job_url,
            apply_url: links.careersite_job_apply_url,
            apply_iframe_url: links.careersite_job_apply_iframe_url,
            id,
        }
    }
}

/// Status words for a job that no longer takes applications; "open", "published" and
/// "unlisted" jobs are live.
pub(crate) fn is_closed_status(status: &str) -> bool {
    matches!(
        status.trim().to_ascii_lowercase().as_str(),
        "archived" | "closed" | "expired"
    )
}

fn ids(relationship: &Relationship) -> impl Iterator<Item = &str> {
    relationship
        .data
        .iter()
        .flat_map(|data| data.identifiers())
        .map(|identifier| identifier.id.as_str())
}

fn first_id(relationship: Option<&Relationship>) -> Option<&str> {
    relationship.and_then(|relationship| ids(relationship).next())
}

fn picture_from_wire(wire: Option<PictureWire>) -> Option<Picture> {
    match wire? {
        PictureWire::Url(url) if !url.trim().is_empty() => Some(Picture {
            original: url,
            standard: None,
            thumb: None,
        }),
        PictureWire::Url(_) => None,
        PictureWire::Variants(variants) => Some(Picture {
            original: variants.original.or_else(|| variants.standard.clone())?,
            standard: variants.standard,
            thumb: variants.thumb,
        }),
    }
}

/// All pages' jobs as one list in Teamtailor's order. A job published while the pages were
/// read can appear on two pages; it is kept once.
pub fn merge_pages(pages: impl IntoIterator<Item = JobsPage>) -> Vec<Job> {
    let mut seen = FxHashSet::default();
    let mut jobs: Vec<Job> = pages
        .into_iter()
        .flat_map(|page| page.jobs)
        .filter(|job| seen.insert(job.id.clone()))
        .collect();
    crate::model::sort_like_teamtailor(&mut jobs);
    jobs
}
