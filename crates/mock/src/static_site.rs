//! Serves the built board from `dist/`: the key-injected index page and cache-aware static files;
//! and, for the demo, a snapshot folder.

mod cache_policy;
mod index_page;
mod snapshot_folder;

pub use cache_policy::is_content_hashed;
pub(crate) use cache_policy::static_files;
pub(crate) use index_page::index_page;
pub(crate) use snapshot_folder::snapshot_files;
pub use snapshot_folder::SNAPSHOT_PATH;
