//! `teamtailor-mock` binary: parse flags, bind, print the banner, serve until Ctrl-C/SIGTERM.

use std::io::Write;
use std::process::ExitCode;
use teamtailor_mock::cli::{parse_args, startup_banner, CliCommand, USAGE};
use teamtailor_mock::BoundServers;

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(CliCommand::Serve(options)) => options,
        Ok(CliCommand::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("teamtailor-mock: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let servers = match BoundServers::bind(&options.host, options.port, options.site_port).await {
        Ok(servers) => servers,
        Err(message) => {
            eprintln!("teamtailor-mock: {message}");
            return ExitCode::FAILURE;
        }
    };
    // Scripts wait for the first line, so it must leave the pipe buffer right away.
    let banner = startup_banner(servers.main_address(), servers.site_address());
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(banner.as_bytes());
    let _ = stdout.flush();
    drop(stdout);
    if let Err(error) = servers.serve(options.config, shutdown_signal()).await {
        eprintln!("teamtailor-mock: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Resolves on Ctrl-C, or SIGTERM on Unix (what `kill` and CI runners send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
