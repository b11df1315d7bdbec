//! `careers snippet`: the embed tag to paste and the CSP directives it needs.

use maud::{html, Markup};
use teamtailor_api::{FeedSource, Provider, DEFAULT_API_BASE, SMARTRECRUITERS_API_BASE};

use crate::api_client::option_message;
use crate::cli::{SnippetArgs, SnippetMode};
use crate::doctor_command::diagnose;
use crate::failure::{exit_code, Failure};
use crate::feed_client::RECRUITEE_TOKEN_VARIABLE;
use crate::progress;

/// What `index.html` and the README use where a key belongs.
const KEY_PLACEHOLDER: &str = "YOUR_PUBLIC_READ_KEY";

/// Prints the snippet on stdout; with `--with-key` only after the key proved to be Public.
pub async fn run(args: &SnippetArgs) -> Result<u8, Failure> {
    let board = match args.mode {
        // Checked before the key, so a wrong --company costs no request.
        SnippetMode::Live => Some(LiveBoard::of(args)?),
        SnippetMode::Snapshot => None,
    };
    let key = match (&board, args.with_key) {
        (Some(LiveBoard::Feed(source)), true) => {
            return Err(Failure::usage(format!(
                "--with-key is for Teamtailor boards; a {} board needs no key",
                source.provider
            )))
        }
        (Some(LiveBoard::Teamtailor), true) => {
            let api = args.api_args().ok_or_else(|| {
                Failure::usage("--with-key needs TEAMTAILOR_API_KEY or --api-key")
            })?;
            let verdict = diagnose(&api, "https://www.example.com", &mut |line| {
                progress::line(&line)
            })
            .await?;
            if !verdict.browser_safe() {
                progress::line("refusing to print this key into a web page snippet");
                return Ok(exit_code::UNSAFE_KEY);
            }
            api.api_key.unwrap_or_default()
        }
        _ => KEY_PLACEHOLDER.to_owned(),
    };
    if let Some(LiveBoard::Feed(source)) = &board {
        if source.provider == Provider::Recruitee {
            progress::line(&format!(
                "note: Recruitee will require a careers-site token from 2027-02-10 that must \
                 never be put in a page; a board from `careers snapshot` (token in \
                 {RECRUITEE_TOKEN_VARIABLE}) and --mode snapshot keeps working"
            ));
        }
    }
    println!("{}", snippet(args, &key)?);
    Ok(exit_code::OK)
}

/// The board a live embed reads: Teamtailor by its key, or a company feed.
pub enum LiveBoard {
    Teamtailor,
    Feed(FeedSource),
}

impl LiveBoard {
    /// Validates `--provider`, `--company` and `--api-base` as the widget validates
    /// `data-provider`, `data-company` and `data-api-base`.
    pub fn of(args: &SnippetArgs) -> Result<Self, Failure> {
        match args.provider {
            Provider::Teamtailor if args.company.is_some() => Err(Failure::usage(
                "--company is for --provider recruitee or smartrecruiters; Teamtailor boards \
                 are chosen by their API key",
            )),
            Provider::Teamtailor => Ok(Self::Teamtailor),
            provider => {
                FeedSource::new(provider, args.company.as_deref(), args.api_base.as_deref())
                    .map(Self::Feed)
                    .map_err(|error| Failure::usage(option_message(&error.to_string())))
            }
        }
    }

    /// The embed tag of this board, reading the live feed.
    fn tag(&self, args: &SnippetArgs, embed: &str, key: &str) -> Markup {
        let target_id = target_id(args);
        match self {
            Self::Teamtailor => {
                let base = args.teamtailor_api_base();
                let base = base.trim_end_matches('/');
                let custom_base = (base != DEFAULT_API_BASE).then_some(base);
                html! {
                    div id=(target_id) {}
                    "\n"
                    script src=(embed) defer data-api-key=(key) data-api-base=[custom_base] data-target=(args.target) {}
                }
            }
            Self::Feed(feed) => html! {
                div id=(target_id) {}
                "\n"
                script src=(embed) defer data-provider=(feed.provider.as_str()) data-company=(feed.company) data-api-base=[feed.api_base.as_deref()] data-target=(args.target) {}
            },
        }
    }

