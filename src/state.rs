//! State a user can share: the open job and the filters, kept in the host page's URL.

mod route;

pub use route::{job_href_prefix, read_route, write_route, HistoryEntry, Route};
