//! Fills the catalog: the cache first when it is fresh, then the network — page 1, then the
//! rest — and, for a link to a job the catalog does not hold, that job by id in parallel.
//! A SmartRecruiters list has no job text: the open job's detail is read at once, the others
//! in the background once the list is complete, so search covers their text too.
//! Failures are announced to the host page once, when they happen.

use rustc_hash::{FxHashMap, FxHashSet};

use futures::stream::{self, StreamExt};
use leptos::prelude::*;
use leptos::task::spawn_local;
use teamtailor_api::{with_posting_detail, ApiError, Job, Lookup, Phase, WidgetConfig};
use wasm_bindgen::JsValue;

use crate::board_host::BoardHost;
use crate::client::{company_feed, fetch_job, fetch_listing, sleep, PAGES_IN_FLIGHT};
use crate::job_cache;
use crate::state::Catalog;
use careers_view::Listing;

/// Loads one board's jobs into its catalog. `Copy`, so views can hold it for "try again".
#[derive(Clone, Copy)]
pub struct Loader {
    config: StoredValue<WidgetConfig>,
    host: StoredValue<BoardHost>,
    catalog: Catalog,
    /// Posting details known (read this visit, or from the cache), by job id.
    details: StoredValue<FxHashMap<String, Job>>,
    /// Jobs whose detail was asked for this visit.
    details_asked: StoredValue<FxHashSet<String>>,
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
            details: StoredValue::new(FxHashMap::default()),
            details_asked: StoredValue::new(FxHashSet::default()),
        };
        loader.load();
        Effect::new(move |_| {
            if let Some(id) = open_job.get() {
                // Re-run when the listing changes: a job dropped by a refresh is asked for.
                catalog.listing().track();
                if catalog.is_listed_untracked(&id) {
                    loader.read_details(vec![id]);
                } else {
                    loader.look_up_if_unknown(id);
                }
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
        let cached = job_cache::read(&config).map(|jobs| {
            if self.reads_details() {
                // Details read on an earlier visit keep showing while this one reads them again.
                let read = jobs.iter().filter(|job| !job.body_html.is_empty());
                self.remember_details(read.map(|job| (job.id.clone(), job.clone())));
            }
            self.admitted(jobs)
        });
        let painted = cached.is_some();
        match cached {
            Some(jobs) => self.catalog.set_listing(jobs, Phase::Refreshing),
            None => self.catalog.set_phase(Phase::Loading),
        }
        spawn_local(async move {
            let result = fetch_listing(&config, |first_page| {
                if !painted {
                    // Drawn in a task apart from decoding the answer; never over the
                    // complete list, should that have come first.
                    let (catalog, jobs) = (self.catalog, self.admitted(first_page));
                    set_timeout(
                        move || {
                            if catalog.phase().get_untracked() != Phase::Complete {
                                catalog.set_listing(jobs, Phase::Partial);
                            }
                        },
                        std::time::Duration::ZERO,
                    );
                }
            })
            .await;
            match result {
                Ok(jobs) => {
                    // Decoding the answer and drawing the list are tasks of their own, so a
                    // phone does neither as part of one long task.
                    sleep(0).await;
                    self.catalog.set_stale(false);
                    // The cache is written in a task of its own: serializing every job and
                    // storing it is work a phone should not do before the list shows.
                    let (cached_config, cached_jobs) = (config.clone(), jobs.clone());
                    set_timeout(
                        move || job_cache::write(&cached_config, cached_jobs),
                        std::time::Duration::ZERO,
                    );
                    self.catalog
                        .set_listing(self.admitted(jobs), Phase::Complete);
                    // The search index too, once the list shows and before the first keystroke.
                    let catalog = self.catalog;
                    set_timeout(
                        move || catalog.listing().with_untracked(Listing::prepare_index),
                        std::time::Duration::ZERO,
                    );
                    if self.reads_details() {
                        let listed = self.catalog.listing().with_untracked(|listing| {
                            listing.jobs.iter().map(|job| job.id.clone()).collect()
                        });
                        self.read_details(listed);
                    }
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

    /// Reads the details of the listed `ids` not asked for yet, a few at a time, into the
    /// listing; only a SmartRecruiters board lists jobs without them. A job whose listed copy
    /// was withdrawn gets another language copy's detail, which takes its row. When the list
    /// is complete, the cache then holds them too.
    fn read_details(self, ids: Vec<String>) {
        if !self.reads_details() {
            return;
        }
        let ids: Vec<String> = self
            .details_asked
            .try_update_value(|asked| {
                ids.into_iter()
                    .filter(|id| asked.insert(id.clone()))
                    .collect()
            })
            .unwrap_or_default();
        if ids.is_empty() {
            return;
        }
        let config = self.config.get_value();
        spawn_local(async move {
            let config = &config;
            let mut arriving = stream::iter(ids)
                .map(|id| async move { (fetch_job(config, &id).await, id) })
                .buffer_unordered(PAGES_IN_FLIGHT)
                .ready_chunks(PAGES_IN_FLIGHT);
            while let Some(batch) = arriving.next().await {
                let mut read = Vec::new();
                let mut stand_ins = Vec::new();
                for (result, id) in batch {
                    match result {
                        Ok(detail) if detail.id != id => {
                            if config.lists(&detail) {
                                stand_ins.push((id.clone(), detail.clone()));
                                read.push((detail.id.clone(), detail.clone()));
                                read.push((id, detail));
                            }
                        }
                        Ok(detail) => read.push((id, detail)),
                        // The job shows what the list says, with its public posting page.
                        Err(error) => {
                            leptos::logging::warn!("[teamtailor] reading a posting failed: {error}")
                        }
                    }
                }
                if self.remember_details(read).is_none() {
                    return; // The board is gone.
                }
                for (withdrawn, stand_in) in stand_ins {
                    // Its row asks for nothing more, and a reader on the withdrawn copy's
                    // page stays on the job.
                    self.details_asked
                        .update_value(|asked| _ = asked.insert(stand_in.id.clone()));
                    self.catalog
                        .set_lookup(withdrawn, Lookup::Found(Box::new(stand_in)));
                }
                self.catalog
                    .update_listed(|jobs| self.detailed(jobs.to_vec()));
            }
            // Once the list is complete, the cache holds the details read so far.
            if self.catalog.phase().get_untracked() == Phase::Complete {
                let jobs = self
                    .catalog
                    .listing()
                    .with_untracked(|listing| listing.jobs.to_vec());
                if let Some(config) = self.config.try_get_value() {
                    job_cache::write(&config, jobs);
                }
            }
        });
    }

    /// Whether this board's list lacks the job text that each job's detail holds.
    fn reads_details(self) -> bool {
        // The constant first, so a build without feeds drops every detail path.
        cfg!(feature = "feeds")
            && self.config.with_value(|config| {
                company_feed(config).is_some_and(|feed| feed.lists_without_details())
            })
    }

    /// Keeps `details`, by the id of the listed job each is for; `None` once the board is
    /// unmounted.
    fn remember_details(self, details: impl IntoIterator<Item = (String, Job)>) -> Option<()> {
        self.details.try_update_value(|known| known.extend(details))
    }

    /// `jobs` with every posting detail known so far.
    fn detailed(self, jobs: Vec<Job>) -> Vec<Job> {
        if !cfg!(feature = "feeds") {
            return jobs;
        }
        self.details.with_value(|details| {
            jobs.into_iter()
                .map(|job| match details.get(&job.id) {
                    // A withdrawn copy's stand-in, whole: its title and its text in one language.
                    Some(detail) if detail.id != job.id => detail.clone(),
                    Some(detail) => with_posting_detail(job, detail),
                    None => job,
                })
                .collect()
        })
    }

    /// Asks the API for job `id` unless it is listed or already asked for. A snapshot and a
    /// Recruitee feed have no by-id endpoint: there, the complete list decides.
    fn look_up_if_unknown(self, id: String) {
        let complete_list = |config: &WidgetConfig| {
            config.source.is_some()
                || company_feed(config).is_some_and(|feed| !feed.lists_without_details())
        };
        if self.config.with_value(complete_list)
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

    /// The jobs this board shows, with the posting details known so far.
    fn admitted(self, jobs: Vec<Job>) -> Vec<Job> {
        let admitted = self
            .config
            .with_value(|config| jobs.into_iter().filter(|job| config.lists(job)).collect());
        self.detailed(admitted)
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
