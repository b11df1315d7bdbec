//! The job list as plain HTML, shown before (or without) the widget.

use maud::{html, Markup};
use teamtailor_api::Job;

use super::job_facts::job_facts;
use crate::slug::job_dir_name;

/// A heading and one link per job to its page under `jobs/`, relative to the site root.
/// `data-tt-first-rows` makes the widget keep it on screen until its own list is ready
/// (as it does the rows its loader draws), instead of a loading state in between.
pub fn board_list(company_name: &str, jobs: &[Job]) -> Markup {
    html! {
        div.careers-static data-careers-prerendered data-tt-first-rows {
            h1 { "Jobs at " (company_name) }
            @if jobs.is_empty() {
                p { "There are no open positions right now." }
            } @else {
                p { (jobs.len()) @if jobs.len() == 1 { " open position" } @else { " open positions" } }
                ul.careers-list {
                    @for job in jobs {
                        li {
                            a href={ "jobs/" (job_dir_name(job)) "/" } { (job.title) }
                            (job_facts(job))
                        }
                    }
                }
            }
        }
    }
}
