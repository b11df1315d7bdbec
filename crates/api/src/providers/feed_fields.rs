//! Field mappings every company feed shares: employment types in the board's vocabulary, job
//! ad sections joined into one body, and language tags compared the way readers mean them.

/// An employment type as the board names it (Teamtailor's `fulltime`, `parttime`, …), so the
/// facet, its translations and JSON-LD work whatever the source; a value the board has no name
/// for is kept as sent and shown as sent.
///
/// Recruitee sends codes such as `fulltime_permanent` or `parttime_fixed_term`;
/// SmartRecruiters sends ids or labels such as `permanent` or `Full-time`.
pub(crate) fn board_employment_type(value: &str) -> Option<String> {
    let compact: String = value
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let board_value = if compact.is_empty() {
        return None;
    } else if compact.starts_with("fulltime") {
        "fulltime"
    } else if compact.starts_with("parttime") {
        "parttime"
    } else if matches!(compact.as_str(), "intern" | "internship") {
        "internship"
    } else if matches!(compact.as_str(), "contract" | "contractor") {
        "contract"
    } else if matches!(compact.as_str(), "freelance" | "freelancer") {
        "freelance"
    } else if matches!(compact.as_str(), "temporary" | "temp" | "fixedterm") {
        "temporary"
    } else {
        return Some(value.trim().to_owned());
    };
    Some(board_value.to_owned())
}

/// Joins job ad sections into one body: each section's heading (plain text, escaped) above
/// its HTML, blank sections left out. The HTML stays untrusted: the board sanitizes it.
pub(crate) fn join_sections<'a>(
    sections: impl IntoIterator<Item = (Option<&'a str>, Option<&'a str>)>,
) -> String {
    let mut body = String::new();
    for (heading, html) in sections {
        let Some(html) = html.filter(|html| !html.trim().is_empty()) else {
            continue;
        };
        if !body.is_empty() {
            body.push('\n');
        }
        if let Some(heading) = heading.filter(|heading| !heading.trim().is_empty()) {
            body.push_str("<h2>");
            push_escaped(&mut body, heading.trim());
            body.push_str("</h2>\n");
        }
        body.push_str(html);
    }
    body
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
}

/// Whether two language tags name the same language (`en`, `en-GB` and `EN_us` do).
pub(crate) fn same_language(a: &str, b: &str) -> bool {
    let primary = |tag: &str| {
        tag.trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let a = primary(a);
    !a.is_empty() && a == primary(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_employment_codes_map_to_the_board_vocabulary() {
        let map = |value| board_employment_type(value);
        assert_eq!(map("fulltime_permanent").as_deref(), Some("fulltime"));
        assert_eq!(map("parttime_fixed_term").as_deref(), Some("parttime"));
        assert_eq!(map("Full-time").as_deref(), Some("fulltime"));
        assert_eq!(map("intern").as_deref(), Some("internship"));
        assert_eq!(map("contractor").as_deref(), Some("contract"));
        assert_eq!(map("freelance").as_deref(), Some("freelance"));
        assert_eq!(map("Temporary").as_deref(), Some("temporary"));
        assert_eq!(map(" Seasonal work ").as_deref(), Some("Seasonal work"));
        assert_eq!(map(" - "), None);
    }

    #[test]
    fn sections_are_joined_under_escaped_headings_and_blank_ones_skipped() {
        let body = join_sections([
            (Some("R&D <team>"), Some("<p>We build.</p>")),
            (Some("Empty"), Some("  ")),
            (None, Some("<p>No heading.</p>")),
            (Some("Missing"), None),
        ]);
        assert_eq!(
            body,
            "<h2>R&amp;D &lt;team&gt;</h2>\n<p>We build.</p>\n<p>No heading.</p>"
        );
    }

    #[test]
    fn language_tags_match_on_their_primary_subtag() {
        assert!(same_language("en", "en-GB"));
        assert!(same_language("EN_us", "en"));
        assert!(!same_language("en", "es"));
        assert!(!same_language("", ""));
    }
}
