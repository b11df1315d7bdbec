//! `careers snapshot --provider recruitee|smartrecruiters` against the mock's feed doubles:
//! the folder it writes, and how it fails. Expected jobs are read from the mock itself, so
//! these tests follow its demo data.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;
use support::page::Page;
use support::*;
use teamtailor_mock::{RECRUITEE_DEMO_COMPANY, RECRUITEE_DEMO_TOKEN, SMARTRECRUITERS_DEMO_COMPANY};

const SITE: &str = "https://jobs.example.com/careers";

fn feed_args<'a>(provider: &'a str, company: &'a str, base: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "snapshot",
        "--provider",
        provider,
        "--company",
        company,
        "--api-base",
        base,
        "--out",
        out,
        "--site-url",
        SITE,
        "--company-name",
        "Demo Company",
    ]
}

async fn get_json(url: &str) -> Value {
    let body = reqwest::get(url)
        .await
        .expect("mock answers")
        .text()
        .await
        .expect("mock body");
    serde_json::from_str(&body).expect("mock JSON")
}

/// Paths of the feeds the mock was asked for, with their counts.
async fn feed_requests(mock: &Mock) -> BTreeMap<String, u64> {
    let stats = get_json(&format!("{}/__mock/stats", mock.base)).await;
    stats["by_path"]
        .as_object()
        .expect("by_path")
        .iter()
        .filter(|(path, _)| path.starts_with("/recruitee") || path.starts_with("/smartrecruiters"))
        .map(|(path, count)| (path.clone(), count.as_u64().unwrap_or_default()))
        .collect()
}

/// The text runs of an HTML fragment (tags dropped), each as a page would show it.
fn text_runs(html: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut inside_tag = false;
    let mut run = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                inside_tag = true;
                if !run.trim().is_empty() {
                    runs.push(run.trim().to_owned());
                }
                run.clear();
            }
            '>' => inside_tag = false,
            c if !inside_tag => run.push(c),
            _ => {}
        }
    }
    if !run.trim().is_empty() {
        runs.push(run.trim().to_owned());
    }
    runs
}

/// The snapshot's jobs by id.
fn snapshot_jobs(out: &Path) -> BTreeMap<String, teamtailor_api::Job> {
    let snapshot = teamtailor_api::BoardSnapshot::from_json(
        &fs::read_to_string(out.join("jobs.json")).expect("jobs.json"),
    )
    .expect("jobs.json parses");
    snapshot
        .jobs
        .into_iter()
        .map(|job| (job.id.clone(), job))
        .collect()
}

/// The job page of `id` (`jobs/{id}-{slug}/index.html`).
fn job_page(out: &Path, id: &str) -> String {
    let dir = fs::read_dir(out.join("jobs"))
        .expect("jobs folder")
        .flatten()
        .find(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{id}-"))
        })
        .unwrap_or_else(|| panic!("a page for job {id}"));
    fs::read_to_string(dir.path().join("index.html")).expect("job page")
}

fn json_ld(page: &str) -> Value {
    let open = "<script type=\"application/ld+json\">";
    let start = page.find(open).expect("JSON-LD") + open.len();
    let end = start + page[start..].find("</script>").expect("script end");
    serde_json::from_str(&page[start..end]).expect("JSON-LD parses")
}

fn apply_href(page: &str) -> String {
    Page::parse(page).attribute("a.tt-apply-link", "href")
}

fn assert_nothing_written(root: &Path) {
    assert_eq!(
        names_in(root),
        Vec::<String>::new(),
        "no site and no staging folder"
    );
}

