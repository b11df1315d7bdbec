//! The one view of parsed JSON that every decoder here walks.
//!
//! The decoders never see JSON text. Natively the tree is `serde_json::Value` (feature
//! `serde_json`, on by default); in the widget it is the browser's own `JSON.parse` result, so
//! the wasm carries no JSON parser, no float parser and no serde visitors at all.

/// A parsed JSON value: an object, array, string, number, boolean or null.
pub trait JsonNode: Sized {
    /// Parses JSON text; the error says why, for `ApiError::Malformed`.
    fn parse(text: &str) -> Result<Self, String>;

    /// The member `key` of an object; `None` when this is not an object, or the member is
    /// absent or null.
    fn member(&self, key: &str) -> Option<Self>;

    /// The elements of an array; `None` when this is not an array.
    fn elements(&self) -> Option<Vec<Self>>;

    /// Whether this is an object (not an array, not null).
    fn is_object(&self) -> bool;

    /// The member names of an object, sorted so every implementation walks them in the same
    /// order; `None` when this is not an object. Recruitee keys translations by language.
    fn member_names(&self) -> Option<Vec<String>>;

    /// The text of a string; `None` for anything else.
    fn text(&self) -> Option<String>;

    /// The value of a number; `None` for anything else.
    fn number(&self) -> Option<f64>;

    /// The value of a boolean; `None` for anything else.
    fn flag(&self) -> Option<bool>;

    /// Reads a number written as text ("5000.5"), as the API sometimes sends. Natively Rust's
    /// parser; the widget overrides it with the browser's `Number()`.
    fn number_in_text(text: &str) -> Option<f64> {
        text.trim().parse().ok()
    }
}

#[cfg(feature = "serde_json")]
impl JsonNode for serde_json::Value {
    fn parse(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }

    fn member(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|value| !value.is_null()).cloned()
    }

    fn elements(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }

    fn is_object(&self) -> bool {
        self.is_object()
    }

    fn member_names(&self) -> Option<Vec<String>> {
        let mut names: Vec<String> = self.as_object()?.keys().cloned().collect();
        names.sort();
        Some(names)
    }

    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn flag(&self) -> Option<bool> {
        self.as_bool()
    }
}
