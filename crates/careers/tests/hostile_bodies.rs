//! The mock's hostile job bodies through the native sanitizer: nothing that can run survives,
//! and every tag and attribute left is on the api crate's allow-list.

use careers::body_sanitizer::sanitize_body;
use teamtailor_api::{link_extra_attributes, KEPT_ATTRIBUTES, KEPT_TAGS};
use teamtailor_mock::data::{demo_data, HOSTILE_JOB_IDS};

/// Each start tag's name and attribute names, from the serializer's regular output.
fn start_tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut tags = Vec::new();
    for piece in html.split('<').skip(1) {
        if piece.starts_with('/') {
            continue;
        }
        let inside = &piece[..piece.find('>').expect("closed tag")];
        let mut parts = inside.split('"');
        let head = parts.next().unwrap_or_default();
        let mut words = head.split_whitespace();
        let name = words.next().unwrap_or_default().to_owned();
        let mut attributes: Vec<String> =
            words.map(|w| w.trim_end_matches('=').to_owned()).collect();
        // After the first value, names alternate with values.
        for (index, part) in parts.enumerate() {
            if index % 2 == 1 {
                attributes.extend(
                    part.split_whitespace()
                        .map(|w| w.trim_end_matches('=').to_owned()),
                );
            }
        }
        tags.push((name, attributes));
    }
    tags
}

#[test]
fn hostile_bodies_keep_only_allowed_markup_and_no_script() {
    let data = demo_data();
    for id in HOSTILE_JOB_IDS {
        let body = &data.job(id).expect("hostile job").body;
        let clean = sanitize_body(body);
        let lower = clean.to_ascii_lowercase();
        for needle in [
            "alert(",
            "javascript",
            "<script",
            "<iframe",
            "<svg",
            "<math",
            "<style",
            "<form",
            "<input",
            "<object",
            "<embed",
            "<meta",
            "<base",
            "data:",
            "onerror",
            "onclick",
            "onload",
            "style=",
        ] {
            assert!(
                !lower.contains(needle),
                "job {id}: {needle:?} survived in {clean}"
            );
        }
        for (tag, attributes) in start_tags(&clean) {
            assert!(
                KEPT_TAGS.contains(&tag.as_str()),
                "job {id}: <{tag}> in {clean}"
            );
            let allowed: Vec<&str> = KEPT_ATTRIBUTES
                .iter()
                .filter(|(name, _)| *name == tag)
                .flat_map(|(_, names)| names.iter().copied())
                .chain(
                    link_extra_attributes()
                        .iter()
                        .filter(|_| tag == "a")
                        .map(|(n, _)| *n),
                )
                .collect();
            for attribute in attributes {
                assert!(
                    allowed.contains(&attribute.as_str()),
                    "job {id}: <{tag} {attribute}>"
                );
            }
        }
        assert!(
            clean.contains("About the role"),
            "job {id}: the ad itself is kept"
        );
    }
}
