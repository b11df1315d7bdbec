//! Widget configuration read from `data-*` attributes, validated before any request is sent.

use std::fmt;

use crate::providers::{FeedSource, Provider};

/// The Teamtailor API origin used when `data-api-base` is absent (EU region).
pub const DEFAULT_API_BASE: &str = "https://api.teamtailor.com";
/// The placeholder `index.html` ships with; never a real key.
const PLACEHOLDER_KEY: &str = "YOUR_PUBLIC_READ_KEY";

/// How the key and version travel to the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMode {
    /// `api_key` and `api_version` query parameters: a simple request, so no CORS preflight.
    Query,
    /// `Authorization` and `X-Api-Version` headers: costs a preflight round trip.
    Header,
}

/// An `X-Api-Version` value (`YYYYMMDD`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiVersion(String);

impl ApiVersion {
    /// The version the widget is written against.
    pub const CURRENT: &'static str = "20240904";
    /// The version the API reference documents, which relates a job to one location.
    pub const LEGACY: &'static str = "20161108";

    /// Accepts an eight-digit date.
    pub fn parse(value: &str) -> Option<Self> {
        let valid = value.len() == 8 && value.bytes().all(|byte| byte.is_ascii_digit());
        valid.then(|| Self(value.to_owned()))
    }

    /// The value sent to the API.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this version names the job's location relationship `location` (to-one).
    pub fn has_single_location(&self) -> bool {
        self.0 == Self::LEGACY
    }
}

impl Default for ApiVersion {
    fn default() -> Self {
        Self(Self::CURRENT.to_owned())
    }
}

/// A validated widget configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetConfig {
    pub api_key: String,
    /// Origin (and optional path prefix) without a trailing slash.
    pub api_base: String,
    pub api_version: ApiVersion,
    pub auth: AuthMode,
    /// Department ids that pre-filter the board.
    pub departments: Vec<String>,
    /// Location ids that pre-filter the board.
    pub locations: Vec<String>,
    pub language: Option<String>,
    /// The host-page query parameter that holds the open job's id.
    pub route_param: String,
    /// A snapshot JSON URL read instead of the live API (`data-source`).
    pub source: Option<String>,
    /// The hiring organisation's name (`data-company-name`): when set, an open job's page
    /// adds its JSON-LD `JobPosting` to the host document.
    pub company_name: Option<String>,
    /// A Recruitee or SmartRecruiters company feed (`data-provider` + `data-company`) read
    /// instead of Teamtailor; `None` for Teamtailor, whose boards are named by their key.
    pub feed: Option<FeedSource>,
}

/// The default `data-route-param`.
pub const DEFAULT_ROUTE_PARAM: &str = "tt_job";

/// Why a configuration was refused; the message names the attribute to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    MissingKey,
    PlaceholderKey,
    InvalidBase(String),
    InsecureBase(String),
    InvalidVersion(String),
    InvalidAuth(String),
    InvalidRouteParam(String),
    InvalidSource(String),
    InvalidShadow(String),
    /// `data-provider` names no provider this board reads.
    InvalidProvider(String),
    /// A Recruitee or SmartRecruiters board without `data-company`.
    MissingCompany(Provider),
    /// A `data-company` value that cannot be this provider's company identifier.
    InvalidCompany(Provider, String),
    /// A company feed asked of a widget build without feed support (the full-page board's).
    FeedsNotBuilt(Provider),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingKey => f.write_str("data-api-key is required: set it to a Teamtailor Public read key"),
            Self::PlaceholderKey => f.write_str("data-api-key still holds the placeholder: set it to a Teamtailor Public read key"),
            Self::InvalidBase(value) => write!(f, "data-api-base \"{value}\" is not an http(s) URL"),
            Self::InsecureBase(value) => write!(f, "data-api-base \"{value}\" must use https (http is allowed only for localhost, 127.0.0.1 and [::1])"),
            Self::InvalidVersion(value) => write!(f, "data-api-version \"{value}\" is not a YYYYMMDD date such as {}", ApiVersion::CURRENT),
            Self::InvalidAuth(value) => write!(f, "data-auth \"{value}\" must be \"query\" or \"header\""),
            Self::InvalidSource(value) => write!(f, "data-source \"{value}\" must be an https URL (http only for localhost) or a path on this site"),
            Self::InvalidShadow(value) => write!(f, "data-shadow \"{value}\" must be \"open\" or \"none\""),
            Self::InvalidRouteParam(value) => write!(f, "data-route-param \"{value}\" may only use letters, digits, _ and -"),
            Self::InvalidProvider(value) => write!(f, "data-provider \"{value}\" must be \"teamtailor\", \"recruitee\" or \"smartrecruiters\""),
            Self::MissingCompany(provider) => write!(f, "data-company is required for data-provider \"{provider}\": set it to {}", provider.company_hint()),
            Self::InvalidCompany(provider, value) => write!(f, "data-company \"{value}\" is not valid for data-provider \"{provider}\": use {}", provider.company_hint()),
            Self::FeedsNotBuilt(provider) => write!(f, "data-provider \"{provider}\" needs the widget build with job feeds: embed the board with embed.js, which loads it"),
        }
    }
}

