//! The languages the board's UI speaks, and how a BCP 47 tag picks one.

use super::tables;
use super::Texts;

/// The languages the board speaks; anything else falls back to English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Sv,
    De,
    Fr,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 4] = [Self::En, Self::Sv, Self::De, Self::Fr];

    /// `sv-SE` → Swedish; unsupported or empty tags → `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Self::En,
            "sv" => Self::Sv,
            "de" => Self::De,
            "fr" => Self::Fr,
            _ => return None,
        })
    }

    /// The BCP 47 code: the board's `lang` attribute and the locale of its dates.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Sv => "sv",
            Self::De => "de",
            Self::Fr => "fr",
        }
    }

    /// This language's text table.
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &tables::en::TEXTS,
            Self::Sv => &tables::sv::TEXTS,
            Self::De => &tables::de::TEXTS,
            Self::Fr => &tables::fr::TEXTS,
        }
    }
}
