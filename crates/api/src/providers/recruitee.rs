//! Recruitee's Careers Site API (`GET /api/offers/`) read into the board's jobs.
//!
//! Quirks handled here: `description` and `requirements` can be null at the top level with the
//! text only under `translations{lang}`; timestamps are `2026-09-23 09:10:19 UTC`; the
//! department is a bare name; remote work is three flags. `mailbox_email` is never read, so
//! no page or snapshot can show it.

use crate::error::ApiError;
use crate::json_node::JsonNode;
use crate::lenient::{self, text_of};
use crate::model::{alpha2_country_code, Department, Job, Location, RemoteStatus, Salary};
use crate::resolve::is_closed_status;
use crate::text_fold::fold;

use super::feed_dates::{calendar_day, utc_timestamp};
use super::feed_fields::{board_employment_type, join_sections, same_language};

/// Reads `{"offers": [...]}`; `language` is the board's language, preferred when an offer's
/// text exists only in its translations. Offers without an id are skipped.
pub fn decode_recruitee_offers<J: JsonNode>(
    node: &J,
    language: Option<&str>,
) -> Result<Vec<Job>, ApiError> {
    let offers = node
        .member("offers")
        .and_then(|offers| offers.elements())
        .ok_or_else(|| ApiError::Malformed("no offers array in the Recruitee answer".into()))?;
    let mut jobs = Vec::new();
    let mut flat_only = Vec::new();
    for offer in &offers {
        if let Some((job, flat)) = offer_to_job(offer, language) {
            flat_only.push(flat);
            jobs.push(job);
        }
    }
    match_flat_locations(&mut jobs, &flat_only);
    Ok(jobs)
}

/// An offer that only has the flat fields ("Oslo, Norway") gets the listed location of
/// another offer in the same city and country, so the location filter offers Oslo once.
fn match_flat_locations(jobs: &mut [Job], flat_only: &[bool]) {
    let listed: Vec<Location> = jobs
        .iter()
        .zip(flat_only)
        .filter(|(_, flat)| !**flat)
        .flat_map(|(job, _)| job.locations.iter().cloned())
        .collect();
    for (job, _) in jobs.iter_mut().zip(flat_only).filter(|(_, flat)| **flat) {
        for location in &mut job.locations {
            if let Some(same) = listed.iter().find(|listed| same_place(listed, location)) {
                *location = same.clone();
            }
        }
    }
}

/// Same city (the flat `city`, else the flat `location` up to its first comma), and no
/// disagreement on the country where both name it.
fn same_place(listed: &Location, flat: &Location) -> bool {
    let folded = |text: &Option<String>| text.as_deref().map(fold);
    let city = folded(&flat.city).or_else(|| flat.name.split(',').next().map(fold));
    let agree = |a: Option<String>, b: Option<String>| match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    city.is_some()
        && folded(&listed.city) == city
        && agree(folded(&listed.country), folded(&flat.country))
        && agree(listed.country_code.clone(), flat.country_code.clone())
}

/// Reads one offer, `{"offer": {...}}` (`GET /api/offers/{id}`).
pub fn decode_recruitee_offer<J: JsonNode>(
    node: &J,
    language: Option<&str>,
) -> Result<Job, ApiError> {
    node.member("offer")
        .and_then(|offer| offer_to_job(&offer, language))
        .map(|(job, _)| job)
        .ok_or_else(|| ApiError::Malformed("no offer in the Recruitee answer".into()))
}

/// Parses and reads the body of `GET /api/offers/`.
#[cfg(feature = "serde_json")]
pub fn parse_recruitee_offers(body: &str, language: Option<&str>) -> Result<Vec<Job>, ApiError> {
    decode_recruitee_offers(
        &crate::resolve::parse_json::<serde_json::Value>(body)?,
        language,
    )
}

/// The offer as a job, and whether its locations come from the flat fields only.
fn offer_to_job<J: JsonNode>(offer: &J, language: Option<&str>) -> Option<(Job, bool)> {
    let id = lenient::string(offer.member("id"))?;
    let text = |member: &str| text_of(offer, member);
    let own_language = own_language(offer);
    let translation = fallback_translation(offer, language, own_language.as_deref());
    let translated = |member: &str| {
        translation
            .as_ref()
            .and_then(|(_, fields)| text_of(fields, member))
    };
    let description = text("description").or_else(|| translated("description"));
    let requirements = text("requirements").or_else(|| translated("requirements"));
    let used_translation =
        text("description").is_none() && text("requirements").is_none() && translation.is_some();
    let language_code = if used_translation {
        translation.as_ref().map(|(code, _)| code.clone())
    } else {
        own_language
    };
    let closed = text("status").is_some_and(|status| is_closed_status(&status));
    let (locations, flat_only) = locations(offer);
    let job = Job {
        title: text("title")
            .or_else(|| translated("title"))
            .unwrap_or_default(),
        pitch: None,
        body_html: join_sections([
            (None, description.as_deref()),
            (None, requirements.as_deref()),
        ]),
        department: text("department").map(|name| Department {
            // Recruitee names departments without ids; the name is the stable key.
            id: name.clone(),
            name,
        }),
        locations,
        role: None,
        remote_status: remote_status(offer),
        employment_type: text("employment_type_code")
            .as_deref()
            .and_then(board_employment_type),
        language_code,
        pinned: false,
        closed,
        created_at: text("published_at")
            .or_else(|| text("created_at"))
            .as_deref()
            .and_then(utc_timestamp),
        start_date: None,
        end_date: text("close_at").as_deref().and_then(calendar_day),
        picture: None,
        salary: offer
            .member("salary")
            .and_then(|salary| yearly_salary(&salary)),
        external_application_url: None,
        apply_button_text: None,
        careersite_url: text("careers_url"),
        apply_url: text("careers_apply_url"),
        apply_iframe_url: None,
        id,
    };
    Some((job, flat_only))
}

