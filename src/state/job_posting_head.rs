//! Live-mode SEO: while a job page shows, the host document's `<head>` holds that job's
//! JSON-LD `JobPosting` (the mapping the publisher CLI uses, `teamtailor_api::job_posting_json`)
//! and, on the full-page board, a canonical link to the job's URL. Both go when the job
//! closes, another opens, or the board unmounts. The job page sets this up, so it comes with
//! the job pages' code (`crate::ui::job_pages`).

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use teamtailor_api::{encode_component, job_posting_json, Job, PostingContext};
use web_sys::Element;

use crate::board_host::BoardHost;
use crate::sanitize::sanitized_fragment;

/// One hint per page, however many boards or jobs it shows.
static HINT_LOGGED: AtomicBool = AtomicBool::new(false);

/// Marks the script a board put into `<head>` (its id prefix is the value); the state lives
/// in the DOM rather than in signals, which keeps this feature small in the wasm.
const MARK: &str = "data-tt-posting";
/// On the canonical link while a job shows: the page's own href (empty: the board added it).
/// Only the full-page board, one per page, touches the canonical link.
const PAGE_HREF: &str = "data-tt-page-href";

/// What a board's job pages need to keep their `JobPosting` in `<head>`. Plain data handed
/// to the job page rather than contexts: each kind of context costs the wasm its own code.
#[derive(Clone, Copy)]
pub struct PostingSettings {
    /// The hiring organisation; `None` adds no `JobPosting`.
    company_name: Option<&'static str>,
    job_param: &'static str,
    /// The full-page board also points the page's canonical link at the job.
    owns_page: bool,
    /// The board's id prefix, marking the script it adds.
    mark: &'static str,
}

impl PostingSettings {
    /// The settings of the board on `host`; without a company name logs a hint once per
    /// page, unless the board reads a snapshot (whose site has static job pages).
    pub fn new(company_name: Option<String>, reads_snapshot: bool, host: &BoardHost) -> Self {
        if company_name.is_none() && !reads_snapshot && !HINT_LOGGED.swap(true, Ordering::Relaxed) {
            leptos::logging::log!("[teamtailor] set data-company-name to add JSON-LD JobPosting data for search engines to job pages");
        }
        // A board's settings live as long as its page; leaked, they are `Copy`.
        Self {
            company_name: company_name.map(|name| &*name.leak()),
            job_param: host.job_param.clone().leak(),
            owns_page: !host.embedded,
            mark: host.id_prefix.clone().leak(),
        }
    }
}

/// Keeps `job`'s `JobPosting` (and the canonical link) in `<head>` while the calling job
/// page lives, following its data, when the board has a company name.
pub fn follow_job_posting(job: Memo<Option<Job>>, settings: PostingSettings) {
    let PostingSettings {
        company_name: Some(company_name),
        job_param,
        owns_page,
        mark,
    } = settings
    else {
        return;
    };
    let selector = ["[", MARK, "=", mark, "]"].concat();
    let cleanup_selector = selector.clone();
    Effect::new(move |_| {
        clear(&selector, owns_page);
        // Reading the job here re-runs this when its data changes.
        job.with(|job| {
            let Some(job) = job else {
                return;
            };
            let page_url = job_url(job_param, &job.id);
            let description = sanitized_html(&job.body_html);
            let posting = job_posting_json(
                job,
                &PostingContext {
                    company_name,
                    company_url: None,
                    page_url: &page_url,
                    description_html: &description,
                    fallback_date: None,
                    remote_countries: &[],
                    company_country: None,
                    default_location: None,
                },
            );
            // A posting Google would refuse is left out, as on the static pages.
            if let Ok(json) = posting {
                add_script(mark, &json);
            }
            if owns_page {
                set_canonical(&page_url);
            }
        });
    });
    on_cleanup(move || clear(&cleanup_selector, owns_page));
}

/// The job's shareable URL on this page: the page without other parameters, plus the job's.
fn job_url(job_param: &str, id: &str) -> String {
    let location = window().location();
    [
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
        "?",
        job_param,
        "=",
        &encode_component(id),
    ]
    .concat()
}

/// The body as the allow-list sanitizer leaves it (what the job page shows).
fn sanitized_html(body: &str) -> String {
    let holder = document().create_element("div").ok();
    match (holder, sanitized_fragment(body)) {
        (Some(holder), Some(fragment)) => {
            let _ = holder.append_child(&fragment);
            holder.inner_html()
        }
        _ => String::new(),
    }
}

fn find(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

/// Appends the JSON-LD script, marked with the board's `mark`, to `<head>`.
fn add_script(mark: &str, json: &str) {
    let (Some(head), Ok(script)) = (find("head"), document().create_element("script")) else {
        return;
    };
    let _ = script.set_attribute(MARK, mark);
    let _ = script.set_attribute("type", "application/ld+json");
    // A JSON-LD script is data, never run; its text is script-safe JSON anyway.
    script.set_text_content(Some(json));
    let _ = head.append_child(&script);
}

/// Points the page's canonical link at `url`, adding one when the page has none; the link
/// keeps its own href (empty: added by the board) in `PAGE_HREF` for [`clear`].
fn set_canonical(url: &str) {
    let link = find("link[rel=canonical]").or_else(|| {
        let link = document().create_element("link").ok()?;
        let _ = link.set_attribute("rel", "canonical");
        find("head")?.append_child(&link).ok()?;
        Some(link)
    });
    if let Some(link) = link {
        let page_href = link.get_attribute("href").unwrap_or_default();
        let _ = link.set_attribute(PAGE_HREF, &page_href);
        let _ = link.set_attribute("href", url);
    }
}

/// Removes the script the board added, and on the full-page board gives the canonical link
/// its page's href back (or removes it when the board added it).
fn clear(selector: &str, owns_page: bool) {
    if let Some(script) = find(selector) {
        script.remove();
    }
    let Some(link) = find("link[data-tt-page-href]").filter(|_| owns_page) else {
        return;
    };
    match link
        .get_attribute(PAGE_HREF)
        .filter(|href| !href.is_empty())
    {
        Some(page_href) => {
            let _ = link.set_attribute("href", &page_href);
            let _ = link.remove_attribute(PAGE_HREF);
        }
        None => link.remove(),
    }
}
