//! The languages the board's UI speaks, and how a BCP 47 tag picks one.

use std::sync::Mutex;

use super::tables;
use super::Texts;

/// Text packs installed at run time, by [`Language::index`]. A lock, not a cell, so the
/// static is `Sync`; the widget is single-threaded and never waits on it.
static INSTALLED: Mutex<[Option<&'static Texts>; 12]> = Mutex::new([None; 12]);

fn installed_texts(language: Language) -> Option<&'static Texts> {
    INSTALLED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())[language.index()]
}

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

    /// This language's table: compiled in, else the pack installed for it, else English's
    /// (while a pack loads, or when it could not be read).
    pub fn texts(self) -> &'static Texts {
        self.bundled_texts()
            .or_else(|| installed_texts(self))
            .unwrap_or(&tables::en::TEXTS)
    }

    /// Whether [`texts`](Self::texts) gives this language's own words: compiled in, or its
    /// pack installed.
    pub fn has_texts(self) -> bool {
        self.bundled_texts().is_some() || installed_texts(self).is_some()
    }

    /// Makes `texts` this language's table for the rest of the program (a text pack the
    /// widget read; the first one installed stays).
    pub fn install_texts(self, texts: Texts) {
        let mut installed = INSTALLED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let slot = &mut installed[self.index()];
        if slot.is_none() {
            *slot = Some(Box::leak(Box::new(texts)));
        }
    }

    /// The table compiled into this build: every one with `ui-text-tables`, else English's.
    pub fn bundled_texts(self) -> Option<&'static Texts> {
        #[cfg(feature = "ui-text-tables")]
        let table = match self {
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
        };
        #[cfg(not(feature = "ui-text-tables"))]
        let table = match self {
            Self::En => &tables::en::TEXTS,
            _ => return None,
        };
        Some(table)
    }

    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|language| *language == self)
            .unwrap_or_default()
    }
}
