//! Finds the board's element, reads its configuration and mounts the app into it.

use leptos::prelude::*;
use teamtailor_api::WidgetConfig;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::ui::{Board, ConfigErrorView};

/// The id of the element `index.html` gives the full-page board.
pub const BOARD_ELEMENT_ID: &str = "tt-board";

/// Mounts the board into `#tt-board`, configured by that element's `data-*` attributes.
/// A bad configuration is shown in the page and the console, and no request is sent.
pub fn mount_board() {
    let Some(host) = document()
        .get_element_by_id(BOARD_ELEMENT_ID)
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        leptos::logging::error!(
            "[teamtailor] no element with id \"{BOARD_ELEMENT_ID}\" to mount the board in"
        );
        return;
    };
    let dataset = host.dataset();
    let config = WidgetConfig::from_attributes(|name| dataset.get(&attribute_to_dataset_key(name)));
    // The element's fallback content (<noscript>) is replaced by the app.
    host.set_inner_html("");
    match config {
        Ok(config) => mount_to(host, move || view! { <Board config /> }).forget(),
        Err(error) => {
            leptos::logging::error!("[teamtailor] {error}");
            let message = error.to_string();
            mount_to(host, move || view! { <ConfigErrorView message /> }).forget()
        }
    }
}

/// `api-key` → `apiKey`, the DOMStringMap spelling of `data-api-key`.
fn attribute_to_dataset_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    let mut upper = false;
    for character in name.chars() {
        if character == '-' {
            upper = true;
        } else if upper {
            key.extend(character.to_uppercase());
            upper = false;
        } else {
            key.push(character);
        }
    }
    key
}
