//! `careers snapshot` against the mock API: the folder it writes, and how it fails.

mod support;

use std::fs;

use support::page::Page;
use support::*;
use teamtailor_mock::data::{demo_data, JobStatus};
use teamtailor_mock::{DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY};

const SITE: &str = "https://jobs.example.com/careers";

fn snapshot_args<'a>(out: &'a str, base: &'a str) -> Vec<&'a str> {
    vec![
        "snapshot",
        "--out",
        out,
        "--site-url",
        SITE,
        "--company-name",
        "Northwind",
        "--api-base",
        base,
    ]
}

/// The folder of job `id`'s page in the site at `out` (`jobs/{id}-{slug}`).
fn job_page_dir(out: &std::path::Path, id: &str) -> fs::DirEntry {
    fs::read_dir(out.join("jobs"))
        .unwrap()
        .flatten()
        .find(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{id}-"))
        })
        .unwrap_or_else(|| panic!("a page for job {id}"))
}

/// The page's JSON-LD, if it has one.
fn json_ld(page: &str) -> Option<serde_json::Value> {
    let opening = "<script type=\"application/ld+json\">";
    let start = page.find(opening)? + opening.len();
    let end = start + page[start..].find("</script>").expect("script end");
    Some(serde_json::from_str(&page[start..end]).expect("JSON-LD parses"))
}

/// What Google requires of a JobPosting that `posting` lacks.
fn missing_required(posting: &serde_json::Value) -> Vec<&'static str> {
    let text =
        |value: &serde_json::Value| value.as_str().is_some_and(|text| !text.trim().is_empty());
    let listed = |value: &serde_json::Value| value.as_array().is_some_and(|list| !list.is_empty());
    let mut missing = Vec::new();
    for key in ["title", "description", "datePosted"] {
        if !text(&posting[key]) {
            missing.push(key);
        }
    }
    if !text(&posting["hiringOrganization"]["name"]) {
        missing.push("hiringOrganization");
    }
    let remote = posting["jobLocationType"] == "TELECOMMUTE";
    if remote && !listed(&posting["applicantLocationRequirements"]) {
        missing.push("applicantLocationRequirements");
    }
    if !remote && !listed(&posting["jobLocation"]) {
        missing.push("jobLocation");
    }
    missing
}