#[tokio::test]
async fn a_recruitee_snapshot_has_every_offer_with_its_text_and_apply_link_and_no_mailbox() {
    let mock = start_mock().await;
    let root = scratch("recruitee-every-offer");
    let out = root.join("site");
    let base = format!("{}/recruitee", mock.base);
    let output = careers_with_env(
        &[],
        &feed_args("recruitee", RECRUITEE_DEMO_COMPANY, &base, arg(&out)),
    )
    .await;
    assert!(output.status.success(), "{}", printed(&output));

    let feed = get_json(&format!("{base}/{RECRUITEE_DEMO_COMPANY}/api/offers/")).await;
    let offers = feed["offers"].as_array().expect("offers");
    let jobs = snapshot_jobs(&out);
    assert_eq!(jobs.len(), offers.len(), "every published offer, once");
    assert_eq!(names_in(&out.join("jobs")).len(), offers.len());
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert_eq!(sitemap.matches("<url>").count(), offers.len() + 1);

    for offer in offers {
        let id = offer["id"].to_string();
        assert!(jobs.contains_key(&id), "offer {id} in jobs.json");
        let page = job_page(&out, &id);
        let posting = json_ld(&page);
        assert_eq!(posting["@type"], "JobPosting");
        assert_eq!(posting["title"], offer["title"]);
        assert_eq!(posting["hiringOrganization"]["name"], "Demo Company");
        assert_eq!(
            apply_href(&page),
            offer["careers_apply_url"].as_str().unwrap()
        );
        // Top-level HTML where Recruitee sends it, else the English translation's.
        let text = |member: &str| {
            offer[member]
                .as_str()
                .or_else(|| offer["translations"]["en"][member].as_str())
                .unwrap_or_else(|| panic!("offer {id} has a {member}"))
        };
        for run in text_runs(text("description"))
            .into_iter()
            .chain(text_runs(text("requirements")))
        {
            assert!(page.contains(&run), "offer {id}'s page shows {run:?}");
        }
    }
    let backend = job_page(&out, "501002");
    assert!(backend.contains("Build the API our field teams rely on."));
    assert!(!backend.contains("Bygg API-et"), "not the Norwegian copy");

    for file in files_under(&out) {
        let contents = String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        assert!(!contents.contains("mailbox"), "{}", file.display());
        for offer in offers {
            let mailbox = offer["mailbox_email"].as_str().unwrap();
            assert!(
                !contents.contains(mailbox),
                "{mailbox} in {}",
                file.display()
            );
        }
    }
}

#[tokio::test]
async fn a_smartrecruiters_snapshot_has_one_page_per_ref_number_in_the_board_language() {
    let mock = start_mock().await;
    let base = format!("{}/smartrecruiters", mock.base);
    let list = get_json(&format!(
        "{base}/v1/companies/{SMARTRECRUITERS_DEMO_COMPANY}/postings?limit=100"
    ))
    .await;
    let postings = list["content"].as_array().expect("content");
    assert_eq!(list["totalFound"].as_u64(), Some(postings.len() as u64));
    // Each refNumber's copies, in list order.
    let mut copies: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for posting in postings {
        copies
            .entry(posting["refNumber"].as_str().unwrap())
            .or_default()
            .push(posting);
    }
    assert!(
        copies.values().any(|copies| copies.len() > 1),
        "the demo has language copies"
    );

    for language in ["de", "en"] {
        let root = scratch(&format!("smartrecruiters-{language}"));
        let out = root.join("site");
        let mut args = feed_args(
            "smartrecruiters",
            SMARTRECRUITERS_DEMO_COMPANY,
            &base,
            arg(&out),
        );
        args.extend(["--language", language]);
        let output = careers_with_env(&[], &args).await;
        assert!(output.status.success(), "{}", printed(&output));

        let jobs = snapshot_jobs(&out);
        assert_eq!(
            jobs.len(),
            copies.len(),
            "{language}: one job per refNumber"
        );
        assert_eq!(names_in(&out.join("jobs")).len(), copies.len());
        for (reference, copies) in &copies {
            let wanted = copies
                .iter()
                .find(|copy| copy["language"]["code"] == language)
                .unwrap_or(&copies[0]);
            let id = wanted["id"].as_str().unwrap();
            let job = jobs
                .get(id)
                .unwrap_or_else(|| panic!("{language}: {reference} as posting {id}"));
            assert_eq!(job.title, wanted["name"].as_str().unwrap());

            let detail = get_json(&format!(
                "{base}/v1/companies/{SMARTRECRUITERS_DEMO_COMPANY}/postings/{id}"
            ))
            .await;
            let page = job_page(&out, id);
            let sections = &detail["jobAd"]["sections"];
            for name in ["companyDescription", "jobDescription", "qualifications"] {
                let section = &sections[name];
                assert!(
                    page.contains(&format!("<h2>{}</h2>", section["title"].as_str().unwrap())),
                    "{id}: {name} heading"
                );
                for run in text_runs(section["text"].as_str().unwrap()) {
                    assert!(page.contains(&run), "{id}'s page shows {run:?}");
                }
            }
            assert_eq!(apply_href(&page), detail["applyUrl"].as_str().unwrap());
            let posting = json_ld(&page);
            assert_eq!(posting["@type"], "JobPosting");
            assert_eq!(posting["title"], wanted["name"]);
        }
    }
}

