//! Teamtailor API model for the careers widget, the mock and the tests.
//!
//! Pure Rust with no wasm dependencies: the JSON:API wire types, the typed job model
//! they resolve into, query building, widget configuration and the error type. Everything
//! here is tested natively with `cargo test -p teamtailor-api`.

mod config;
mod document;
mod error;
mod lenient;
mod model;
mod query;
mod resolve;
mod url_encode;

pub use config::{ApiVersion, AuthMode, ConfigError, WidgetConfig, DEFAULT_API_BASE};
pub use document::{
    Document, ErrorObject, Identifier, JobAttributes, JobLinks, JobsDocument, PageLinks, PageMeta,
    RelatedResource, Relationship, RelationshipData, Resource,
};
pub use error::ApiError;
pub use model::{
    sort_like_teamtailor, Department, Job, Location, Picture, RemoteStatus, Role, Salary,
};
pub use query::{ApiRequest, JobsQuery, MAX_PAGE_SIZE};
pub use resolve::{parse_jobs_page, JobsPage};
pub use url_encode::encode_component;
