//! Serving `dist/`: key injection into the index page, cache headers, MIME types, pictures.

mod common;

use axum::http::StatusCode;
use common::*;
use std::path::PathBuf;
use teamtailor_mock::{app, MockConfig};

/// A scratch `dist/` unique to one test.
fn dist_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("teamtailor-mock-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, content) in files {
        std::fs::write(dir.join(file), content).unwrap();
    }
    dir
}

fn serving(dist: PathBuf) -> axum::Router {
    app(MockConfig {
        dist,
        ..MockConfig::default()
    })
}

const INDEX: &str = r#"<div id="careers" data-api-key="YOUR_PUBLIC_READ_KEY"></div>"#;

#[tokio::test]
async fn index_gets_the_demo_key_and_this_server_as_api_base() {
    let app = serving(dist_with("index", &[("index.html", INDEX)]));
    for path in ["/", "/index.html"] {
        let answer = send(&app, get(path)).await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(
            answer.text(),
            r#"<div id="careers" data-api-key="demo-public-key" data-api-base="http://mock.test:8080"></div>"#
        );
        assert_eq!(answer.header("cache-control"), Some("no-cache"));
        assert_eq!(
            answer.header("content-type"),
            Some("text/html; charset=utf-8")
        );
    }
}

#[tokio::test]
async fn a_minified_index_gets_the_key_too() {
    let minified = "<main data-api-key=YOUR_PUBLIC_READ_KEY id=tt-board></main>";
    let app = serving(dist_with("minified", &[("index.html", minified)]));
    assert_eq!(
        send(&app, get("/")).await.text(),
        r#"<main data-api-key="demo-public-key" data-api-base="http://mock.test:8080" id=tt-board></main>"#
    );
}

#[tokio::test]
async fn the_preloaded_first_request_gets_this_server_and_the_demo_key() {
    let index = "<link href=\"https://api.teamtailor.com/v1/jobs?page%5Bnumber%5D=1&api_key=YOUR_PUBLIC_READ_KEY&api_version=20240904\" as=fetch crossorigin rel=preload>";
    let app = serving(dist_with("preload", &[("index.html", index)]));
    assert_eq!(
        send(&app, get("/")).await.text(),
        "<link href=\"http://mock.test:8080/v1/jobs?page%5Bnumber%5D=1&api_key=demo-public-key&api_version=20240904\" as=fetch crossorigin rel=preload>"
    );
}

#[tokio::test]
async fn missing_build_answers_503_telling_to_run_make_build() {
    let answer = fetch("/").await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(answer.text().contains("make build"));
}

#[tokio::test]
async fn hashed_files_are_immutable_and_others_revalidate() {
    let app = serving(dist_with(
        "cache",
        &[
            ("careers-widget-0123456789abcdef_bg.wasm", "\0asm"),
            ("careers-widget-0123456789abcdef.js", "export {}"),
            ("embed.js", "console.log(1)"),
        ],
    ));
    let wasm = send(&app, get("/careers-widget-0123456789abcdef_bg.wasm")).await;
    assert_eq!(wasm.status, StatusCode::OK);
    assert_eq!(wasm.header("content-type"), Some("application/wasm"));
    assert_eq!(
        wasm.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let js = send(&app, get("/careers-widget-0123456789abcdef.js")).await;
    assert_eq!(
        js.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let embed = send(&app, get("/embed.js")).await;
    assert_eq!(embed.text(), "console.log(1)");
    assert_eq!(embed.header("cache-control"), Some("no-cache"));
}

#[tokio::test]
async fn missing_static_files_are_404() {
    let app = serving(dist_with("missing", &[]));
    assert_eq!(
        send(&app, get("/nope.js")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn pictures_are_generated_svgs_in_three_sizes() {
    let thumb = fetch("/assets/pictures/3.svg?size=thumb").await;
    assert_eq!(thumb.status, StatusCode::OK);
    assert_eq!(thumb.header("content-type"), Some("image/svg+xml"));
    assert!(thumb
        .text()
        .starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="126""#));
    let original = fetch("/assets/pictures/3.svg").await.text();
    assert!(original.contains(r#"width="1200" height="630""#));
    assert_eq!(
        fetch("/assets/pictures/99.svg").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn health_check_answers_ok() {
    let answer = fetch("/healthz").await;
    assert_eq!(
        (answer.status, answer.text()),
        (StatusCode::OK, "ok".to_owned())
    );
}

#[tokio::test]
async fn the_builds_precompressed_copies_are_sent_to_browsers_that_accept_them() {
    let app = serving(dist_with(
        "precompressed",
        &[
            ("careers-widget-0123456789abcdef.js", "export {}"),
            ("careers-widget-0123456789abcdef.js.br", "brotli bytes"),
            ("careers-widget-0123456789abcdef.js.gz", "gzip bytes"),
        ],
    ));
    let request = |encodings: &str| {
        axum::http::Request::get("/careers-widget-0123456789abcdef.js")
            .header("host", "mock.test:8080")
            .header("accept-encoding", encodings)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    let brotli = send(&app, request("gzip, br")).await;
    assert_eq!(brotli.header("content-encoding"), Some("br"));
    assert_eq!(brotli.text(), "brotli bytes");
    assert_eq!(brotli.header("content-type"), Some("text/javascript"));
    assert_eq!(
        brotli.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let gzip = send(&app, request("gzip")).await;
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert_eq!(gzip.text(), "gzip bytes");
    let plain = send(&app, request("identity")).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.text(), "export {}");
}

#[tokio::test]
async fn a_snapshot_folder_is_served_under_snapshot_only_when_configured() {
    let folder = dist_with(
        "snapshot",
        &[("index.html", "<h1>Snapshot</h1>"), ("jobs.json", "{}")],
    );
    let app = app(MockConfig {
        dist: dist_with("snapshot-dist", &[]),
        snapshot: Some(folder),
        ..MockConfig::default()
    });
    let index = send(&app, get("/snapshot/")).await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.text(), "<h1>Snapshot</h1>");
    assert_eq!(index.header("cache-control"), Some("no-cache"));
    assert_eq!(send(&app, get("/snapshot/jobs.json")).await.text(), "{}");

    let without = serving(dist_with("no-snapshot", &[]));
    assert_eq!(
        send(&without, get("/snapshot/jobs.json")).await.status,
        StatusCode::NOT_FOUND
    );
}
