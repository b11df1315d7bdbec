//! Pages that only `make bench` (tests/bench/first-title.mjs) loads: the static baseline the
//! board's first job title is compared with, and a bare host page for the script-tag embed.
//! Both share one bare frame, so the cases differ only in how the jobs reach the page.

mod bare_page;
mod embed_host;
mod static_jobs;

pub(crate) use embed_host::embed_host_page;
pub(crate) use static_jobs::static_jobs_page;

/// Path of the static baseline on the main port (API, board and `dist/`).
pub const STATIC_JOBS_PATH: &str = "/__bench/static-jobs";
/// Path of the embed's host page on the company-site port (another origin, as on a customer site).
pub const EMBED_HOST_PATH: &str = "/__bench/embed";
