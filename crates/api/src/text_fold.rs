//! Case and accent folding so "Göteborg", "GOTEBORG" and "goteborg" compare equal in search.
//!
//! ASCII and the Latin letters of U+00C0..=U+017F fold here, with two small tables. Other
//! cased scripts (Greek, Cyrillic, Armenian, …) need Unicode's lower-case mapping, which is
//! a [`LowerCase`] function: std's natively, the browser's `toLowerCase` in the widget. The
//! browser has those tables loaded already; std's would cost the wasm about 5 KB brotli.

/// Base letters of U+00C0..=U+00FF, one byte per code point. Upper-case bytes stand for two
/// letters (see `expand`) and `*` keeps the character (× and ÷). A table this small beats
/// pulling in a Unicode normalization crate, which the wasm size budget cannot afford.
const LATIN_1: &[u8; 64] = b"aaaaaaAceeeeiiiidnooooo*ouuuuyTSaaaaaaAceeeeiiiidnooooo*ouuuuyTy";
/// Base letters of Latin Extended-A, U+0100..=U+017F, encoded like `LATIN_1`.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkkllllllllllnnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Lower-cases a whole text in every script, as [`str::to_lowercase`] does.
pub type LowerCase = fn(&str) -> String;

/// Lower-cases `text` and strips diacritics from Latin letters (å→a, ß→ss, æ→ae, ł→l), with
/// std's Unicode tables for other scripts. See [`fold_with`].
pub fn fold(text: &str) -> String {
    fold_with(text, str::to_lowercase)
}

/// [`fold`] with `lower_case` for the scripts the Latin tables do not cover. It is called at
/// most once, on the whole text, and only when the text has a character that may have case.
pub fn fold_with(text: &str, lower_case: LowerCase) -> String {
    fold_cased(text, Some(lower_case))
}

/// Folds `text` in one pass. At the first character that may have case beyond the Latin
/// tables, it starts over on `lower_case(text)`; `None` means the text is lower-cased already.
fn fold_cased(text: &str, lower_case: Option<LowerCase>) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // Most text is ASCII: lower-case each ASCII run in one go, then fold one other char.
        // (The first non-ASCII byte starts a char, so the split cannot fail.)
        let ascii_len = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (ascii, others) = rest.split_at_checked(ascii_len).unwrap_or((rest, ""));
        let start = folded.len();
        folded.push_str(ascii);
        if let Some(run) = folded.get_mut(start..) {
            run.make_ascii_lowercase();
        }
        let mut chars = others.chars();
        let Some(c) = chars.next() else {
            return folded;
        };
        if let Some(lower_case) = lower_case.filter(|_| needs_unicode_case(c)) {
            return fold_cased(&lower_case(text), None);
        }
        push_folded(c, &mut folded);
        rest = chars.as_str();
    }
}

/// Whether `c` may have a lower-case form that the Latin tables do not give. False for the
/// punctuation, symbol and CJK blocks job texts are full of (dashes, quotes, bullets, emoji),
/// so an English or Swedish text never needs [`LowerCase`].
fn needs_unicode_case(c: char) -> bool {
    !matches!(c,
        '\0'..='\u{17F}'
        | '\u{300}'..='\u{36F}'
        | '\u{2000}'..='\u{20FF}'
        | '\u{2190}'..='\u{245F}'
        | '\u{2500}'..='\u{2BFF}'
        | '\u{3000}'..='\u{A4FF}'
        | '\u{AC00}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE00}'..='\u{FE6F}'
        | '\u{1F000}'..='\u{1FAFF}'
        | '\u{20000}'..)
}

/// Splits folded text into runs of letters and digits; punctuation, symbols and spaces
/// separate words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(separates_words).filter(|word| !word.is_empty())
}

/// Whether `c` separates words. Without Unicode's letter tables (about 2 KB brotli in the wasm):
/// ASCII and Latin-1 are exact; elsewhere the punctuation, symbol and space blocks separate,
/// and every other character belongs to a word. A stray mark left on a word's end still
/// lets the word's prefixes match, which is all the search asks of it.
fn separates_words(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => !c.is_ascii_alphanumeric(),
        'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾' => false,
        '\u{80}'..='\u{BF}' | '×' | '÷' => true,
        '\u{1680}'
        | '\u{2000}'..='\u{206F}'
        | '\u{20A0}'..='\u{20CF}'
        | '\u{2190}'..='\u{245F}'
        | '\u{2500}'..='\u{2775}'
        | '\u{2794}'..='\u{2BFF}'
        | '\u{2E00}'..='\u{2E2E}'
        | '\u{2E30}'..='\u{2E7F}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{3030}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FEFF}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
        | '\u{1F300}'..='\u{1FAFF}' => true,
        _ => false,
    }
}

