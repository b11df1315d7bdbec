//! One component per file.

mod apply_frame;
mod apply_section;
mod back_link;
mod board_frame;
mod closed_job_page;
mod config_error;
mod error_view;
mod facet_select;
mod job_body;
mod job_facts;
mod job_heading;
mod job_list;
mod job_page;
mod job_row;
mod list_view;
mod loading;
mod not_found;
mod search_box;

pub use apply_frame::ApplyFrame;
pub use apply_section::ApplySection;
pub use back_link::BackLink;
pub use board_frame::BoardFrame;
pub use closed_job_page::ClosedJobPage;
pub use config_error::ConfigErrorView;
pub use error_view::ErrorView;
pub use facet_select::FacetSelect;
pub use job_body::JobBody;
pub use job_facts::JobFacts;
pub use job_heading::{job_heading_id, JobHeading};
pub use job_list::JobList;
pub use job_page::{JobPage, JobPicture};
pub use job_row::JobRow;
pub use list_view::{ListControls, ListView};
pub use loading::Loading;
pub use not_found::NotFound;
pub use search_box::SearchBox;
