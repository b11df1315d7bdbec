//! The board's state: how its catalog of jobs is loaded, the route kept in the host page's
//! URL, the view that follows from both, and what the host page is told.

mod host_events;
mod job_posting_head;
mod loader;
mod navigation;
mod route;
mod screen;
mod takeover;

pub use careers_view::{Catalog, PAGE_ROWS};
pub use host_events::{announce_to_host, follow_document_title};
pub use job_posting_head::{follow_job_posting, PostingSettings};
pub use loader::Loader;
pub use navigation::Navigator;
pub use route::{job_href_prefix, list_href, read_route, write_route, HistoryEntry, Route};
pub use screen::screen;
pub use takeover::take_over_first_rows;
