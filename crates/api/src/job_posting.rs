//! The JSON-LD `JobPosting` of a job, shaped by Google's rules for job postings: one mapping
//! for the publisher's static job pages and the live widget's `<head>`.
//!
//! Written with [`crate::json_writer`]'s escaping (no serializer framework, so the widget's wasm stays
//! small); every string goes through its escaping, so the text can sit inside a
//! `<script type="application/ld+json">` and no title can close it.

use crate::employment_type::google_employment_type;
use crate::json_writer::{write_number, write_string};
use crate::model::{Job, Location, RemoteStatus};
use crate::pay::{PayPeriod, Salary};
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
    /// Countries for fully remote jobs whose locations name none (codes, or names looked up
    /// like a location's).
    pub remote_countries: &'a [String],
    /// The company's country: `addressCountry` of a location that names none, and where a
    /// fully remote job may be done from when nothing else says.
    pub company_country: Option<&'a str>,
    /// The place of a job that has no location of its own.
    pub default_location: Option<&'a Location>,
}

/// Why a job gets no JobPosting: Google would refuse it for want of this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostingGap {
    NoTitle,
    /// Neither a fully remote job nor one with a city or country, and no default location.
    NoLocation,
    /// Fully remote, and no country applicants may be in (`applicantLocationRequirements`).
    NoRemoteCountry,
    /// No creation time and no fallback date.
    NoDatePosted,
}

/// Whether `job` can carry a JobPosting Google accepts: title, description, datePosted,
/// hiringOrganization, and a place (`jobLocation`, or TELECOMMUTE with the countries it may
/// be done from).
pub fn posting_gap(job: &Job, context: &PostingContext) -> Option<PostingGap> {
    gap_given(
        job,
        context,
        &places(job, context),
        &remote_countries(job, context),
    )
}

/// [`posting_gap`] with the job's places and remote countries already worked out, so a
/// posting that is written next uses the same ones instead of working them out again.
fn gap_given(
    job: &Job,
    context: &PostingContext,
    places: &[(Option<&str>, Option<&str>)],
    remote_countries: &[&str],
) -> Option<PostingGap> {
    if job.title.trim().is_empty() {
        return Some(PostingGap::NoTitle);
    }
    if job.created_at.is_none() && context.fallback_date.is_none() {
        return Some(PostingGap::NoDatePosted);
    }
    match job.remote_status == RemoteStatus::Fully {
        true => remote_countries
            .is_empty()
            .then_some(PostingGap::NoRemoteCountry),
        false => places.is_empty().then_some(PostingGap::NoLocation),
    }
}

