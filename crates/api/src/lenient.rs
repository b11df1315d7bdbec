//! Field readers that never fail: real Teamtailor data has nulls, numbers where strings are
//! documented and values newer than this code, and one odd field must not sink a whole page.

use crate::json_node::JsonNode;

/// A string, an integer rendered as text, or `None` for null, blank and anything else.
pub fn string<J: JsonNode>(node: Option<J>) -> Option<String> {
    let node = node?;
    if let Some(text) = node.text() {
        return (!text.trim().is_empty()).then_some(text);
    }
    // A fractional number where text belongs is not worth a float formatter's bytes.
    integer_text(node.number()?)
}

/// `member` of `node` read with [`string`].
pub fn text_of<J: JsonNode>(node: &J, member: &str) -> Option<String> {
    string(node.member(member))
}

/// `true` only for a JSON `true` (or the strings "true"/"1"); anything else is `false`.
pub fn flag<J: JsonNode>(node: Option<J>) -> bool {
    let Some(node) = node else { return false };
    match (node.flag(), node.text()) {
        (Some(value), _) => value,
        (None, Some(text)) => text == "true" || text == "1",
        (None, None) => false,
    }
}

/// A finite number, or a string holding one; `None` otherwise.
pub fn number<J: JsonNode>(node: Option<J>) -> Option<f64> {
    let node = node?;
    let value = match node.text() {
        Some(text) if !text.trim().is_empty() => J::number_in_text(&text)?,
        Some(_) => return None,
        None => node.number()?,
    };
    value.is_finite().then_some(value)
}

/// JSON:API ids are strings, but a numeric id is accepted rather than rejected.
pub fn id<J: JsonNode>(node: Option<J>) -> String {
    string(node).unwrap_or_default()
}

/// A count from `meta`: a non-negative integer or a string holding one.
pub fn count<J: JsonNode>(node: Option<J>) -> Option<u32> {
    number(node)
        .filter(|value| *value >= 0.0 && value.fract() == 0.0 && *value <= f64::from(u32::MAX))
        .map(|value| value as u32)
}

/// The decimal text of a whole number that a double holds exactly; ids beyond 2^53 would
/// already have lost digits in any JSON parser that reads numbers as doubles.
fn integer_text(value: f64) -> Option<String> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (value.fract() == 0.0 && value.abs() <= EXACT).then(|| (value as i64).to_string())
}

#[cfg(all(test, feature = "serde_json"))]
mod tests {
    use serde_json::{json, Value};

    fn member(value: &Value, key: &str) -> Option<Value> {
        crate::JsonNode::member(value, key)
    }

    #[test]
    fn odd_values_become_none_instead_of_errors() {
        let probe = json!({"text": {"a": [1, {"b": 2}]}, "flag": "yes", "number": [], "count": -3});
        assert_eq!(super::string(member(&probe, "text")), None);
        assert!(!super::flag(member(&probe, "flag")));
        assert_eq!(super::number(member(&probe, "number")), None);
        assert_eq!(super::count(member(&probe, "count")), None);
    }

    #[test]
    fn numbers_in_strings_and_strings_in_numbers_are_accepted() {
        let probe = json!({"text": 42, "flag": true, "number": "5000.5", "count": "7"});
        assert_eq!(super::string(member(&probe, "text")).as_deref(), Some("42"));
        assert!(super::flag(member(&probe, "flag")));
        assert_eq!(super::number(member(&probe, "number")), Some(5000.5));
        assert_eq!(super::count(member(&probe, "count")), Some(7));
    }

    #[test]
    fn blank_strings_missing_fields_and_fractions_as_text_are_none() {
        let probe = json!({"text": "  ", "fraction": 1.5, "number": " "});
        assert_eq!(super::string(member(&probe, "text")), None);
        assert_eq!(super::string(member(&probe, "fraction")), None);
        assert_eq!(super::number(member(&probe, "number")), None);
        assert_eq!(super::count(member(&probe, "count")), None);
    }

    #[test]
    fn negative_and_large_whole_numbers_keep_every_digit_as_text() {
        let probe = json!({"negative": -12, "large": 9_007_199_254_740_992_u64});
        assert_eq!(super::id(member(&probe, "negative")), "-12");
        assert_eq!(super::id(member(&probe, "large")), "9007199254740992");
    }
}
