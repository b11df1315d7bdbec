//! Field decoders that never fail: real Teamtailor data has nulls, numbers where strings are
//! documented and values newer than this code, and one odd field must not sink a whole page.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A string, a number rendered as text, or `None` for null, empty and anything else.
pub fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) if !text.trim().is_empty() => Some(text),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// `true` only for a JSON `true` (or the strings "true"/"1"); anything else is `false`.
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Bool(value) => value,
        Value::String(text) => text == "true" || text == "1",
        _ => false,
    })
}

/// A number, or a string holding one; `None` otherwise.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    })
}

/// JSON:API ids are strings, but a numeric id is accepted rather than rejected.
pub fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::String(text) => text,
        Value::Number(number) => number.to_string(),
        _ => String::new(),
    })
}

/// A count from `meta`: a non-negative integer or a string holding one.
pub fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    Ok(number(deserializer)?
        .filter(|value| *value >= 0.0 && value.fract() == 0.0 && *value <= f64::from(u32::MAX))
        .map(|value| value as u32))
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Probe {
        #[serde(default, deserialize_with = "super::string")]
        text: Option<String>,
        #[serde(default, deserialize_with = "super::flag")]
        flag: bool,
        #[serde(default, deserialize_with = "super::number")]
        number: Option<f64>,
        #[serde(default, deserialize_with = "super::count")]
        count: Option<u32>,
    }

    fn probe(json: &str) -> Probe {
        serde_json::from_str(json).expect("probe parses")
    }

    #[test]
    fn odd_values_become_none_instead_of_errors() {
        let parsed = probe(r#"{"text": {"a": 1}, "flag": "yes", "number": [], "count": -3}"#);
        assert_eq!(parsed.text, None);
        assert!(!parsed.flag);
        assert_eq!(parsed.number, None);
        assert_eq!(parsed.count, None);
    }

    #[test]
    fn numbers_in_strings_and_strings_in_numbers_are_accepted() {
        let parsed = probe(r#"{"text": 42, "flag": true, "number": "5000.5", "count": "7"}"#);
        assert_eq!(parsed.text.as_deref(), Some("42"));
        assert!(parsed.flag);
        assert_eq!(parsed.number, Some(5000.5));
        assert_eq!(parsed.count, Some(7));
    }

    #[test]
    fn blank_strings_and_missing_fields_are_none() {
        let parsed = probe(r#"{"text": "  "}"#);
        assert_eq!(parsed.text, None);
        assert_eq!(parsed.count, None);
    }
}
