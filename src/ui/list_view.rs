//! The list view: search, facets, result count, the matching jobs and "show more".
//! Filtering and search run in the browser over the jobs already loaded: no request.

use std::sync::Arc;

use leptos::prelude::*;
use teamtailor_api::{facet_counts, FacetCounts, FacetOption, Job, JobFilters, SearchIndex};

use crate::board_host::BoardHost;
use crate::i18n::{self, Texts};
use crate::ui::{FacetSelect, JobList, SearchBox};

/// How many rows are added per "show more"; only rendered rows cost time per keystroke.
pub const PAGE_ROWS: usize = 30;

/// The filterable list. `filters` and `shown` live in the board so they survive a visit to
/// a job page; `on_filters` records a change (and its URL), `on_open` opens a job.
#[component]
pub fn ListView(
    jobs: Arc<[Job]>,
    index: Arc<SearchIndex>,
    /// False while only the first page is loaded.
    complete: bool,
    filters: Signal<JobFilters>,
    shown: RwSignal<usize>,
    on_filters: Callback<(JobFilters, bool)>,
    on_open: Callback<String>,
) -> impl IntoView {
    let t = i18n::use_texts();
    let matching = Memo::new({
        let (jobs, index) = (jobs.clone(), index.clone());
        move |_| filters.with(|filters| filters.apply(&jobs, &index))
    });
    let facets = Memo::new({
        let (jobs, index) = (jobs.clone(), index.clone());
        move |_| filters.with(|filters| facet_counts(&jobs, filters, &index))
    });
    let rows = Memo::new({
        let jobs = jobs.clone();
        move |_| {
            matching.with(|positions| {
                positions
                    .iter()
                    .take(shown.get())
                    .map(|&at| jobs[at].clone())
                    .collect::<Vec<_>>()
            })
        }
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let clear = move || on_filters.run((JobFilters::default(), true));
    let host = BoardHost::current();
    let facet = |id: String,
                 label: &'static str,
                 pick: fn(&FacetCounts) -> &Vec<FacetOption>,
                 field: fn(&mut JobFilters) -> &mut Vec<String>,
                 option_label: fn(&Texts, &FacetOption) -> String| {
        let options = Signal::derive(move || facets.with(|counts| pick(counts).clone()));
        let selected = Signal::derive(move || {
            filters.with(|filters| field(&mut filters.clone()).first().cloned())
        });
        let on_change = Callback::new(move |choice: Option<String>| {
            let mut next = filters.get_untracked();
            *field(&mut next) = choice.into_iter().collect();
            on_filters.run((next, true));
        });
        let visible = move || options.with(|options| options.len() > 1) || selected.get().is_some();
        view! {
            <Show when=visible>
                <FacetSelect id=id.clone() label options selected on_change option_label />
            </Show>
        }
    };

    view! {
        <div class="tt-controls" role="search">
            <SearchBox
                query=Signal::derive(move || filters.with(|filters| filters.query.clone()))
                on_input=Callback::new(move |text: String| {
                    let mut next = filters.get_untracked();
                    next.query = text;
                    on_filters.run((next, false));
                })
            />
            <div class="tt-facets">
                {facet(host.id("facet-department"), t.department, |c| &c.departments, |f| &mut f.departments, |_, o| o.label.clone())}
                {facet(host.id("facet-location"), t.location, |c| &c.locations, |f| &mut f.locations, |_, o| o.label.clone())}
                {facet(host.id("facet-role"), t.role, |c| &c.roles, |f| &mut f.roles, |_, o| o.label.clone())}
                {facet(host.id("facet-remote"), t.remote, |c| &c.remote, |f| &mut f.remote, |t, o| t.remote_wire_label(&o.id))}
                {facet(host.id("facet-language"), t.language, |c| &c.languages, |f| &mut f.languages, |_, o| i18n::language_name(&o.id))}
            </div>
        </div>
        <div class="tt-result-bar">
            <p class="tt-result-count" role="status">
                {move || t.job_count(total.get())}
                {(!complete).then(|| view! { <span class="tt-loading-more">{t.loading_more}</span> })}
            </p>
            <Show when=move || !filters.with(JobFilters::is_empty)>
                <button type="button" class="tt-link-button tt-clear" on:click=move |_| clear()>
                    {t.clear_filters}
                </button>
            </Show>
        </div>
        <Show
            when=move || { total.get() > 0 }
            fallback=move || {
                view! {
                    <div class="tt-empty">
                        <p>{t.no_matches}</p>
                        <Show when=move || !filters.with(JobFilters::is_empty)>
                            <button type="button" class="tt-button" on:click=move |_| clear()>
                                {t.clear_filters}
                            </button>
                        </Show>
                    </div>
                }
            }
        >
            <JobList rows on_open />
            <Show when=move || { total.get() > shown.get() }>
                <button
                    type="button"
                    class="tt-button tt-show-more"
                    on:click=move |_| shown.update(|count| *count += PAGE_ROWS)
                >
                    {move || t.show_more(total.get().saturating_sub(shown.get()).min(PAGE_ROWS))}
                </button>
            </Show>
        </Show>
    }
}
