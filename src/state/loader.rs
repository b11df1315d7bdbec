//! Fills the catalog: the cache first when it is fresh, then the network — page 1, then the
//! rest — and, for a link to a job the catalog does not hold, that job by id in parallel.
//! Failures are announced to the host page once, when they happen.

use leptos::prelude::*;
use leptos::task::spawn_local;
use teamtailor_api::{ApiError, Job, Lookup, Phase, WidgetConfig};
use wasm_bindgen::JsValue;

use crate::board_host::BoardHost;
use crate::client::{fetch_job, fetch_listing};
use crate::job_cache;
use crate::state::Catalog;

/// Loads one board's jobs into its catalog. `Copy`, so views can hold it for "try again".
#[derive(Clone, Copy)]
pub struct Loader {
    config: StoredValue<WidgetConfig>,
    host: StoredValue<BoardHost>,
    catalog: Catalog,
}

impl Loader {
    /// Starts loading, and looks up `open_job` by id whenever the catalog lacks it.
    pub fn start(
        config: WidgetConfig,
        host: BoardHost,
        catalog: Catalog,
        open_job: Memo<Option<String>>,
    ) -> Self {
        let loader = Self {
            config: StoredValue::new(config),
            host: StoredValue::new(host),
            catalog,
        };
        loader.load();
        Effect::new(move |_| {
            if let Some(id) = open_job.get() {
                // Re-run when the listing changes: a job dropped by a refresh is asked for.
                catalog.listing().track();
                loader.look_up_if_unknown(id);
            }
        });
        loader
    }

    /// Loads again after a failure ("try again").
    pub fn reload(self) {
        self.catalog.forget_failed_lookups();
        self.load();
    }

    fn load(self) {
        let config = self.config.get_value();
        let cached = job_cache::read(&config).map(|jobs| self.admitted(jobs));
        let painted = cached.is_some();
        match cached {
            Some(jobs) => self.catalog.set_listing(jobs, Phase::Refreshing),
            None => self.catalog.set_phase(Phase::Loading),
        }
        spawn_local(async move {
            let result = fetch_listing(&config, |first_page| {
                if !painted {
                    self.catalog
                        .set_listing(self.admitted(first_page), Phase::Partial);
                }
            })
            .await;
            match result {
                Ok(jobs) => {
                    job_cache::write(&config, &jobs);
                    self.catalog.set_stale(false);
                    self.catalog
                        .set_listing(self.admitted(jobs), Phase::Complete);
                }
                Err(error @ (ApiError::Unauthorized | ApiError::Forbidden)) => {
                    // The key no longer reads these jobs: never paint them again.
                    job_cache::purge(&config);
                    self.catalog
                        .set_listing(Vec::new(), Phase::Failed(error.clone()));
                    self.report("loading jobs failed", &error);
                }
                Err(error) if painted => {
                    // The cached jobs beat an error message; they are marked as not current.
                    self.catalog.set_stale(true);
                    self.catalog.set_phase(Phase::Complete);
                    self.report("refreshing jobs failed", &error);
                }
                Err(error) => {
                    self.catalog.set_phase(Phase::Failed(error.clone()));
                    self.report("loading jobs failed", &error);
                }
            }
        });
    }

    /// Asks the API for job `id` unless it is listed or already asked for. A snapshot has no
    /// by-id endpoint: there, the complete list decides.
    fn look_up_if_unknown(self, id: String) {
        if self.config.with_value(|config| config.source.is_some())
            || self.catalog.is_listed_untracked(&id)
            || self.catalog.has_lookup_untracked(&id)
        {
            return;
        }
        self.catalog.set_lookup(id.clone(), Lookup::Pending);
        let config = self.config.get_value();
        spawn_local(async move {
            let lookup = match fetch_job(&config, &id).await {
                Ok(job) if config.admits(&job) => Lookup::Found(Box::new(job)),
                Ok(_) | Err(ApiError::NotFound) => Lookup::Missing,
                Err(error) => {
                    // A refused key is the listing's to report, once.
                    if !matches!(error, ApiError::Unauthorized | ApiError::Forbidden) {
                        self.report("loading the job failed", &error);
                    }
                    Lookup::Failed(error)
                }
            };
            self.catalog.set_lookup(id, lookup);
        });
    }

    fn admitted(self, jobs: Vec<Job>) -> Vec<Job> {
        self.config
            .with_value(|config| jobs.into_iter().filter(|job| config.admits(job)).collect())
    }

    /// Logs `error` and fires `teamtailor:error` for it.
    fn report(self, what: &str, error: &ApiError) {
        leptos::logging::error!("[teamtailor] {what}: {error}");
        let status = error.status().map_or(JsValue::NULL, JsValue::from);
        self.host.with_value(|host| {
            host.emit(
                "error",
                &[("kind", error.kind().into()), ("status", status)],
            )
        });
    }
}
