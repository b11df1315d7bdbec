//! Realistic job-ad HTML: headings, lists, emphasis, links, an image, sometimes a table or quote.

use super::phrases::{intro, phrases};
use crate::html_text::escape_html;
use std::fmt::Write;

/// Placeholder for the server's origin inside bodies, replaced per request.
pub const BASE_PLACEHOLDER: &str = "{{base}}";

/// The body of job number `index`; `team` comes from `phrases::team`.
pub(super) fn job_body(
    index: usize,
    title: &str,
    language: &str,
    team: &str,
    picture: u32,
) -> String {
    let words = phrases(language);
    let rotate = |items: &[&str; 5], count: usize| -> String {
        (0..count)
            .map(|k| format!("<li>{}</li>", items[(index + k) % items.len()]))
            .collect()
    };
    let mut html = String::new();
    let _ = write!(
        html,
        "<h2>{}</h2><p>{}</p><h3>{}</h3><ul>{}</ul><h3>{}</h3><ol>{}</ol>",
        words.about,
        intro(language, &escape_html(title), team),
        words.duties_heading,
        rotate(&words.duties, 3 + index % 2),
        words.profile_heading,
        rotate(&words.profile, 3 + (index + 1) % 2),
    );
    let _ = write!(
        html,
        "<p><img src=\"{BASE_PLACEHOLDER}/assets/pictures/{picture}.svg?size=standard\" \
         alt=\"{}\" width=\"800\" height=\"420\"></p>",
        words.image_alt
    );
    if index % 4 == 1 {
        let _ = write!(html, "<blockquote><p>{}</p></blockquote>", words.quote);
    }
    let _ = write!(
        html,
        "<h3>{}</h3><ul>{}</ul>",
        words.offer_heading,
        rotate(&words.offers, 4)
    );
    if index.is_multiple_of(6) {
        let rows: String = words
            .process
            .iter()
            .map(|[step, what]| format!("<tr><td>{step}</td><td>{what}</td></tr>"))
            .collect();
        let _ = write!(
            html,
            "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>{rows}</tbody></table>",
            words.process_heading, words.process_columns[0], words.process_columns[1]
        );
    }
    let _ = write!(
        html,
        "<p><a href=\"https://www.example.com/life-at-northwind\">{}</a>. {} \
         <a href=\"mailto:jobs@example.com\">jobs@example.com</a>.</p>",
        words.read_more, words.questions
    );
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_escaped_inside_bodies() {
        let body = job_body(0, "FP&A Analyst", "en", "our Finance team", 3);
        assert!(body.contains("<strong>FP&amp;A Analyst</strong>"));
        assert!(
            body.contains("<table>"),
            "index 0 carries the process table"
        );
    }
}
