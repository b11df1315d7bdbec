//! The demo jobs as a table: what a reader would write by hand; everything else is derived.

use super::model::JobStatus;
use super::taxonomy::*;

/// The hand-written part of a job; `job_factory` derives the rest.
pub(super) struct JobSpec<'a> {
    pub title: &'a str,
    pub department: Option<u32>,
    pub role: Option<u32>,
    pub locations: &'a [u32],
    pub language: &'static str,
    pub status: JobStatus,
}

const fn job(
    title: &'static str,
    department: Option<u32>,
    role: Option<u32>,
    locations: &'static [u32],
    language: &'static str,
) -> JobSpec<'static> {
    JobSpec {
        title,
        department,
        role,
        locations,
        language,
        status: JobStatus::Published,
    }
}

const fn with_status(spec: JobSpec<'static>, status: JobStatus) -> JobSpec<'static> {
    JobSpec { status, ..spec }
}

const ENG: Option<u32> = Some(ENGINEERING);
const SWE: Option<u32> = Some(SOFTWARE_ENGINEER);
const EM: Option<u32> = Some(ENGINEERING_MANAGER);
const DAT: Option<u32> = Some(DATA);
const DES: Option<u32> = Some(DESIGN);
const PD: Option<u32> = Some(PRODUCT_DESIGNER);
const SAL: Option<u32> = Some(SALES);
const AE: Option<u32> = Some(ACCOUNT_EXECUTIVE);
const SDR: Option<u32> = Some(SALES_DEVELOPMENT);
const CS: Option<u32> = Some(CUSTOMER_SUCCESS);
const CSM: Option<u32> = Some(CUSTOMER_SUCCESS_MANAGER);
const SUP: Option<u32> = Some(SUPPORT);
const MKT: Option<u32> = Some(MARKETING);
const MKR: Option<u32> = Some(MARKETER);
const PPL: Option<u32> = Some(PEOPLE);
const REC: Option<u32> = Some(RECRUITER);
const FIN: Option<u32> = Some(FINANCE);
const ACC: Option<u32> = Some(ACCOUNTANT);
const NONE: Option<u32> = None;

/// Job `i` of this table gets id `FIRST_DEMO_JOB_ID + i`; the first 67 are published.
pub(super) const DEMO_JOBS: &[JobSpec<'static>] = &[
    job(
        "Senior Backend Engineer (Rust)",
        ENG,
        SWE,
        &[STOCKHOLM, REMOTE],
        "en",
    ),
    job(
        "Frontend Engineer (TypeScript)",
        ENG,
        SWE,
        &[STOCKHOLM],
        "en",
    ),
    job("Staff Platform Engineer", ENG, SWE, &[BERLIN, REMOTE], "en"),
    job("Site Reliability Engineer", ENG, SWE, &[LONDON], "en"),
    job("Engineering Manager, Payments", ENG, EM, &[STOCKHOLM], "en"),
    job("Engineering Manager, Mobile", ENG, EM, &[BERLIN], "en"),
    job("Data Engineer", ENG, DAT, &[AMSTERDAM], "en"),
    job(
        "Machine Learning Engineer",
        ENG,
        DAT,
        &[LONDON, REMOTE],
        "en",
    ),
    job("Mobile Engineer (iOS)", ENG, SWE, &[GOTHENBURG], "en"),
    job("Mobile Engineer (Android)", ENG, SWE, &[GOTHENBURG], "en"),
    job("Backendutvecklare", ENG, SWE, &[STOCKHOLM], "sv"),
    job(
        "Softwareentwickler Backend (m/w/d)",
        ENG,
        SWE,
        &[BERLIN],
        "de",
    ),
    job("Développeur Full Stack", ENG, SWE, &[PARIS], "fr"),
    job("QA Automation Engineer", ENG, SWE, &[LISBON], "en"),
    job("Security Engineer", ENG, SWE, &[REMOTE], "en"),
    job("DevOps Engineer", ENG, SWE, &[MUNICH], "en"),
    job("Analytics Engineer", ENG, DAT, &[NEW_YORK], "en"),
    job(
        "Principal Engineer, Search",
        ENG,
        SWE,
        &[STOCKHOLM, LONDON, NEW_YORK],
        "en",
    ),
    job("Junior Software Engineer", ENG, SWE, &[LISBON], "en"),
    job("Software Engineering Intern", ENG, SWE, &[STOCKHOLM], "en"),
    job("Data Scientist", ENG, DAT, &[PARIS], "en"),
    job("Engineering Manager, Platform", ENG, EM, &[REMOTE], "en"),
    job("Freelance Technical Writer", ENG, NONE, &[], "en"),
    job("Senior Product Designer", DES, PD, &[STOCKHOLM], "en"),
    job("Product Designer, Growth", DES, PD, &[LONDON], "en"),
    job("UX Researcher", DES, PD, &[AMSTERDAM], "en"),
    job("Brand Designer", DES, PD, &[BERLIN], "en"),
    job("Design Systems Lead", DES, PD, &[REMOTE], "en"),
    job("Produktdesigner", DES, PD, &[GOTHENBURG], "sv"),
    job("Content Designer", DES, NONE, &[LONDON], "en"),
    job("Account Executive, Nordics", SAL, AE, &[STOCKHOLM], "en"),
    job("Account Executive, DACH", SAL, AE, &[BERLIN, MUNICH], "en"),
    job("Account Executive, France", SAL, AE, &[PARIS], "en"),
    job("Enterprise Account Executive", SAL, AE, &[NEW_YORK], "en"),
    job(
        "Sales Development Representative",
        SAL,
        SDR,
        &[LONDON],
        "en",
    ),
    job(
        "Sales Development Representative, Benelux",
        SAL,
        SDR,
        &[AMSTERDAM],
        "en",
    ),
    job(
        "Vertriebsmitarbeiter Inside Sales (m/w/d)",
        SAL,
        SDR,
        &[MUNICH],
        "de",
    ),
    job("Chargé d'affaires", SAL, AE, &[PARIS], "fr"),
    job("Head of Sales, North America", SAL, NONE, &[NEW_YORK], "en"),
    job("Säljare", SAL, SDR, &[GOTHENBURG], "sv"),
    job("Customer Success Manager", CS, CSM, &[STOCKHOLM], "en"),
    job(
        "Customer Success Manager, Enterprise",
        CS,
        CSM,
        &[LONDON],
        "en",
    ),
    job(
        "Support Specialist (German speaking)",
        CS,
        SUP,
        &[BERLIN],
        "en",
    ),
    job("Support Specialist, Night Shift", CS, SUP, &[REMOTE], "en"),
    job("Kundtjänstmedarbetare", CS, SUP, &[GOTHENBURG], "sv"),
    job("Implementation Consultant", CS, CSM, &[AMSTERDAM], "en"),
    job("Responsable Support Client", CS, SUP, &[PARIS], "fr"),
    job("Content Marketing Manager", MKT, MKR, &[STOCKHOLM], "en"),
    job(
        "Performance Marketing Specialist",
        MKT,
        MKR,
        &[LONDON],
        "en",
    ),
    job("Product Marketing Manager", MKT, MKR, &[NEW_YORK], "en"),
    job(
        "Marketing Coordinator (Part-time)",
        MKT,
        MKR,
        &[LISBON],
        "en",
    ),
    job("SEO Specialist", MKT, MKR, &[REMOTE], "en"),
    job("Event Manager", MKT, NONE, &[BERLIN], "en"),
    job("Social Media Manager", MKT, MKR, &[PARIS], "en"),
    job("Talent Acquisition Partner", PPL, REC, &[STOCKHOLM], "en"),
    job("People Partner", PPL, REC, &[LONDON], "en"),
    job("Recruitment Coordinator", PPL, REC, &[REMOTE], "en"),
    job("Personalreferent (m/w/d)", PPL, REC, &[MUNICH], "de"),
    job("Office Manager", PPL, NONE, &[STOCKHOLM], "en"),
    job("Financial Controller", FIN, ACC, &[STOCKHOLM], "en"),
    job("Accounts Payable Specialist", FIN, ACC, &[LISBON], "en"),
    job("FP&A Analyst", FIN, ACC, &[LONDON], "en"),
    job("Payroll Specialist", FIN, ACC, &[AMSTERDAM], "en"),
    job("Redovisningsekonom", FIN, ACC, &[GOTHENBURG], "sv"),
    job(
        "Executive Assistant to the CEO",
        NONE,
        NONE,
        &[STOCKHOLM],
        "en",
    ),
    job("Open Application", NONE, NONE, &[], "en"),
    job(
        "Summer Internship 2026",
        NONE,
        NONE,
        &[STOCKHOLM, GOTHENBURG],
        "en",
    ),
    with_status(
        job("Team Lead, Support (internal)", CS, CSM, &[STOCKHOLM], "en"),
        JobStatus::Unlisted,
    ),
    with_status(
        job(
            "Senior Data Engineer (referral)",
            ENG,
            DAT,
            &[STOCKHOLM],
            "en",
        ),
        JobStatus::Unlisted,
    ),
    with_status(
        job("Chief of Staff", NONE, NONE, &[STOCKHOLM], "en"),
        JobStatus::Unlisted,
    ),
    with_status(
        job("Interim CFO", FIN, ACC, &[STOCKHOLM], "en"),
        JobStatus::Unlisted,
    ),
    with_status(
        job("Talent Pool: Engineering", ENG, NONE, &[REMOTE], "en"),
        JobStatus::Unlisted,
    ),
    with_status(
        job("VP of Engineering", ENG, EM, &[STOCKHOLM], "en"),
        JobStatus::Draft,
    ),
    with_status(
        job("Partner Manager", SAL, AE, &[LONDON], "en"),
        JobStatus::Draft,
    ),
    with_status(
        job("Backend Engineer (Go)", ENG, SWE, &[BERLIN], "en"),
        JobStatus::Archived,
    ),
    with_status(
        job("Marketing Intern 2024", MKT, MKR, &[STOCKHOLM], "en"),
        JobStatus::Archived,
    ),
];
