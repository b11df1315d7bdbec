//! Answers already on their way: `embed.js` and `first-request.js` start a board's first
//! requests before the wasm exists (scripts/first-request.js) and leave the pending
//! `fetch()` promises on the board's element. The client adopts each one once, for exactly
//! the URL it was asked for, so the first data needs no request of the wasm's own.

use rustc_hash::FxHashMap;
use std::cell::RefCell;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The element property the loader scripts write.
const PROPERTY: &str = "teamtailorFirstRequests";

thread_local! {
    static STARTED: RefCell<FxHashMap<String, Promise>> = RefCell::new(FxHashMap::default());
}

/// Takes over the requests the loader script started for the board on `element`.
pub fn adopt_from(element: &JsValue) {
    let Ok(started) = Reflect::get(element, &JsValue::from_str(PROPERTY)) else {
        return;
    };
    let Some(started) = started.dyn_ref::<Object>() else {
        return;
    };
    let _ = Reflect::delete_property(
        element.unchecked_ref::<Object>(),
        &JsValue::from_str(PROPERTY),
    );
    for entry in Object::entries(started).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        if let (Some(url), Ok(promise)) =
            (entry.get(0).as_string(), entry.get(1).dyn_into::<Promise>())
        {
            STARTED.with(|started| started.borrow_mut().insert(url, promise));
        }
    }
}

/// The pending response for `url`, if a loader script started one; each is used once.
pub fn take(url: &str) -> Option<Promise> {
    STARTED.with(|started| started.borrow_mut().remove(url))
}

/// The loader's promise that its first rows have painted, set on `holder` once the answer
/// they come from arrived (scripts/first-rows.js); it settles within a second.
pub fn rows_painted(holder: &JsValue) -> Option<Promise> {
    Reflect::get(holder, &JsValue::from_str("teamtailorRowsPainted"))
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}
