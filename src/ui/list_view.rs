//! The list view: search, facets, result count, the matching jobs and "show more".
//! Filtering and search run in the browser over the jobs already loaded: no request. The
//! controls are created once; arriving jobs change their options and the rows in place.

use leptos::prelude::*;
use teamtailor_api::{facet_counts, Facet, FacetOption, JobFilters, Phase};

use crate::board_host::BoardHost;
use crate::i18n::{self, Language, Texts};
use crate::state::{Catalog, Navigator, PAGE_ROWS};
use crate::ui::{FacetSelect, JobList, SearchBox};

/// The filterable list of `catalog`'s jobs; filters and rows shown live in `navigator`.
#[component]
pub fn ListView(catalog: Catalog, navigator: Navigator) -> impl IntoView {
    let language = i18n::use_language();
    let t = language.texts();
    let listing = catalog.listing();
    let filters = navigator.filters();
    let shown = navigator.shown_rows();
    let matching = Memo::new(move |_| {
        listing.with(|listing| filters.with(|filters| filters.apply(&listing.jobs, &listing.index)))
    });
    let facets = Memo::new(move |_| {
        listing.with(|listing| {
            filters.with(|filters| facet_counts(&listing.jobs, filters, &listing.index))
        })
    });
    // The ids of the rows on screen: the list diffs ids, and each row follows its own job.
    let rows = Memo::new(move |_| {
        listing.with(|listing| {
            matching.with(|positions| {
                positions
                    .iter()
                    .take(shown.get())
                    .map(|&at| listing.jobs[at].id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let loading_more =
        Signal::derive(move || catalog.phase().with(|phase| *phase == Phase::Partial));
    let has_jobs = Signal::derive(move || listing.with(|listing| !listing.jobs.is_empty()));
    let clear = move || navigator.set_filters(JobFilters::default(), true);
    let facet = move |facet: Facet| {
        let options = Signal::derive(move || facets.with(|counts| counts.options(facet).to_vec()));
        let selected = Signal::derive(move || {
            filters.with(|filters| filters.selection(facet).first().cloned())
        });
        let on_change = Callback::new(move |choice: Option<String>| {
            let mut next = filters.get_untracked();
            *next.selection_mut(facet) = choice.into_iter().collect();
            navigator.set_filters(next, true);
        });
        let visible = move || options.with(|options| options.len() > 1) || selected.get().is_some();
        let id = BoardHost::current().id(&format!("facet-{}", facet.param_suffix()));
        view! {
            <Show when=visible>
                <FacetSelect
                    id=id.clone()
                    label=facet_label(t, facet)
                    options
                    selected
                    on_change
                    option_label=option_label(facet)
                />
            </Show>
        }
    };
    let heading_id = BoardHost::current().id("board-heading");

    view! {
        <Show
            when=move || has_jobs.get() || loading_more.get()
            fallback=move || view! { <p class="tt-empty">{t.no_jobs}</p> }
        >
            <h1 id=heading_id.clone() class="tt-heading" tabindex="-1">{t.jobs_heading}</h1>
            <div class="tt-controls" role="search">
                <SearchBox
                    query=Signal::derive(move || filters.with(|filters| filters.query.clone()))
                    on_input=Callback::new(move |text: String| {
                        let mut next = filters.get_untracked();
                        next.query = text;
                        navigator.set_filters(next, false);
                    })
                />
                <div class="tt-facets">{Facet::ALL.map(facet)}</div>
            </div>
            <div class="tt-result-bar">
                <p class="tt-result-count" role="status">
                    {move || i18n::job_count(language, total.get())}
                    <Show when=move || loading_more.get()>
                        <span class="tt-loading-more">{t.loading_more}</span>
                    </Show>
                </p>
                <Show when=move || catalog.is_stale().get()>
                    <p class="tt-refresh-failed" role="status">{t.refresh_failed}</p>
                </Show>
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
                <JobList rows catalog filters on_open=Callback::new(move |id| navigator.open(id)) />
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
        </Show>
    }
}

fn facet_label(t: &Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::Department => t.department,
        Facet::Location => t.location,
        Facet::Role => t.role,
        Facet::Remote => t.remote,
        Facet::Language => t.language,
    }
}

/// How an option of `facet` reads before its count, on a board in a given language.
fn option_label(facet: Facet) -> fn(Language, &FacetOption) -> String {
    match facet {
        Facet::Remote => |language, option| language.texts().remote_wire_label(&option.id),
        Facet::Language => |language, option| i18n::language_name(language, &option.id),
        _ => |_, option| option.label.clone(),
    }
}
