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
    /// Norwegian Bokmål, also for `no` and Nynorsk (`nn`) readers.
    Nb,
    Da,
    Fi,
    Nl,
    Es,
    It,
    Pl,
    /// Brazilian Portuguese, also for `pt-PT` readers.
    Pt,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 12] = [
        Self::En,
        Self::Sv,
        Self::De,
        Self::Fr,
        Self::Nb,
        Self::Da,
        Self::Fi,
        Self::Nl,
        Self::Es,
        Self::It,
        Self::Pl,
        Self::Pt,
    ];

    /// `sv-SE` → Swedish, `no` → Bokmål; unsupported or empty tags → `None`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Self::En,
            "sv" => Self::Sv,
            "de" => Self::De,
            "fr" => Self::Fr,
            // Nynorsk readers read Bokmål well; a Nynorsk table would be a language of its own.
            "nb" | "no" | "nn" => Self::Nb,
            "da" => Self::Da,
            "fi" => Self::Fi,
            "nl" => Self::Nl,
            "es" => Self::Es,
            "it" => Self::It,
            "pl" => Self::Pl,
            "pt" => Self::Pt,
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
            Self::Nb => "nb",
            Self::Da => "da",
            Self::Fi => "fi",
            Self::Nl => "nl",
            Self::Es => "es",
            Self::It => "it",
            Self::Pl => "pl",
            Self::Pt => "pt",
        }
    }

    /// This language's text table.
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &tables::en::TEXTS,
            Self::Sv => &tables::sv::TEXTS,
            Self::De => &tables::de::TEXTS,
            Self::Fr => &tables::fr::TEXTS,
            Self::Nb => &tables::nb::TEXTS,
            Self::Da => &tables::da::TEXTS,
            Self::Fi => &tables::fi::TEXTS,
            Self::Nl => &tables::nl::TEXTS,
            Self::Es => &tables::es::TEXTS,
            Self::It => &tables::it::TEXTS,
            Self::Pl => &tables::pl::TEXTS,
            Self::Pt => &tables::pt::TEXTS,
        }
    }
}
