//! The board: loads the jobs (cache first, then the network), keeps the route in the URL and
//! switches between the list and a job page.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use teamtailor_api::{merge_pages, ApiError, Job, JobFilters, SearchIndex, WidgetConfig};
use wasm_bindgen::JsValue;

use crate::board_host::BoardHost;
use crate::client::{fetch_job_pages, parse_pages};
use crate::i18n::Language;
use crate::job_cache;
use crate::state::{read_route, write_route, HistoryEntry, Route};
use crate::ui::{ErrorView, JobPage, ListView, Loading, NotFound, PAGE_ROWS};

/// The jobs with their search index, built once per load.
#[derive(Clone)]
struct Catalog {
    jobs: Arc<[Job]>,
    index: Arc<SearchIndex>,
    /// False while only the first page is in: more jobs are on their way.
    complete: bool,
}

impl Catalog {
    fn new(jobs: Vec<Job>, complete: bool) -> Self {
        let index = Arc::new(SearchIndex::new(&jobs));
        Self {
            jobs: jobs.into(),
            index,
            complete,
        }
    }
}

#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Catalog),
    Failed(ApiError),
}

/// The whole job board for one configuration.
#[component]
pub fn Board(config: WidgetConfig, host: BoardHost) -> impl IntoView {
    provide_context(host.clone());
    let language = Language::detect(config.language.as_deref());
    provide_context(language);
    let t = language.texts();
    let route = RwSignal::new(read_route(&host));
    let state = RwSignal::new(LoadState::Loading);
    let shown = RwSignal::new(PAGE_ROWS);
    let list_scroll = StoredValue::new(None::<f64>);
    let config = StoredValue::new(config);

    let load = move || {
        let admitted = move |jobs: Vec<Job>| -> Vec<Job> {
            let config = config.get_value();
            jobs.into_iter().filter(|job| config.admits(job)).collect()
        };
        let cached = job_cache::read(&config.get_value())
            .and_then(|bodies| parse_pages(&bodies).ok())
            .map(|pages| admitted(merge_pages(pages)));
        let painted_from_cache = cached.clone();
        match cached {
            Some(jobs) => state.set(LoadState::Ready(Catalog::new(jobs, true))),
            None => state.set(LoadState::Loading),
        }
        spawn_local(async move {
            let config = config.get_value();
            let show_first_page = |page| {
                if painted_from_cache.is_none() {
                    let jobs = admitted(merge_pages([page]));
                    state.set(LoadState::Ready(Catalog::new(jobs, false)));
                }
            };
            let fresh = match fetch_job_pages(&config, show_first_page).await {
                Ok(bodies) => {
                    parse_pages(&bodies).map(|pages| (bodies, admitted(merge_pages(pages))))
                }
                Err(error) => Err(error),
            };
            match fresh {
                Ok((bodies, jobs)) => {
                    job_cache::write(&config, &bodies);
                    if painted_from_cache.as_ref() != Some(&jobs) {
                        state.set(LoadState::Ready(Catalog::new(jobs, true)));
                    }
                }
                Err(error) => {
                    leptos::logging::error!("[teamtailor] loading jobs failed: {error}");
                    // Jobs painted from the cache stay; they beat an error message.
                    if painted_from_cache.is_none() {
                        state.set(LoadState::Failed(error));
                    }
                }
            }
        });
    };
    load();

    let navigate = {
        let host = host.clone();
        move |next: Route, entry: HistoryEntry| {
            write_route(&next, &host, entry);
            route.set(next);
        }
    };
    let popstate = window_event_listener(ev::popstate, {
        let host = host.clone();
        move |_| route.set(read_route(&host))
    });
    on_cleanup(move || popstate.remove());

    let on_open = Callback::new({
        let navigate = navigate.clone();
        let host = host.clone();
        move |id: String| {
            list_scroll.set_value(window().scroll_y().ok());
            let filters = route.with_untracked(|route| route.filters.clone());
            navigate(
                Route {
                    job: Some(id),
                    filters,
                },
                HistoryEntry::Push,
            );
            host.scroll_to_top();
        }
    });
    let on_back = Callback::new({
        let navigate = navigate.clone();
        move |()| {
            let filters = route.with_untracked(|route| route.filters.clone());
            navigate(Route { job: None, filters }, HistoryEntry::Push);
        }
    });
    let on_filters = Callback::new(move |(filters, push): (JobFilters, bool)| {
        shown.set(PAGE_ROWS);
        let entry = if push {
            HistoryEntry::Push
        } else {
            HistoryEntry::Replace
        };
        navigate(Route { job: None, filters }, entry);
    });
    let filters = Signal::derive(move || route.with(|route| route.filters.clone()));
    let open_job = Memo::new(move |_| route.with(|route| route.job.clone()));
    let heading_id = host.id("board-heading");

    if !host.embedded {
        follow_document_title(open_job, state);
    }
    restore_list_position(open_job, list_scroll, host.clone());
    announce_to_host(open_job, state, host);

    view! {
        <section class="tt-board" lang=language.code()>
            {move || match (open_job.get(), state.get()) {
                (_, LoadState::Loading) => view! { <Loading /> }.into_any(),
                (_, LoadState::Failed(error)) => {
                    view! { <ErrorView error on_retry=Callback::new(move |()| load()) /> }
                        .into_any()
                }
                (Some(id), LoadState::Ready(catalog)) => {
                    match catalog.jobs.iter().find(|job| job.id == id) {
                        Some(job) => view! { <JobPage job=job.clone() on_back /> }.into_any(),
                        // The job may be on a page that has not arrived yet.
                        None if !catalog.complete => view! { <Loading /> }.into_any(),
                        None => view! { <NotFound on_back /> }.into_any(),
                    }
                }
                (None, LoadState::Ready(catalog)) => {
                    let Catalog { jobs, index, complete } = catalog;
                    if jobs.is_empty() {
                        view! { <p class="tt-empty">{t.no_jobs}</p> }.into_any()
                    } else {
                        view! {
                            <h1 id=heading_id.clone() class="tt-heading" tabindex="-1">
                                {t.jobs_heading}
                            </h1>
                            <ListView jobs index complete filters shown on_filters on_open />
                        }
                            .into_any()
                    }
                }
            }}
        </section>
    }
}

