//! A resolved [`Job`] as an entry of the board snapshot's `jobs` array: snake_case members,
//! absent values left out, read back leniently.

use crate::json_node::JsonNode;
use crate::json_writer::{write_array, ObjectWriter};
use crate::lenient::{self, text_of};
use crate::model::{Department, Job, Location, Picture, RemoteStatus, Role, Salary};
use crate::pay::PayPeriod;

/// Writes `job` as one snapshot entry.
pub fn write_job(out: &mut String, job: &Job) {
    let mut object = ObjectWriter::open(out);
    object
        .string("id", &job.id)
        .string("title", &job.title)
        .optional_string("pitch", job.pitch.as_deref());
    if !job.body_html.is_empty() {
        object.string("body_html", &job.body_html);
    }
    if let Some(department) = &job.department {
        object.member("department", |out| {
            write_named(out, &department.id, &department.name)
        });
    }
    if !job.locations.is_empty() {
        object.member("locations", |out| {
            write_array(out, &job.locations, write_location)
        });
    }
    if let Some(role) = &job.role {
        object.member("role", |out| write_named(out, &role.id, &role.name));
    }
    if job.remote_status != RemoteStatus::OnSite {
        object.string("remote_status", job.remote_status.as_wire());
    }
    object
        .optional_string("employment_type", job.employment_type.as_deref())
        .optional_string("language_code", job.language_code.as_deref())
        .true_flag("pinned", job.pinned)
        .true_flag("closed", job.closed)
        .optional_string("created_at", job.created_at.as_deref())
        .optional_string("start_date", job.start_date.as_deref())
        .optional_string("end_date", job.end_date.as_deref());
    if let Some(picture) = &job.picture {
        object.member("picture", |out| write_picture(out, picture));
    }
    if let Some(salary) = &job.salary {
        object.member("salary", |out| write_salary(out, salary));
    }
    object
        .optional_string(
            "external_application_url",
            job.external_application_url.as_deref(),
        )
        .optional_string("apply_button_text", job.apply_button_text.as_deref())
        .optional_string("careersite_url", job.careersite_url.as_deref())
        .optional_string("apply_url", job.apply_url.as_deref())
        .optional_string("apply_iframe_url", job.apply_iframe_url.as_deref())
        .close();
}

fn write_named(out: &mut String, id: &str, name: &str) {
    ObjectWriter::open(out)
        .string("id", id)
        .string("name", name)
        .close();
}

fn write_location(out: &mut String, location: &Location) {
    ObjectWriter::open(out)
        .string("id", &location.id)
        .string("name", &location.name)
        .optional_string("city", location.city.as_deref())
        .optional_string("country", location.country.as_deref())
        .optional_string("country_code", location.country_code.as_deref())
        .close();
}

fn write_picture(out: &mut String, picture: &Picture) {
    ObjectWriter::open(out)
        .string("original", &picture.original)
        .optional_string("standard", picture.standard.as_deref())
        .optional_string("thumb", picture.thumb.as_deref())
        .close();
}

fn write_salary(out: &mut String, salary: &Salary) {
    ObjectWriter::open(out)
        .optional_number("min", salary.min)
        .optional_number("max", salary.max)
        .string("currency", &salary.currency)
        .optional_string("period", salary.period.map(PayPeriod::wire))
        .close();
}

/// Reads one snapshot entry; `None` for an entry without an id, which nothing could open.
pub fn decode_job<J: JsonNode>(node: &J) -> Option<Job> {
    let text = |member: &str| text_of(node, member);
    let flag = |member: &str| lenient::flag(node.member(member));
    Some(Job {
        id: lenient::string(node.member("id"))?,
        title: text("title").unwrap_or_default(),
        pitch: text("pitch"),
        body_html: text("body_html").unwrap_or_default(),
        department: node.member("department").and_then(|named| {
            let (id, name) = decode_named(&named)?;
            Some(Department { id, name })
        }),
        locations: node
            .member("locations")
            .and_then(|locations| locations.elements())
            .map(|locations| locations.iter().filter_map(decode_location).collect())
            .unwrap_or_default(),
        role: node.member("role").and_then(|named| {
            let (id, name) = decode_named(&named)?;
            Some(Role { id, name })
        }),
        remote_status: RemoteStatus::from_wire(text("remote_status").as_deref()),
        employment_type: text("employment_type"),
        language_code: text("language_code"),
        pinned: flag("pinned"),
        closed: flag("closed"),
        created_at: text("created_at"),
        start_date: text("start_date"),
        end_date: text("end_date"),
        picture: node.member("picture").and_then(|picture| {
            Some(Picture {
                original: text_of(&picture, "original")?,
                standard: text_of(&picture, "standard"),
                thumb: text_of(&picture, "thumb"),
            })
        }),
        salary: node
            .member("salary")
            .filter(J::is_object)
            .and_then(|salary| {
                Salary::published(
                    lenient::number(salary.member("min")),
                    lenient::number(salary.member("max")),
                    text_of(&salary, "currency").as_deref(),
                    text_of(&salary, "period").as_deref(),
                )
            }),
        external_application_url: text("external_application_url"),
        apply_button_text: text("apply_button_text"),
        careersite_url: text("careersite_url"),
        apply_url: text("apply_url"),
        apply_iframe_url: text("apply_iframe_url"),
    })
}

fn decode_named<J: JsonNode>(node: &J) -> Option<(String, String)> {
    Some((
        text_of(node, "id")?,
        text_of(node, "name").unwrap_or_default(),
    ))
}

fn decode_location<J: JsonNode>(node: &J) -> Option<Location> {
    let (id, name) = decode_named(node)?;
    Some(Location {
        id,
        name,
        city: text_of(node, "city"),
        country: text_of(node, "country"),
        // Absent in snapshots written before codes were kept; those still read. Read as
        // written: the decoders checked it, and checking again cost the widget 464 B brotli.
        country_code: text_of(node, "country_code"),
    })
}
