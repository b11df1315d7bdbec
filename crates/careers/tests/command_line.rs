//! Every command answers `--help`; a wrong command line exits 64, never 2 (doctor's "unsafe").

mod support;

use support::*;

#[tokio::test]
async fn every_command_has_help_and_bad_usage_exits_64() {
    for command in [
        vec!["--help"],
        vec!["snapshot", "--help"],
        vec!["doctor", "--help"],
        vec!["snippet", "--help"],
    ] {
        let output = careers("", &command).await;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{command:?}: {}",
            printed(&output)
        );
        assert!(String::from_utf8_lossy(&output.stdout).contains("Usage: careers"));
    }
    let bogus = careers("k", &["doctor", "--bogus"]).await;
    assert_eq!(bogus.status.code(), Some(64), "{}", printed(&bogus));
}

#[tokio::test]
async fn a_site_url_that_is_not_absolute_is_refused_before_any_request() {
    let root = scratch("site-url");
    let out = root.join("site");
    let output = careers(
        "k",
        &[
            "snapshot",
            "--out",
            arg(&out),
            "--site-url",
            "example.com",
            "--company-name",
            "N",
            "--api-base",
            "http://127.0.0.1:9",
        ],
    )
    .await;
    assert_eq!(output.status.code(), Some(64), "{}", printed(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--site-url"));
    assert!(!out.exists());
}
