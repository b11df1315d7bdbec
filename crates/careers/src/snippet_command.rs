//! `careers snippet`: the embed tag to paste and the CSP directives it needs.

use maud::html;
use teamtailor_api::DEFAULT_API_BASE;

use crate::cli::{SnippetArgs, SnippetMode};
use crate::doctor_command::diagnose;
use crate::failure::{exit_code, Failure};
use crate::progress;

/// What `index.html` and the README use where a key belongs.
const KEY_PLACEHOLDER: &str = "YOUR_PUBLIC_READ_KEY";

/// Prints the snippet on stdout; with `--with-key` only after the key proved to be Public.
pub async fn run(args: &SnippetArgs) -> Result<u8, Failure> {
    let key = match (args.mode, args.with_key) {
        (SnippetMode::Live, true) => {
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
    println!("{}", snippet(args, &key));
    Ok(exit_code::OK)
}

/// The tag and the CSP lines as one text.
pub fn snippet(args: &SnippetArgs, key: &str) -> String {
    let cdn = args.cdn_url.trim_end_matches('/');
    let embed = format!("{cdn}/embed.js");
    let target_id = args.target.strip_prefix('#').unwrap_or("careers");
    let source = args
        .source
        .clone()
        .unwrap_or_else(|| format!("{cdn}/jobs.json"));
    let custom_base = (args.api_base.trim_end_matches('/') != DEFAULT_API_BASE)
        .then(|| args.api_base.trim_end_matches('/').to_owned());
    let tag = match args.mode {
        SnippetMode::Live => html! {
            div id=(target_id) {}
            "\n"
            script src=(embed) defer data-api-key=(key) data-api-base=[custom_base.as_deref()] data-target=(args.target) {}
        },
        SnippetMode::Snapshot => html! {
            div id=(target_id) {}
            "\n"
            script src=(embed) defer data-source=(source) data-target=(args.target) {}
        },
    };
    let cdn_origin = origin(cdn);
    let data_origin = match args.mode {
        SnippetMode::Live => origin(&args.api_base),
        SnippetMode::Snapshot => origin(&source),
    };
    let mut connect = vec![cdn_origin.clone()];
    if data_origin != cdn_origin {
        connect.push(data_origin);
    }
    format!(
        "<!-- Paste where the job board should appear -->\n{}\n\n\
         Content-Security-Policy directives the board needs (merge into your policy):\n\
         script-src {cdn_origin} 'wasm-unsafe-eval';\n\
         style-src {cdn_origin};\n\
         connect-src {};\n\
         img-src https:;\n\
         frame-src {};\n",
        tag.into_string(),
        connect.join(" "),
        args.careersite_origin
    )
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
        );
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
        );
        assert!(text.contains(
            "<script src=\"https://cdn.example.com/c/embed.js\" defer \
             data-source=\"https://cdn.example.com/c/jobs.json\" data-target=\"#careers\"></script>"
        ), "{text}");
        assert!(!text.contains("secret") && !text.contains("data-api-key"));
        assert!(text.contains("connect-src https://cdn.example.com;\n"));
    }
}
