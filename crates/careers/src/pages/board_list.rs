//! The job list as plain HTML, shown before (or without) the widget.

use maud::{html, Markup};
use teamtailor_api::{Job, Language};

use super::count_text::job_count;
use super::job_facts::job_facts;
use crate::slug::job_dir_name;

/// The widget's heading and count, then one link per job to its page under `jobs/`
/// (relative to the site root), in `language`. `data-tt-first-rows` makes the widget keep
/// it on screen until its own list is ready (as it does the rows its loader draws), instead
/// of a loading state in between.
pub fn board_list(language: Language, jobs: &[Job]) -> Markup {
    let texts = language.texts();
    html! {
        div.careers-static data-careers-prerendered data-tt-first-rows {
            h1 { (texts.jobs_heading) }
            @if jobs.is_empty() {
                p { (texts.no_jobs) }
            } @else {
                p { (job_count(language, jobs.len())) }
                ul.careers-list {
                    @for job in jobs {
                        li {
                            a href={ "jobs/" (job_dir_name(job)) "/" } { (job.title) }
                            (job_facts(job, texts))
                        }
                    }
                }
            }
        }
    }
}
