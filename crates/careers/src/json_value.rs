//! The api crate's decoders over `serde_json::Value`, through the crate's own `JsonNode` view.
//!
//! The api crate has the same impl behind its `serde_json` feature; the CLI keeps its own so
//! that, as a default workspace member, it never switches that feature on for the widget.

use teamtailor_api::{decode_jobs_page, parse_json, ApiError, BoardSnapshot, JobsPage, JsonNode};

/// Parsed JSON as the api crate's decoders walk it.
pub struct JsonValue(serde_json::Value);

impl JsonNode for JsonValue {
    fn parse(text: &str) -> Result<Self, String> {
        serde_json::from_str(text)
            .map(Self)
            .map_err(|error| error.to_string())
    }

    fn member(&self, key: &str) -> Option<Self> {
        self.0
            .get(key)
            .filter(|value| !value.is_null())
            .cloned()
            .map(Self)
    }

    fn elements(&self) -> Option<Vec<Self>> {
        self.0
            .as_array()
            .map(|items| items.iter().cloned().map(Self).collect())
    }

    fn is_object(&self) -> bool {
        self.0.is_object()
    }

    fn text(&self) -> Option<String> {
        self.0.as_str().map(str::to_owned)
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn flag(&self) -> Option<bool> {
        self.0.as_bool()
    }
}

/// The body of a successful `GET /v1/jobs` response as one page of jobs.
pub fn read_jobs_page(body: &str) -> Result<JobsPage, ApiError> {
    decode_jobs_page(&parse_json::<JsonValue>(body)?)
}

/// A board snapshot (`jobs.json`), as the widget's `data-source` reads it.
pub fn read_snapshot(body: &str) -> Result<BoardSnapshot, ApiError> {
    BoardSnapshot::decode(&parse_json::<JsonValue>(body)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jobs_page_and_a_snapshot_read_back() {
        let page = read_jobs_page(
            r#"{"data": [{"id": "7", "type": "jobs", "attributes": {"title": "Rust"}}],
                "meta": {"record-count": 1, "page-count": 1}}"#,
        )
        .expect("page");
        assert_eq!(page.record_count, Some(1));
        assert_eq!(page.jobs[0].title, "Rust");
        let snapshot = BoardSnapshot::new(page.jobs, None, Some("Northwind".into()));
        let back = read_snapshot(&snapshot.to_json()).expect("snapshot");
        assert_eq!(back, snapshot);
    }

    #[test]
    fn text_that_is_not_json_is_malformed() {
        assert!(matches!(
            read_jobs_page("{\"data\": ["),
            Err(ApiError::Malformed(_))
        ));
    }
}
