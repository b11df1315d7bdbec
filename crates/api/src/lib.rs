//! Teamtailor API model for the careers widget, the mock and the tests, and the
//! Recruitee and SmartRecruiters feeds read into the same model (`providers`).
//!
//! Pure Rust with no wasm dependencies: the JSON:API wire types, the typed job model
//! they resolve into, query building, widget configuration and the error type. Everything
//! here is tested natively with `cargo test -p teamtailor-api`.
//!
//! Decoders walk a [`JsonNode`]; the default `serde_json` feature provides one natively and
//! the `parse_*` helpers that take JSON text. The widget turns the feature off and walks the
//! browser's own parsed JSON instead. The `country-names` feature (the `careers` CLI's, never
//! the widget's) adds a country-name table so JobPosting can publish ISO codes.

mod apply_frame;
mod board_snapshot;
mod board_state;
mod body_validity;
mod cache_policy;
mod config;
#[cfg(feature = "country-names")]
mod country_codes;
mod document;
mod embed_options;
mod employment_type;
mod error;
mod facet_counts;
mod filters;
mod html_text;
mod job_json;
mod job_posting;
mod json_node;
mod json_writer;
mod lenient;
mod model;
mod pay;
mod providers;
mod query;
mod resize_message;
mod resolve;
mod retry_policy;
mod sanitize_rules;
mod search;
pub mod sort_order;
mod str_search;
mod text_fold;
mod ui_text;
mod url_encode;
mod url_policy;

pub use apply_frame::{apply_frame_src_allowed, origin_of, DEFAULT_APPLY_HEIGHT};
#[cfg(feature = "serde_json")]
pub use board_snapshot::parse_snapshot;
pub use board_snapshot::{decode_source, BoardSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION};
pub use board_state::{decide_screen, similar_open_jobs, Lookup, OpenJob, Phase, Screen};
pub use body_validity::{added_attributes, default_attributes, kept_element_rule};
pub use cache_policy::{
    cache_key, evicted_by_write, is_fresh, stored_generated_at, CACHE_KEY_FAMILY, CACHE_KEY_PREFIX,
    CACHE_MAX_AGE_MS,
};
pub use config::{
    ApiVersion, AuthMode, ConfigError, WidgetConfig, DEFAULT_API_BASE, DEFAULT_ROUTE_PARAM,
};
#[cfg(feature = "country-names")]
pub use country_codes::country_code_for_name;
pub use document::{
    Document, ErrorObject, Identifier, JobAttributes, JobLinks, JobsDocument, PageLinks, PageMeta,
    PictureVariants, PictureWire, RelatedResource, Relationship, RelationshipData, Resource,
};
pub use embed_options::{EmbedOptions, ShadowMode};
pub use error::ApiError;
pub use facet_counts::{facet_counts, FacetCounts, FacetOption};
pub use filters::{Facet, JobFilters, FILTER_PARAM_NAMES, PAY_PUBLISHED};
pub use html_text::html_to_text;
pub use job_posting::{
    embeds_apply_form, job_posting_json, posting_gap, PostingContext, PostingGap,
};
pub use json_node::JsonNode;
pub use json_writer::{script_escape, write_array, write_number, write_string, ObjectWriter};
pub use model::{
    board_order, sort_like_teamtailor, Department, Job, Location, Picture, RemoteStatus, Role,
};
pub use pay::{PayPeriod, Salary};
pub use providers::{
    copies_per_job, decode_recruitee_offer, decode_recruitee_offers, decode_smartrecruiters_page,
    decode_smartrecruiters_posting, keep_one_copy_per_job, with_posting_detail, FeedSource,
    Posting, PostingsPage, Provider, SMARTRECRUITERS_API_BASE, SMARTRECRUITERS_PAGE_LIMIT,
};
#[cfg(feature = "serde_json")]
pub use providers::{
    parse_recruitee_offers, parse_smartrecruiters_page, parse_smartrecruiters_posting,
};
pub use query::{ApiRequest, JobsQuery, MAX_PAGE_SIZE};
pub use resize_message::{resize_height, MAX_APPLY_HEIGHT, MIN_APPLY_HEIGHT};
pub use resolve::{decode_job, decode_jobs_page, merge_pages, parse_json, JobsPage};
#[cfg(feature = "serde_json")]
pub use resolve::{parse_job, parse_jobs_page};
pub use retry_policy::{retry_delay_ms, MAX_RETRIES};
pub use sanitize_rules::{
    allowed_attribute, allowed_tag, link_extra_attributes, TagRule, DROPPED_TAGS, KEPT_ATTRIBUTES,
    KEPT_TAGS,
};
pub use search::{PreparedQuery, SearchIndex};
pub use text_fold::{fold, fold_with, words, LowerCase};
pub use ui_text::{decode_text_pack, text_pack_json, Language, PluralCategory, PluralText, Texts};
pub use url_encode::encode_component;
pub use url_policy::{checked_url, safe_picture, safe_url, UrlUse, OUTBOUND_LINK_REL};