fn push_folded(c: char, out: &mut String) {
    let code = c as usize;
    let base = match code {
        0xC0..=0xFF => LATIN_1[code - 0xC0],
        0x100..=0x17F => LATIN_EXTENDED_A[code - 0x100],
        // Combining marks: decomposed input ("o" + U+0308) folds like the composed letter.
        0x300..=0x36F => return,
        _ => b'*',
    };
    match expand(base) {
        Some(letters) => out.push_str(letters),
        // Search matches σ however a word ends: final sigma is only a spelling of it.
        None if c == 'ς' => out.push('σ'),
        None if base == b'*' => out.push(c),
        None => out.push(base as char),
    }
}

fn expand(marker: u8) -> Option<&'static str> {
    Some(match marker {
        b'A' => "ae",
        b'I' => "ij",
        b'O' => "oe",
        b'S' => "ss",
        b'T' => "th",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_with, needs_unicode_case, separates_words, words};

    #[test]
    fn nordic_and_german_letters_fold_to_ascii() {
        assert_eq!(fold("Göteborg Malmö Århus"), "goteborg malmo arhus");
        assert_eq!(fold("Straße Ærø Øst"), "strasse aero ost");
        assert_eq!(fold("Düsseldorf ÜBER"), "dusseldorf uber");
    }

    #[test]
    fn romance_and_central_european_letters_fold_to_ascii() {
        assert_eq!(fold("Éducation Señor Français"), "education senor francais");
        assert_eq!(fold("Łódź Kraków Brno Plzeň"), "lodz krakow brno plzen");
        assert_eq!(
            fold("İstanbul Œuvre Ĳssel Þór"),
            "istanbul oeuvre ijssel thor"
        );
    }

    #[test]
    fn every_latin_letter_in_both_blocks_folds_to_ascii() {
        for code in 0xC0..=0x17F_u32 {
            let c = char::from_u32(code).unwrap();
            if c == '×' || c == '÷' {
                assert_eq!(fold(&c.to_string()), c.to_string());
                continue;
            }
            let folded = fold(&c.to_string());
            assert!(
                folded.bytes().all(|b| b.is_ascii_lowercase()),
                "{c} -> {folded}"
            );
        }
    }

    #[test]
    fn combining_marks_are_dropped_so_decomposed_text_matches() {
        assert_eq!(fold("Go\u{308}teborg"), "goteborg");
    }

    #[test]
    fn other_scripts_are_only_lowercased() {
        assert_eq!(fold("ΑΘΗΝΑ Москва 東京"), "αθηνα москва 東京");
    }

    #[test]
    fn words_split_on_anything_but_letters_and_digits() {
        let found: Vec<&str> = words("Senior UX/UI-designer, 50% remote (Q3)!").collect();
        assert_eq!(
            found,
            ["Senior", "UX", "UI", "designer", "50", "remote", "Q3"]
        );
        assert_eq!(words("  -- ").count(), 0);
    }

    /// Every code point for which `found` holds, written `U+XXXX`, so a failing test names them.
    fn code_points_where(found: impl Fn(char) -> bool) -> Vec<String> {
        (0..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|&c| found(c))
            .map(|c| format!("U+{:04X}", c as u32))
            .collect()
    }

    #[test]
    fn characters_said_to_need_no_unicode_case_have_none() {
        let cased = code_points_where(|c| {
            c > '\u{17F}' && !needs_unicode_case(c) && !c.to_lowercase().eq([c])
        });
        assert_eq!(cased, Vec::<String>::new());
    }

    #[test]
    fn the_lower_case_function_is_used_only_for_text_that_needs_it() {
        fn refuse(text: &str) -> String {
            panic!("lower-cased {text}")
        }
        let english = "Senior Engineer – “Platform” • 100% remote ✓ Göteborg 🚀";
        assert_eq!(
            fold_with(english, refuse),
            "senior engineer – “platform” • 100% remote ✓ goteborg 🚀"
        );
        fn shout(text: &str) -> String {
            text.to_uppercase()
        }
        // Called once on the whole text; the Latin tables then fold what it returned.
        assert_eq!(fold_with("Ärzte Ωmega", shout), "arzte Ωmega");
    }

    #[test]
    fn final_sigma_folds_like_sigma() {
        assert_eq!(fold("ΟΔΟΣ οδος"), "οδοσ οδοσ");
    }

    #[test]
    fn no_letter_or_digit_separates_words() {
        let splitting = code_points_where(|c| c.is_alphanumeric() && separates_words(c));
        assert_eq!(splitting, Vec::<String>::new());
    }

    #[test]
    fn spaces_and_latin_punctuation_separate_words() {
        let joining = code_points_where(|c| {
            (c.is_whitespace() || (c <= '\u{FF}' && !c.is_alphanumeric())) && !separates_words(c)
        });
        assert_eq!(joining, Vec::<String>::new());
        let found: Vec<&str> = words("«Koch» ¿qué? „Straße“ 5€\u{a0}bonus 東京、大阪").collect();
        assert_eq!(
            found,
            ["Koch", "qué", "Straße", "5", "bonus", "東京", "大阪"]
        );
    }
}
