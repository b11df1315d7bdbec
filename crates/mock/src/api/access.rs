//! Demo API keys, their scopes, and the accepted API versions.

use crate::data::JobStatus;

/// Public read key: published jobs only, whatever `filter[status]` asks for.
pub const DEMO_PUBLIC_KEY: &str = "demo-public-key";
/// Internal key: published and unlisted jobs.
pub const DEMO_INTERNAL_KEY: &str = "demo-internal-key";
/// Admin key: every status, drafts and archived jobs included.
pub const DEMO_ADMIN_KEY: &str = "demo-admin-key";
/// `X-Api-Version` values the mock accepts, oldest first.
pub const SUPPORTED_API_VERSIONS: [&str; 2] = ["20161108", "20240904"];

/// What a key may read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyScope {
    /// Published jobs only.
    Public,
    /// Published and unlisted jobs.
    Internal,
    /// Everything.
    Admin,
}

impl KeyScope {
    /// The scope of a demo key, `None` for any other key.
    pub fn of_key(key: &str) -> Option<Self> {
        match key {
            DEMO_PUBLIC_KEY => Some(Self::Public),
            DEMO_INTERNAL_KEY => Some(Self::Internal),
            DEMO_ADMIN_KEY => Some(Self::Admin),
            _ => None,
        }
    }

    /// Whether a job with `status` exists as far as this key can tell.
    pub fn may_see(self, status: JobStatus) -> bool {
        match self {
            Self::Public => status == JobStatus::Published,
            Self::Internal => matches!(status, JobStatus::Published | JobStatus::Unlisted),
            Self::Admin => true,
        }
    }
}

impl KeyScope {
    /// Whether `GET /v1/jobs/{id}` answers a job with `status`: what the key sees, plus
    /// closed jobs, whose links keep working to say they are closed.
    pub fn may_open(self, status: JobStatus) -> bool {
        self.may_see(status) || status == JobStatus::Archived
    }
}

/// The two response shapes the mock speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiVersion {
    /// Jobs relate to one `location`.
    V20161108,
    /// Jobs relate to many `locations`.
    V20240904,
}

impl ApiVersion {
    /// The version named by an `X-Api-Version` value.
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "20161108" => Some(Self::V20161108),
            "20240904" => Some(Self::V20240904),
            _ => None,
        }
    }
}
