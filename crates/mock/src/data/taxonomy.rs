//! The demo company's departments, offices and roles; ids are stable so tests can name them.

use super::model::{Department, Location, Role};

/// The id of the "Engineering" department (the company site's pre-filtered widgets use it).
pub const ENGINEERING_DEPARTMENT_ID: u32 = 101;
/// The id of the "Sales" department.
pub const SALES_DEPARTMENT_ID: u32 = 103;

pub(super) const ENGINEERING: u32 = ENGINEERING_DEPARTMENT_ID;
pub(super) const DESIGN: u32 = 102;
pub(super) const SALES: u32 = SALES_DEPARTMENT_ID;
pub(super) const CUSTOMER_SUCCESS: u32 = 104;
pub(super) const MARKETING: u32 = 105;
pub(super) const PEOPLE: u32 = 106;
pub(super) const FINANCE: u32 = 107;

pub(super) const STOCKHOLM: u32 = 201;
pub(super) const GOTHENBURG: u32 = 202;
pub(super) const BERLIN: u32 = 203;
pub(super) const MUNICH: u32 = 204;
pub(super) const PARIS: u32 = 205;
pub(super) const LONDON: u32 = 206;
pub(super) const AMSTERDAM: u32 = 207;
pub(super) const NEW_YORK: u32 = 208;
pub(super) const LISBON: u32 = 209;
/// The id of the "Remote" location, the one without a city.
pub const REMOTE_LOCATION_ID: u32 = 210;
pub(super) const REMOTE: u32 = REMOTE_LOCATION_ID;

pub(super) const SOFTWARE_ENGINEER: u32 = 301;
pub(super) const ENGINEERING_MANAGER: u32 = 302;
pub(super) const DATA: u32 = 303;
pub(super) const PRODUCT_DESIGNER: u32 = 304;
pub(super) const ACCOUNT_EXECUTIVE: u32 = 305;
pub(super) const SALES_DEVELOPMENT: u32 = 306;
pub(super) const CUSTOMER_SUCCESS_MANAGER: u32 = 307;
pub(super) const SUPPORT: u32 = 308;
pub(super) const MARKETER: u32 = 309;
pub(super) const RECRUITER: u32 = 310;
pub(super) const ACCOUNTANT: u32 = 311;

/// The seven departments.
pub(super) fn departments() -> Vec<Department> {
    [
        (ENGINEERING, "Engineering"),
        (DESIGN, "Design"),
        (SALES, "Sales"),
        (CUSTOMER_SUCCESS, "Customer Success"),
        (MARKETING, "Marketing"),
        (PEOPLE, "People"),
        (FINANCE, "Finance"),
    ]
    .into_iter()
    .map(|(id, name)| Department { id, name })
    .collect()
}

/// Nine offices in seven countries plus "Remote".
pub(super) fn locations() -> Vec<Location> {
    let office = |id, name, city, country, address, zip| Location {
        id,
        name,
        city: Some(city),
        country: Some(country),
        address: Some(address),
        zip: Some(zip),
        headquarters: id == STOCKHOLM,
    };
    vec![
        office(
            STOCKHOLM,
            "Stockholm HQ",
            "Stockholm",
            "Sweden",
            "Sveavägen 44",
            "111 34",
        ),
        office(
            GOTHENBURG,
            "Gothenburg",
            "Göteborg",
            "Sweden",
            "Lindholmspiren 5",
            "417 56",
        ),
        office(
            BERLIN,
            "Berlin",
            "Berlin",
            "Germany",
            "Torstraße 140",
            "10119",
        ),
        office(
            MUNICH,
            "Munich",
            "München",
            "Germany",
            "Leopoldstraße 28",
            "80802",
        ),
        office(
            PARIS,
            "Paris",
            "Paris",
            "France",
            "12 Rue de Rivoli",
            "75004",
        ),
        office(
            LONDON,
            "London",
            "London",
            "United Kingdom",
            "1 Finsbury Avenue",
            "EC2M 2PP",
        ),
        office(
            AMSTERDAM,
            "Amsterdam",
            "Amsterdam",
            "Netherlands",
            "Herengracht 420",
            "1017 BZ",
        ),
        office(
            NEW_YORK,
            "New York",
            "New York",
            "United States",
            "85 Broad Street",
            "10004",
        ),
        office(
            LISBON,
            "Lisbon",
            "Lisboa",
            "Portugal",
            "Avenida da Liberdade 110",
            "1250-146",
        ),
        Location {
            id: REMOTE,
            name: "Remote",
            city: None,
            country: None,
            address: None,
            zip: None,
            headquarters: false,
        },
    ]
}

/// Eleven roles, each inside one department.
pub(super) fn roles() -> Vec<Role> {
    [
        (SOFTWARE_ENGINEER, "Software Engineer", ENGINEERING),
        (ENGINEERING_MANAGER, "Engineering Manager", ENGINEERING),
        (DATA, "Data & Analytics", ENGINEERING),
        (PRODUCT_DESIGNER, "Product Designer", DESIGN),
        (ACCOUNT_EXECUTIVE, "Account Executive", SALES),
        (SALES_DEVELOPMENT, "Sales Development", SALES),
        (
            CUSTOMER_SUCCESS_MANAGER,
            "Customer Success Manager",
            CUSTOMER_SUCCESS,
        ),
        (SUPPORT, "Support Specialist", CUSTOMER_SUCCESS),
        (MARKETER, "Marketer", MARKETING),
        (RECRUITER, "Recruiter", PEOPLE),
        (ACCOUNTANT, "Accountant", FINANCE),
    ]
    .into_iter()
    .map(|(id, name, department_id)| Role {
        id,
        name,
        department_id,
    })
    .collect()
}
