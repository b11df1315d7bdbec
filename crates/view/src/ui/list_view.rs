//! The list view: search, facets, result count, the matching jobs and "show more".
//! Filtering and search run in the browser over the jobs already loaded: no request. The
//! controls are created once; arriving jobs change their options and the rows in place.

use leptos::prelude::*;
use teamtailor_api::{facet_counts, Facet, FacetOption, JobFilters, Phase, PAY_PUBLISHED};

use crate::i18n::{self, Language, Texts};
use crate::ui::{FacetSelect, JobList, SearchBox};
use crate::{BoardScope, Catalog, PAGE_ROWS};

/// What the list reads from the board's route, and how it changes it.
#[derive(Clone, Copy)]
pub struct ListControls {
    /// The filters of the moment.
    pub filters: Memo<JobFilters>,
    /// How many matching rows show.
    pub shown_rows: RwSignal<usize>,
    /// New filters; `true` makes a history entry (a facet), `false` replaces the current
    /// one (typing).
    pub set_filters: Callback<(JobFilters, bool)>,
    /// Opens the job with this id.
    pub open: Callback<String>,
}

/// How many rows a list drawn in slices adds per task: a screenful. It starts with none, so
/// its heading and controls are a task of their own too (the first of anything the wasm
/// runs is compiled on the spot, so first draws are the costly ones).
const SLICE_ROWS: usize = 10;

/// The filterable list of `catalog`'s jobs; filters and rows shown live in `controls`.
/// With `on_drawn`, the first rows are drawn a slice per task (a screen's worth each, so no
/// task is long on a phone) and `on_drawn` runs once they all are; a page rendered to HTML
/// draws them at once.
#[component]
pub fn ListView(
    catalog: Catalog,
    controls: ListControls,
    #[prop(default = None)] on_drawn: Option<Callback<()>>,
) -> impl IntoView {
    let t = i18n::use_texts();
    let listing = catalog.listing();
    let ListControls {
        filters,
        shown_rows: shown,
        set_filters,
        open,
    } = controls;
    let heading_id = BoardScope::current().id("board-heading");
    let matching = Memo::new(move |_| {
        listing.with(|listing| {
            filters.with(|filters| filters.apply(&listing.jobs, listing.index_for(&filters.query)))
        })
    });
    let facets = Memo::new(move |_| {
        listing.with(|listing| {
            filters.with(|filters| {
                facet_counts(&listing.jobs, filters, listing.index_for(&filters.query))
            })
        })
    });
    let drawn = RwSignal::new(match on_drawn {
        Some(_) => 0,
        None => usize::MAX,
    });
    if let Some(on_drawn) = on_drawn {
        draw_in_slices(drawn, BoardScope::current().platform.next_task, on_drawn);
    }
    // The ids of the rows on screen: the list diffs ids, and each row follows its own job.
    let rows = Memo::new(move |_| {
        listing.with(|listing| {
            matching.with(|positions| {
                positions
                    .iter()
                    .take(shown.get().min(drawn.get()))
                    .map(|&at| listing.jobs[at].id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    // Plain closures rather than derived signals: they are `Copy`, and cost no signal code.
    let total = move || matching.with(Vec::len);
    let loading_more = move || catalog.phase().with(|phase| *phase == Phase::Partial);
    let has_jobs = move || listing.with(|listing| !listing.jobs.is_empty());
    let clear = move || set_filters.run((JobFilters::default(), true));
    let facet = move |facet: Facet| {
        // Memos: a facet whose options did not change does not touch its select at all.
        let options = Memo::new(move |_| facets.with(|counts| counts.options(facet).to_vec()));
        let selected =
            Memo::new(move |_| filters.with(|filters| filters.selection(facet).first().cloned()));
        let on_change = Callback::new(move |choice: Option<String>| {
            let mut next = filters.get_untracked();
            *next.selection_mut(facet) = choice.into_iter().collect();
            set_filters.run((next, true));
        });
        // From this facet's own options memo: a filter change that leaves them alone does not
        // re-run it.
        let visible =
            move || options.with(|options| facet.offered_with(options)) || selected.get().is_some();
        let id = BoardScope::current().id(&format!("facet-{}", facet.param_suffix()));
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

    view! {
        <Show
            when=move || has_jobs() || loading_more()
            fallback=move || view! { <p class="tt-empty">{t.no_jobs}</p> }
        >
            <h1 id=heading_id.clone() class="tt-heading" tabindex="-1">{t.jobs_heading}</h1>
            <div class="tt-controls" role="search">
                <SearchBox
                    query=Memo::new(move |_| filters.with(|filters| filters.query.clone()))
                    on_input=Callback::new(move |text: String| {
                        let mut next = filters.get_untracked();
                        next.query = text;
                        set_filters.run((next, false));
                    })
                />
                <div class="tt-facets">{Facet::ALL.map(facet)}</div>
            </div>
            <div class="tt-result-bar">
                <p class="tt-result-count" role="status">
                    {move || i18n::job_count(total())}
                    <Show when=loading_more>
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
                when=move || { total() > 0 }
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
                <JobList rows catalog filters on_open=open />
                <Show when=move || { total() > shown.get() }>
                    <button
                        type="button"
                        class="tt-button tt-show-more"
                        on:click=move |_| shown.update(|count| *count += PAGE_ROWS)
                    >
                        {move || t.show_more(total().saturating_sub(shown.get()).min(PAGE_ROWS))}
                    </button>
                </Show>
            </Show>
        </Show>
    }
}

/// Grows `drawn` by a slice per task to a page of rows, then lifts the cap and, in the task
/// after, tells `on_drawn` (the last slice has been drawn by then). A page rendered to HTML
/// runs every step at once, before the list renders.
fn draw_in_slices(
    drawn: RwSignal<usize>,
    next_task: fn(Box<dyn FnOnce()>),
    on_drawn: Callback<()>,
) {
    next_task(Box::new(move || match drawn.try_get_untracked() {
        Some(usize::MAX) => on_drawn.run(()),
        Some(rows) => {
            drawn.set(if rows + SLICE_ROWS >= PAGE_ROWS {
                usize::MAX
            } else {
                rows + SLICE_ROWS
            });
            draw_in_slices(drawn, next_task, on_drawn);
        }
        // The list is gone.
        None => {}
    }));
}

fn facet_label(t: &Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::Department => t.department,
        Facet::Location => t.location,
        Facet::Role => t.role,
        Facet::Remote => t.remote,
        Facet::Language => t.language,
        Facet::Pay => t.pay,
    }
}

/// How an option of `facet` reads before its count, on a board in a given language.
fn option_label(facet: Facet) -> fn(&Texts, Language, &FacetOption) -> String {
    match facet {
        Facet::Remote => |t, _, option| t.remote_wire_label(&option.id),
        Facet::Language => |_, language, option| i18n::language_name(language, &option.id),
        // A stale value from a hand-edited URL keeps its own text, as other facets' do.
        Facet::Pay => |t, _, option| match option.id == PAY_PUBLISHED {
            true => t.pay_published.to_owned(),
            false => option.label.clone(),
        },
        _ => |_, _, option| option.label.clone(),
    }
}