/// The offer's own language: its only translation, or the translation whose title is the
/// top-level title (the top-level fields are written in the offer's primary language).
fn own_language<J: JsonNode>(offer: &J) -> Option<String> {
    let translations = offer.member("translations")?;
    let codes = translations.member_names()?;
    if let [only] = codes.as_slice() {
        return Some(only.clone());
    }
    let title = text_of(offer, "title")?;
    codes.into_iter().find(|code| {
        translations
            .member(code)
            .and_then(|fields| text_of(&fields, "title"))
            .is_some_and(|translated| translated == title)
    })
}

/// The translation to read when top-level text is null: the board's language, then the
/// offer's own, then the first language code in sort order (the same in every runtime).
fn fallback_translation<J: JsonNode>(
    offer: &J,
    board_language: Option<&str>,
    own_language: Option<&str>,
) -> Option<(String, J)> {
    let translations = offer.member("translations")?;
    let codes = translations.member_names()?;
    let wanted = |language: Option<&str>| {
        language.and_then(|language| {
            codes
                .iter()
                .find(|code| same_language(code, language))
                .cloned()
        })
    };
    let code = wanted(board_language)
        .or_else(|| wanted(own_language))
        .or_else(|| codes.first().cloned())?;
    let fields = translations.member(&code)?;
    Some((code, fields))
}

/// The offer's locations, and whether they come from the flat fields only.
fn locations<J: JsonNode>(offer: &J) -> (Vec<Location>, bool) {
    let listed = listed_locations(offer);
    if !listed.is_empty() {
        return (listed, false);
    }
    // Older offers carry only the flat location fields.
    let city = text_of(offer, "city");
    let country = text_of(offer, "country");
    let country_code = country_code(offer);
    let flat = text_of(offer, "location")
        .or_else(|| city.clone())
        .map(|name| Location {
            id: name.clone(),
            name,
            city,
            country,
            country_code,
        })
        .into_iter()
        .collect();
    (flat, true)
}

/// The offer's `locations[]`, each with a name.
fn listed_locations<J: JsonNode>(offer: &J) -> Vec<Location> {
    offer
        .member("locations")
        .and_then(|locations| locations.elements())
        .unwrap_or_default()
        .iter()
        .filter_map(|location| {
            let name = text_of(location, "name").or_else(|| text_of(location, "city"))?;
            Some(Location {
                id: lenient::string(location.member("id")).unwrap_or_else(|| name.clone()),
                name,
                city: text_of(location, "city"),
                country: text_of(location, "country"),
                country_code: country_code(location),
            })
        })
        .collect()
}

/// `country_code` of a location or of an offer's flat fields, when it is a code.
fn country_code<J: JsonNode>(node: &J) -> Option<String> {
    text_of(node, "country_code")
        .as_deref()
        .and_then(alpha2_country_code)
}

/// `hybrid`, or `remote` together with `on_site`, is hybrid; `remote` alone is fully remote.
fn remote_status<J: JsonNode>(offer: &J) -> RemoteStatus {
    let flag = |member: &str| lenient::flag(offer.member(member));
    match (flag("remote"), flag("hybrid"), flag("on_site")) {
        (_, true, _) | (true, _, true) => RemoteStatus::Hybrid,
        (true, false, false) => RemoteStatus::Fully,
        _ => RemoteStatus::OnSite,
    }
}

/// The board's salary has no period, so an hourly or monthly range shown there would mislead:
/// only yearly ranges, or ranges that state no period, are kept.
fn yearly_salary<J: JsonNode>(salary: &J) -> Option<Salary> {
    let period = text_of(salary, "period").map(|period| period.to_ascii_lowercase());
    if !matches!(period.as_deref(), None | Some("year" | "yearly" | "annual")) {
        return None;
    }
    let min = lenient::number(salary.member("min"));
    let max = lenient::number(salary.member("max"));
    (min.is_some() || max.is_some()).then(|| Salary {
        min,
        max,
        currency: text_of(salary, "currency"),
    })
}
