//! Helpers shared by the integration tests: build requests, send them through `app`, read bodies.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use teamtailor_mock::{app, MockConfig, DEMO_PUBLIC_KEY};
use tower::ServiceExt;

/// The `Host` every test request carries, so absolute links are predictable.
pub const HOST: &str = "mock.test:8080";
/// `scheme://host` the mock writes links with.
pub const ORIGIN: &str = "http://mock.test:8080";

/// A collected response.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| {
            panic!(
                "body is not JSON ({error}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("body is UTF-8")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|value| value.to_str().expect("ASCII header"))
    }
}

/// The demo server with no `dist/`.
pub fn demo_app() -> Router {
    app(MockConfig {
        dist: "/nonexistent/teamtailor-mock-dist".into(),
        ..MockConfig::default()
    })
}

/// A GET of `uri` with the test `Host`.
pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header("host", HOST)
        .body(Body::empty())
        .expect("valid request")
}

/// `uri` plus the public key and version 20240904 as query parameters.
pub fn public(uri: &str) -> String {
    with_credentials(uri, DEMO_PUBLIC_KEY, "20240904")
}

/// `uri` plus `api_key` and `api_version` query parameters.
pub fn with_credentials(uri: &str, key: &str, version: &str) -> String {
    let separator = if uri.contains('?') { '&' } else { '?' };
    format!("{uri}{separator}api_key={key}&api_version={version}")
}

/// Sends `request` through a clone of `app` (clones share state) and collects the answer.
pub async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("router is infallible");
    let (parts, body) = response.into_parts();
    let body = body
        .collect()
        .await
        .expect("body collects")
        .to_bytes()
        .to_vec();
    Answer {
        status: parts.status,
        headers: parts.headers,
        body,
    }
}

/// GET `uri` on a fresh demo app.
pub async fn fetch(uri: &str) -> Answer {
    send(&demo_app(), get(uri)).await
}

/// The ids of a collection document's `data`.
pub fn ids(document: &Value) -> Vec<String> {
    document["data"]
        .as_array()
        .expect("data is an array")
        .iter()
        .map(|resource| resource["id"].as_str().expect("string id").to_owned())
        .collect()
}

/// Every page of a jobs query, followed through `links.next`, as ids.
pub async fn all_ids(app: &Router, first: &str) -> Vec<String> {
    let mut collected = Vec::new();
    let mut next = Some(first.to_owned());
    while let Some(uri) = next {
        let path = uri.strip_prefix(ORIGIN).unwrap_or(&uri).to_owned();
        let answer = send(app, get(&path)).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
        let document = answer.json();
        collected.extend(ids(&document));
        next = document["links"]["next"].as_str().map(str::to_owned);
    }
    collected
}
