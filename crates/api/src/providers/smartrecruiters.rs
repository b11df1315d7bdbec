//! SmartRecruiters' Posting API read into the board's jobs: the paged list
//! (`{offset, limit, totalFound, content}`) and one posting's detail with its job ad.
//!
//! The list has no job ad text and no URLs; a listed job gets the public posting page
//! (`https://jobs.smartrecruiters.com/{company}/{id}`) until its detail is read.

use crate::error::ApiError;
use crate::json_node::JsonNode;
use crate::lenient::{self, text_of};
use crate::model::{alpha2_country_code, Department, Job, Location, RemoteStatus, Role};

use super::feed_dates::utc_timestamp;
use super::feed_fields::{board_employment_type, join_sections};

/// The job ad sections a posting detail carries, in the order the body shows them.
const JOB_AD_SECTIONS: [&str; 4] = [
    "companyDescription",
    "jobDescription",
    "qualifications",
    "additionalInformation",
];

/// One posting of the list: the job, and the reference number its language copies share.
#[derive(Clone, Debug, PartialEq)]
pub struct Posting {
    /// `refNumber`: the same job published in several languages shares it.
    pub ref_number: Option<String>,
    /// The posting as a board job (no body until its detail is read).
    pub job: Job,
}

/// One page of `GET /v1/companies/{id}/postings`.
#[derive(Clone, Debug, PartialEq)]
pub struct PostingsPage {
    pub postings: Vec<Posting>,
    /// Where this page starts.
    pub offset: u32,
    /// Postings the company has across every page (every language copy counts).
    pub total_found: u32,
    /// Entries of `content`, including any skipped for having no id, so paging advances
    /// past them.
    pub content_len: u32,
}

impl PostingsPage {
    /// The offset of the next page, or `None` when this page reached `totalFound` (or was
    /// empty, which also ends a list that is shorter than it claimed).
    pub fn next_offset(&self) -> Option<u32> {
        let next = self.offset.checked_add(self.content_len)?;
        (self.content_len > 0 && next < self.total_found).then_some(next)
    }
}

/// Reads one page of postings of `company` (an unknown company is an empty page).
pub fn decode_smartrecruiters_page<J: JsonNode>(
    node: &J,
    company: &str,
) -> Result<PostingsPage, ApiError> {
    let content = node
        .member("content")
        .and_then(|content| content.elements())
        .ok_or_else(|| {
            ApiError::Malformed("no content array in the SmartRecruiters answer".into())
        })?;
    Ok(PostingsPage {
        offset: lenient::count(node.member("offset")).unwrap_or(0),
        total_found: lenient::count(node.member("totalFound")).unwrap_or(0),
        content_len: u32::try_from(content.len()).unwrap_or(u32::MAX),
        postings: content
            .iter()
            .filter_map(|posting| {
                Some(Posting {
                    ref_number: text_of(posting, "refNumber"),
                    job: posting_to_job(posting, company)?,
                })
            })
            .collect(),
    })
}

/// Reads `GET /v1/companies/{id}/postings/{postingId}`: the posting with its job ad sections
/// joined into the body, and its own posting and apply URLs.
pub fn decode_smartrecruiters_posting<J: JsonNode>(
    node: &J,
    company: &str,
) -> Result<Job, ApiError> {
    let mut job = posting_to_job(node, company)
        .ok_or_else(|| ApiError::Malformed("no posting id in the SmartRecruiters answer".into()))?;
    let sections = node
        .member("jobAd")
        .and_then(|job_ad| job_ad.member("sections"));
    let read: Vec<(Option<String>, Option<String>)> = JOB_AD_SECTIONS
        .iter()
        .map(|name| {
            let section = sections.as_ref().and_then(|sections| sections.member(name));
            let field = |member: &str| section.as_ref().and_then(|s| text_of(s, member));
            (field("title"), field("text"))
        })
        .collect();
    job.body_html = join_sections(
        read.iter()
            .map(|(title, text)| (title.as_deref(), text.as_deref())),
    );
    if let Some(posting_url) = text_of(node, "postingUrl") {
        job.careersite_url = Some(posting_url);
    }
    job.apply_url = text_of(node, "applyUrl");
    Ok(job)
}

