//! The static HTML pages of a snapshot site.

mod board_list;
mod board_page;
mod count_text;
mod dist_index;
mod job_fact_list;
mod job_facts;
mod job_page;
mod long_date;
mod page_head;
mod start_tags;

pub use board_list::board_list;
pub use board_page::board_page;
pub use count_text::{job_count, plural_category};
pub use dist_index::{splice_into_dist_index, SplicedParts};
pub use job_fact_list::job_fact_list;
pub use job_facts::{employment_label, job_facts};
pub use job_page::{job_page, JobPageContext};
pub use long_date::long_date;
pub use page_head::{meta_description, PageHead};

/// The stylesheet every generated page links, scoped to `.careers-static` so it never
/// touches the widget once it mounts.
pub const STYLESHEET: &str = include_str!("careers.css");
/// The stylesheet's file name at the site root.
pub const STYLESHEET_FILE: &str = "careers.css";
