//! The board: composes the views. What it shows follows from the state (`crate::state`):
//! loading, revalidation and host events live there, so data arriving changes values inside
//! the view that shows, never the view itself.

use careers_view::ui::{BoardFrame, ErrorView, ListView, Loading, NotFound};
use leptos::prelude::*;
use teamtailor_api::{Provider, Screen, WidgetConfig};

use crate::board_host::BoardHost;
use crate::client::company_feed;
use crate::i18n;
use crate::state::{
    announce_to_host, follow_document_title, screen, take_over_first_rows, Catalog, Loader,
    Navigator, PostingSettings,
};
use crate::ui::{JobPageKind, JobPages};

/// The whole job board for one configuration.
#[component]
pub fn Board(config: WidgetConfig, host: BoardHost) -> impl IntoView {
    let language = i18n::detect_language(config.language.as_deref());
    provide_context(host.scope(language));
    let can_look_up = config.source.is_none();
    let source = company_feed(&config).map_or(Provider::Teamtailor, |feed| feed.provider);
    let company_name = config.company_name.clone();
    let navigator = Navigator::new(host.clone());
    let open_job = navigator.open_job();
    let catalog = Catalog::new();
    let loader = Loader::start(config, host.clone(), catalog, open_job);
    let screen = screen(open_job, catalog, can_look_up);
    if !host.embedded {
        follow_document_title(screen, catalog);
    }
    let posting = PostingSettings::new(company_name, !can_look_up, &host);
    let job_pages = JobPages::load();
    announce_to_host(screen, host.clone());
    // The board's first list is drawn in slices (a phone does no long task); the board
    // drawn before the wasm stays until it is complete.
    let first_list_drawn = RwSignal::new(false);
    let on_drawn = Callback::new(move |()| first_list_drawn.set(true));
    Effect::new(move |_| {
        let ready = match screen.get() {
            Screen::Loading => false,
            Screen::List => first_list_drawn.get(),
            _ => true,
        };
        if ready {
            take_over_first_rows(&host);
        }
    });
    let on_back = Callback::new(move |()| navigator.back());
    let on_retry = Callback::new(move |()| loader.reload());
    let controls = navigator.list_controls();
    let on_open = controls.open;

    view! {
        <BoardFrame language>
            {move || match screen.get() {
                Screen::Loading => view! { <Loading /> }.into_any(),
                Screen::Failed(error) => view! { <ErrorView error on_retry source /> }.into_any(),
                Screen::List => {
                    // Only the first list: coming back from a job, the reader's place is
                    // restored at once.
                    let on_drawn = (!first_list_drawn.get_untracked()).then_some(on_drawn);
                    view! { <ListView catalog controls on_drawn /> }.into_any()
                }
                Screen::Job(id) => {
                    let job = catalog.job(id);
                    job_pages.show(JobPageKind::Open { job, on_back, posting }).into_any()
                }
                Screen::ClosedJob(id) => {
                    let job = catalog.job(id);
                    let page = JobPageKind::Closed { job, catalog, on_back, on_open };
                    job_pages.show(page).into_any()
                }
                Screen::Missing => view! { <NotFound on_back /> }.into_any(),
            }}
        </BoardFrame>
    }
}