#[tokio::test]
async fn a_snapshot_holds_every_published_job_and_nothing_else() {
    let mock = start_mock().await;
    let root = scratch("every-job");
    let out = root.join("site");
    let output = careers(DEMO_INTERNAL_KEY, &snapshot_args(arg(&out), &mock.base)).await;
    assert!(output.status.success(), "{}", printed(&output));
    let report = String::from_utf8_lossy(&output.stderr).into_owned();

    let data = demo_data();
    let published: Vec<_> = data
        .jobs
        .iter()
        .filter(|job| job.status == JobStatus::Published)
        .collect();
    let snapshot = teamtailor_api::BoardSnapshot::from_json(
        &fs::read_to_string(out.join("jobs.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(snapshot.company_name.as_deref(), Some("Northwind"));
    assert!(snapshot.generated_at.is_some());
    assert_eq!(snapshot.jobs.len(), published.len());

    let index = fs::read_to_string(out.join("index.html")).unwrap();
    // Relative, so the folder can be moved: the widget resolves it against the page.
    assert!(index.contains("data-source=\"jobs.json\""));
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert_eq!(sitemap.matches("<url>").count(), published.len() + 1);
    let pages = fs::read_dir(out.join("jobs")).unwrap().count();
    assert_eq!(
        pages,
        published.len(),
        "one page per published job, unlisted ones left out"
    );
    let mut countries = std::collections::BTreeSet::new();
    let mut without = 0;
    for job in &snapshot.jobs {
        let dir = job_page_dir(&out, &job.id);
        let name = dir.file_name().to_string_lossy().into_owned();
        assert!(
            index.contains(&format!("href=\"jobs/{name}/\"")),
            "{name} linked"
        );
        assert!(sitemap.contains(&format!("<loc>{SITE}/jobs/{name}/</loc>")));
        let page = fs::read_to_string(dir.path().join("index.html")).unwrap();
        let Some(posting) = json_ld(&page) else {
            // Left out only with a reason, and the report names the job.
            assert!(
                report.contains(&format!("    {} {}\n", job.id, job.title)),
                "{} has no JobPosting and is not named: {report}",
                job.id
            );
            without += 1;
            continue;
        };
        assert_eq!(
            missing_required(&posting),
            [] as [&str; 0],
            "{}: {posting}",
            job.id
        );
        assert_eq!(posting["@type"], "JobPosting");
        assert_eq!(posting["title"], job.title.as_str());
        assert_eq!(posting["hiringOrganization"]["name"], "Northwind");
        // Teamtailor names countries ("Sweden"); the CLI publishes their ISO codes.
        for place in posting["jobLocation"].as_array().into_iter().flatten() {
            let country = place["address"]["addressCountry"].as_str().unwrap_or("");
            assert!(
                country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
                "{}: addressCountry {country:?}",
                job.id
            );
            countries.insert(country.to_owned());
        }
        assert!(page.contains(&format!(
            "<link rel=\"canonical\" href=\"{SITE}/jobs/{name}/\">"
        )));
    }
    assert!(
        countries.contains("SE"),
        "Stockholm HQ is in SE: {countries:?}"
    );
    let with = published.len() - without;
    assert!(
        report.contains(&format!(
            "{} job pages: {with} with a valid JobPosting; {without} without",
            published.len()
        )),
        "{report}"
    );
    assert_eq!(
        fs::read_to_string(out.join("robots.txt")).unwrap(),
        format!("User-agent: *\nAllow: /\n\nSitemap: {SITE}/sitemap.xml\n")
    );
}

#[tokio::test]
async fn strict_fails_on_jobs_without_a_place_and_passes_once_they_have_one() {
    let mock = start_mock().await;
    let root = scratch("strict");
    let out = root.join("site");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("index.html"), "the site before").unwrap();
    fs::write(out.join("jobs.json"), "{}").unwrap();
    let mut args = snapshot_args(arg(&out), &mock.base);
    args.push("--strict");
    let output = careers(DEMO_PUBLIC_KEY, &args).await;
    assert_eq!(output.status.code(), Some(11), "{}", printed(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("with no location: "), "{stderr}");
    assert!(
        stderr.contains("fully remote with no country: "),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(out.join("index.html")).unwrap(),
        "the site before",
        "a strict run that fails leaves the folder as it was"
    );

    args.extend([
        "--default-location",
        "Göteborg, SE",
        "--company-country",
        "SE",
    ]);
    let output = careers(DEMO_PUBLIC_KEY, &args).await;
    assert!(output.status.success(), "{}", printed(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("job pages: all with a valid JobPosting"),
        "{stderr}"
    );
    let placeless = demo_data()
        .jobs
        .iter()
        .find(|job| job.status == JobStatus::Published && job.location_ids.is_empty())
        .map(|job| job.id)
        .expect("the demo has a published job without a location");
    let dir = job_page_dir(&out, &placeless.to_string());
    let posting = json_ld(&fs::read_to_string(dir.path().join("index.html")).unwrap())
        .expect("a JobPosting from --default-location");
    assert_eq!(
        posting["jobLocation"][0]["address"],
        serde_json::json!({"@type": "PostalAddress", "addressLocality": "Göteborg", "addressCountry": "SE"})
    );
}

#[tokio::test]
async fn a_widget_build_is_copied_and_its_index_prerendered() {
    let mock = start_mock().await;
    let root = scratch("dist");
    let dist = root.join("dist");
    fs::create_dir_all(&dist).unwrap();
    fs::write(
        dist.join("index.html"),
        "<!doctype html><html><head><title>Careers</title></head><body>\
         <main id=\"tt-board\" data-api-key=\"YOUR_PUBLIC_READ_KEY\"><noscript>JS</noscript></main>\
         <script src=\"first-request.js\"></script></body></html>",
    )
    .unwrap();
    fs::write(dist.join("careers-widget-0123abcd_bg.wasm"), b"\0asm").unwrap();
    fs::write(dist.join("embed.js"), "// loader").unwrap();
    let out = root.join("site");
    let mut args = snapshot_args(arg(&out), &mock.base);
    args.extend(["--dist", arg(&dist)]);
    let output = careers(DEMO_PUBLIC_KEY, &args).await;
    assert!(output.status.success(), "{}", printed(&output));

    assert_eq!(
        fs::read(out.join("careers-widget-0123abcd_bg.wasm")).unwrap(),
        b"\0asm"
    );
    assert!(out.join("embed.js").is_file());
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains(
        "<main id=\"tt-board\" data-source=\"jobs.json\"><section lang=\"en\" data-tt-first-rows=\"page\" class=\"tt-board\">"
    ), "{index}");
    assert!(!index.contains("YOUR_PUBLIC_READ_KEY") && !index.contains("<noscript>JS</noscript>"));
    let page = Page::parse(&index);
    assert!(page
        .texts(".tt-job-title")
        .contains(&"Senior Backend Engineer (Rust)".to_owned()));
    assert!(index.contains("<script src=\"first-request.js\"></script>"));
}

#[tokio::test]
async fn a_refused_key_fails_with_its_exit_code_and_keeps_the_previous_site() {
    let mock = start_mock().await;
    let root = scratch("refused");
    let out = root.join("site");
    let first = careers(DEMO_PUBLIC_KEY, &snapshot_args(arg(&out), &mock.base)).await;
    assert!(first.status.success(), "{}", printed(&first));
    let before = fs::read_to_string(out.join("jobs.json")).unwrap();

    let refused = careers("not-a-key", &snapshot_args(arg(&out), &mock.base)).await;
    assert_eq!(refused.status.code(), Some(3), "{}", printed(&refused));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("the API key was refused"), "{stderr}");
    assert!(!stderr.contains("not-a-key"), "the key is never printed");
    assert_eq!(fs::read_to_string(out.join("jobs.json")).unwrap(), before);
    let names: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec!["site".to_owned()],
        "no staging folder is left behind"
    );
}

#[tokio::test]
async fn each_api_failure_has_its_own_exit_code() {
    let mock = start_mock().await;
    let root = scratch("failures");
    let out = root.join("site");
    let base = &mock.base;
    let cases: Vec<(String, Vec<&str>, i32, &str)> = vec![
        (
            base.clone(),
            vec!["--api-version", "19990101"],
            5,
            "refused the version",
        ),
        (
            format!("{base}/__fault/status=503"),
            vec![],
            7,
            "HTTP 503 even after retries",
        ),
        (
            format!("{base}/__fault/status=429"),
            vec![],
            6,
            "rate limited",
        ),
        (
            format!("{base}/__fault/truncate=1"),
            vec![],
            9,
            "not a Teamtailor JSON:API document",
        ),
        (
            format!("{base}/__fault/html_error=1"),
            vec![],
            7,
            "HTTP 502 even after retries",
        ),
        (
            format!("{base}/__fault/status=403"),
            vec![],
            4,
            "scope Public",
        ),
        (
            format!("{base}/__fault/latency_ms=3000"),
            vec!["--timeout-secs", "1"],
            8,
            "did not answer in time",
        ),
    ];
    for (api_base, extra, code, message) in cases {
        let mut args = snapshot_args(arg(&out), &api_base);
        args.extend(extra);
        let output = careers(DEMO_PUBLIC_KEY, &args).await;
        assert_eq!(
            output.status.code(),
            Some(code),
            "{api_base}: {}",
            printed(&output)
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{api_base}: {stderr}");
        assert!(!out.exists(), "{api_base}: no site is written");
    }
}
