//! Fjordlight, the Recruitee demo company: offers in the Careers Site API's own shape, with
//! its quirks (null top-level HTML with text only in translations, `2026-09-23 09:10:19 UTC`
//! timestamps, a `mailbox_email` that no board may show).

use serde_json::{json, Value};

/// The Recruitee subdomain of the demo company.
pub const RECRUITEE_DEMO_COMPANY: &str = "fjordlight";
/// The careers-site token the mock accepts in `X-Careers-Sites-Token`; any other value is 401.
pub const RECRUITEE_DEMO_TOKEN: &str = "demo-careers-sites-token";

/// Every published offer of `company`, or `None` for a company the mock does not know.
pub fn recruitee_offers(company: &str) -> Option<Vec<Value>> {
    (company == RECRUITEE_DEMO_COMPANY).then(fjordlight_offers)
}

fn location(id: u32, city: &str, country: &str, code: &str) -> Value {
    json!({"id": id, "name": city, "city": city, "state": null, "state_code": null,
           "country": country, "country_code": code, "postal_code": null, "street": null,
           "translations": {}})
}

#[allow(clippy::too_many_arguments)]
fn offer(
    id: u32,
    slug: &str,
    title: &str,
    department: Option<&str>,
    employment: &str,
    locations: Vec<Value>,
    (remote, hybrid, on_site): (bool, bool, bool),
    published_at: &str,
) -> Value {
    let first = locations.first().cloned().unwrap_or(Value::Null);
    json!({
        "id": id, "slug": slug, "guid": format!("fl{id:x}"), "status": "published",
        "title": title, "company_name": "Fjordlight", "department": department,
        "tags": [], "category_code": null, "employment_type_code": employment,
        "experience_code": "experienced", "education_code": null,
        "min_hours": 37, "max_hours": 40,
        "location": format!("{}, {}", first["city"].as_str().unwrap_or("Oslo"),
                            first["country"].as_str().unwrap_or("Norway")),
        "city": first["city"], "state_name": null, "state_code": null,
        "country": first["country"], "country_code": first["country_code"],
        "postal_code": null, "locations": locations,
        "remote": remote, "hybrid": hybrid, "on_site": on_site,
        "salary": {"min": null, "max": null, "period": null, "currency": null},
        "description": null, "requirements": null, "translations": {},
        "careers_url": format!("https://{RECRUITEE_DEMO_COMPANY}.recruitee.com/o/{slug}"),
        "careers_apply_url":
            format!("https://{RECRUITEE_DEMO_COMPANY}.recruitee.com/o/{slug}/c/new"),
        "published_at": published_at, "created_at": published_at,
        "updated_at": published_at, "close_at": null,
        "open_questions": [], "options_cv": "required",
        "mailbox_email": format!("job.{id}@{RECRUITEE_DEMO_COMPANY}.recruitee.com"),
        "sharing_image": null, "cover_image": null,
    })
}

fn with_text(mut offer: Value, language: &str, description: &str, requirements: &str) -> Value {
    offer["description"] = json!(description);
    offer["requirements"] = json!(requirements);
    offer["translations"][language] = json!({
        "title": offer["title"], "description": description, "requirements": requirements,
    });
    offer
}

fn fjordlight_offers() -> Vec<Value> {
    let oslo = || location(7101, "Oslo", "Norway", "NO");
    let bergen = || location(7102, "Bergen", "Norway", "NO");
    let stockholm = || location(7103, "Stockholm", "Sweden", "SE");
    let mut data_engineer = with_text(
        offer(
            501001,
            "senior-data-engineer",
            "Senior Data Engineer",
            Some("Data"),
            "fulltime_permanent",
            vec![oslo(), bergen()],
            (false, true, true),
            "2026-11-20 09:10:19 UTC",
        ),
        "en",
        "<p>Own the pipelines behind our energy forecasts, from turbine telemetry to the \
         trading desk.</p>",
        "<ul><li>Five years with SQL and Python</li><li>Experience with dbt</li></ul>",
    );
    data_engineer["salary"] =
        json!({"min": "650000", "max": "820000", "period": "year", "currency": "NOK"});
    // Text only in its translations, as Recruitee sends some multilingual offers.
    let mut backend = offer(
        501002,
        "backend-developer",
        "Backend Developer",
        Some("Engineering"),
        "fulltime_permanent",
        vec![stockholm()],
        (true, false, false),
        "2026-11-18 14:02:00 UTC",
    );
    backend["translations"] = json!({
        "en": {"title": "Backend Developer",
               "description": "<p>Build the API our field teams rely on.</p>",
               "requirements": "<p>Rust or Go in production.</p>"},
        "nb": {"title": "Backendutvikler",
               "description": "<p>Bygg API-et feltteamene våre er avhengige av.</p>",
               "requirements": "<p>Rust eller Go i produksjon.</p>"},
    });
    vec![
        data_engineer,
        backend,
        with_text(
            offer(
                501003,
                "field-technician",
                "Field Technician",
                Some("Operations"),
                "fulltime_fixed_term",
                vec![bergen()],
                (false, false, true),
                "2026-11-10 07:30:00 UTC",
            ),
            "en",
            "<p>Keep our coastal wind farms running.</p>",
            "<ul><li>Offshore safety certificate</li></ul>",
        ),
        with_text(
            offer(
                501004,
                "product-designer",
                "Product Designer",
                Some("Design"),
                "parttime_permanent",
                vec![oslo()],
                (true, false, true),
                "2026-11-02 12:00:00 UTC",
            ),
            "en",
            "<p>Design the dashboards grid operators use every day.</p>",
            "<p>A portfolio of data-heavy products.</p>",
        ),
        with_text(
            offer(
                501005,
                "marketing-intern",
                "Marketing Intern",
                None,
                "internship",
                vec![],
                (false, false, true),
                "2026-10-28 08:15:00 UTC",
            ),
            "en",
            "<p>Tell the story of renewable energy in the Nordics.</p>",
            "<p>Studying marketing or communications.</p>",
        ),
    ]
}