#[tokio::test]
async fn a_withdrawn_language_copy_gives_way_to_the_jobs_other_copy() {
    let mock = start_mock().await;
    let list = get_json(&format!(
        "{}/smartrecruiters/v1/companies/{SMARTRECRUITERS_DEMO_COMPANY}/postings?limit=100",
        mock.base
    ))
    .await;
    let postings = list["content"].as_array().expect("content");
    let copy_of = |reference: &str, language: &str| {
        postings
            .iter()
            .find(|posting| {
                posting["refNumber"] == reference && posting["language"]["code"] == language
            })
            .and_then(|posting| posting["id"].as_str())
            .unwrap_or_else(|| panic!("{reference} in {language}"))
            .to_owned()
    };
    let german = copy_of("NW-101", "de");
    let english = copy_of("NW-101", "en");
    let references: BTreeSet<&str> = postings
        .iter()
        .map(|posting| posting["refNumber"].as_str().unwrap())
        .collect();

    let root = scratch("smartrecruiters-withdrawn-copy");
    let out = root.join("site");
    let base = format!("{}/smartrecruiters/__withdrawn/{german}", mock.base);
    let mut args = feed_args(
        "smartrecruiters",
        SMARTRECRUITERS_DEMO_COMPANY,
        &base,
        arg(&out),
    );
    args.extend(["--language", "de"]);
    let output = careers_with_env(&[], &args).await;
    assert!(output.status.success(), "{}", printed(&output));
    assert!(
        printed(&output).contains(&format!("posting {german}: withdrawn")),
        "{}",
        printed(&output)
    );

    let jobs = snapshot_jobs(&out);
    assert_eq!(
        jobs.len(),
        references.len(),
        "every job is still on the board"
    );
    assert!(!jobs.contains_key(&german));
    let job = jobs.get(&english).expect("the English copy stands in");
    assert!(job.body_html.contains("<h2>"), "with its job ad");
}

