//! The board's state: the catalog of jobs and how it is loaded, the route kept in the host
//! page's URL, the view that follows from both, and what the host page is told.

mod catalog;
mod host_events;
mod job_posting_head;
mod loader;
mod navigation;
mod route;
mod screen;

pub use catalog::Catalog;
pub use host_events::{announce_to_host, follow_document_title};
pub use job_posting_head::{follow_job_posting, provide_job_posting};
pub use loader::Loader;
pub use navigation::Navigator;
pub use route::{job_href_prefix, read_route, write_route, HistoryEntry, Route};
pub use screen::screen;

/// How many rows are added per "show more"; only rendered rows cost time per keystroke.
pub const PAGE_ROWS: usize = 30;
