//! One component per file.

mod board;
mod config_error;
mod error_view;
mod job_list;
mod job_row;
mod loading;

pub use board::Board;
pub use config_error::ConfigErrorView;
pub use error_view::ErrorView;
pub use job_list::JobList;
pub use job_row::JobRow;
pub use loading::Loading;
