//! Building the URL (and headers) of each API request from the configuration.

use crate::config::{AuthMode, WidgetConfig};
use crate::url_encode::encode_component;

/// The largest `page[size]` the API accepts.
pub const MAX_PAGE_SIZE: u32 = 30;

/// A `GET /v1/jobs` query: one page, with the widget's side-loads and optional filters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobsQuery {
    pub page_size: u32,
    pub page_number: u32,
    pub departments: Vec<String>,
    pub locations: Vec<String>,
    pub roles: Vec<String>,
}

impl JobsQuery {
    /// Page `number` (1-based) at the largest page size, without filters.
    pub fn page(number: u32) -> Self {
        Self {
            page_size: MAX_PAGE_SIZE,
            page_number: number.max(1),
            departments: Vec::new(),
            locations: Vec::new(),
            roles: Vec::new(),
        }
    }
}

/// A ready-to-send GET request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiRequest {
    pub url: String,
    /// Empty in query auth mode, which keeps the request free of a CORS preflight.
    pub headers: Vec<(&'static str, String)>,
}

impl WidgetConfig {
    /// The request for one page of published jobs with department, locations and role.
    pub fn jobs_request(&self, query: &JobsQuery) -> ApiRequest {
        let legacy = self.api_version.has_single_location();
        let mut params = vec![
            ("include", self.include().to_owned()),
            (
                "page[size]",
                query.page_size.clamp(1, MAX_PAGE_SIZE).to_string(),
            ),
            ("page[number]", query.page_number.max(1).to_string()),
        ];
        let location_filter = if legacy {
            "filter[location]"
        } else {
            "filter[locations]"
        };
        for (name, ids) in [
            ("filter[department]", &query.departments),
            (location_filter, &query.locations),
            ("filter[role]", &query.roles),
        ] {
            if !ids.is_empty() {
                params.push((name, ids.join(",")));
            }
        }
        self.request("/v1/jobs", params)
    }

    /// The request for one job by id, with the same side-loads as the list.
    pub fn job_request(&self, id: &str) -> ApiRequest {
        let path = format!("/v1/jobs/{}", encode_component(id));
        self.request(&path, vec![("include", self.include().to_owned())])
    }

    /// The side-loads the widget shows, named as this API version names them.
    fn include(&self) -> &'static str {
        if self.api_version.has_single_location() {
            "department,location,role"
        } else {
            "department,locations,role"
        }
    }

    /// A GET of any API `path` with `params`, authenticated the way this configuration says
    /// (the `careers doctor` probes of `/v1/users` and `filter[status]` use it).
    pub fn request(&self, path: &str, mut params: Vec<(&'static str, String)>) -> ApiRequest {
        let headers = match self.auth {
            AuthMode::Query => {
                params.push(("api_key", self.api_key.clone()));
                params.push(("api_version", self.api_version.as_str().to_owned()));
                Vec::new()
            }
            AuthMode::Header => vec![
                ("Authorization", format!("Token token={}", self.api_key)),
                ("X-Api-Version", self.api_version.as_str().to_owned()),
            ],
        };
        let query: Vec<String> = params
            .iter()
            .map(|(name, value)| format!("{}={}", encode_component(name), encode_component(value)))
            .collect();
        ApiRequest {
            url: format!("{}{path}?{}", self.api_base, query.join("&")),
            headers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ApiVersion;

    fn config(auth: AuthMode, version: &str) -> WidgetConfig {
        WidgetConfig {
            api_key: "k3y".into(),
            api_base: "https://api.teamtailor.com".into(),
            api_version: ApiVersion::parse(version).unwrap(),
            auth,
            departments: vec![],
            locations: vec![],
            language: None,
            route_param: "tt_job".into(),
            source: None,
            company_name: None,
            feed: None,
        }
    }

    #[test]
    fn query_mode_puts_key_and_version_in_the_url_and_sends_no_headers() {
        let request = config(AuthMode::Query, "20240904").jobs_request(&JobsQuery::page(2));
        assert_eq!(
            request.url,
            "https://api.teamtailor.com/v1/jobs?include=department%2Clocations%2Crole\
             &page%5Bsize%5D=30&page%5Bnumber%5D=2&api_key=k3y&api_version=20240904"
        );
        assert!(request.headers.is_empty());
    }

    #[test]
    fn header_mode_sends_token_and_version_headers() {
        let request = config(AuthMode::Header, "20240904").jobs_request(&JobsQuery::page(1));
        assert!(!request.url.contains("api_key"));
        assert_eq!(
            request.headers,
            vec![
                ("Authorization", "Token token=k3y".to_owned()),
                ("X-Api-Version", "20240904".to_owned()),
            ]
        );
    }

    #[test]
    fn legacy_version_includes_and_filters_the_single_location() {
        let mut query = JobsQuery::page(1);
        query.locations = vec!["4".into(), "5".into()];
        query.departments = vec!["9".into()];
        let request = config(AuthMode::Query, "20161108").jobs_request(&query);
        assert!(request
            .url
            .contains("include=department%2Clocation%2Crole&"));
        assert!(request.url.contains("&filter%5Bdepartment%5D=9&"));
        assert!(request.url.contains("&filter%5Blocation%5D=4%2C5&"));
    }

    #[test]
    fn current_version_filters_by_locations_and_role() {
        let mut query = JobsQuery::page(1);
        query.locations = vec!["4".into()];
        query.roles = vec!["7".into()];
        let request = config(AuthMode::Query, "20240904").jobs_request(&query);
        assert!(request
            .url
            .contains("&filter%5Blocations%5D=4&filter%5Brole%5D=7&"));
    }

    #[test]
    fn page_size_is_clamped_to_the_api_maximum() {
        let mut query = JobsQuery::page(0);
        query.page_size = 100;
        let request = config(AuthMode::Query, "20240904").jobs_request(&query);
        assert!(request
            .url
            .contains("page%5Bsize%5D=30&page%5Bnumber%5D=1&"));
    }

    #[test]
    fn job_request_encodes_the_id() {
        let request = config(AuthMode::Query, "20240904").job_request("12/../x");
        assert!(request
            .url
            .starts_with("https://api.teamtailor.com/v1/jobs/12%2F..%2Fx?include="));
    }
}
