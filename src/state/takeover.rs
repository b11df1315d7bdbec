//! Taking over a board drawn before the wasm mounted (`[data-tt-first-rows]`): the page's
//! own prerendered board (a `careers snapshot` site) or the loader's first rows. Both are
//! the board's own markup, so swapping them for the widget's changes no pixel. The loader
//! script that came with them hands over what a reader did to them before the wasm came
//! (scripts/first-rows.js, `handOver`): typed text and choices go through the widget's own
//! controls, and focus comes back to where it was.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::board_host::BoardHost;

/// Swaps the early board for the widget's, once the widget has a screen of its own to show.
pub fn take_over_first_rows(host: &BoardHost) {
    let Some(early) = host.query("[data-tt-first-rows]") else {
        return;
    };
    let hand_over = Reflect::get(&early, &JsValue::from_str("teamtailorHandOver"))
        .ok()
        .and_then(|hand_over| hand_over.dyn_into::<Function>().ok());
    let handed_over = match (hand_over, host.container()) {
        (Some(hand_over), Some(root)) => hand_over.call1(&early, root).is_ok(),
        _ => false,
    };
    // Without a loader script, or should it fail, the early board still goes.
    if !handed_over {
        early.remove();
    }
}
