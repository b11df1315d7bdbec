//! URL path segments for job pages: `jobs/{id}-{slug}/`.

use teamtailor_api::{fold, Job};

/// Words kept from a title; long titles make unwieldy URLs and add nothing for search.
const MAX_SLUG_LEN: usize = 60;

/// `title` as lower-case ASCII words joined by `-` ("Senior Backend-Engineer (Göteborg)" →
/// "senior-backend-engineer-goteborg"); letters outside Latin scripts are left out.
pub fn slug(title: &str) -> String {
    let folded = fold(title);
    let mut slug = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !slug.is_empty() && slug.len() + 1 + word.len() > MAX_SLUG_LEN {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug.truncate(MAX_SLUG_LEN);
    slug
}

/// The job page's folder under the site root, without slashes: `7101-backend-engineer`.
/// The id comes first and alone decides uniqueness; ids that are not plain digits are
/// reduced to URL-safe characters.
pub fn job_dir_name(job: &Job) -> String {
    dir_name(&job.id, &job.title)
}

/// [`job_dir_name`] of the job with `id` and `title`.
pub fn dir_name(id: &str, title: &str) -> String {
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    let id = if id.is_empty() { "job".to_owned() } else { id };
    match slug(title) {
        title if title.is_empty() => id,
        title => format!("{id}-{title}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_become_lower_case_ascii_words() {
        assert_eq!(
            slug("Senior Backend-Engineer (Göteborg)"),
            "senior-backend-engineer-goteborg"
        );
        assert_eq!(slug("  Straße & Æbleskiver!! "), "strasse-aebleskiver");
        assert_eq!(slug("日本語"), "");
    }

    #[test]
    fn long_titles_stop_at_a_word_boundary() {
        let title = "word ".repeat(30);
        let slug = slug(&title);
        assert!(slug.len() <= MAX_SLUG_LEN, "{slug}");
        assert!(slug.ends_with("word") && !slug.ends_with('-'));
    }

    #[test]
    fn the_folder_starts_with_the_id_and_cannot_escape_the_jobs_folder() {
        let snapshot = r#"{"format": "careers-jobs", "version": 1,
            "jobs": [{"id": "7101", "title": "Backend Engineer"}]}"#;
        let mut job = teamtailor_api::BoardSnapshot::from_json(snapshot)
            .expect("snapshot")
            .jobs
            .remove(0);
        assert_eq!(job_dir_name(&job), "7101-backend-engineer");
        job.id = "../../etc".into();
        job.title = "日本語".into();
        assert_eq!(job_dir_name(&job), "etc");
    }
}