/// `listed` with what only its detail carries: the job ad as body, and the posting and apply
/// URLs. The list's own fields stay, so a detail read earlier (or cached) never brings back
/// an outdated title or location.
pub fn with_posting_detail(mut listed: Job, detail: &Job) -> Job {
    listed.body_html.clone_from(&detail.body_html);
    if detail.careersite_url.is_some() {
        listed.careersite_url.clone_from(&detail.careersite_url);
    }
    listed.apply_url.clone_from(&detail.apply_url);
    listed
}

/// Parses and reads one page of postings.
#[cfg(feature = "serde_json")]
pub fn parse_smartrecruiters_page(body: &str, company: &str) -> Result<PostingsPage, ApiError> {
    decode_smartrecruiters_page(
        &crate::resolve::parse_json::<serde_json::Value>(body)?,
        company,
    )
}

/// Parses and reads one posting's detail.
#[cfg(feature = "serde_json")]
pub fn parse_smartrecruiters_posting(body: &str, company: &str) -> Result<Job, ApiError> {
    decode_smartrecruiters_posting(
        &crate::resolve::parse_json::<serde_json::Value>(body)?,
        company,
    )
}

fn posting_to_job<J: JsonNode>(posting: &J, company: &str) -> Option<Job> {
    let id = lenient::string(posting.member("id"))?;
    let location = posting.member("location");
    let flag = |member: &str| lenient::flag(location.as_ref().and_then(|l| l.member(member)));
    let remote_status = if flag("remote") {
        RemoteStatus::Fully
    } else if flag("hybrid") {
        RemoteStatus::Hybrid
    } else {
        RemoteStatus::OnSite
    };
    let labelled = |member: &str| posting.member(member).and_then(|node| id_and_label(&node));
    let employment = posting.member("typeOfEmployment");
    let employment_type = employment.as_ref().and_then(|employment| {
        let id = text_of(employment, "id");
        let label = text_of(employment, "label");
        let known = [id.as_deref(), label.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(board_employment_type)
            .find(|value| is_board_vocabulary(value));
        known.or(label).or(id)
    });
    Some(Job {
        title: text_of(posting, "name").unwrap_or_default(),
        pitch: None,
        body_html: String::new(),
        department: labelled("department").map(|(id, name)| Department { id, name }),
        locations: location.as_ref().and_then(place).into_iter().collect(),
        role: labelled("function").map(|(id, name)| Role { id, name }),
        remote_status,
        employment_type,
        language_code: posting
            .member("language")
            .and_then(|language| text_of(&language, "code"))
            .map(|code| code.to_ascii_lowercase()),
        pinned: false,
        closed: false,
        created_at: text_of(posting, "releasedDate")
            .as_deref()
            .and_then(utc_timestamp),
        start_date: None,
        end_date: None,
        picture: None,
        salary: None,
        external_application_url: None,
        apply_button_text: None,
        careersite_url: Some(format!("https://jobs.smartrecruiters.com/{company}/{id}")),
        apply_url: None,
        apply_iframe_url: None,
        id,
    })
}

/// Whether a mapped employment type is one the board translates; otherwise the posting's
/// readable label is shown rather than an opaque id.
fn is_board_vocabulary(value: &str) -> bool {
    matches!(
        value,
        "fulltime" | "parttime" | "internship" | "contract" | "freelance" | "temporary"
    )
}

/// `{id, label}` as (id, label); the label stands in for a missing id.
fn id_and_label<J: JsonNode>(node: &J) -> Option<(String, String)> {
    let label = text_of(node, "label")?;
    let id = text_of(node, "id").unwrap_or_else(|| label.clone());
    Some((id, label))
}

/// `{city, region, country, fullLocation}` as one location; the full text names and keys it.
fn place<J: JsonNode>(location: &J) -> Option<Location> {
    let city = text_of(location, "city");
    // SmartRecruiters sends ISO 3166 codes in lower case ("se"); JSON-LD wants "SE". Any
    // other text is kept as the country's name, without a code.
    let country_code = text_of(location, "country")
        .as_deref()
        .and_then(alpha2_country_code);
    // The code is the only country name SmartRecruiters gives, so it is shown as one too.
    let country = text_of(location, "country").map(|country| {
        if country.len() == 2 {
            country.to_ascii_uppercase()
        } else {
            country
        }
    });
    let region = text_of(location, "region");
    let name = text_of(location, "fullLocation").or_else(|| {
        let parts: Vec<&str> = [&city, &region, &country]
            .into_iter()
            .filter_map(|part| part.as_deref())
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    })?;
    Some(Location {
        id: name.clone(),
        name,
        city,
        country,
        country_code,
    })
}
