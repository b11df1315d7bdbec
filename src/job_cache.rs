//! The last good list of jobs in `localStorage`, so a repeat visit paints at once and then
//! refreshes. Entries are board snapshots (normalised jobs, not raw pages) with the time they
//! were taken; the rules — key, maximum age, eviction — live in `teamtailor_api::cache_policy`.
//! A full or disabled storage only means no cache, and is said once in the console.

use std::sync::atomic::{AtomicBool, Ordering};

use teamtailor_api::{
    cache_key, evicted_by_write, is_fresh, parse_json, stored_generated_at, BoardSnapshot, Job,
    WidgetConfig,
};

use careers_view::browser_json::BrowserJson;

static QUOTA_WARNED: AtomicBool = AtomicBool::new(false);

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn fresh(entry: &str) -> bool {
    stored_generated_at(entry)
        .map(js_sys::Date::parse)
        .is_some_and(|at| at.is_finite() && is_fresh(at, now_ms()))
}

/// The jobs stored for this configuration, if the entry is fresh enough to paint. An expired
/// or unreadable entry is removed.
pub fn read(config: &WidgetConfig) -> Option<Vec<Job>> {
    let storage = storage()?;
    let key = cache_key(config);
    let entry = storage.get_item(&key).ok()??;
    let snapshot = fresh(&entry)
        .then(|| parse_json::<BrowserJson>(&entry).ok())
        .flatten()
        .and_then(|node| BoardSnapshot::decode(&node).ok());
    if snapshot.is_none() {
        let _ = storage.remove_item(&key);
    }
    snapshot.map(|snapshot| snapshot.jobs)
}

/// Stores `jobs` as now's answer for this configuration, and evicts entries of older formats,
/// of a rotated key, and expired ones of any board.
pub fn write(config: &WidgetConfig, jobs: Vec<Job>) {
    let Some(storage) = storage() else {
        return;
    };
    evict(&storage, config);
    let generated_at = js_sys::Date::new_0().to_iso_string().as_string();
    let job_count = jobs.len();
    let entry = BoardSnapshot::new(jobs, generated_at, None).to_json();
    let key = cache_key(config);
    if let Err(error) = storage.set_item(&key, &entry) {
        let _ = storage.remove_item(&key);
        if !QUOTA_WARNED.swap(true, Ordering::Relaxed) {
            leptos::logging::warn!(
                "[teamtailor] could not cache {} jobs ({} characters) in localStorage: {error:?}",
                job_count,
                entry.len()
            );
        }
    }
}

/// Removes this configuration's entry: after a 401/403 its jobs must not be painted again.
pub fn purge(config: &WidgetConfig) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&cache_key(config));
    }
}

fn evict(storage: &web_sys::Storage, config: &WidgetConfig) {
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|at| storage.key(at).ok().flatten())
        .collect();
    for key in keys {
        let expired = || {
            key.starts_with(teamtailor_api::CACHE_KEY_PREFIX)
                && storage
                    .get_item(&key)
                    .ok()
                    .flatten()
                    .is_some_and(|entry| !fresh(&entry))
        };
        if evicted_by_write(&key, config) || expired() {
            let _ = storage.remove_item(&key);
        }
    }
}
