//! The board's route in the host page's query string: `?tt_job=ID` for the open job, plus the
//! filter parameters. Only these parameters are read or written; the host's other parameters
//! and the hash are kept as they are, and nothing else (key, base, config) is ever read from
//! the URL.

use teamtailor_api::JobFilters;

use crate::board_host::BoardHost;
use web_sys::{Url, UrlSearchParams};

/// What the URL says the board shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    /// The open job's id; `None` shows the list.
    pub job: Option<String>,
    pub filters: JobFilters,
}

/// Whether a route change makes a new history entry (back returns to the old one) or
/// replaces the current one (search typing should not flood the history).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    Push,
    Replace,
}

/// Reads the route of `host`'s board from the current URL.
pub fn read_route(host: &BoardHost) -> Route {
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return Route::default();
    };
    let job = params
        .get(&host.job_param)
        .filter(|id| !id.trim().is_empty());
    let filters = JobFilters::from_prefixed_pairs(
        &host.filter_prefix,
        JobFilters::param_names(&host.filter_prefix)
            .into_iter()
            .filter_map(|name| params.get(&name).map(|value| (name, value))),
    );
    Route { job, filters }
}

/// Writes `route` into the URL with the History API, leaving every other parameter alone.
pub fn write_route(route: &Route, host: &BoardHost, entry: HistoryEntry) {
    let window = leptos::prelude::window();
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = Url::new(&href) else {
        return;
    };
    let params = url.search_params();
    params.delete(&host.job_param);
    for name in JobFilters::param_names(&host.filter_prefix) {
        params.delete(&name);
    }
    for (name, value) in route.filters.to_prefixed_pairs(&host.filter_prefix) {
        params.append(&name, &value);
    }
    if let Some(job) = &route.job {
        params.append(&host.job_param, job);
    }
    url.set_search(&params.to_string().as_string().unwrap_or_default());
    let next = url.href();
    if next == href {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    let _ = match entry {
        HistoryEntry::Push => history.push_state_with_url(&state, "", Some(&next)),
        HistoryEntry::Replace => history.replace_state_with_url(&state, "", Some(&next)),
    };
}

/// The current URL with the job parameter last and its value left off, so that
/// `prefix + id` is the shareable URL of a job (computed once per list, not per row).
pub fn job_href_prefix(job_param: &str) -> String {
    let Some(url) = url_without(job_param) else {
        return format!("?{job_param}=");
    };
    let separator = if url.search().is_empty() { '?' } else { '&' };
    format!("{}{separator}{job_param}=", url.href())
}

/// The current URL without the job parameter: the list, with the filters of the moment.
pub fn list_href(job_param: &str) -> String {
    url_without(job_param).map_or_else(|| "?".to_owned(), |url| url.href())
}

/// The current URL without `job_param` and the hash.
fn url_without(job_param: &str) -> Option<Url> {
    let href = leptos::prelude::window().location().href().ok()?;
    let url = Url::new(&href).ok()?;
    url.search_params().delete(job_param);
    url.set_hash("");
    Some(url)
}