/// The job's `JobPosting` as compact JSON text, safe inside an HTML `<script>` element, or
/// why it would be refused (then the page carries none).
pub fn job_posting_json(job: &Job, context: &PostingContext) -> Result<String, PostingGap> {
    let (places, countries) = (places(job, context), remote_countries(job, context));
    if let Some(gap) = gap_given(job, context, &places, &countries) {
        return Err(gap);
    }
    // The fixed parts are whole literals and every value goes through `write_string`: less
    // code in the wasm than an `ObjectWriter` call per key (134 B brotli less, measured).
    let mut out =
        String::from(r#"{"@context":"https://schema.org/","@type":"JobPosting","title":"#);
    write_string(&mut out, &job.title);
    member(&mut out, "description", Some(description(job, context)));
    member(
        &mut out,
        "datePosted",
        job.created_at.as_deref().or(context.fallback_date),
    );
    member(
        &mut out,
        "validThrough",
        job.end_date.as_deref().filter(|end| !end.trim().is_empty()),
    );
    member(
        &mut out,
        "employmentType",
        google_employment_type(job.employment_type.as_deref()),
    );
    out.push_str(r#","hiringOrganization":{"@type":"Organization","name":"#);
    write_string(&mut out, context.company_name);
    member(&mut out, "sameAs", context.company_url);
    out.push_str(r#"},"identifier":{"@type":"PropertyValue","name":"#);
    write_string(&mut out, context.company_name);
    member(&mut out, "value", Some(&job.id));
    out.push('}');
    member(&mut out, "url", Some(context.page_url));
    out.push_str(match embeds_apply_form(job) {
        true => r#","directApply":true"#,
        false => r#","directApply":false"#,
    });
    let mut opening = r#","jobLocation":["#;
    for (city, country) in places {
        out.push_str(opening);
        opening = ",";
        out.push_str(r#"{"@type":"Place","address":{"@type":"PostalAddress""#);
        member(&mut out, "addressLocality", city);
        member(&mut out, "addressCountry", country);
        out.push_str("}}");
    }
    if opening == "," {
        out.push(']');
    }
    if job.remote_status == RemoteStatus::Fully {
        out.push_str(r#","jobLocationType":"TELECOMMUTE","applicantLocationRequirements":["#);
        for (index, name) in countries.into_iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push_str(r#"{"@type":"Country","name":"#);
            write_string(&mut out, name);
            out.push('}');
        }
        out.push(']');
    }
    if let Some(salary) = job.salary.as_ref() {
        write_base_salary(&mut out, salary);
    }
    out.push('}');
    Ok(out)
}

/// `baseSalary` as published: an exact figure as `value`, a range or a lone bound as
/// `minValue`/`maxValue` (a minimum alone is not an exact pay), the period as `unitText`.
fn write_base_salary(out: &mut String, salary: &Salary) {
    out.push_str(r#","baseSalary":{"@type":"MonetaryAmount","currency":"#);
    write_string(out, &salary.currency);
    out.push_str(r#","value":{"@type":"QuantitativeValue""#);
    match salary.exact() {
        Some(exact) => number(out, r#","value":"#, exact),
        None => {
            if let Some(min) = salary.min {
                number(out, r#","minValue":"#, min);
            }
            if let Some(max) = salary.max {
                number(out, r#","maxValue":"#, max);
            }
        }
    }
    member(out, "unitText", salary.period.map(PayPeriod::unit_text));
    out.push_str("}}");
}

/// The job's postal places as (city, country): its locations that name a city or a country
/// (Teamtailor's "Remote" location names neither), the company's country standing in for a
/// missing one; else the default location, for a job with no such place.
fn places<'a>(
    job: &'a Job,
    context: &PostingContext<'a>,
) -> Vec<(Option<&'a str>, Option<&'a str>)> {
    let place = |location: &'a Location| {
        let country = location_country(location).or(context.company_country.map(country_value));
        (location.city.is_some() || country.is_some())
            .then_some((location.city.as_deref(), country))
    };
    let found: Vec<_> = job.locations.iter().filter_map(place).collect();
    match context.default_location {
        Some(default) if found.is_empty() => place(default).into_iter().collect(),
        _ => found,
    }
}

/// `,"key":"value"` after an earlier member; nothing when the value is `None`.
fn member(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
        write_string(out, value);
    }
}

/// `prefix` (`,"key":`) and the number.
fn number(out: &mut String, prefix: &str, value: f64) {
    out.push_str(prefix);
    write_number(out, value);
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

/// The countries of a fully remote job's locations, else the configured ones, else the
/// company's, each once (a board can name Sweden "Sweden" at one office and "SE" at another).
/// None for a job that is not fully remote: it needs none.
fn remote_countries<'a>(job: &'a Job, context: &PostingContext<'a>) -> Vec<&'a str> {
    if job.remote_status != RemoteStatus::Fully {
        return Vec::new();
    }
    let mut found: Vec<&str> = job.locations.iter().filter_map(location_country).collect();
    if found.is_empty() {
        found = context
            .remote_countries
            .iter()
            .map(|name| country_value(name))
            .collect();
    }
    if found.is_empty() {
        found.extend(context.company_country.map(country_value));
    }
    let mut countries: Vec<&str> = Vec::with_capacity(found.len());
    for country in found {
        if !countries.contains(&country) {
            countries.push(country);
        }
    }
    countries
}

/// A location's country as Google prefers it: the source's ISO code, else its name's.
fn location_country(location: &Location) -> Option<&str> {
    location
        .country_code
        .as_deref()
        .or_else(|| location.country.as_deref().map(country_value))
}

/// The ISO code of a country name where the native `country-names` table knows it; else the
/// name, which Google also accepts (the widget never carries the table).
fn country_value(name: &str) -> &str {
    #[cfg(feature = "country-names")]
    if let Some(code) = crate::country_codes::country_code_for_name(name) {
        return code;
    }
    name
}
