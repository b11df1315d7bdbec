//! The board's screens as HTML, drawn by the view crate's components with Leptos' server-side
//! renderer: the markup the widget draws in the browser, so it can take a page over unseen.

use std::sync::Arc;

use careers_view::ui::{BoardFrame, JobList, JobPage, ListControls, ListView};
use careers_view::{BoardScope, Catalog, JobLinks, PAGE_ROWS};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use teamtailor_api::{
    BoardSnapshot, Job, JobFilters, Language, Phase, Texts, DEFAULT_ROUTE_PARAM, SNAPSHOT_FORMAT,
    SNAPSHOT_VERSION,
};

use super::native_words::{NATIVE_JOB_PAGE, NATIVE_PLATFORM};
use super::render_marks::{filled, without_marks};
use crate::body_sanitizer::sanitize_body;
use crate::slug::dir_name;

/// The start tag of the job body's element, as `careers_view::ui::JobBody` draws it.
const JOB_BODY_OPENING: &str = "<div class=\"tt-job-body\">";

/// Where a snapshot's pages link: each job to its own page, a job page back to the board.
const STATIC_LINKS: JobLinks = JobLinks::StaticPages {
    job: |id, title| format!("jobs/{}/", dir_name(id, title)),
    list: "../../",
};

/// The board's list of `jobs` (in board order) as the widget's first screen shows it, marked
/// as the page's own first rows (`data-tt-first-rows="page"`) for the widget to take over.
/// The rows past the first screen follow in a `<noscript>`, so a reader without script (who
/// has no "show more") reaches every job; with script they are inert text.
pub fn board_markup(jobs: &[Job], language: Language) -> String {
    let jobs = jobs.to_vec();
    let markup = render(scope(language, true), move || {
        let catalog = Catalog::new();
        let rest: Vec<String> = jobs
            .iter()
            .skip(PAGE_ROWS)
            .map(|job| job.id.clone())
            .collect();
        catalog.set_listing(jobs, Phase::Complete);
        let filters = Memo::new(|_| JobFilters::default());
        let controls = ListControls {
            filters,
            shown_rows: RwSignal::new(PAGE_ROWS),
            set_filters: Callback::new(|_| {}),
            open: Callback::new(|_| {}),
        };
        let rest = (!rest.is_empty()).then(|| {
            let rows = Memo::new(move |_| rest.clone());
            view! {
                <noscript>
                    <JobList rows catalog filters on_open=controls.open />
                </noscript>
            }
        });
        view! {
            <BoardFrame language first_rows="page">
                <ListView catalog controls />
                {rest}
            </BoardFrame>
        }
    });
    without_marks(&markup)
}

/// One job's page as the widget's job page shows it, for a page that runs no script: the
/// application form (when it has one) shows at once.
pub fn job_page_markup(job: &Job, language: Language) -> String {
    let draw = |body_html: String| {
        let job = Job {
            body_html,
            ..job.clone()
        };
        render(scope(language, false), move || {
            let job = Memo::new(move |_| Some(job.clone()));
            view! {
                <BoardFrame language>
                    <JobPage job on_back=Callback::new(|()| {}) platform=NATIVE_JOB_PAGE />
                </BoardFrame>
            }
        })
    };
    // Drawn with an empty body first, so the marks can go before the body (markup Leptos
    // did not escape) is put in; should the body's element not be found, the page keeps
    // its marks rather than lose its body.
    let frame = without_marks(&draw(String::new()));
    filled(&frame, JOB_BODY_OPENING, &sanitize_body(&job.body_html))
        .unwrap_or_else(|| draw(job.body_html.clone()))
}

/// The markup `scripts/first-rows.js` draws a live board's first rows from, before the wasm
/// arrives: the list view of two jobs that differ in every facet, so every filter shows,
/// with a blank for every word. The loader fills in the jobs' own text and links, drops the
/// filters a board will not show and the row parts that need words, and makes the controls
/// inert; the wasm, which has the words, then takes over the same markup.
pub fn loader_template() -> String {
    let blank = Texts::from_entries(|_| Some("\u{a0}")).expect("every entry given");
    let texts: &'static Texts = Box::leak(Box::new(blank));
    let jobs = loader_template_jobs();
    let markup = render(
        BoardScope {
            texts,
            ..scope(Language::En, true)
        },
        move || {
            let catalog = Catalog::new();
            catalog.set_listing(jobs, Phase::Complete);
            let controls = ListControls {
                filters: Memo::new(|_| JobFilters::default()),
                shown_rows: RwSignal::new(1),
                set_filters: Callback::new(|_| {}),
                open: Callback::new(|_| {}),
            };
            view! {
                <BoardFrame language=Language::En first_rows="loader">
                    <ListView catalog controls />
                </BoardFrame>
            }
        },
    );
    without_marks(&markup)
}

/// Two jobs apart in every facet (so each filter has two options and shows), with
/// placeholder text the loader replaces; the first is the row it copies.
fn loader_template_jobs() -> Vec<Job> {
    let job = |n: u8, remote: &str, language: &str| {
        serde_json::json!({
            "id": n.to_string(), "title": "x",
            "department": {"id": n.to_string(), "name": "x"},
            "locations": [{"id": n.to_string(), "name": "x"}],
            "role": {"id": n.to_string(), "name": "x"},
            "remote_status": remote, "language_code": language,
        })
    };
    let paid = |mut job: serde_json::Value| {
        job["salary"] = serde_json::json!({"min": 1, "currency": "EUR"});
        job
    };
    let snapshot = serde_json::json!({
        "format": SNAPSHOT_FORMAT, "version": SNAPSHOT_VERSION,
        // One job publishes pay, so the template holds the pay filter too.
        "jobs": [job(2, "hybrid", "en"), paid(job(1, "fully", "sv"))],
    });
    BoardSnapshot::from_json(&snapshot.to_string())
        .expect("a snapshot of our own making")
        .jobs
}

fn scope(language: Language, interactive: bool) -> BoardScope {
    BoardScope {
        language,
        texts: language.texts(),
        platform: NATIVE_PLATFORM,
        // The first board on its page, as the widget numbers them.
        id_prefix: "tt",
        job_param: DEFAULT_ROUTE_PARAM,
        links: STATIC_LINKS,
        interactive,
        on_apply_open: None,
    }
}

/// `view` as HTML, rendered in a reactive root of its own that holds `scope`. The server's
/// shared context tells Leptos it runs on no browser, so components set up no listeners.
fn render<V: IntoView + 'static>(scope: BoardScope, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        provide_context(scope);
        view().into_view().to_html()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_template_has_every_part_the_loader_fills_and_no_comments() {
        let template = loader_template();
        for part in [
            "data-tt-first-rows=\"loader\"",
            "class=\"tt-heading\"",
            "id=\"tt-search-input\"",
            "id=\"tt-facet-department\"",
            "id=\"tt-facet-location\"",
            "id=\"tt-facet-role\"",
            "id=\"tt-facet-remote\"",
            "id=\"tt-facet-language\"",
            "class=\"tt-result-count\"",
            "class=\"tt-job-title\"",
            "class=\"tt-job-department\"",
            "class=\"tt-job-locations\"",
            "tt-show-more",
        ] {
            assert!(template.contains(part), "{part}\n{template}");
        }
        assert!(!template.contains("<!"), "{template}");
        // No word of any language: the wasm writes them.
        assert!(!template.contains("Open positions") && !template.contains("Search"));
    }
}
