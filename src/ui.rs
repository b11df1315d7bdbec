//! The board as the widget composes it from the view crate's components: the screens its
//! state decides, and the job pages in their wasm chunk.

mod board;
mod job_pages;

pub use board::Board;
pub use job_pages::{job_page_platform, JobPageKind, JobPages};
