//! `careers doctor` and `careers snippet --with-key` against the mock's demo keys.

mod support;

use support::*;
use teamtailor_mock::{DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY};

#[tokio::test]
async fn the_public_key_is_judged_browser_safe() {
    let mock = start_mock().await;
    let output = careers(DEMO_PUBLIC_KEY, &["doctor", "--api-base", &mock.base]).await;
    assert_eq!(output.status.code(), Some(0), "{}", printed(&output));
    let report = String::from_utf8_lossy(&output.stdout);
    for line in [
        "Key scope:     Public",
        "Versions:      20240904 accepted, 20161108 accepted",
        "Rate limit:    100 requests per window",
        "CORS:          a page on https://www.example.com may read the API",
        "People data:   /v1/users → HTTP 403, /v1/candidates → HTTP 403",
    ] {
        assert!(report.contains(line), "{line}\n{report}");
    }
    assert!(
        !report.contains(DEMO_PUBLIC_KEY),
        "the key is never printed"
    );
}

#[tokio::test]
async fn doctor_counts_the_job_pages_a_snapshot_would_leave_without_a_job_posting() {
    let mock = start_mock().await;
    let args = ["doctor", "--api-base", &mock.base];
    let output = careers(DEMO_PUBLIC_KEY, &args).await;
    let report = String::from_utf8_lossy(&output.stdout);
    let counts = report
        .lines()
        .find(|line| line.starts_with("JobPosting:    "))
        .unwrap_or_else(|| panic!("no JobPosting line\n{report}"));
    assert!(counts.ends_with(" without"), "{counts}");
    assert!(report.contains(" with no location: "), "{report}");

    let placed = [
        &args[..],
        &[
            "--default-location",
            "Göteborg, SE",
            "--company-country",
            "SE",
        ],
    ]
    .concat();
    let output = careers(DEMO_PUBLIC_KEY, &placed).await;
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("JobPosting:    67 job pages: all with a valid JobPosting"),
        "{report}"
    );
}

#[tokio::test]
async fn internal_and_admin_keys_are_unsafe_and_exit_2() {
    let mock = start_mock().await;
    for (key, scope) in [(DEMO_INTERNAL_KEY, "Internal"), (DEMO_ADMIN_KEY, "Admin")] {
        let output = careers(key, &["doctor", "--api-base", &mock.base]).await;
        assert_eq!(output.status.code(), Some(2), "{key}: {}", printed(&output));
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(
            report.contains(&format!("Key scope:     {scope}")),
            "{report}"
        );
        assert!(report.contains("UNSAFE TO SHIP IN A BROWSER"), "{report}");
    }
}

#[tokio::test]
async fn a_wrong_key_exits_3() {
    let mock = start_mock().await;
    let output = careers("wrong", &["doctor", "--api-base", &mock.base]).await;
    assert_eq!(output.status.code(), Some(3), "{}", printed(&output));
}

#[tokio::test]
async fn the_snippet_prints_a_key_only_once_it_proved_public() {
    let mock = start_mock().await;
    let args = ["snippet", "--with-key", "--api-base", &mock.base];
    let public = careers(DEMO_PUBLIC_KEY, &args).await;
    assert_eq!(public.status.code(), Some(0), "{}", printed(&public));
    let stdout = String::from_utf8_lossy(&public.stdout);
    assert!(
        stdout.contains("data-api-key=\"demo-public-key\""),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("data-api-base=\"{}\"", mock.base)),
        "{stdout}"
    );

    let admin = careers(DEMO_ADMIN_KEY, &args).await;
    assert_eq!(admin.status.code(), Some(2), "{}", printed(&admin));
    assert!(admin.stdout.is_empty(), "{}", printed(&admin));
}
