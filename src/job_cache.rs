//! The last good API answer in localStorage, so a repeat visit paints at once and then
//! refreshes. Keyed by everything that changes the answer; a full or disabled storage only
//! means no cache.

use teamtailor_api::WidgetConfig;

/// Bump when the stored shape changes, so old entries are ignored.
const FORMAT: &str = "tt-jobs:v1";

fn key(config: &WidgetConfig) -> String {
    format!(
        "{FORMAT}:{}|{}|{}|{}",
        config.source.as_deref().unwrap_or(&config.api_base),
        config.api_key,
        config.api_version.as_str(),
        config.language.as_deref().unwrap_or_default()
    )
}

fn storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// The page bodies stored for this configuration.
pub fn read(config: &WidgetConfig) -> Option<Vec<String>> {
    let text = storage()?.get_item(&key(config)).ok()??;
    serde_json::from_str(&text).ok()
}

/// Stores the page bodies; failure (quota, private mode) is not an error for the user.
pub fn write(config: &WidgetConfig, pages: &[String]) {
    let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(pages)) else {
        return;
    };
    if storage.set_item(&key(config), &text).is_err() {
        let _ = storage.remove_item(&key(config));
    }
}
