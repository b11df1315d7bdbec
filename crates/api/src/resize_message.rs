//! Reading the apply iframe's height from its postMessage data. The caller has already
//! checked the message's source window and origin; this only decides what the data means.

use crate::json_node::JsonNode;

/// The smallest height a message may set, so a bad message cannot hide the form.
pub const MIN_APPLY_HEIGHT: u32 = 200;
/// The largest height a message may set, so a bad message cannot make the page endless.
pub const MAX_APPLY_HEIGHT: u32 = 20_000;

/// The iframe height a message's `data` asks for, clamped to 200..=20000; `None` when the
/// data is not a resize message or its height is missing, negative or not a finite number.
///
/// `data` is an object with `type` and `height`, the same as JSON text, or iframe-resizer's
/// `[iFrameSizer]` text.
pub fn resize_height<J: JsonNode>(data: &J) -> Option<u32> {
    let Some(text) = data.text() else {
        return object_height(data);
    };
    match text.strip_prefix("[iFrameSizer]") {
        Some(fields) => iframe_resizer_height::<J>(fields),
        None => object_height(&J::parse(&text).ok()?),
    }
}

/// Unlike the lenient job fields, a height given as a string is not a resize message.
fn object_height<J: JsonNode>(message: &J) -> Option<u32> {
    let kind = message.member("type")?.text()?;
    matches!(kind.as_str(), "resize" | "setHeight" | "teamtailor:resize").then_some(())?;
    clamp_height(message.member("height")?.number()?)
}

/// `ID:HEIGHT:WIDTH:TYPE`. Types that carry something other than a size in these fields
/// (scroll positions, page info, messages, close) are ignored, as iframe-resizer does.
fn iframe_resizer_height<J: JsonNode>(fields: &str) -> Option<u32> {
    let mut fields = fields.split(':');
    let height = Some(fields.nth(1)?.trim())
        .filter(|height| !height.is_empty())
        .and_then(J::number_in_text)?;
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

#[cfg(all(test, feature = "serde_json"))]
mod tests {
    use serde_json::{json, Value};

    fn resize_height(data: &Value) -> Option<u32> {
        super::resize_height(data)
    }

    fn object(kind: &str, height: f64) -> Value {
        json!({"type": kind, "height": height})
    }

    fn text(data: &str) -> Option<u32> {
        resize_height(&Value::String(data.into()))
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
    fn negative_missing_and_non_numeric_heights_are_ignored() {
        // JSON has no NaN or infinity; the widget's browser values are checked in tests/web.rs.
        assert_eq!(resize_height(&object("resize", -1.0)), None);
        assert_eq!(resize_height(&json!({"type": "resize"})), None);
        assert_eq!(
            resize_height(&json!({"type": "resize", "height": null})),
            None
        );
        assert_eq!(
            resize_height(&json!({"type": "resize", "height": [640]})),
            None
        );
    }

    #[test]
    fn other_or_missing_types_are_ignored() {
        assert_eq!(resize_height(&object("Resize", 640.0)), None);
        assert_eq!(resize_height(&object("teamtailor:ready", 640.0)), None);
        assert_eq!(resize_height(&json!({"height": 640})), None);
        assert_eq!(resize_height(&json!(640)), None);
        assert_eq!(resize_height(&json!(null)), None);
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
        assert_eq!(text("[iFrameSizer]apply::600:resize"), None);
        assert_eq!(text("[iFrameSizer]apply:NaN:600:resize"), None);
        assert_eq!(text("iFrameSizer]apply:845:600:resize"), None);
    }
}
