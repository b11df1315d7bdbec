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
    let mut origins = Vec::new();
    for offer in &offers {
        if let Some((job, origin)) = offer_to_job(offer, language) {
            origins.push(origin);
            jobs.push(job);
        }
    }
    match_flat_locations(&mut jobs, &origins);
    Ok(jobs)
}

/// Where an offer's locations come from, the most structured first: a flat location takes
/// the first location of the same place in this order, so one place is one filter option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum LocationOrigin {
    /// `locations[]`, with Recruitee's own ids.
    Listed,
    /// The flat fields with a `city`.
    FlatFields,
    /// Only the flat `location` text ("Oslo, Norway").
    FlatText,
}

/// A location's place as compared: folded city, country name and code.
struct Place {
    city: Option<String>,
    country: Option<String>,
    country_code: Option<String>,
}

impl Place {
    /// The city, else (a flat location) the name up to its first comma.
    fn of(location: &Location) -> Self {
        let city = location
            .city
            .as_deref()
            .or_else(|| location.name.split(',').next())
            .map(str::trim)
            .filter(|city| !city.is_empty());
        Self {
            city: city.map(fold),
            country: location.country.as_deref().map(fold),
            country_code: location.country_code.clone(),
        }
    }

    /// Same city, and no disagreement on the country where both name it.
    fn is_same(&self, other: &Place) -> bool {
        let agree = |a: &Option<String>, b: &Option<String>| match (a, b) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        self.city.is_some()
            && self.city == other.city
            && agree(&self.country, &other.country)
            && agree(&self.country_code, &other.country_code)
    }
}

/// Every flat location becomes the first location of the same place, listed ones first
/// (see [`LocationOrigin`]): "Oslo, Norway" joins the Oslo another offer names in fields.
fn match_flat_locations(jobs: &mut [Job], origins: &[LocationOrigin]) {
    let mut candidates: Vec<(LocationOrigin, Place, Location)> = jobs
        .iter()
        .zip(origins)
        .flat_map(|(job, origin)| {
            job.locations
                .iter()
                .map(|location| (*origin, Place::of(location), location.clone()))
        })
        .collect();
    // Stable: feed order within each origin.
    candidates.sort_by_key(|(origin, _, _)| *origin);
    for (job, origin) in jobs.iter_mut().zip(origins) {
        if *origin == LocationOrigin::Listed {
            continue;
        }
        for location in &mut job.locations {
            let place = Place::of(location);
            if let Some((_, _, same)) = candidates
                .iter()
                .find(|(_, candidate, _)| candidate.is_same(&place))
            {
                location.clone_from(same);
            }
        }
    }
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

/// The offer as a job, and where its locations come from.
fn offer_to_job<J: JsonNode>(offer: &J, language: Option<&str>) -> Option<(Job, LocationOrigin)> {
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
    let (locations, origin) = locations(offer);
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
            .and_then(|salary| published_salary(&salary)),
        external_application_url: None,
        apply_button_text: None,
        careersite_url: text("careers_url"),
        apply_url: text("careers_apply_url"),
        apply_iframe_url: None,
        id,
    };
    Some((job, origin))
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

/// The offer's locations, and where they come from.
fn locations<J: JsonNode>(offer: &J) -> (Vec<Location>, LocationOrigin) {
    let listed = listed_locations(offer);
    if !listed.is_empty() {
        return (listed, LocationOrigin::Listed);
    }
    // Older offers carry only the flat location fields, some only the text "Oslo, Norway".
    let text = text_of(offer, "location");
    let (text_city, text_country) = text
        .as_deref()
        .map(|text| city_and_country(offer, text))
        .unwrap_or_default();
    let origin = match text_of(offer, "city") {
        Some(_) => LocationOrigin::FlatFields,
        None => LocationOrigin::FlatText,
    };
    let city = text_of(offer, "city").or(text_city);
    let flat = text
        .or_else(|| city.clone())
        .map(|name| Location {
            id: name.clone(),
            name,
            city,
            country: text_of(offer, "country").or(text_country),
            country_code: country_code(offer),
        })
        .into_iter()
        .collect();
    (flat, origin)
}

/// "City, Country" or "City, Region, Country" read into its city and country. One part names
/// no place for sure ("Remote"); a last part of two letters may be a US state ("Portland,
/// OR") as well as a country code, and one that is the offer's state is not its country.
fn city_and_country<J: JsonNode>(offer: &J, text: &str) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    let [city, .., last] = parts.as_slice() else {
        return (None, None);
    };
    let is_state = ["state_name", "state_code"]
        .into_iter()
        .filter_map(|member| text_of(offer, member))
        .any(|state| fold(&state) == fold(last));
    let two_letters = last.len() == 2 && last.bytes().all(|byte| byte.is_ascii_alphabetic());
    let country = (!is_state && !two_letters).then(|| (*last).to_owned());
    (Some((*city).to_owned()), country)
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

fn published_salary<J: JsonNode>(salary: &J) -> Option<Salary> {
    Salary::published(
        lenient::number(salary.member("min")),
        lenient::number(salary.member("max")),
        text_of(salary, "currency").as_deref(),
        text_of(salary, "period").as_deref(),
    )
}
