//! Case and accent folding so "Göteborg", "GOTEBORG" and "goteborg" compare equal in search.

/// Base letters of U+00C0..=U+00FF, one byte per code point. Upper-case bytes stand for two
/// letters (see `expand`) and `*` keeps the character (× and ÷). A table this small beats
/// pulling in a Unicode normalization crate, which the wasm size budget cannot afford.
const LATIN_1: &[u8; 64] = b"aaaaaaAceeeeiiiidnooooo*ouuuuyTSaaaaaaAceeeeiiiidnooooo*ouuuuyTy";
/// Base letters of Latin Extended-A, U+0100..=U+017F, encoded like `LATIN_1`.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiIIjjkkkllllllllllnnnnnnnnnooooooOOrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Lower-cases `text` and strips diacritics from Latin letters (å→a, ß→ss, æ→ae, ł→l).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        // Most text is ASCII: lower-case each ASCII run in one go, then fold one other char.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = folded.len();
        folded.push_str(&rest[..ascii]);
        folded[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        let Some(c) = chars.next() else {
            return folded;
        };
        push_folded(c, &mut folded);
        rest = chars.as_str();
    }
}

/// Splits text into runs of letters and digits; punctuation and spaces separate words.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
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
        None if base == b'*' => out.extend(c.to_lowercase()),
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
    use super::{fold, words};

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
}
