//! Command-line parsing and the startup banner scripts depend on.

use std::net::SocketAddr;
use std::time::Duration;
use teamtailor_mock::cli::{parse_args, startup_banner, CliCommand, CliOptions};
use teamtailor_mock::FaultSpec;

fn serve(args: &[&str]) -> CliOptions {
    match parse_args(args.iter().map(|arg| arg.to_string())) {
        Ok(CliCommand::Serve(options)) => *options,
        other => panic!("expected Serve, got {other:?}"),
    }
}

#[test]
fn defaults_bind_localhost_8080_serving_dist_and_the_demo() {
    let options = serve(&[]);
    assert_eq!((options.host.as_str(), options.port), ("127.0.0.1", 8080));
    assert_eq!(options.config.dist, std::path::PathBuf::from("dist"));
    assert_eq!(
        options.config.data.jobs.len(),
        teamtailor_mock::data::demo_data().jobs.len()
    );
    assert_eq!(options.config.rate_limit.requests, 100);
    assert_eq!(options.config.faults, FaultSpec::default());
    assert_eq!(options.site_port, None);
}

#[test]
fn every_flag_is_read_in_both_spellings() {
    let options = serve(&[
        "--host",
        "0.0.0.0",
        "--port=0",
        "--site-port",
        "8081",
        "--dist",
        "build",
        "--jobs",
        "2000",
        "--rate-limit",
        "5",
        "--rate-window-secs=2",
        "--latency-ms",
        "300",
        "--fault-status",
        "503",
        "--fault-truncate",
        "--fault-html",
    ]);
    assert_eq!((options.host.as_str(), options.port), ("0.0.0.0", 0));
    assert_eq!(options.site_port, Some(8081));
    assert_eq!(options.config.dist, std::path::PathBuf::from("build"));
    assert_eq!(options.config.data.jobs.len(), 2_000);
    assert_eq!(options.config.rate_limit.requests, 5);
    assert_eq!(options.config.rate_limit.window, Duration::from_secs(2));
    assert_eq!(
        options.config.faults,
        FaultSpec {
            latency_ms: Some(300),
            status: Some(503),
            truncate: true,
            html_error: true,
            ..FaultSpec::default()
        }
    );
}

#[test]
fn help_and_bad_flags_are_recognised() {
    assert!(matches!(
        parse_args(["--help".to_owned()]),
        Ok(CliCommand::Help)
    ));
    assert!(parse_args(["--bogus".to_owned()]).is_err());
    assert!(parse_args(["--port".to_owned()]).is_err());
    assert!(parse_args(["--fault-status".to_owned(), "200".to_owned()]).is_err());
    assert!(parse_args(["--rate-limit".to_owned(), "0".to_owned()]).is_err());
}

#[test]
fn banner_starts_with_the_line_scripts_parse() {
    let address: SocketAddr = "127.0.0.1:43210".parse().unwrap();
    let banner = startup_banner(address, None);
    assert_eq!(
        banner.lines().next(),
        Some("teamtailor-mock listening on http://127.0.0.1:43210")
    );
    assert!(banner.contains("demo-public-key") && banner.contains("demo-admin-key"));
    assert!(!banner.contains("company site"));
}

#[test]
fn site_port_zero_means_no_company_site() {
    assert_eq!(serve(&["--site-port=0"]).site_port, None);
    assert_eq!(serve(&["--site-port=9090"]).site_port, Some(9090));
    assert!(parse_args(["--site-port".to_owned(), "x".to_owned()]).is_err());
    assert!(parse_args(["--site-port=70000".to_owned()]).is_err());
}

#[test]
fn banner_ends_with_the_company_site_when_one_is_served() {
    let address: SocketAddr = "127.0.0.1:43210".parse().unwrap();
    let site: SocketAddr = "127.0.0.1:43211".parse().unwrap();
    let with_site = startup_banner(address, Some(site));
    assert_eq!(
        with_site.lines().next(),
        Some("teamtailor-mock listening on http://127.0.0.1:43210")
    );
    assert_eq!(
        with_site.lines().last(),
        Some("company site: http://127.0.0.1:43211/")
    );
    assert_eq!(
        with_site,
        format!(
            "{}company site: http://127.0.0.1:43211/\n",
            startup_banner(address, None)
        )
    );
}
