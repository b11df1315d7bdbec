//! The rules of the board's `localStorage` cache: what an entry is called, how old it may be
//! and which entries a write evicts. Entries are [`BoardSnapshot`](crate::BoardSnapshot)s, so
//! they hold the normalised jobs the board shows, not raw API pages.

use crate::config::WidgetConfig;
use crate::str_search;

/// Every entry's key starts with this, whatever its version.
pub const CACHE_KEY_FAMILY: &str = "tt-jobs:";
/// The current entry format; bump when the stored shape changes.
pub const CACHE_KEY_PREFIX: &str = "tt-jobs:v2:";
/// An entry older than this is not painted: after a day, jobs are likely closed or changed,
/// and a candidate should not read them as current. It is removed instead.
pub const CACHE_MAX_AGE_MS: f64 = 24.0 * 60.0 * 60.0 * 1000.0;

/// The key of `config`'s entry: everything that changes the answer.
pub fn cache_key(config: &WidgetConfig) -> String {
    format!(
        "{}{}|{}|{}",
        source_prefix(config),
        config.api_key,
        config.api_version.as_str(),
        config.language.as_deref().unwrap_or_default()
    )
}

/// `tt-jobs:v2:{source or API base}|`: entries of the same source share it.
fn source_prefix(config: &WidgetConfig) -> String {
    format!(
        "{CACHE_KEY_PREFIX}{}|",
        match (&config.source, &config.feed) {
            (Some(source), _) => source.clone(),
            (None, Some(feed)) => feed.listing_url(),
            (None, None) => config.api_base.clone(),
        }
    )
}

/// Whether an entry `generated_at_ms` old at `now_ms` may be painted.
pub fn is_fresh(generated_at_ms: f64, now_ms: f64) -> bool {
    let age = now_ms - generated_at_ms;
    // A clock set back makes a negative age; such an entry is not trusted either.
    (0.0..=CACHE_MAX_AGE_MS).contains(&age)
}

/// Whether writing `config`'s entry should remove the entry stored under `key`: an entry of
/// an older format, or one for the same source and language under another key or API
/// version (a rotated key leaves its old jobs behind otherwise). Entries of other sources
/// belong to other boards and stay; expired ones go by [`is_fresh`].
pub fn evicted_by_write(key: &str, config: &WidgetConfig) -> bool {
    if !key.starts_with(CACHE_KEY_FAMILY) {
        return false;
    }
    if !key.starts_with(CACHE_KEY_PREFIX) {
        return true;
    }
    let own = cache_key(config);
    let language_suffix = format!("|{}", config.language.as_deref().unwrap_or_default());
    key != own && key.starts_with(&source_prefix(config)) && key.ends_with(&language_suffix)
}

/// The `generated_at` of a stored snapshot, read from the start of its JSON without parsing
/// the jobs (the writer puts it before them).
pub fn stored_generated_at(entry: &str) -> Option<&str> {
    const MEMBER: &str = "\"generated_at\":\"";
    let (_, rest) =
        str_search::split_once(entry, MEMBER).filter(|(before, _)| before.len() < 200)?;
    rest.split_once('"').map(|(generated_at, _)| generated_at)
}