    /// The origin the board's browser requests go to.
    fn origin(&self, args: &SnippetArgs) -> String {
        match self {
            Self::Teamtailor => origin(&args.teamtailor_api_base()),
            Self::Feed(source) => match (&source.api_base, source.provider) {
                (Some(base), _) => origin(base),
                (None, Provider::Recruitee) => format!("https://{}.recruitee.com", source.company),
                (None, _) => SMARTRECRUITERS_API_BASE.to_owned(),
            },
        }
    }
}

fn target_id(args: &SnippetArgs) -> &str {
    args.target.strip_prefix('#').unwrap_or("careers")
}

/// The tag and the CSP lines as one text; in live mode, a bad --provider, --company or
/// --api-base is refused.
pub fn snippet(args: &SnippetArgs, key: &str) -> Result<String, Failure> {
    let cdn = args.cdn_url.trim_end_matches('/');
    let embed = format!("{cdn}/embed.js");
    let source = args
        .source
        .clone()
        .unwrap_or_else(|| format!("{cdn}/jobs.json"));
    let (tag, data_origin) = match args.mode {
        SnippetMode::Live => {
            let board = LiveBoard::of(args)?;
            (board.tag(args, &embed, key), board.origin(args))
        }
        SnippetMode::Snapshot => (
            html! {
                div id=(target_id(args)) {}
                "\n"
                script src=(embed) defer data-source=(source) data-target=(args.target) {}
            },
            origin(&source),
        ),
    };
    let cdn_origin = origin(cdn);
    let mut connect = vec![cdn_origin.clone()];
    if data_origin != cdn_origin {
        connect.push(data_origin);
    }
    // Only Teamtailor boards embed an apply form; the others link to the provider's page.
    let frame = match args.provider {
        Provider::Teamtailor => format!("frame-src {};\n", args.careersite_origin),
        _ => String::new(),
    };
    Ok(format!(
        "<!-- Paste where the job board should appear -->\n{}\n\n\
         Content-Security-Policy directives the board needs (merge into your policy):\n\
         script-src {cdn_origin} 'wasm-unsafe-eval';\n\
         style-src {cdn_origin};\n\
         connect-src {};\n\
         img-src https:;\n\
         {frame}",
        tag.into_string(),
        connect.join(" "),
    ))
}

