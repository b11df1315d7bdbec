//! Texts with a count in them, in each plural form a language needs. Which form a number
//! takes is the locale's rule; the widget asks the browser (`Intl.PluralRules`).

/// A CLDR plural category, named as `Intl.PluralRules.prototype.select` returns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// `"few"` → `Few`; a name this enum does not know reads as `Other`, CLDR's catch-all.
    pub fn from_cldr(name: &str) -> Self {
        match name {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "few" => Self::Few,
            "many" => Self::Many,
            _ => Self::Other,
        }
    }
}

/// One text with `{n}` in it, per plural form. `few` and `many` are `None` in languages
/// whose whole numbers never take them (en: "1 job", "2 jobs"); Polish needs both
/// ("3 oferty", "5 ofert"). A category without a form of its own uses `other`.
pub struct PluralText {
    pub one: &'static str,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: &'static str,
}

impl PluralText {
    /// The form for `category`.
    pub fn form(&self, category: PluralCategory) -> &'static str {
        match category {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few.unwrap_or(self.other),
            PluralCategory::Many => self.many.unwrap_or(self.other),
            PluralCategory::Zero | PluralCategory::Two | PluralCategory::Other => self.other,
        }
    }

    /// The form for `category` with `count` in place of `{n}`.
    pub fn with_count(&self, count: usize, category: PluralCategory) -> String {
        crate::str_search::fill(self.form(category), "n", &count.to_string())
    }
}
