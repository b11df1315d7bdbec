//! Leptos' server renderer marks where views begin and end (`<!>`, `<!--…-->`) for the
//! hydration the pages never get: the widget takes a board over by drawing its own, and a job
//! page runs no script. `<!>` is a parse error (the Nu checker's "bogus comment"), so the
//! marks go before a page is published.

/// `markup` without its comments, for markup Leptos rendered and escaped all of: there a `<`
/// starts a tag or a mark, never text or an attribute value. Markup from elsewhere (a job
/// body) goes in after.
pub(super) fn without_marks(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|end| end + 3)
        } else {
            after.find('>').map(|end| end + 1)
        };
        rest = &after[end.unwrap_or(after.len())..];
    }
    out.push_str(rest);
    out
}

/// `frame` (marks removed) with `markup` put in at the end of the one element that starts
/// with `opening` and is empty, or `None` when `frame` has no such element.
pub(super) fn filled(frame: &str, opening: &str, markup: &str) -> Option<String> {
    let end = frame.find(opening)? + opening.len();
    let closing = &frame[end..];
    closing
        .starts_with("</")
        .then(|| format!("{}{markup}{closing}", &frame[..end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_everything_else_stays() {
        assert_eq!(
            without_marks("<p>a<!>b<!--<() />-->c</p><!-- x -->"),
            "<p>abc</p>"
        );
    }

    #[test]
    fn markup_goes_into_the_empty_element_it_is_for() {
        assert_eq!(
            filled(
                "<main><div class=\"b\"></div></main>",
                "<div class=\"b\">",
                "<p>x</p>"
            )
            .as_deref(),
            Some("<main><div class=\"b\"><p>x</p></div></main>")
        );
        assert_eq!(
            filled("<div class=\"b\">y</div>", "<div class=\"b\">", "x"),
            None
        );
        assert_eq!(filled("<div></div>", "<div class=\"b\">", "x"), None);
    }
}
