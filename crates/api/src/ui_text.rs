//! The board's UI text in each language it speaks: one [`Texts`] table per language, pure
//! data, so the widget and the native tools read the same words and tests run natively.

mod language;
mod pay_text;
mod plural;
mod tables;
mod text_pack;
mod texts;

pub use language::Language;
pub use plural::{PluralCategory, PluralText};
pub use text_pack::{decode_text_pack, text_pack_json};
pub use texts::Texts;
