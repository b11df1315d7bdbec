//! The JSON-LD `JobPosting` of a job, shaped by Google's rules for job postings: one mapping
//! for the publisher's static job pages and the live widget's `<head>`.
//!
//! Written with [`crate::json_writer`] (no serializer framework, so the widget's wasm stays
//! small); every string goes through its escaping, so the text can sit inside a
//! `<script type="application/ld+json">` and no title can close it.

use crate::employment_type::google_employment_type;
use crate::json_writer::{write_array, ObjectWriter};
use crate::model::{Job, Location, RemoteStatus};
use crate::url_policy::{checked_url, UrlUse};

/// What a JobPosting needs beyond the job itself.
pub struct PostingContext<'a> {
    /// `hiringOrganization.name` (and the `identifier`'s name).
    pub company_name: &'a str,
    /// The organisation's `sameAs`: the careers site's public URL, when known.
    pub company_url: Option<&'a str>,
    /// The job page's canonical URL.
    pub page_url: &'a str,
    /// The sanitized body: Google reads `description` as HTML.
    pub description_html: &'a str,
    /// `datePosted` when the job has no creation time; left out when `None` too.
    pub fallback_date: Option<&'a str>,
    /// Countries for fully remote jobs whose locations name none.
    pub remote_countries: &'a [String],
}

/// The job's `JobPosting` as compact JSON text, safe inside an HTML `<script>` element.
pub fn job_posting_json(job: &Job, context: &PostingContext) -> String {
    let mut out = String::new();
    let mut posting = ObjectWriter::open(&mut out);
    posting
        .string("@context", "https://schema.org/")
        .string("@type", "JobPosting")
        .string("title", &job.title)
        .string("description", description(job, context))
        .optional_string(
            "datePosted",
            job.created_at.as_deref().or(context.fallback_date),
        )
        .optional_string(
            "validThrough",
            job.end_date.as_deref().filter(|end| !end.trim().is_empty()),
        )
        .optional_string(
            "employmentType",
            google_employment_type(job.employment_type.as_deref()),
        )
        .member("hiringOrganization", |out| {
            ObjectWriter::open(out)
                .string("@type", "Organization")
                .string("name", context.company_name)
                .optional_string("sameAs", context.company_url)
                .close();
        })
        .member("identifier", |out| {
            ObjectWriter::open(out)
                .string("@type", "PropertyValue")
                .string("name", context.company_name)
                .string("value", &job.id)
                .close();
        })
        .string("url", context.page_url)
        .member("directApply", |out| {
            out.push_str(if embeds_apply_form(job) {
                "true"
            } else {
                "false"
            })
        });
    let places: Vec<&Location> = job
        .locations
        .iter()
        // Teamtailor's "Remote" location has neither: it is no postal address.
        .filter(|location| location.city.is_some() || location.country.is_some())
        .collect();
    if !places.is_empty() {
        posting.member("jobLocation", |out| write_array(out, &places, write_place));
    }
    if job.remote_status == RemoteStatus::Fully {
        posting.string("jobLocationType", "TELECOMMUTE");
        let countries = remote_countries(job, context.remote_countries);
        if !countries.is_empty() {
            posting.member("applicantLocationRequirements", |out| {
                write_array(out, &countries, |out, name| {
                    ObjectWriter::open(out)
                        .string("@type", "Country")
                        .string("name", name)
                        .close();
                })
            });
        }
    }
    if let Some(salary) = job.salary.as_ref() {
        if let (Some(currency), true) = (
            salary.currency.as_deref(),
            salary.min.is_some() || salary.max.is_some(),
        ) {
            posting.member("baseSalary", |out| {
                ObjectWriter::open(out)
                    .string("@type", "MonetaryAmount")
                    .string("currency", currency)
                    .member("value", |out| {
                        let mut value = ObjectWriter::open(out);
                        value.string("@type", "QuantitativeValue");
                        match (salary.min, salary.max) {
                            (Some(min), Some(max)) if min != max => value
                                .optional_number("minValue", Some(min))
                                .optional_number("maxValue", Some(max)),
                            (amount, other) => value.optional_number("value", amount.or(other)),
                        };
                        value.close();
                    })
                    .close();
            });
        }
    }
    posting.close();
    out
}

/// Whether the job's page embeds the application form (`directApply`): no external
/// application, and an apply iframe URL the URL policy lets into a frame. The rule both the
/// widget's apply section and the static job page follow.
pub fn embeds_apply_form(job: &Job) -> bool {
    let external = job
        .external_application_url
        .as_deref()
        .and_then(|url| checked_url(url, UrlUse::Link));
    external.is_none()
        && job
            .apply_iframe_url
            .as_deref()
            .and_then(|url| checked_url(url, UrlUse::Frame))
            .is_some()
}

fn description<'a>(job: &'a Job, context: &PostingContext<'a>) -> &'a str {
    // Google refuses a posting without a description; the pitch, then the title, stand in.
    if context.description_html.trim().is_empty() {
        job.pitch.as_deref().unwrap_or(&job.title)
    } else {
        context.description_html
    }
}

fn write_place(out: &mut String, location: &&Location) {
    ObjectWriter::open(out)
        .string("@type", "Place")
        .member("address", |out| {
            ObjectWriter::open(out)
                .string("@type", "PostalAddress")
                .optional_string("addressLocality", location.city.as_deref())
                .optional_string("addressCountry", location.country.as_deref())
                .close();
        })
        .close();
}

fn remote_countries<'a>(job: &'a Job, configured: &'a [String]) -> Vec<&'a str> {
    let mut names: Vec<&str> = job
        .locations
        .iter()
        .filter_map(|location| location.country.as_deref())
        .collect();
    if names.is_empty() {
        names = configured.iter().map(String::as_str).collect();
    }
    names.dedup();
    names
}
