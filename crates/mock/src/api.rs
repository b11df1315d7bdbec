//! The Teamtailor JSON:API double under `/v1`.

mod access;
mod admin_endpoints;
mod api_context;
mod api_error;
mod cors;
mod credentials;
mod included;
mod job_selection;
mod jobs_endpoint;
mod pagination;
mod query_params;
mod rate_limit;
mod resource_objects;
mod routes;
mod taxonomy_endpoints;
mod wire;

pub use access::{
    ApiVersion, KeyScope, DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY,
    SUPPORTED_API_VERSIONS,
};
pub use api_error::{ApiError, JSON_API};
pub(crate) use job_selection::JobSelection;
pub use pagination::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
pub use query_params::QueryParams;
pub(crate) use rate_limit::RateLimiter;
pub(crate) use routes::api_router;
