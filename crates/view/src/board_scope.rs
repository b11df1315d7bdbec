//! One board's place on its page as its components see it: its language and platform, the
//! prefix that keeps its ids apart from another board's, where its job links go, and who
//! hears what a reader does.

use leptos::prelude::{use_context, Callable, Callback};
use teamtailor_api::{encode_component, Language, Texts, DEFAULT_ROUTE_PARAM};

use crate::Platform;

/// Where a board's links to jobs, and back to the list, go.
#[derive(Clone, Copy)]
pub enum JobLinks {
    /// The page the board is on, with the job's id in the board's parameter (the widget).
    /// Both read the page's URL, so every other parameter and the filters are kept.
    ThisPage {
        /// The URL with the parameter last and its value left off: `prefix + id` is a job.
        job_prefix: fn(&str) -> String,
        /// The URL without the parameter: the list.
        list: fn(&str) -> String,
    },
    /// Each job's own static page (a snapshot site).
    StaticPages {
        /// A job's page from its id and title, relative to the board's page.
        job: fn(&str, &str) -> String,
        /// The board's page, relative to a job's page.
        list: &'static str,
    },
}

/// One board's identity, shared with its components through context. `Copy`, and one context
/// for all of it: every kind of context costs the wasm its own lookup code.
#[derive(Clone, Copy)]
pub struct BoardScope {
    /// The language of the board's words: its `lang`, and what the platform writes in it.
    pub language: Language,
    /// The board's words: `language`'s table, or a table of blanks for markup that others
    /// fill in (the loader's first rows).
    pub texts: &'static Texts,
    pub platform: Platform,
    /// Prefix of element ids: `tt` for the first board, `tt2`, `tt3`, … for the next.
    pub id_prefix: &'static str,
    /// Host-page query parameter of the open job.
    pub job_param: &'static str,
    pub links: JobLinks,
    /// False for a page that runs no script (a snapshot's job pages): what would open on a
    /// click, the application form, shows at once.
    pub interactive: bool,
    /// Told the job's id when a reader opens its application.
    pub on_apply_open: Option<Callback<String>>,
}

impl BoardScope {
    /// The scope of the board the calling component belongs to; the first board's ids and
    /// links to this page outside a board (component tests).
    pub fn current() -> Self {
        use_context::<Self>().unwrap_or(Self {
            language: Language::En,
            texts: Language::En.texts(),
            platform: Platform::PLAIN,
            id_prefix: "tt",
            job_param: DEFAULT_ROUTE_PARAM,
            links: JobLinks::ThisPage {
                job_prefix: |param| format!("?{param}="),
                list: |_| "?".to_owned(),
            },
            interactive: true,
            on_apply_open: None,
        })
    }

    /// An element id unique to this board: `tt-search-input`, `tt2-search-input`, ….
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.id_prefix)
    }

    /// The link to the list, from a job's page.
    pub fn list_href(&self) -> String {
        match self.links {
            JobLinks::ThisPage { list, .. } => list(self.job_param),
            JobLinks::StaticPages { list, .. } => list.to_owned(),
        }
    }

    /// The link to the job with `id` (and `title`, once its data is in); `prefix` is the
    /// page's [`JobLinks::ThisPage`] prefix, read once per list rather than once per row.
    pub fn job_href(&self, prefix: &str, id: &str, title: Option<&str>) -> String {
        match (self.links, title) {
            (JobLinks::StaticPages { job: page, .. }, Some(title)) => page(id, title),
            _ => format!("{prefix}{}", encode_component(id)),
        }
    }

    /// The prefix [`BoardScope::job_href`] takes, as the page's URL reads now.
    pub fn job_prefix(&self) -> String {
        match self.links {
            JobLinks::ThisPage { job_prefix, .. } => job_prefix(self.job_param),
            JobLinks::StaticPages { .. } => String::new(),
        }
    }

    /// Tells the board's host that a reader opened the application of job `id`.
    pub fn apply_opened(&self, id: &str) {
        if let Some(callback) = self.on_apply_open {
            callback.run(id.to_owned());
        }
    }
}
