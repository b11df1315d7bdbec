//! Serves the built board from `dist/`: the key-injected index page and cache-aware static files.

mod cache_policy;
mod index_page;

pub use cache_policy::is_content_hashed;
pub(crate) use cache_policy::static_files;
pub(crate) use index_page::index_page;
