//! The browser's own parsed JSON as a [`JsonNode`] for the api crate's decoders: `JSON.parse`
//! and `Response.json()` run in the engine, so the wasm ships no JSON or float parser.

use js_sys::{Array, Reflect, JSON};
use teamtailor_api::JsonNode;
use wasm_bindgen::{JsCast, JsValue};

/// A value from `JSON.parse`, `Response.json()` or a message event.
#[derive(Clone, Debug)]
pub struct BrowserJson(pub JsValue);

impl JsonNode for BrowserJson {
    fn parse(text: &str) -> Result<Self, String> {
        JSON::parse(text)
            .map(Self)
            .map_err(|error| describe(&error))
    }

    fn member(&self, key: &str) -> Option<Self> {
        if !self.0.is_object() {
            return None;
        }
        let value = Reflect::get(&self.0, &JsValue::from_str(key)).ok()?;
        (!value.is_null() && !value.is_undefined()).then_some(Self(value))
    }

    fn elements(&self) -> Option<Vec<Self>> {
        let array = self.0.dyn_ref::<Array>()?;
        Some(array.iter().map(Self).collect())
    }

    fn is_object(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn member_names(&self) -> Option<Vec<String>> {
        if !JsonNode::is_object(self) {
            return None;
        }
        let mut names: Vec<String> = js_sys::Object::keys(self.0.unchecked_ref::<js_sys::Object>())
            .iter()
            .filter_map(|name| name.as_string())
            .collect();
        // The engine keeps insertion order; sorting matches the native tree's order.
        teamtailor_api::sort_order::sort(&mut names);
        Some(names)
    }

    fn text(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn flag(&self) -> Option<bool> {
        self.0.as_bool()
    }

    fn number_in_text(text: &str) -> Option<f64> {
        // JavaScript's `new Number(text)`: it trims like Rust's parser after `trim`, and gives
        // NaN for the rest.
        let value = text.parse::<js_sys::Number>().ok()?.value_of();
        (!value.is_nan()).then_some(value)
    }
}

/// The message of a thrown error (a `SyntaxError` from `JSON.parse`, say).
pub fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "an error without a message".to_owned())
}
