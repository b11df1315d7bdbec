//! `filter[...]` and `sort` for `GET /v1/jobs`, limited by what the key may see.

use super::access::KeyScope;
use super::api_error::ApiError;
use super::query_params::QueryParams;
use crate::data::{Job, JobStatus};

/// Which jobs a list request returns, and in what order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobSelection {
    statuses: Vec<JobStatus>,
    departments: Option<Vec<u32>>,
    locations: Option<Vec<u32>>,
    roles: Option<Vec<u32>>,
    oldest_first: bool,
}

impl JobSelection {
    /// Reads the filters and sort; unknown filters, statuses or sorts are 400s.
    pub fn from_params(params: &QueryParams, scope: KeyScope) -> Result<Self, ApiError> {
        let mut selection = Self {
            statuses: vec![JobStatus::Published],
            departments: None,
            locations: None,
            roles: None,
            oldest_first: false,
        };
        for (name, value) in params.pairs() {
            match name {
                "filter[status]" => selection.statuses = statuses(value)?,
                "filter[department]" => selection.departments = Some(ids(name, value)?),
                // Older versions spelled it `location`; both are accepted in every version.
                "filter[locations]" | "filter[location]" => {
                    selection.locations = Some(ids(name, value)?)
                }
                "filter[role]" => selection.roles = Some(ids(name, value)?),
                // The real API's feed filter (public/internal career site); every demo job is in both.
                "filter[feed]" => {}
                other if other.starts_with("filter[") => {
                    return Err(ApiError::bad_request(format!(
                        "{other} is not an allowed filter"
                    )))
                }
                "sort" => selection.oldest_first = oldest_first(value)?,
                _ => {}
            }
        }
        // A Public read key sees published jobs whatever it asks for; others get the overlap.
        selection.statuses = match scope {
            KeyScope::Public => vec![JobStatus::Published],
            _ => selection
                .statuses
                .into_iter()
                .filter(|status| scope.may_see(*status))
                .collect(),
        };
        Ok(selection)
    }

    /// The matching jobs in the requested order (created-at, ties by ascending id).
    pub fn apply<'a>(&self, jobs: &'a [Job]) -> Vec<&'a Job> {
        let mut matching: Vec<&Job> = jobs.iter().filter(|job| self.matches(job)).collect();
        matching.sort_by(|a, b| {
            let by_time = if self.oldest_first {
                a.created_at.cmp(&b.created_at)
            } else {
                b.created_at.cmp(&a.created_at)
            };
            by_time.then(a.id.cmp(&b.id))
        });
        matching
    }

    fn matches(&self, job: &Job) -> bool {
        let within = |wanted: &Option<Vec<u32>>, id: Option<u32>| {
            wanted
                .as_ref()
                .is_none_or(|wanted| id.is_some_and(|id| wanted.contains(&id)))
        };
        self.statuses.contains(&job.status)
            && within(&self.departments, job.department_id)
            && within(&self.roles, job.role_id)
            && self
                .locations
                .as_ref()
                .is_none_or(|wanted| job.location_ids.iter().any(|id| wanted.contains(id)))
    }
}

fn statuses(value: &str) -> Result<Vec<JobStatus>, ApiError> {
    if value == "all" {
        return Ok(JobStatus::ALL.to_vec());
    }
    JobStatus::ALL
        .into_iter()
        .find(|status| status.filter_name() == value)
        .map(|status| vec![status])
        .ok_or_else(|| {
            ApiError::bad_request(format!(
                "filter[status] must be published, unlisted, archived, draft or all, got {value:?}"
            ))
        })
}

/// A comma-separated id list; a job matches when it has any of them.
fn ids(name: &str, value: &str) -> Result<Vec<u32>, ApiError> {
    value
        .split(',')
        .map(|id| id.trim().parse::<u32>())
        .collect::<Result<Vec<u32>, _>>()
        .map_err(|_| {
            ApiError::bad_request(format!("{name} takes comma-separated ids, got {value:?}"))
        })
}

fn oldest_first(value: &str) -> Result<bool, ApiError> {
    match value {
        "created-at" => Ok(true),
        "-created-at" => Ok(false),
        other => Err(ApiError::bad_request(format!(
            "{other} is not a valid sort; use created-at or -created-at"
        ))),
    }
}
