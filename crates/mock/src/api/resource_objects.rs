//! Renders the model as JSON:API resource objects, with absolute links on the request's origin.

use super::access::ApiVersion;
use super::wire::{
    Attributes, Identifier, JobAttributes, Linkage, LocationAttributes, NameAttributes,
    PictureValue, Relationship, Resource,
};
use crate::data::{
    format_rfc3339, DemoData, Department, Job, Location, Picture, Role, BASE_PLACEHOLDER,
};
use std::collections::BTreeMap;

/// Everything that shapes a resource besides the record itself.
pub struct Renderer<'a> {
    /// `scheme://host` of the request.
    pub origin: &'a str,
    /// Relationship shape.
    pub version: ApiVersion,
    /// The account, where included resources are looked up by id.
    pub data: &'a DemoData,
}

/// The identifier of a department, location or role by id.
pub fn identifier(kind: &'static str, id: u32) -> Identifier {
    Identifier {
        id: id.to_string(),
        kind,
    }
}

impl Renderer<'_> {
    /// A job with attributes, career-site links and version-shaped relationships.
    pub fn job(&self, job: &Job) -> Resource {
        let origin = self.origin;
        let page = format!("{origin}/careersite/jobs/{}", job.id);
        let links = BTreeMap::from([
            ("self", format!("{origin}/v1/jobs/{}", job.id)),
            ("careersite-job-url", page.clone()),
            (
                "careersite-job-apply-url",
                format!("{page}/applications/new"),
            ),
            (
                "careersite-job-apply-iframe-url",
                format!("{page}/applications/new?iframe=true"),
            ),
        ]);
        let to_one = |kind, id: Option<u32>| Linkage::One(id.map(|id| identifier(kind, id)));
        let mut relationships = BTreeMap::new();
        relationships.insert(
            "department",
            self.relationship(
                "jobs",
                job.id,
                "department",
                to_one("departments", job.department_id),
            ),
        );
        relationships.insert(
            "role",
            self.relationship("jobs", job.id, "role", to_one("roles", job.role_id)),
        );
        match self.version {
            ApiVersion::V20161108 => {
                let first = to_one("locations", job.location_ids.first().copied());
                relationships.insert(
                    "location",
                    self.relationship("jobs", job.id, "location", first),
                );
            }
            ApiVersion::V20240904 => {
                let all = job
                    .location_ids
                    .iter()
                    .map(|id| identifier("locations", *id))
                    .collect();
                relationships.insert(
                    "locations",
                    self.relationship("jobs", job.id, "locations", Linkage::Many(all)),
                );
            }
        }
        Resource {
            id: job.id.to_string(),
            kind: "jobs",
            attributes: Attributes::Job(Box::new(self.job_attributes(job))),
            links,
            relationships,
        }
    }

    fn job_attributes(&self, job: &Job) -> JobAttributes {
        JobAttributes {
            title: job.title.clone(),
            body: job.body.replace(BASE_PLACEHOLDER, self.origin),
            pitch: job.pitch.clone(),
            status: job.status.api_status(),
            human_status: job.status.filter_name(),
            start_date: job.start_date.clone(),
            end_date: job.end_date.clone(),
            created_at: format_rfc3339(job.created_at),
            updated_at: format_rfc3339(job.updated_at),
            pinned: job.pinned,
            picture: self.picture(job.picture),
            remote_status: job.remote_status,
            language_code: job.language_code,
            employment_type: job.employment_type,
            external_application_url: job.external_application_url.clone(),
            apply_button_text: job.apply_button_text.clone(),
            min_salary: job.min_salary,
            max_salary: job.max_salary,
            currency: job.currency,
            salary_time_unit: job.salary_time_unit,
            tags: job.tags.clone(),
        }
    }

    fn picture(&self, picture: Picture) -> Option<PictureValue> {
        let url =
            |number: u32, size: &str| format!("{}/assets/pictures/{number}.svg{size}", self.origin);
        match picture {
            Picture::Missing => None,
            Picture::Url(number) => Some(PictureValue::Url(url(number, ""))),
            Picture::Variants(number) => Some(PictureValue::Variants {
                original: url(number, "?size=original"),
                standard: url(number, "?size=standard"),
                thumb: url(number, "?size=thumb"),
            }),
        }
    }

    /// A department resource.
    pub fn department(&self, department: &Department) -> Resource {
        self.plain(
            "departments",
            department.id,
            Attributes::Named(NameAttributes {
                name: department.name,
            }),
        )
    }

    /// A location resource.
    pub fn location(&self, location: &Location) -> Resource {
        let attributes = LocationAttributes {
            name: location.name,
            city: location.city,
            country: location.country,
            address: location.address,
            zip: location.zip,
            headquarters: location.headquarters,
        };
        self.plain("locations", location.id, Attributes::Location(attributes))
    }

    /// A role resource, related to its department.
    pub fn role(&self, role: &Role) -> Resource {
        let mut resource = self.plain(
            "roles",
            role.id,
            Attributes::Named(NameAttributes { name: role.name }),
        );
        let linkage = Linkage::One(Some(identifier("departments", role.department_id)));
        resource.relationships.insert(
            "department",
            self.relationship("roles", role.id, "department", linkage),
        );
        resource
    }

    fn plain(&self, kind: &'static str, id: u32, attributes: Attributes) -> Resource {
        Resource {
            id: id.to_string(),
            kind,
            attributes,
            links: BTreeMap::from([("self", format!("{}/v1/{kind}/{id}", self.origin))]),
            relationships: BTreeMap::new(),
        }
    }

    fn relationship(&self, owner: &str, id: u32, name: &str, data: Linkage) -> Relationship {
        let base = format!("{}/v1/{owner}/{id}", self.origin);
        Relationship {
            links: BTreeMap::from([
                ("self", format!("{base}/relationships/{name}")),
                ("related", format!("{base}/{name}")),
            ]),
            data,
        }
    }
}
