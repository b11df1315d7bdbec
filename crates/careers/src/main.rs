//! The `careers` binary: parse the command line, run the command, exit with its code.

use std::process::ExitCode;

use careers::cli::{Cli, Command};
use careers::failure::exit_code;
use careers::{doctor_command, snapshot_command, snippet_command};
use clap::Parser;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // --help and --version are successes; usage errors get EX_USAGE, not clap's 2,
            // which `careers doctor` reserves for "unsafe key".
            return ExitCode::from(if error.use_stderr() {
                exit_code::USAGE
            } else {
                exit_code::OK
            });
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("careers: error: cannot start the async runtime: {error}");
            return ExitCode::from(exit_code::IO);
        }
    };
    let outcome = runtime.block_on(async {
        match &cli.command {
            Command::Snapshot(args) => snapshot_command::run(args).await.map(|()| exit_code::OK),
            Command::Doctor(args) => doctor_command::run(args).await,
            Command::Snippet(args) => snippet_command::run(args).await,
            Command::LoaderTemplate => {
                println!("{}", careers::pages::loader_template());
                Ok(exit_code::OK)
            }
        }
    });
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("careers: error: {failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}
