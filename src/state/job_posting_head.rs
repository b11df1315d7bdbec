//! Live-mode SEO: while a job page shows, the host document's `<head>` holds that job's
//! JSON-LD `JobPosting` (the mapping the publisher CLI uses, `teamtailor_api::job_posting_json`)
//! and, on the full-page board, a canonical link to the job's URL. Both go when the job
//! closes, another opens, or the board unmounts.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use teamtailor_api::{encode_component, job_posting_json, PostingContext, Screen};
use web_sys::Element;

use crate::board_host::BoardHost;
use crate::sanitize::sanitized_fragment;
use crate::state::Catalog;

/// One hint per page, however many boards or jobs it shows.
static HINT_LOGGED: AtomicBool = AtomicBool::new(false);

/// What this board put into `<head>` for the job showing: its script, and the canonical link
/// it added (or the page's own canonical link with the href it had before).
#[derive(Default)]
struct HeadEntries {
    script: Option<SendWrapper<Element>>,
    canonical: Option<(SendWrapper<Element>, Option<String>)>,
}

/// Keeps the open job's `JobPosting` in `<head>` when `company_name` is set; without it logs
/// a hint once per page, unless the board reads a snapshot (whose site has static job pages).
pub fn follow_job_posting(
    screen: Memo<Screen>,
    catalog: Catalog,
    company_name: Option<String>,
    reads_snapshot: bool,
    host: &BoardHost,
) {
    let Some(company_name) = company_name else {
        if !reads_snapshot && !HINT_LOGGED.swap(true, Ordering::Relaxed) {
            leptos::logging::log!("[teamtailor] set data-company-name to add JSON-LD JobPosting data for search engines to job pages");
        }
        return;
    };
    let job_param = host.job_param.clone();
    let owns_page = !host.embedded;
    // (JSON text, job URL); recomputed when the open job or its data changes.
    let posting = Memo::new(move |_| {
        let Screen::Job(id) = screen.get() else {
            return None;
        };
        let job = catalog.find(&id)?;
        let page_url = job_url(&job_param, &id);
        let description = sanitized_html(&job.body_html);
        let json = job_posting_json(
            &job,
            &PostingContext {
                company_name: &company_name,
                company_url: None,
                page_url: &page_url,
                description_html: &description,
                fallback_date: None,
                remote_countries: &[],
            },
        );
        Some((json, page_url))
    });
    let entries = StoredValue::new(HeadEntries::default());
    Effect::new(move |_| {
        let next = posting.get();
        entries.update_value(|entries| {
            clear(entries);
            if let Some((json, page_url)) = next {
                entries.script = add_script(&json);
                if owns_page {
                    entries.canonical = set_canonical(&page_url);
                }
            }
        });
    });
    on_cleanup(move || entries.update_value(clear));
}

/// The job's shareable URL on this page: the page without other parameters, plus the job's.
fn job_url(job_param: &str, id: &str) -> String {
    let location = window().location();
    let mut url = location.origin().unwrap_or_default();
    url.push_str(&location.pathname().unwrap_or_default());
    url.push('?');
    url.push_str(job_param);
    url.push('=');
    url.push_str(&encode_component(id));
    url
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

fn head() -> Option<Element> {
    document().query_selector("head").ok().flatten()
}

fn add_script(json: &str) -> Option<SendWrapper<Element>> {
    let script = document().create_element("script").ok()?;
    let _ = script.set_attribute("type", "application/ld+json");
    // A JSON-LD script is data, never run; the text is script-safe JSON anyway.
    script.set_text_content(Some(json));
    head()?.append_child(&script).ok()?;
    Some(SendWrapper::new(script))
}

/// Points the page's canonical link at `url`, adding one when the page has none.
fn set_canonical(url: &str) -> Option<(SendWrapper<Element>, Option<String>)> {
    let existing = document()
        .query_selector("link[rel=canonical]")
        .ok()
        .flatten();
    let (link, previous) = match existing {
        Some(link) => {
            let previous = link.get_attribute("href").unwrap_or_default();
            (link, Some(previous))
        }
        None => {
            let link = document().create_element("link").ok()?;
            let _ = link.set_attribute("rel", "canonical");
            head()?.append_child(&link).ok()?;
            (link, None)
        }
    };
    let _ = link.set_attribute("href", url);
    Some((SendWrapper::new(link), previous))
}

/// Removes what the board added and gives the page's own canonical link its href back.
fn clear(entries: &mut HeadEntries) {
    if let Some(script) = entries.script.take() {
        script.remove();
    }
    match entries.canonical.take() {
        Some((link, Some(previous))) => {
            let _ = link.set_attribute("href", &previous);
        }
        Some((link, None)) => link.remove(),
        None => {}
    }
}
