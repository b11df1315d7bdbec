//! The board: loads every job once, then shows the list, the loading state or the error.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use teamtailor_api::{ApiError, Job, WidgetConfig};

use crate::client::fetch_all_jobs;
use crate::i18n;
use crate::ui::{ErrorView, JobList, Loading};

/// Where the board is in loading its jobs.
#[derive(Clone, Debug, PartialEq)]
enum LoadState {
    Loading,
    Loaded(Arc<[Job]>),
    Failed(ApiError),
}

/// The whole job board for one configuration.
#[component]
pub fn Board(config: WidgetConfig) -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    let config = StoredValue::new(config);
    let load = move || {
        state.set(LoadState::Loading);
        spawn_local(async move {
            let result = fetch_all_jobs(&config.get_value()).await;
            state.set(match result {
                Ok(jobs) => LoadState::Loaded(jobs.into()),
                Err(error) => {
                    leptos::logging::error!("[teamtailor] loading jobs failed: {error}");
                    LoadState::Failed(error)
                }
            });
        });
    };
    load();

    view! {
        <section class="tt-board" aria-labelledby="tt-board-heading">
            <h1 id="tt-board-heading" class="tt-heading">{i18n::JOBS_HEADING}</h1>
            {move || match state.get() {
                LoadState::Loading => view! { <Loading /> }.into_any(),
                LoadState::Loaded(jobs) => view! { <JobList jobs /> }.into_any(),
                LoadState::Failed(error) => {
                    view! { <ErrorView error on_retry=Callback::new(move |()| load()) /> }
                        .into_any()
                }
            }}
        </section>
    }
}
