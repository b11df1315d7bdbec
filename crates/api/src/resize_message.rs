//! Reading the apply iframe's height from its postMessage data. The caller has already
//! checked the message's source window and origin; this only decides what the data means.

use serde::Deserialize;

/// The smallest height a message may set, so a bad message cannot hide the form.
pub const MIN_APPLY_HEIGHT: u32 = 200;
/// The largest height a message may set, so a bad message cannot make the page endless.
pub const MAX_APPLY_HEIGHT: u32 = 20_000;

/// The `data` of a message event, as the widget reads it from the JS value.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageData {
    /// A string: JSON or iframe-resizer's `[iFrameSizer]` format.
    Text(String),
    /// A plain object's `type` (when a string) and `height` (when a number).
    Object {
        kind: Option<String>,
        height: Option<f64>,
    },
}

/// The iframe height a resize message asks for, clamped to 200..=20000; `None` when the data
/// is not a resize message or its height is missing, negative or not a finite number.
pub fn resize_height(data: &MessageData) -> Option<u32> {
    match data {
        MessageData::Object { kind, height } => object_height(kind.as_deref()?, (*height)?),
        MessageData::Text(text) => match text.strip_prefix("[iFrameSizer]") {
            Some(fields) => iframe_resizer_height(fields),
            None => json_height(text),
        },
    }
}

fn object_height(kind: &str, height: f64) -> Option<u32> {
    matches!(kind, "resize" | "setHeight" | "teamtailor:resize").then_some(())?;
    clamp_height(height)
}

/// The two members a JSON resize message needs; others are skipped.
#[derive(Deserialize)]
struct JsonResize {
    #[serde(rename = "type", default, deserialize_with = "crate::lenient::string")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "finite_number")]
    height: Option<f64>,
}

/// Unlike `lenient::number`, a height given as a string is not a resize message.
fn finite_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(Option::<f64>::deserialize(d).ok().flatten())
}

fn json_height(text: &str) -> Option<u32> {
    let message: JsonResize = serde_json::from_str(text).ok()?;
    object_height(message.kind.as_deref()?, message.height?)
}

/// `ID:HEIGHT:WIDTH:TYPE`. Types that carry something other than a size in these fields
/// (scroll positions, page info, messages, close) are ignored, as iframe-resizer does.
fn iframe_resizer_height(fields: &str) -> Option<u32> {
    let mut fields = fields.split(':');
    let height = fields.nth(1)?.trim().parse().ok()?;
    let kind = fields.nth(1).unwrap_or_default();
    let not_a_size = matches!(
        kind,
        "close"
            | "message"
            | "mouseenter"
            | "mouseleave"
            | "autoResize"
            | "scrollTo"
            | "scrollToOffset"
            | "scrollBy"
            | "pageInfo"
            | "pageInfoStop"
            | "parentInfo"
            | "parentInfoStop"
            | "inPageLink"
            | "reset"
    );
    if not_a_size {
        return None;
    }
    clamp_height(height)
}

fn clamp_height(height: f64) -> Option<u32> {
    if !height.is_finite() || height < 0.0 {
        return None;
    }
    // Round up so a fractional content height never leaves a one-pixel scrollbar.
    Some((height.ceil() as u32).clamp(MIN_APPLY_HEIGHT, MAX_APPLY_HEIGHT))
}

#[cfg(test)]
mod tests {
    use super::{resize_height, MessageData};

    fn object(kind: &str, height: f64) -> MessageData {
        MessageData::Object {
            kind: Some(kind.into()),
            height: Some(height),
        }
    }

    fn text(data: &str) -> Option<u32> {
        resize_height(&MessageData::Text(data.into()))
    }

    #[test]
    fn object_messages_of_the_three_accepted_types_set_the_height() {
        assert_eq!(resize_height(&object("resize", 640.0)), Some(640));
        assert_eq!(resize_height(&object("setHeight", 1234.0)), Some(1234));
        assert_eq!(
            resize_height(&object("teamtailor:resize", 900.0)),
            Some(900)
        );
    }

    #[test]
    fn heights_are_clamped_and_rounded_up() {
        assert_eq!(resize_height(&object("resize", 0.0)), Some(200));
        assert_eq!(resize_height(&object("resize", 199.0)), Some(200));
        assert_eq!(resize_height(&object("resize", 1e9)), Some(20_000));
        assert_eq!(resize_height(&object("resize", 640.2)), Some(641));
    }

    #[test]
    fn nan_infinite_negative_and_missing_heights_are_ignored() {
        for height in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0] {
            assert_eq!(resize_height(&object("resize", height)), None, "{height}");
        }
        let missing = MessageData::Object {
            kind: Some("resize".into()),
            height: None,
        };
        assert_eq!(resize_height(&missing), None);
    }

    #[test]
    fn other_or_missing_types_are_ignored() {
        assert_eq!(resize_height(&object("Resize", 640.0)), None);
        assert_eq!(resize_height(&object("teamtailor:ready", 640.0)), None);
        let untyped = MessageData::Object {
            kind: None,
            height: Some(640.0),
        };
        assert_eq!(resize_height(&untyped), None);
    }

    #[test]
    fn json_strings_are_read_like_objects() {
        assert_eq!(
            text(r#"{"type":"teamtailor:resize","height":720}"#),
            Some(720)
        );
        assert_eq!(
            text(r#" {"height": 300.5, "type": "setHeight"} "#),
            Some(301)
        );
        assert_eq!(text(r#"{"type":"resize","height":"720"}"#), None);
        assert_eq!(text(r#"{"type":"resize","height":-5}"#), None);
        assert_eq!(text(r#"{"type":"other","height":720}"#), None);
        assert_eq!(text(r#"[{"type":"resize","height":720}]"#), None);
        assert_eq!(text("{not json"), None);
        assert_eq!(text("720"), None);
    }

    #[test]
    fn iframe_resizer_strings_give_their_second_field() {
        assert_eq!(text("[iFrameSizer]apply:845:600:resize"), Some(845));
        assert_eq!(
            text("[iFrameSizer]iFrameResizer0:345.5:800:init"),
            Some(346)
        );
        assert_eq!(
            text("[iFrameSizer]apply:50:600:mutationObserver"),
            Some(200)
        );
        assert_eq!(text("[iFrameSizer]apply:845"), Some(845));
    }

    #[test]
    fn iframe_resizer_strings_without_a_size_are_ignored() {
        assert_eq!(text("[iFrameSizer]apply:0:0:close"), None);
        assert_eq!(text("[iFrameSizer]apply:120:30:scrollTo"), None);
        assert_eq!(text("[iFrameSizer]apply:0:0:message:{\"a\":1}"), None);
        assert_eq!(text("[iFrameSizer]apply:abc:600:resize"), None);
        assert_eq!(text("[iFrameSizer]apply:-4:600:resize"), None);
        assert_eq!(text("[iFrameSizer]apply"), None);
        assert_eq!(text("[iFrameSizer]apply:NaN:600:resize"), None);
        assert_eq!(text("iFrameSizer]apply:845:600:resize"), None);
    }
}