/// Keeps `document.title` on the view: the job's title on a job page, the page's own
/// title on the list.
fn follow_document_title(open_job: Memo<Option<String>>, state: RwSignal<LoadState>) {
    let original = document().title();
    Effect::new(move |_| {
        let job_title = open_job.get().and_then(|id| {
            state.with(|state| match state {
                LoadState::Ready(catalog) => catalog
                    .jobs
                    .iter()
                    .find(|job| job.id == id)
                    .map(|job| job.title.clone()),
                _ => None,
            })
        });
        document().set_title(&match job_title {
            Some(title) => format!("{title} – {original}"),
            None => original.clone(),
        });
    });
}

/// Back on the list, scrolls to where the reader was and focuses the job they had opened.
fn restore_list_position(
    open_job: Memo<Option<String>>,
    list_scroll: StoredValue<Option<f64>>,
    host: BoardHost,
) {
    Effect::new(move |previous: Option<Option<String>>| {
        let current = open_job.get();
        if let (Some(Some(left)), None) = (&previous, &current) {
            let left = left.clone();
            let scroll = list_scroll.get_value();
            let host = host.clone();
            request_animation_frame(move || {
                if let Some(y) = scroll {
                    window().scroll_to_with_x_and_y(0.0, y);
                }
                let selector = format!("[data-job-id=\"{}\"] .tt-job-title", css_escape(&left));
                if let Some(link) = host.query(&selector) {
                    use wasm_bindgen::JsCast;
                    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
                        let _ = link.focus();
                    }
                }
            });
        }
        current
    });
}

/// Ids are digits in practice; anything else is dropped rather than escaped.
fn css_escape(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// Tells the host page what happens, for its analytics: `teamtailor:ready` once jobs first
/// show, `teamtailor:job-open` whenever a job page shows, `teamtailor:error` on a failed load.
fn announce_to_host(open_job: Memo<Option<String>>, state: RwSignal<LoadState>, host: BoardHost) {
    let ready_sent = StoredValue::new(false);
    let events = host.clone();
    Effect::new(move |_| {
        state.with(|state| match state {
            LoadState::Ready(_) if !ready_sent.get_value() => {
                ready_sent.set_value(true);
                events.emit("ready", &[]);
            }
            LoadState::Failed(error) => {
                let status = error.status().map_or(JsValue::NULL, JsValue::from);
                events.emit(
                    "error",
                    &[("kind", error.kind().into()), ("status", status)],
                );
            }
            _ => {}
        })
    });
    Effect::new(move |_| {
        let shown = open_job.get().filter(|id| {
            state.with(|state| {
                matches!(state, LoadState::Ready(catalog) if catalog.jobs.iter().any(|job| &job.id == id))
            })
        });
        if let Some(id) = shown {
            host.emit("job-open", &[("id", id.into())]);
        }
    });
}
