//! Command-line parsing and the startup banner, kept out of `main.rs` so they can be tested.

use crate::api::{DEMO_ADMIN_KEY, DEMO_INTERNAL_KEY, DEMO_PUBLIC_KEY};
use crate::config::MockConfig;
use crate::data::generated_data;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// `--help` text.
pub const USAGE: &str = "\
Usage: teamtailor-mock [OPTIONS]

A double of the Teamtailor API with demo data, a fake career site and the built board.

Options:
  --host HOST              address to bind (default 127.0.0.1)
  --port PORT              port to bind, 0 picks a free one (default 8080)
  --site-port PORT         also serve the demo company site, which embeds the board from
                           the main port, on PORT (default 0: no company site)
  --dist PATH              built board to serve (default dist)
  --snapshot-dir PATH      also serve this `careers snapshot` folder at /snapshot/
  --jobs N                 serve N generated published jobs instead of the demo account
  --rate-limit N           requests per key per window (default 100)
  --rate-window-secs S     rate-limit window in seconds (default 10)
  --latency-ms N           delay every API answer by N ms
  --fault-status N         answer every API request with status N (400-599)
  --fault-truncate         cut every API body in half
  --fault-html             answer every API request with a 502 HTML page
  -h, --help               print this help
";

/// What the command line asks for.
#[derive(Debug)]
pub enum CliCommand {
    /// Print `USAGE`.
    Help,
    /// Run the server.
    Serve(Box<CliOptions>),
}

/// Bind address and server configuration.
#[derive(Debug)]
pub struct CliOptions {
    /// Address to bind.
    pub host: String,
    /// Port to bind; 0 lets the OS pick.
    pub port: u16,
    /// Port of the demo company site on the same host; `None` (`--site-port 0`) serves none.
    pub site_port: Option<u16>,
    /// Everything else.
    pub config: MockConfig,
}

/// Parses the arguments after the program name; `--flag value` and `--flag=value` both work.
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<CliCommand, String> {
    let mut options = CliOptions {
        host: "127.0.0.1".to_owned(),
        port: 8080,
        site_port: None,
        config: MockConfig::default(),
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(CliCommand::Help),
            "--host" => options.host = value()?,
            "--port" => options.port = number(&flag, &value()?)?,
            // 0 means "off", the default, rather than "pick a free port" as for --port.
            "--site-port" => {
                options.site_port = match number(&flag, &value()?)? {
                    0 => None,
                    port => Some(port),
                }
            }
            "--dist" => options.config.dist = PathBuf::from(value()?),
            "--snapshot-dir" => options.config.snapshot = Some(PathBuf::from(value()?)),
            "--jobs" => options.config.data = generated_data(number(&flag, &value()?)?),
            "--rate-limit" => options.config.rate_limit.requests = positive(&flag, &value()?)?,
            "--rate-window-secs" => {
                options.config.rate_limit.window =
                    Duration::from_secs(positive(&flag, &value()?)?.into())
            }
            "--latency-ms" => options.config.faults.latency_ms = Some(number(&flag, &value()?)?),
            "--fault-status" => match number::<u16>(&flag, &value()?)? {
                status @ 400..=599 => options.config.faults.status = Some(status),
                other => return Err(format!("--fault-status must be 400-599, got {other}")),
            },
            "--fault-truncate" => options.config.faults.truncate = true,
            "--fault-html" => options.config.faults.html_error = true,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(CliCommand::Serve(Box::new(options)))
}

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} needs a number, got {value:?}"))
}

fn positive(flag: &str, value: &str) -> Result<u32, String> {
    match number::<u32>(flag, value)? {
        0 => Err(format!("{flag} must be at least 1")),
        n => Ok(n),
    }
}

/// What the server prints on start; scripts parse the first line, so it never changes. The
/// company site's line comes last, only when one is served.
pub fn startup_banner(address: SocketAddr, site_address: Option<SocketAddr>) -> String {
    let base = format!("http://{address}");
    let mut banner = format!(
        "teamtailor-mock listening on {base}\n\
         board:        {base}/\n\
         public key:   {DEMO_PUBLIC_KEY}\n\
         internal key: {DEMO_INTERNAL_KEY}\n\
         admin key:    {DEMO_ADMIN_KEY}\n\
         example:      {base}/v1/jobs?api_key={DEMO_PUBLIC_KEY}&api_version=20240904&include=department,locations\n\
         stats:        {base}/__mock/stats\n"
    );
    if let Some(site_address) = site_address {
        banner.push_str(&format!("company site: http://{site_address}/\n"));
    }
    banner
}
