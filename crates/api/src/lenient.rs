//! Field decoders that never fail: real Teamtailor data has nulls, numbers where strings are
//! documented and values newer than this code, and one odd field must not sink a whole page.
//!
//! They decode through `Scalar`, a visitor that keeps a scalar and skips anything nested,
//! rather than through `serde_json::Value`: the wasm bundle has a size budget and `Value`'s
//! map and number machinery would cost far more than these few lines.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Any JSON value, reduced to the scalar the widget could use.
enum Scalar {
    Text(String),
    Number(f64),
    Integer(i128),
    Flag(bool),
    Other,
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Scalar, E> {
        Ok(Scalar::Flag(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Scalar, E> {
        Ok(Scalar::Integer(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Scalar, E> {
        Ok(Scalar::Integer(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Scalar, E> {
        Ok(Scalar::Number(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Scalar, E> {
        Ok(Scalar::Text(value))
    }

    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scalar, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

fn scalar<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Scalar, D::Error> {
    deserializer.deserialize_any(ScalarVisitor)
}

/// A string, a number rendered as text, or `None` for null, blank and anything else.
pub fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match scalar(deserializer)? {
        Scalar::Text(text) if !text.trim().is_empty() => Some(text),
        Scalar::Integer(number) => Some(number.to_string()),
        // A fractional number where text belongs is not worth the float formatter's bytes.
        Scalar::Number(_) => None,
        _ => None,
    })
}

/// `true` only for a JSON `true` (or the strings "true"/"1"); anything else is `false`.
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    Ok(match scalar(deserializer)? {
        Scalar::Flag(value) => value,
        Scalar::Text(text) => text == "true" || text == "1",
        _ => false,
    })
}

/// A number, or a string holding one; `None` otherwise.
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    Ok(match scalar(deserializer)? {
        Scalar::Number(number) => Some(number),
        Scalar::Integer(number) => Some(number as f64),
        Scalar::Text(text) => text.trim().parse().ok(),
        _ => None,
    })
}

/// JSON:API ids are strings, but a numeric id is accepted rather than rejected.
pub fn id<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(string(deserializer)?.unwrap_or_default())
}

/// A count from `meta`: a non-negative integer or a string holding one.
pub fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    Ok(number(deserializer)?
        .filter(|value| *value >= 0.0 && value.fract() == 0.0 && *value <= f64::from(u32::MAX))
        .map(|value| value as u32))
}

/// Decodes `T` from a JSON object and `U` from an array; `None` for null or anything else.
/// Used where the API sends one of two shapes (to-one vs to-many linkage, URL vs variants).
pub fn object_or_array<'de, D, T, U>(deserializer: D) -> Result<Option<OneOf<T, U>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    U: Deserialize<'de>,
{
    deserializer.deserialize_any(ShapeVisitor(std::marker::PhantomData))
}

/// Which of the two shapes a value had.
pub enum OneOf<T, U> {
    Object(T),
    Array(U),
    Text(String),
}

struct ShapeVisitor<T, U>(std::marker::PhantomData<(T, U)>);

impl<'de, T: Deserialize<'de>, U: Deserialize<'de>> Visitor<'de> for ShapeVisitor<T, U> {
    type Value = Option<OneOf<T, U>>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an object, an array, a string or null")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| Some(OneOf::Object(t)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        U::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(|u| Some(OneOf::Array(u)))
    }

    fn visit_str<E>(self, value: &str) -> Result<Self::Value, E> {
        Ok(Some(OneOf::Text(value.to_owned())))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
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
        let parsed =
            probe(r#"{"text": {"a": [1, {"b": 2}]}, "flag": "yes", "number": [], "count": -3}"#);
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
