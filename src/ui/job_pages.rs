//! The job pages, open and closed, with all they bring: the apply form and its resizing, the
//! description's sanitizer, the live `JobPosting`. Built with the `split` feature they are a
//! wasm chunk of their own (scripts/split-wasm.sh cuts it out), which the board starts
//! loading as it mounts: the list's first view does not download them, and by the time a
//! reader opens a job they are in.

use careers_view::ui::{ClosedJobPage, ErrorView, JobPage, Loading};
use careers_view::{BodyRendering, Catalog, JobPagePlatform};
use leptos::prelude::*;
use teamtailor_api::{ApiError, Job};

use crate::state::{follow_job_posting, PostingSettings};
use crate::{i18n, sanitize};

/// Dates from `Intl`, and bodies built as nodes by the DOMParser sanitizer.
pub fn job_page_platform() -> JobPagePlatform {
    JobPagePlatform {
        format_date: i18n::format_date,
        body: BodyRendering::Nodes(sanitize::fill_body),
    }
}

/// The job page a screen shows.
#[derive(Clone, Copy)]
pub enum JobPageKind {
    Open {
        job: Memo<Option<Job>>,
        on_back: Callback<()>,
        posting: PostingSettings,
    },
    Closed {
        job: Memo<Option<Job>>,
        catalog: Catalog,
        on_back: Callback<()>,
        on_open: Callback<String>,
    },
}

#[derive(Clone, Copy, PartialEq)]
enum Code {
    Loading,
    Loaded,
    Failed,
}

/// Whether the job pages' code is in.
#[derive(Clone, Copy)]
pub struct JobPages {
    code: RwSignal<Code>,
}

impl JobPages {
    /// Starts loading the job pages' code (at once in place when the build has no chunks).
    pub fn load() -> Self {
        let split = cfg!(feature = "split");
        let pages = Self {
            code: RwSignal::new(if split { Code::Loading } else { Code::Loaded }),
        };
        if split {
            pages.fetch();
        }
        pages
    }

    fn fetch(self) {
        leptos::task::spawn_local(async move {
            self.code.set(Code::Loading);
            let loaded = load_job_pages().await.is_ok();
            self.code
                .set(if loaded { Code::Loaded } else { Code::Failed });
        });
    }

    /// `page` once its code is in: the loading state until then, and an error that offers a
    /// retry when it could not be loaded (offline, a deploy that replaced the files).
    pub fn show(self, page: JobPageKind) -> impl IntoView {
        let on_retry = Callback::new(move |()| self.fetch());
        move || match self.code.get() {
            Code::Loaded => render(page),
            Code::Loading => view! { <Loading /> }.into_any(),
            Code::Failed => {
                let error = ApiError::Network("the job page's code did not load".to_owned());
                view! { <ErrorView error on_retry /> }.into_any()
            }
        }
    }
}

/// Renders `page` now that the chunk is in: its loader is then ready on the first poll.
#[cfg(feature = "split")]
fn render(page: JobPageKind) -> AnyView {
    futures::FutureExt::now_or_never(job_page(page))
        .and_then(Result::ok)
        .unwrap_or_else(|| view! { <Loading /> }.into_any())
}

#[cfg(not(feature = "split"))]
fn render(page: JobPageKind) -> AnyView {
    job_page_view(page)
}

/// Nothing to load: without the `split` feature the job pages are in the main wasm.
#[cfg(not(feature = "split"))]
async fn load_job_pages() -> Result<(), std::convert::Infallible> {
    Ok(())
}

/// The split point: everything only this reaches goes into the `job_pages` chunk.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(job_pages, preload(load_job_pages), fallible)]
fn job_page(page: JobPageKind) -> Result<AnyView, wasm_split_helpers::SplitLoaderError> {
    Ok(job_page_view(page))
}

/// The page, with what only job pages need of the browser: made here, inside the chunk, so
/// the main wasm links none of it.
fn job_page_view(page: JobPageKind) -> AnyView {
    match page {
        JobPageKind::Open {
            job,
            on_back,
            posting,
        } => {
            follow_job_posting(job, posting);
            let platform = job_page_platform();
            view! { <JobPage job on_back platform /> }.into_any()
        }
        JobPageKind::Closed {
            job,
            catalog,
            on_back,
            on_open,
        } => view! { <ClosedJobPage job catalog on_back on_open /> }.into_any(),
    }
}