impl std::error::Error for ConfigError {}

/// A `data-*` value trimmed, with blank treated as absent: the one reading rule of every
/// attribute, for the board and the embed alike.
pub(crate) fn read_trimmed(
    attribute: &impl Fn(&str) -> Option<String>,
    name: &str,
) -> Option<String> {
    attribute(name)
        .map(|value| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

impl WidgetConfig {
    /// Reads and validates the configuration; `attribute` returns a `data-*` value by its name
    /// without the `data-` prefix (e.g. `"api-key"`).
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let read = |name: &str| read_trimmed(&attribute, name);
        let source = match read("source") {
            Some(url) if is_path_on_this_site(&url) => Some(url),
            Some(url) => Some(validate_base(&url).map_err(|_| ConfigError::InvalidSource(url))?),
            None => None,
        };
        // A snapshot needs no key; the live API does.
        let provider = match read("provider") {
            Some(name) => Provider::parse(&name).ok_or(ConfigError::InvalidProvider(name))?,
            None => Provider::Teamtailor,
        };
        // A company feed is public: no key. `data-api-base` then replaces the provider's origin.
        let feed = provider
            .needs_company()
            .then(|| {
                FeedSource::new(
                    provider,
                    read("company").as_deref(),
                    read("api-base").as_deref(),
                )
            })
            .transpose()?;
        let api_key = match read("api-key") {
            Some(key) if key == PLACEHOLDER_KEY => return Err(ConfigError::PlaceholderKey),
            Some(key) => key,
            None if source.is_some() || feed.is_some() => String::new(),
            None => return Err(ConfigError::MissingKey),
        };
        let api_base = match read("api-base") {
            Some(base) => validate_base(&base)?,
            None => DEFAULT_API_BASE.to_owned(),
        };
        let api_version = match read("api-version") {
            Some(version) => {
                ApiVersion::parse(&version).ok_or(ConfigError::InvalidVersion(version))?
            }
            None => ApiVersion::default(),
        };
        let auth = match read("auth").as_deref() {
            None | Some("query") => AuthMode::Query,
            Some("header") => AuthMode::Header,
            Some(other) => return Err(ConfigError::InvalidAuth(other.to_owned())),
        };
        let route_param = read("route-param").unwrap_or_else(|| DEFAULT_ROUTE_PARAM.to_owned());
        let plain = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if !route_param.chars().all(plain) {
            return Err(ConfigError::InvalidRouteParam(route_param));
        }
        Ok(Self {
            source,
            route_param,
            api_key,
            api_base,
            api_version,
            auth,
            departments: id_list(read("departments")),
            locations: id_list(read("locations")),
            language: read("language"),
            company_name: read("company-name"),
            feed,
        })
    }
}

fn id_list(value: Option<String>) -> Vec<String> {
    value
        .iter()
        .flat_map(|list| list.split(','))
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `url` is a path on the page's own site, absolute (`/careers/jobs.json`) or relative
/// to the page (`jobs.json`, `../jobs.json`): no scheme and no host. Browsers read `\` as `/`
/// and drop tabs and newlines, so `/\evil.example` would be `//evil.example`, another host:
/// such characters are refused.
fn is_path_on_this_site(url: &str) -> bool {
    let before_path = url.split(['/', '?', '#']).next().unwrap_or_default();
    !url.starts_with("//")
        && !before_path.contains(':')
        && !url
            .chars()
            .any(|c| c == '\\' || c.is_ascii_control() || c == ' ')
}

/// Accepts `https://host[:port][/prefix]`, or `http://` for loopback hosts only.
pub(crate) fn validate_base(base: &str) -> Result<String, ConfigError> {
    let invalid = || ConfigError::InvalidBase(base.to_owned());
    let (secure, rest) = if let Some(rest) = base.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = base.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(invalid());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains('@') || rest.contains(['?', '#']) {
        return Err(invalid());
    }
    let host = match authority.strip_prefix('[') {
        Some(ipv6) => ipv6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "::1");
    if !secure && !loopback {
        return Err(ConfigError::InsecureBase(base.to_owned()));
    }
    Ok(base.trim_end_matches('/').to_owned())
}

impl WidgetConfig {
    /// The prefix of this board's filter parameters: `tt_job` → `tt_`, `eng_job` → `eng_`,
    /// `jobs` → `jobs_`, so boards with their own route parameter keep their filters apart.
    pub fn filter_param_prefix(&self) -> String {
        match self.route_param.strip_suffix("job") {
            Some(stem) if stem.ends_with('_') => stem.to_owned(),
            _ => format!("{}_", self.route_param),
        }
    }

    /// Whether `job` is on this board's list: still open, and admitted. A closed job still
    /// has its page (a link to it shows the closed page), but no row.
    pub fn lists(&self, job: &crate::model::Job) -> bool {
        !job.closed && self.admits(job)
    }

    /// Whether `job` belongs on this board given `data-departments` / `data-locations`
    /// (each an OR list; both must pass when both are set).
    pub fn admits(&self, job: &crate::model::Job) -> bool {
        let department_ok = self.departments.is_empty()
            || job
                .department
                .as_ref()
                .is_some_and(|department| self.departments.contains(&department.id));
        let location_ok = self.locations.is_empty()
            || job
                .locations
                .iter()
                .any(|location| self.locations.contains(&location.id));
        department_ok && location_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Result<WidgetConfig, ConfigError> {
        WidgetConfig::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    #[test]
    fn defaults_apply_when_only_the_key_is_given() {
        let parsed = config(&[("api-key", "abc")]).unwrap();
        assert_eq!(parsed.api_base, "https://api.teamtailor.com");
        assert_eq!(parsed.api_version.as_str(), "20240904");
        assert_eq!(parsed.auth, AuthMode::Query);
        assert!(parsed.departments.is_empty());
        assert_eq!(parsed.route_param, "tt_job");
    }

    #[test]
    fn a_snapshot_source_needs_no_key_but_must_be_safe() {
        let parsed = config(&[("source", "/careers/jobs.json")]).unwrap();
        assert_eq!(parsed.source.as_deref(), Some("/careers/jobs.json"));
        assert_eq!(parsed.api_key, "");
        assert!(config(&[("source", "https://cdn.example.com/jobs.json")]).is_ok());
        assert_eq!(
            config(&[("source", "http://example.com/jobs.json")]),
            Err(ConfigError::InvalidSource(
                "http://example.com/jobs.json".into()
            ))
        );
        assert_eq!(
            config(&[("source", "//evil.example/jobs.json")]),
            Err(ConfigError::InvalidSource(
                "//evil.example/jobs.json".into()
            ))
        );
    }

    #[test]
    fn a_source_relative_to_the_page_is_accepted_but_never_another_host_or_scheme() {
        for path in [
            "jobs.json",
            "./jobs.json",
            "../careers/jobs.json",
            "jobs.json?v=2",
        ] {
            let parsed = config(&[("source", path)]).unwrap();
            assert_eq!(parsed.source.as_deref(), Some(path));
        }
        for refused in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "/\\evil.example/jobs.json",
            "\\\\evil.example/jobs.json",
            "/\t/evil.example/jobs.json",
        ] {
            assert_eq!(
                config(&[("source", refused)]),
                Err(ConfigError::InvalidSource(refused.into())),
                "{refused:?}"
            );
        }
    }

    #[test]
    fn filter_parameters_follow_the_route_parameter() {
        let prefix = |param: &str| {
            config(&[("api-key", "k"), ("route-param", param)])
                .unwrap()
                .filter_param_prefix()
        };
        assert_eq!(prefix("tt_job"), "tt_");
        assert_eq!(prefix("eng_job"), "eng_");
        assert_eq!(prefix("jobs"), "jobs_");
        assert_eq!(prefix("job"), "job_");
    }

    #[test]
    fn route_param_must_be_a_plain_name() {
        let parsed = config(&[("api-key", "k"), ("route-param", "job")]).unwrap();
        assert_eq!(parsed.route_param, "job");
        assert_eq!(
            config(&[("api-key", "k"), ("route-param", "a&b=c")]),
            Err(ConfigError::InvalidRouteParam("a&b=c".into()))
        );
    }

    #[test]
    fn missing_blank_or_placeholder_key_is_refused() {
        assert_eq!(config(&[]), Err(ConfigError::MissingKey));
        assert_eq!(config(&[("api-key", "  ")]), Err(ConfigError::MissingKey));
        assert_eq!(
            config(&[("api-key", "YOUR_PUBLIC_READ_KEY")]),
            Err(ConfigError::PlaceholderKey)
        );
    }

    #[test]
    fn http_base_is_allowed_only_on_loopback() {
        for base in [
            "http://localhost:8080",
            "http://127.0.0.1:9",
            "http://[::1]:80/",
        ] {
            assert!(
                config(&[("api-key", "k"), ("api-base", base)]).is_ok(),
                "{base}"
            );
        }
        for base in [
            "http://example.com",
            "http://localhost.evil.com",
            "http://127.0.0.1@evil.com",
        ] {
            assert!(
                config(&[("api-key", "k"), ("api-base", base)]).is_err(),
                "{base}"
            );
        }
        assert_eq!(
            config(&[("api-key", "k"), ("api-base", "ftp://x")]),
            Err(ConfigError::InvalidBase("ftp://x".into()))
        );
    }

    #[test]
    fn base_keeps_a_path_prefix_without_trailing_slash() {
        let parsed = config(&[
            ("api-key", "k"),
            ("api-base", "https://api.na.teamtailor.com/"),
        ]);
        assert_eq!(parsed.unwrap().api_base, "https://api.na.teamtailor.com");
        let prefixed = config(&[
            ("api-key", "k"),
            ("api-base", "http://127.0.0.1:1/__fault/x/"),
        ]);
        assert_eq!(prefixed.unwrap().api_base, "http://127.0.0.1:1/__fault/x");
    }

    #[test]
    fn version_and_auth_values_are_validated() {
        assert_eq!(
            config(&[("api-key", "k"), ("api-version", "2024")]),
            Err(ConfigError::InvalidVersion("2024".into()))
        );
        assert_eq!(
            config(&[("api-key", "k"), ("auth", "cookie")]),
            Err(ConfigError::InvalidAuth("cookie".into()))
        );
        let legacy = config(&[
            ("api-key", "k"),
            ("api-version", "20161108"),
            ("auth", "header"),
        ]);
        let legacy = legacy.unwrap();
        assert!(legacy.api_version.has_single_location());
        assert_eq!(legacy.auth, AuthMode::Header);
    }

    #[test]
    fn id_lists_are_split_and_trimmed() {
        let parsed = config(&[("api-key", "k"), ("departments", " 1, 2,,3 ")]).unwrap();
        assert_eq!(parsed.departments, vec!["1", "2", "3"]);
    }

    #[test]
    fn company_name_is_read_trimmed_and_absent_when_blank() {
        let named = config(&[("api-key", "k"), ("company-name", "  Northwind AB ")]).unwrap();
        assert_eq!(named.company_name.as_deref(), Some("Northwind AB"));
        let blank = config(&[("api-key", "k"), ("company-name", "  ")]).unwrap();
        assert_eq!(blank.company_name, None);
        assert_eq!(config(&[("api-key", "k")]).unwrap().company_name, None);
    }

    #[test]
    fn a_company_feed_needs_no_key_and_takes_the_base_as_its_origin() {
        let parsed = config(&[
            ("provider", "Recruitee"),
            ("company", "Fjordlight"),
            ("api-base", "http://127.0.0.1:9/recruitee/"),
        ])
        .unwrap();
        let feed = parsed.feed.expect("a Recruitee feed");
        assert_eq!(feed.provider, Provider::Recruitee);
        assert_eq!(feed.company, "fjordlight");
        assert_eq!(
            feed.api_base.as_deref(),
            Some("http://127.0.0.1:9/recruitee")
        );
        assert!(parsed.api_key.is_empty());
        assert_eq!(config(&[("api-key", "k")]).unwrap().feed, None);
    }

    #[test]
    fn provider_mistakes_are_config_errors_that_name_the_attribute() {
        assert_eq!(
            config(&[("provider", "workday"), ("company", "acme")]),
            Err(ConfigError::InvalidProvider("workday".into()))
        );
        assert_eq!(
            config(&[("provider", "smartrecruiters")]),
            Err(ConfigError::MissingCompany(Provider::SmartRecruiters))
        );
        assert_eq!(
            config(&[("provider", "recruitee"), ("company", "acme.evil.example")]),
            Err(ConfigError::InvalidCompany(
                Provider::Recruitee,
                "acme.evil.example".into()
            ))
        );
        // An explicit teamtailor board still needs its key.
        assert_eq!(
            config(&[("provider", "teamtailor")]),
            Err(ConfigError::MissingKey)
        );
    }
}
