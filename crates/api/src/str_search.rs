//! Substring search and placeholder filling that cannot panic.
//!
//! std's `&str` patterns (`find("…")`, `split_once("…")`, `replace("…", …)`) and range
//! indexing of a `str` (`&text[a..b]`) share one panic: "byte index is not a char boundary",
//! whose message formats the character with `Debug`. That message links char escaping and
//! Unicode's printable and grapheme tables into the wasm, about 4 KB brotli of a first view
//! that has a budget. So text code on the board's path searches with these functions and
//! slices with [`str::get`] and [`str::split_at_checked`], which return `None` instead.

/// Byte offset of the first `needle` in `haystack`; an empty needle is found at 0.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window == needle.as_bytes())
}

/// The text before and after the first `separator`, as [`str::split_once`].
pub fn split_once<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, separator)?;
    let (before, rest) = text.split_at_checked(at)?;
    Some((before, rest.get(separator.len()..)?))
}

/// `template` with every `{name}` replaced by `value`; other braces stay as they are.
pub fn fill(template: &str, name: &str, value: &str) -> String {
    let mut filled = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        filled.push_str(before);
        match after
            .strip_prefix(name)
            .and_then(|after| after.strip_prefix('}'))
        {
            Some(after) => {
                filled.push_str(value);
                rest = after;
            }
            None => {
                filled.push('{');
                rest = after;
            }
        }
    }
    filled.push_str(rest);
    filled
}

#[cfg(test)]
mod tests {
    use super::{fill, find, split_once};

    #[test]
    fn find_agrees_with_std_on_ascii_and_multibyte_text() {
        let haystacks = [
            "",
            "abc",
            "a-->b-->c",
            "åäö-->ß",
            "ééé",
            "<script>x</SCRIPT>",
        ];
        let needles = ["", "-->", "b", "é", "ß", "</script", "zzz", "åäö-->ß!"];
        for haystack in haystacks {
            for needle in needles {
                assert_eq!(
                    find(haystack, needle),
                    haystack.find(needle),
                    "{needle:?} in {haystack:?}"
                );
                assert_eq!(
                    split_once(haystack, needle),
                    haystack.split_once(needle),
                    "{needle:?} in {haystack:?}"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder_and_keeps_other_braces() {
        assert_eq!(fill("Show {n} more", "n", "30"), "Show 30 more");
        assert_eq!(fill("{n} of {n}", "n", "2"), "2 of 2");
        assert_eq!(
            fill("More in {department}", "department", "Sales {EU}"),
            "More in Sales {EU}"
        );
        assert_eq!(fill("{x} {n", "n", "1"), "{x} {n");
        assert_eq!(fill("{{n}}", "n", "1"), "{1}");
        assert_eq!(fill("no placeholder", "n", "1"), "no placeholder");
        assert_eq!(fill("", "n", "1"), "");
    }
}