/// `scheme://host[:port]` of an absolute URL; a path is same-origin (`'self'`).
fn origin(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
            format!("{scheme}://{authority}")
        }
        None => "'self'".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(extra: &[&str]) -> SnippetArgs {
        #[derive(Parser)]
        struct Wrapper {
            #[command(flatten)]
            snippet: SnippetArgs,
        }
        let argv = std::iter::once("snippet").chain(extra.iter().copied());
        Wrapper::parse_from(argv).snippet
    }

    #[test]
    fn live_mode_prints_the_key_tag_and_the_api_in_connect_src() {
        let text = snippet(
            &args(&[
                "--cdn-url",
                "https://cdn.example.com/careers/",
                "--api-base",
                "https://api.na.teamtailor.com",
            ]),
            KEY_PLACEHOLDER,
        )
        .unwrap();
        assert!(text.contains(
            "<div id=\"careers\"></div>\n<script src=\"https://cdn.example.com/careers/embed.js\" defer \
             data-api-key=\"YOUR_PUBLIC_READ_KEY\" data-api-base=\"https://api.na.teamtailor.com\" \
             data-target=\"#careers\"></script>"
        ), "{text}");
        assert!(text.contains("\nscript-src https://cdn.example.com 'wasm-unsafe-eval';\n"));
        assert!(
            text.contains("connect-src https://cdn.example.com https://api.na.teamtailor.com;\n")
        );
        assert!(text.contains("frame-src https://*.teamtailor.com;\n"));
    }

    #[test]
    fn snapshot_mode_reads_jobs_json_and_needs_no_api_origin() {
        let text = snippet(
            &args(&[
                "--mode",
                "snapshot",
                "--cdn-url",
                "https://cdn.example.com/c",
            ]),
            "secret",
        )
        .unwrap();
        assert!(text.contains(
            "<script src=\"https://cdn.example.com/c/embed.js\" defer \
             data-source=\"https://cdn.example.com/c/jobs.json\" data-target=\"#careers\"></script>"
        ), "{text}");
        assert!(!text.contains("secret") && !text.contains("data-api-key"));
        assert!(text.contains("connect-src https://cdn.example.com;\n"));
    }

    #[test]
    fn a_recruitee_board_prints_provider_and_company_and_reads_the_company_subdomain() {
        let text = snippet(
            &args(&[
                "--provider",
                "recruitee",
                "--company",
                "Fjordlight",
                "--cdn-url",
                "https://cdn.example.com/careers",
            ]),
            KEY_PLACEHOLDER,
        )
        .unwrap();
        assert!(
            text.contains(
                "<script src=\"https://cdn.example.com/careers/embed.js\" defer \
             data-provider=\"recruitee\" data-company=\"fjordlight\" \
             data-target=\"#careers\"></script>"
            ),
            "{text}"
        );
        assert!(!text.contains("data-api-key") && !text.contains(KEY_PLACEHOLDER));
        assert!(
            text.contains(
                "connect-src https://cdn.example.com https://fjordlight.recruitee.com;\n"
            ),
            "{text}"
        );
        assert!(!text.contains("frame-src"), "{text}");
    }

    #[test]
    fn a_smartrecruiters_board_behind_a_proxy_prints_its_api_base() {
        let text = snippet(
            &args(&[
                "--provider",
                "smartrecruiters",
                "--company",
                "NordwindEnergy",
                "--api-base",
                "https://jobs-proxy.example.com/sr/",
            ]),
            KEY_PLACEHOLDER,
        )
        .unwrap();
        assert!(
            text.contains(
                "defer data-provider=\"smartrecruiters\" data-company=\"NordwindEnergy\" \
             data-api-base=\"https://jobs-proxy.example.com/sr\" data-target=\"#careers\">"
            ),
            "{text}"
        );
        assert!(
            text.contains("connect-src https://cdn.example.com https://jobs-proxy.example.com;\n")
        );
        let direct = snippet(
            &args(&[
                "--provider",
                "smartrecruiters",
                "--company",
                "NordwindEnergy",
            ]),
            KEY_PLACEHOLDER,
        )
        .unwrap();
        assert!(!direct.contains("data-api-base"), "{direct}");
        assert!(
            direct.contains(" https://api.smartrecruiters.com;\n"),
            "{direct}"
        );
    }

    #[test]
    fn a_provider_board_without_a_valid_company_is_a_usage_error() {
        for (extra, message) in [
            (
                vec!["--provider", "recruitee"],
                "--company is required for --provider \"recruitee\"",
            ),
            (
                vec!["--provider", "smartrecruiters", "--company", "a/b"],
                "--company \"a/b\" is not valid for --provider \"smartrecruiters\"",
            ),
            (
                vec!["--company", "acme"],
                "--company is for --provider recruitee or smartrecruiters",
            ),
        ] {
            let failure = snippet(&args(&extra), KEY_PLACEHOLDER).unwrap_err();
            assert_eq!(failure.exit_code(), exit_code::USAGE);
            assert!(failure.to_string().contains(message), "{failure}");
        }
    }

    #[test]
    fn a_provider_snapshot_embed_reads_only_jobs_json() {
        let text = snippet(
            &args(&["--mode", "snapshot", "--provider", "recruitee"]),
            KEY_PLACEHOLDER,
        )
        .unwrap();
        assert!(text.contains("data-source=\"https://cdn.example.com/careers/jobs.json\""));
        assert!(
            !text.contains("data-provider") && !text.contains("frame-src"),
            "{text}"
        );
    }
}
