//! The JSON-LD `JobPosting` of a job page, shaped by Google's rules for job postings.

use serde_json::{json, Map, Value};
use teamtailor_api::{Job, RemoteStatus};

use crate::employment_type::google_employment_type;

/// What a JobPosting needs beyond the job itself.
pub struct PostingContext<'a> {
    /// `hiringOrganization.name`.
    pub company_name: &'a str,
    /// The site's public URL, the organisation's `sameAs`.
    pub site_url: &'a str,
    /// The job page's canonical URL.
    pub page_url: &'a str,
    /// The sanitized body: Google reads `description` as HTML.
    pub description_html: &'a str,
    /// `datePosted` when the job has no creation time.
    pub fallback_date: &'a str,
    /// Whether the page embeds the application form (`directApply`).
    pub direct_apply: bool,
    /// Countries for fully remote jobs whose locations name none.
    pub remote_countries: &'a [String],
}

/// The job's `JobPosting` as a JSON value.
pub fn job_posting(job: &Job, context: &PostingContext) -> Value {
    let mut posting = Map::new();
    posting.insert("@context".into(), json!("https://schema.org/"));
    posting.insert("@type".into(), json!("JobPosting"));
    posting.insert("title".into(), json!(job.title));
    posting.insert("description".into(), json!(description(job, context)));
    let date_posted = job.created_at.as_deref().unwrap_or(context.fallback_date);
    posting.insert("datePosted".into(), json!(date_posted));
    if let Some(end) = job.end_date.as_deref().filter(|end| !end.trim().is_empty()) {
        posting.insert("validThrough".into(), json!(end));
    }
    if let Some(kind) = google_employment_type(job.employment_type.as_deref()) {
        posting.insert("employmentType".into(), json!(kind));
    }
    posting.insert(
        "hiringOrganization".into(),
        json!({"@type": "Organization", "name": context.company_name, "sameAs": context.site_url}),
    );
    posting.insert(
        "identifier".into(),
        json!({"@type": "PropertyValue", "name": context.company_name, "value": job.id}),
    );
    posting.insert("url".into(), json!(context.page_url));
    posting.insert("directApply".into(), json!(context.direct_apply));
    let places = places(job);
    if !places.is_empty() {
        posting.insert("jobLocation".into(), Value::Array(places));
    }
    if job.remote_status == RemoteStatus::Fully {
        posting.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        let countries = remote_countries(job, context.remote_countries);
        if !countries.is_empty() {
            posting.insert(
                "applicantLocationRequirements".into(),
                Value::Array(countries),
            );
        }
    }
    if let Some(salary) = base_salary(job) {
        posting.insert("baseSalary".into(), salary);
    }
    Value::Object(posting)
}

/// JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` (and the JavaScript
/// line separators) as `\u` escapes, so no value can close the script or open a comment.
pub fn script_safe_json(value: &Value) -> String {
    // Those characters can only occur inside JSON strings, where the escapes mean the same.
    let mut safe = String::new();
    for c in value.to_string().chars() {
        match teamtailor_api::script_escape(c) {
            Some(escape) => safe.push_str(escape),
            None => safe.push(c),
        }
    }
    safe
}

fn description(job: &Job, context: &PostingContext) -> String {
    if context.description_html.trim().is_empty() {
        job.pitch.clone().unwrap_or_else(|| job.title.clone())
    } else {
        context.description_html.to_owned()
    }
}

/// A Place per location with a city or a country; Teamtailor's "Remote" location has neither.
fn places(job: &Job) -> Vec<Value> {
    job.locations
        .iter()
        .filter(|location| location.city.is_some() || location.country.is_some())
        .map(|location| {
            let mut address = Map::new();
            address.insert("@type".into(), json!("PostalAddress"));
            if let Some(city) = &location.city {
                address.insert("addressLocality".into(), json!(city));
            }
            if let Some(country) = &location.country {
                address.insert("addressCountry".into(), json!(country));
            }
            json!({"@type": "Place", "address": Value::Object(address)})
        })
        .collect()
}

fn remote_countries(job: &Job, configured: &[String]) -> Vec<Value> {
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
        .into_iter()
        .map(|name| json!({"@type": "Country", "name": name}))
        .collect()
}

fn base_salary(job: &Job) -> Option<Value> {
    let salary = job.salary.as_ref()?;
    let currency = salary.currency.as_deref()?;
    let mut value = Map::new();
    value.insert("@type".into(), json!("QuantitativeValue"));
    match (salary.min, salary.max) {
        (Some(min), Some(max)) if min != max => {
            value.insert("minValue".into(), json!(min));
            value.insert("maxValue".into(), json!(max));
        }
        (Some(amount), _) | (None, Some(amount)) => {
            value.insert("value".into(), json!(amount));
        }
        (None, None) => return None,
    }
    Some(json!({"@type": "MonetaryAmount", "currency": currency, "value": Value::Object(value)}))
}
