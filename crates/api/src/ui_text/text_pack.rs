//! A language's UI text as a JSON object of its [`entries`](Texts::entries): a text pack.
//! The widget compiles in English only and reads the board's language from
//! `i18n/{code}.json` (written from the tables by `examples/write_text_packs.rs`, and
//! checked against them by a test), so a first view carries one table instead of twelve.

use crate::json_node::JsonNode;
use crate::json_writer::write_string;
use crate::lenient::text_of;

use super::Texts;

/// The pack of `texts`: one entry per line, in table order, so a changed word is a one-line
/// diff in review.
pub fn text_pack_json(texts: &Texts) -> String {
    let mut out = String::from("{\n");
    let entries = texts.entries();
    for (at, (name, text)) in entries.iter().enumerate() {
        out.push_str("  ");
        write_string(&mut out, name);
        out.push_str(": ");
        write_string(&mut out, text);
        out.push_str(if at + 1 < entries.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}

/// Reads a pack. Its strings live as long as the program (a board keeps its language), so
/// they are leaked once; a pack that lacks an entry is refused with the entry's name.
pub fn decode_text_pack<J: JsonNode>(pack: &J) -> Result<Texts, String> {
    Texts::from_entries(|name| text_of(pack, name).map(|text| &*Box::leak(text.into_boxed_str())))
        .map_err(|missing| format!("the text pack has no \"{missing}\""))
}
