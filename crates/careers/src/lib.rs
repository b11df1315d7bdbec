//! `careers`, the publisher CLI of the careers board: static snapshots for any CDN, a key
//! doctor and the embed snippet. The binary's `main.rs` only parses and dispatches.

pub mod api_client;
pub mod body_sanitizer;
pub mod cli;
pub mod clock;
pub mod doctor_command;
pub mod doctor_verdict;
pub mod failure;
pub mod feed_advice;
pub mod feed_client;
pub mod fetch_feed;
pub mod fetch_jobs;
pub mod http_client;
mod jitter;
pub mod pages;
pub mod posting_places;
pub mod posting_report;
pub mod progress;
pub mod site_builder;
pub mod site_folder;
pub mod site_url;
pub mod sitemap;
pub mod slug;
pub mod snapshot_command;
pub mod snippet_command;
