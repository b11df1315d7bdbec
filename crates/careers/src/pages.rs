//! The static HTML pages of a snapshot site.

mod board_markup;
mod board_page;
mod dist_index;
mod job_page;
mod long_date;
mod native_words;
mod page_head;
mod render_marks;
mod start_tags;

pub use board_markup::{board_markup, job_page_markup, loader_template};
pub use board_page::board_page;
pub use dist_index::{splice_into_dist_index, SplicedParts};
pub use job_page::{job_page, JobPageContext};
pub use long_date::long_date;
pub use native_words::{job_count, plural_category, NATIVE_JOB_PAGE, NATIVE_PLATFORM};
pub use page_head::{meta_description, PageHead};

/// The stylesheet of the pages that carry no widget build: the widget's own (the page's and
/// the board's), so they look exactly like the board.
pub const STYLESHEET: &str = concat!(
    include_str!("../../../style/page.css"),
    "\n",
    include_str!("../../../style/board.css")
);
/// The stylesheet's file name at the site root.
pub const STYLESHEET_FILE: &str = "careers.css";
