//! Compact JSON text, written by hand: the board writes only its own snapshot format, and a
//! serializer framework would cost the wasm far more than these few functions.
//!
//! `<`, `>`, `&` and the two JavaScript line separators are always escaped, so the output can
//! also sit inside an HTML `<script>` element without ending it.

use std::fmt::Write;

/// One JSON object being written; members are added in call order.
pub struct ObjectWriter<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> ObjectWriter<'a> {
    /// Writes `{` and returns the writer for the members.
    pub fn open(out: &'a mut String) -> Self {
        out.push('{');
        Self { out, empty: true }
    }

    /// A member whose value `value` writes.
    pub fn member(&mut self, key: &str, value: impl FnOnce(&mut String)) -> &mut Self {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        write_string(self.out, key);
        self.out.push(':');
        value(self.out);
        self
    }

    /// A string member.
    pub fn string(&mut self, key: &str, value: &str) -> &mut Self {
        self.member(key, |out| write_string(out, value))
    }

    /// A string member, left out when `None`.
    pub fn optional_string(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(value) => self.string(key, value),
            None => self,
        }
    }

    /// A number member, left out when `None`.
    pub fn optional_number(&mut self, key: &str, value: Option<f64>) -> &mut Self {
        match value {
            Some(value) => self.member(key, |out| write_number(out, value)),
            None => self,
        }
    }

    /// A `true` member, left out when false.
    pub fn true_flag(&mut self, key: &str, value: bool) -> &mut Self {
        match value {
            true => self.member(key, |out| out.push_str("true")),
            false => self,
        }
    }

    /// Writes `}`.
    pub fn close(&mut self) {
        self.out.push('}');
    }
}

/// A JSON array of `items`, each written by `item`.
pub fn write_array<T>(out: &mut String, items: &[T], mut item: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (index, value) in items.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        item(out, value);
    }
    out.push(']');
}

/// A quoted, escaped JSON string.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1f}' => {
                // Writing into a String cannot fail.
                let _ = write!(out, "\\u{:04x}", u32::from(character));
            }
            other => match script_escape(other) {
                Some(escape) => out.push_str(escape),
                None => out.push(other),
            },
        }
    }
    out.push('"');
}

/// The JSON escape for the characters that could end an HTML `<script>` or open a comment in
/// it, or break a JavaScript string (`<`, `>`, `&`, U+2028, U+2029); `None` for the rest. They
/// can only stand inside JSON strings, where the escape means the same character.
pub fn script_escape(character: char) -> Option<&'static str> {
    Some(match character {
        '<' => "\\u003c",
        '>' => "\\u003e",
        '&' => "\\u0026",
        '\u{2028}' => "\\u2028",
        '\u{2029}' => "\\u2029",
        _ => return None,
    })
}

/// A finite number: whole numbers exactly, fractions to six decimals (salaries and counts
/// need no more), without pulling in the float formatter. Non-finite numbers become `null`.
pub fn write_number(out: &mut String, value: f64) {
    const MICROS: f64 = 1_000_000.0;
    if !value.is_finite() || value.abs() >= 9.0e15 / MICROS {
        out.push_str("null");
        return;
    }
    let micros = (value.abs() * MICROS).round() as u64;
    if value < 0.0 && micros != 0 {
        out.push('-');
    }
    let whole = micros / 1_000_000;
    let fraction = micros % 1_000_000;
    let _ = write!(out, "{whole}");
    if fraction != 0 {
        let digits = format!("{fraction:06}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

#[cfg(all(test, feature = "serde_json"))]
mod tests {
    use super::*;

    fn number(value: f64) -> String {
        let mut out = String::new();
        write_number(&mut out, value);
        out
    }

    fn string(text: &str) -> String {
        let mut out = String::new();
        write_string(&mut out, text);
        out
    }

    #[test]
    fn numbers_are_written_as_json_reads_them_back() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(42_000.0), "42000");
        assert_eq!(number(5000.5), "5000.5");
        assert_eq!(number(-1.25), "-1.25");
        assert_eq!(number(0.000_001), "0.000001");
        assert_eq!(number(f64::NAN), "null");
        assert_eq!(number(f64::INFINITY), "null");
        for value in [0.1, 99.99, 123_456.789, 1e9] {
            let read: f64 = serde_json::from_str(&number(value)).unwrap();
            assert!((read - value).abs() < 1e-6, "{value} came back as {read}");
        }
    }

    #[test]
    fn strings_survive_a_round_trip_and_cannot_close_a_script() {
        for text in [
            "plain",
            "quote \" and \\ back",
            "line\nbreak\ttab\r",
            "\u{1}\u{1f}",
            "</script><!--",
            "å ä ö 😀",
            "\u{2028}\u{2029}",
        ] {
            let written = string(text);
            assert!(
                !written.contains('<') && !written.contains('>'),
                "{written}"
            );
            let read: String = serde_json::from_str(&written).unwrap();
            assert_eq!(read, text);
        }
    }

    #[test]
    fn objects_leave_out_absent_members_and_keep_the_order() {
        let mut out = String::new();
        ObjectWriter::open(&mut out)
            .string("a", "1")
            .optional_string("b", None)
            .optional_number("c", Some(2.0))
            .true_flag("d", false)
            .true_flag("e", true)
            .member("f", |out| {
                write_array(out, &["x", "y"], |out, item| write_string(out, item))
            })
            .close();
        assert_eq!(out, r#"{"a":"1","c":2,"e":true,"f":["x","y"]}"#);
    }
}
