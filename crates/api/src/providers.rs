//! Job sources besides Teamtailor: each provider's wire format read into the board's one
//! [`Job`](crate::Job) model, and the requests that fetch it. Adding a provider is one module
//! here plus its tests.

mod feed_dates;
mod feed_fields;
mod feed_source;
mod language_copies;
mod provider;
mod recruitee;
mod smartrecruiters;

pub use feed_source::{FeedSource, SMARTRECRUITERS_API_BASE, SMARTRECRUITERS_PAGE_LIMIT};
pub use language_copies::{copies_per_job, keep_one_copy_per_job};
pub use provider::Provider;
#[cfg(feature = "serde_json")]
pub use recruitee::parse_recruitee_offers;
pub use recruitee::{decode_recruitee_offer, decode_recruitee_offers};
pub use smartrecruiters::{
    decode_smartrecruiters_page, decode_smartrecruiters_posting, with_posting_detail, Posting,
    PostingsPage,
};
#[cfg(feature = "serde_json")]
pub use smartrecruiters::{parse_smartrecruiters_page, parse_smartrecruiters_posting};
