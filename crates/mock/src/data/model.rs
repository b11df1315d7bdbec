//! The mock's own model of a Teamtailor account (deliberately not the widget's API crate).

/// Who may see a job, named as `filter[status]` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStatus {
    /// Listed on the career site; the only status a Public read key sees.
    Published,
    /// Reachable by link but not listed; Internal and Admin keys see it.
    Unlisted,
    /// Closed; Admin keys only.
    Archived,
    /// Not yet published; Admin keys only.
    Draft,
}

impl JobStatus {
    /// Every status, in `filter[status]=all` order.
    pub const ALL: [JobStatus; 4] = [
        JobStatus::Published,
        JobStatus::Unlisted,
        JobStatus::Archived,
        JobStatus::Draft,
    ];

    /// The `status` attribute; Teamtailor calls a published job "open".
    pub fn api_status(self) -> &'static str {
        match self {
            JobStatus::Published => "open",
            other => other.filter_name(),
        }
    }

    /// The `human-status` attribute, which is also the `filter[status]` value.
    pub fn filter_name(self) -> &'static str {
        match self {
            JobStatus::Published => "published",
            JobStatus::Unlisted => "unlisted",
            JobStatus::Archived => "archived",
            JobStatus::Draft => "draft",
        }
    }
}

/// A job's `picture` attribute, which the real API sends in three shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// `null`.
    Missing,
    /// A plain URL string of picture `n`.
    Url(u32),
    /// `{original, standard, thumb}` URLs of picture `n`.
    Variants(u32),
}

/// A department (`type: "departments"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Department {
    /// Resource id.
    pub id: u32,
    /// Display name.
    pub name: &'static str,
}

/// An office or the remote pseudo-location (`type: "locations"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// Resource id.
    pub id: u32,
    /// Display name.
    pub name: &'static str,
    /// City, `None` for "Remote".
    pub city: Option<&'static str>,
    /// Country name, `None` for "Remote".
    pub country: Option<&'static str>,
    /// Street address.
    pub address: Option<&'static str>,
    /// Postal code.
    pub zip: Option<&'static str>,
    /// Whether this is the head office.
    pub headquarters: bool,
}

/// A role (`type: "roles"`), always inside one department.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// Resource id.
    pub id: u32,
    /// Display name.
    pub name: &'static str,
    /// The department the role belongs to.
    pub department_id: u32,
}

/// A job ad with every attribute the API serializes.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    /// Resource id.
    pub id: u32,
    /// Unique title.
    pub title: String,
    /// HTML body; `{{base}}` stands for the server's origin and is filled in per request.
    pub body: String,
    /// One-line teaser.
    pub pitch: String,
    /// Visibility.
    pub status: JobStatus,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
    /// `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// `YYYY-MM-DD` (application deadline).
    pub end_date: Option<String>,
    /// Shown first by boards that honour it.
    pub pinned: bool,
    /// Picture shape and number.
    pub picture: Picture,
    /// none | temporary | hybrid | fully.
    pub remote_status: &'static str,
    /// en, sv, de, fr.
    pub language_code: &'static str,
    /// fulltime, parttime, temporary, contract, internship.
    pub employment_type: &'static str,
    /// Applications happen on another site when set.
    pub external_application_url: Option<String>,
    /// May be empty, as the real API's default is.
    pub apply_button_text: String,
    /// Lower salary bound.
    pub min_salary: Option<u32>,
    /// Upper salary bound.
    pub max_salary: Option<u32>,
    /// ISO currency of the salary.
    pub currency: Option<&'static str>,
    /// `hourly`, `daily`, `weekly`, `monthly` or `yearly`.
    pub salary_time_unit: Option<&'static str>,
    /// Free-form tags.
    pub tags: Vec<String>,
    /// Owning department.
    pub department_id: Option<u32>,
    /// Locations; the first is the 20161108 `location`.
    pub location_ids: Vec<u32>,
    /// Role.
    pub role_id: Option<u32>,
}

/// Everything the mock serves.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoData {
    /// Departments by ascending id.
    pub departments: Vec<Department>,
    /// Locations by ascending id.
    pub locations: Vec<Location>,
    /// Roles by ascending id.
    pub roles: Vec<Role>,
    /// Jobs by ascending id.
    pub jobs: Vec<Job>,
}

impl DemoData {
    /// The job with this id.
    pub fn job(&self, id: u32) -> Option<&Job> {
        self.jobs.iter().find(|job| job.id == id)
    }

    /// The department with this id.
    pub fn department(&self, id: u32) -> Option<&Department> {
        self.departments
            .iter()
            .find(|department| department.id == id)
    }

    /// The location with this id.
    pub fn location(&self, id: u32) -> Option<&Location> {
        self.locations.iter().find(|location| location.id == id)
    }

    /// The role with this id.
    pub fn role(&self, id: u32) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }

    /// How many jobs have this status.
    pub fn count_with_status(&self, status: JobStatus) -> usize {
        self.jobs.iter().filter(|job| job.status == status).count()
    }
}