#[tokio::test]
async fn an_unknown_recruitee_company_fails_clearly_and_writes_nothing() {
    let mock = start_mock().await;
    let root = scratch("recruitee-unknown");
    let out = root.join("site");
    let base = format!("{}/recruitee", mock.base);
    let output =
        careers_with_env(&[], &feed_args("recruitee", "no-such-co", &base, arg(&out))).await;
    assert_eq!(output.status.code(), Some(10), "{}", printed(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "careers: error: reading Recruitee offers: Recruitee has no careers site \
             \"no-such-co\" (HTTP 404). Check --company (the subdomain of no-such-co.recruitee.com)"
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("teamtailor") && !stderr.contains("<html"),
        "{stderr}"
    );
    assert_nothing_written(&root);
}

#[tokio::test]
async fn recruitee_rate_limits_and_html_error_pages_are_retried_then_reported() {
    let mock = start_mock().await;
    let root = scratch("recruitee-faults");
    let out = root.join("site");
    for (fault, code, message) in [
        ("status=429", 6, "rate limited even after retries"),
        (
            "html_error=1",
            7,
            "Recruitee failed with HTTP 502 even after retries",
        ),
    ] {
        let base = format!("{}/recruitee/__fault/{fault}", mock.base);
        let output = careers_with_env(
            &[],
            &feed_args("recruitee", RECRUITEE_DEMO_COMPANY, &base, arg(&out)),
        )
        .await;
        assert_eq!(
            output.status.code(),
            Some(code),
            "{fault}: {}",
            printed(&output)
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            stderr.matches("; retrying in ").count(),
            3,
            "{fault}: {stderr}"
        );
        assert!(
            stderr.contains(&format!(
                "careers: error: reading Recruitee offers: {message}"
            )),
            "{fault}: {stderr}"
        );
        assert!(
            !stderr.contains('<'),
            "{fault}: the HTML page is not printed"
        );
        assert_nothing_written(&root);
        let path = format!("/recruitee/__fault/{fault}/{RECRUITEE_DEMO_COMPANY}/api/offers/");
        assert_eq!(
            feed_requests(&mock).await.get(&path),
            Some(&4),
            "{fault}: 1 + 3 retries"
        );
    }
}

#[tokio::test]
async fn an_unknown_smartrecruiters_company_is_an_empty_board_with_a_warning_naming_it() {
    let mock = start_mock().await;
    let root = scratch("smartrecruiters-unknown");
    let out = root.join("site");
    let base = format!("{}/smartrecruiters", mock.base);
    let output = careers_with_env(
        &[],
        &feed_args("smartrecruiters", "NordwindEnergyy", &base, arg(&out)),
    )
    .await;
    assert!(output.status.success(), "{}", printed(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "careers: warning: SmartRecruiters lists no postings for company \"NordwindEnergyy\""
        ),
        "{stderr}"
    );
    assert!(snapshot_jobs(&out).is_empty());
}

#[tokio::test]
async fn a_missing_or_malformed_company_is_a_usage_error_before_any_request() {
    let mock = start_mock().await;
    let root = scratch("company-config");
    let out = root.join("site");
    let recruitee = format!("{}/recruitee", mock.base);
    let smartrecruiters = format!("{}/smartrecruiters", mock.base);
    let common = |provider: &'static str, base: &str| -> Vec<String> {
        [
            "snapshot",
            "--provider",
            provider,
            "--api-base",
            base,
            "--out",
            arg(&out),
            "--site-url",
            SITE,
            "--company-name",
            "Demo Company",
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let cases: Vec<(Vec<String>, &str)> =
        vec![
        (
            common("recruitee", &recruitee),
            "--company is required for --provider \"recruitee\"",
        ),
        (
            [common("recruitee", &recruitee), vec!["--company".into(), "  ".into()]].concat(),
            "--company is required for --provider \"recruitee\"",
        ),
        (
            [
                common("recruitee", &recruitee),
                vec!["--company".into(), "fjordlight.recruitee.com".into()],
            ]
            .concat(),
            "--company \"fjordlight.recruitee.com\" is not valid for --provider \"recruitee\"",
        ),
        (
            common("smartrecruiters", &smartrecruiters),
            "--company is required for --provider \"smartrecruiters\"",
        ),
        (
            [
                common("smartrecruiters", &smartrecruiters),
                vec!["--company".into(), "../admin".into()],
            ]
            .concat(),
            "--company \"../admin\" is not valid for --provider \"smartrecruiters\"",
        ),
        (
            [
                common("teamtailor", &mock.base),
                vec!["--company".into(), "fjordlight".into()],
            ]
            .concat(),
            "--company is for --provider recruitee or smartrecruiters",
        ),
        (
            [
                common("workday", &mock.base),
                vec!["--company".into(), "acme".into()],
            ]
            .concat(),
            "--provider \"workday\" must be \"teamtailor\", \"recruitee\" or \"smartrecruiters\"",
        ),
    ];
    for (args, message) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = careers_with_env(&[], &args).await;
        assert_eq!(
            output.status.code(),
            Some(64),
            "{args:?}: {}",
            printed(&output)
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert_eq!(
        feed_requests(&mock).await,
        BTreeMap::new(),
        "no feed was asked"
    );
    assert_nothing_written(&root);
}

#[tokio::test]
async fn the_recruitee_token_is_sent_as_its_header_and_never_printed_or_written() {
    let mock = start_mock().await;
    let root = scratch("recruitee-token");
    let out = root.join("site");
    let base = format!("{}/recruitee", mock.base);
    let args = feed_args("recruitee", RECRUITEE_DEMO_COMPANY, &base, arg(&out));

    // The mock refuses a wrong token with 401, so this shows the header is sent.
    let wrong = "wrong-careers-sites-token-5f3a";
    let refused = careers_with_env(&[("RECRUITEE_CAREERS_TOKEN", wrong)], &args).await;
    assert_eq!(refused.status.code(), Some(3), "{}", printed(&refused));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("Recruitee refused the careers-site token in RECRUITEE_CAREERS_TOKEN"),
        "{stderr}"
    );
    assert!(
        !printed(&refused).contains(wrong),
        "the token is never printed"
    );
    assert_nothing_written(&root);

    let accepted =
        careers_with_env(&[("RECRUITEE_CAREERS_TOKEN", RECRUITEE_DEMO_TOKEN)], &args).await;
    assert!(accepted.status.success(), "{}", printed(&accepted));
    assert!(!printed(&accepted).contains(RECRUITEE_DEMO_TOKEN));
    assert!(!snapshot_jobs(&out).is_empty());
    for file in files_under(&out) {
        let contents = String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        assert!(
            !contents.contains(RECRUITEE_DEMO_TOKEN),
            "token in {}",
            file.display()
        );
    }
}
