//! Nordwind Energy, the SmartRecruiters demo company: postings in the Posting API's shape,
//! several jobs published once per language under one `refNumber`.

use serde_json::{json, Value};

/// The SmartRecruiters company identifier of the demo company.
pub const SMARTRECRUITERS_DEMO_COMPANY: &str = "NordwindEnergy";

/// One posting as the demo company publishes it.
struct Demo {
    id: &'static str,
    ref_number: &'static str,
    name: &'static str,
    language: (&'static str, &'static str),
    city: &'static str,
    country: &'static str,
    remote: bool,
    hybrid: bool,
    department: (&'static str, &'static str),
    employment: (&'static str, &'static str),
    released: &'static str,
    job_description: &'static str,
}

const POSTINGS: &[Demo] = &[
    Demo {
        id: "744000090000001",
        ref_number: "NW-101",
        name: "Field Service Technician",
        language: ("en", "English"),
        city: "Hamburg",
        country: "de",
        remote: false,
        hybrid: false,
        department: ("81234", "Operations"),
        employment: ("permanent", "Full-time"),
        released: "2026-11-21T08:30:00.000Z",
        job_description: "<p>Service turbines in the North Sea, two weeks on, two off.</p>",
    },
    Demo {
        id: "744000090000002",
        ref_number: "NW-101",
        name: "Servicetechniker (m/w/d)",
        language: ("de", "German"),
        city: "Hamburg",
        country: "de",
        remote: false,
        hybrid: false,
        department: ("81234", "Operations"),
        employment: ("permanent", "Full-time"),
        released: "2026-11-21T08:31:00.000Z",
        job_description: "<p>Wartung von Windkraftanlagen in der Nordsee.</p>",
    },
    Demo {
        id: "744000090000003",
        ref_number: "NW-114",
        name: "Remote Data Analyst",
        language: ("en", "English"),
        city: "Berlin",
        country: "de",
        remote: true,
        hybrid: false,
        department: ("81240", "Analytics"),
        employment: ("contract", "Contract"),
        released: "2026-11-15T14:00:00.000Z",
        job_description: "<p>Turn SCADA data into maintenance plans.</p>",
    },
    Demo {
        id: "744000090000004",
        ref_number: "NW-120",
        name: "Wind Farm Project Lead",
        language: ("en", "English"),
        city: "Bremen",
        country: "de",
        remote: false,
        hybrid: true,
        department: ("81250", "Projects"),
        employment: ("permanent", "Full-time"),
        released: "2026-11-12T10:05:00.000Z",
        job_description: "<p>Lead onshore wind projects from permit to power.</p>",
    },
    Demo {
        id: "744000090000005",
        ref_number: "NW-120",
        name: "Projektleiter Windparks (m/w/d)",
        language: ("de", "German"),
        city: "Bremen",
        country: "de",
        remote: false,
        hybrid: true,
        department: ("81250", "Projects"),
        employment: ("permanent", "Full-time"),
        released: "2026-11-12T10:00:00.000Z",
        job_description: "<p>Leiten Sie Onshore-Windprojekte von der Genehmigung bis zum Netz.</p>",
    },
    Demo {
        id: "744000090000006",
        ref_number: "NW-131",
        name: "Working Student Sustainability",
        language: ("en", "English"),
        city: "Hamburg",
        country: "de",
        remote: false,
        hybrid: true,
        department: ("81260", "Sustainability"),
        employment: ("intern", "Intern"),
        released: "2026-11-05T09:00:00.000Z",
        job_description: "<p>Help us measure and cut our own footprint.</p>",
    },
];

/// Every posting of `company` as the list shows it; empty for a company the mock does not
/// know, since the real API answers an unknown company with an empty list, not a 404.
pub fn smartrecruiters_postings(company: &str) -> Vec<Value> {
    if company != SMARTRECRUITERS_DEMO_COMPANY {
        return Vec::new();
    }
    POSTINGS.iter().map(|demo| listed(demo, company)).collect()
}

/// One posting with its job ad and URLs, or `None` when there is no such posting.
pub fn smartrecruiters_posting(company: &str, id: &str) -> Option<Value> {
    if company != SMARTRECRUITERS_DEMO_COMPANY {
        return None;
    }
    let demo = POSTINGS.iter().find(|demo| demo.id == id)?;
    let mut posting = listed(demo, company);
    let public = format!("https://jobs.smartrecruiters.com/{company}/{}", demo.id);
    posting["postingUrl"] = json!(public);
    posting["applyUrl"] = json!(format!("{public}?oga=true"));
    posting["jobAd"] = json!({"sections": {
        "companyDescription": {"title": "Company Description",
            "text": "<p>Nordwind Energy keeps 400 turbines turning across Northern Germany.</p>"},
        "jobDescription": {"title": "Job Description", "text": demo.job_description},
        "qualifications": {"title": "Qualifications",
            "text": "<ul><li>A driving licence</li><li>Good English; German is a plus</li></ul>"},
        "additionalInformation": {"title": "Additional Information", "text": ""},
    }});
    Some(posting)
}

fn listed(demo: &Demo, company: &str) -> Value {
    let country_name = "Germany";
    json!({
        "id": demo.id,
        "uuid": format!("00000000-0000-4000-8000-{}", &demo.id[3..]),
        "name": demo.name,
        "refNumber": demo.ref_number,
        "company": {"identifier": company, "name": "Nordwind Energy"},
        "releasedDate": demo.released,
        "location": {"city": demo.city, "region": demo.city, "country": demo.country,
                     "remote": demo.remote, "hybrid": demo.hybrid,
                     "fullLocation": format!("{}, {country_name}", demo.city)},
        "industry": {"id": "renewables_environment", "label": "Renewables & Environment"},
        "department": {"id": demo.department.0, "label": demo.department.1},
        "function": {"id": "engineering", "label": "Engineering"},
        "typeOfEmployment": {"id": demo.employment.0, "label": demo.employment.1},
        "experienceLevel": {"id": "associate", "label": "Associate"},
        "customField": [],
        "ref": format!("https://api.smartrecruiters.com/v1/companies/{company}/postings/{}",
                       demo.id),
        "language": {"code": demo.language.0, "label": demo.language.1,
                     "labelNative": demo.language.1},
    })
}
