//! Teamtailor's `employment-type` values as Google's JobPosting `employmentType` values.

/// Google's value for a Teamtailor employment type; `OTHER` for a value it has no name for,
/// `None` when the job states none.
pub fn google_employment_type(value: Option<&str>) -> Option<&'static str> {
    let normalized: String = value?
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Some(match normalized.as_str() {
        "" => return None,
        "fulltime" | "permanent" => "FULL_TIME",
        "parttime" => "PART_TIME",
        "contract" | "contractor" | "freelance" | "freelancer" | "consultant" => "CONTRACTOR",
        "temporary" | "temp" | "seasonal" | "fixedterm" => "TEMPORARY",
        "internship" | "intern" => "INTERN",
        "volunteer" => "VOLUNTEER",
        "perdiem" => "PER_DIEM",
        _ => "OTHER",
    })
}

#[cfg(test)]
mod tests {
    use super::google_employment_type as map;

    #[test]
    fn teamtailor_values_map_to_googles() {
        assert_eq!(map(Some("fulltime")), Some("FULL_TIME"));
        assert_eq!(map(Some("Full-time")), Some("FULL_TIME"));
        assert_eq!(map(Some("parttime")), Some("PART_TIME"));
        assert_eq!(map(Some("part_time")), Some("PART_TIME"));
        assert_eq!(map(Some("contract")), Some("CONTRACTOR"));
        assert_eq!(map(Some("freelance")), Some("CONTRACTOR"));
        assert_eq!(map(Some("temporary")), Some("TEMPORARY"));
        assert_eq!(map(Some("internship")), Some("INTERN"));
        assert_eq!(map(Some("trainee")), Some("OTHER"));
        assert_eq!(map(Some("  ")), None);
        assert_eq!(map(None), None);
    }
}
