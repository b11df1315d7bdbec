//! `include=`: which relationships a request may side-load, and the `included` array itself.

use super::access::ApiVersion;
use super::api_error::ApiError;
use super::query_params::QueryParams;
use super::resource_objects::Renderer;
use super::wire::Resource;
use crate::data::{Job, Role};

/// Relationship names a job request may include, by version.
pub fn job_includes(version: ApiVersion) -> &'static [&'static str] {
    match version {
        ApiVersion::V20161108 => &["department", "location", "role"],
        ApiVersion::V20240904 => &["department", "locations", "role"],
    }
}

/// The names in `include`, checked against `allowed`; `None` when the parameter is absent.
pub fn requested_includes(
    params: &QueryParams,
    allowed: &[&'static str],
) -> Result<Option<Vec<&'static str>>, ApiError> {
    let Some(raw) = params.get("include") else {
        return Ok(None);
    };
    let mut names = Vec::new();
    for name in raw
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        let Some(known) = allowed.iter().find(|allowed| **allowed == name) else {
            return Err(ApiError::bad_request(format!(
                "{name} is not a valid relationship to include; use one of: {}",
                allowed.join(", ")
            )));
        };
        if !names.contains(known) {
            names.push(*known);
        }
    }
    Ok(Some(names))
}

/// Each resource the `jobs` reference through `names`, once, in order of first reference.
pub fn included_for_jobs(renderer: &Renderer, jobs: &[&Job], names: &[&str]) -> Vec<Resource> {
    let mut seen: Vec<(&str, u32)> = Vec::new();
    for job in jobs {
        for name in names {
            let targets: Vec<(&str, u32)> = match *name {
                "department" => job
                    .department_id
                    .map(|id| ("departments", id))
                    .into_iter()
                    .collect(),
                "role" => job.role_id.map(|id| ("roles", id)).into_iter().collect(),
                "location" => job
                    .location_ids
                    .first()
                    .map(|id| ("locations", *id))
                    .into_iter()
                    .collect(),
                _ => job
                    .location_ids
                    .iter()
                    .map(|id| ("locations", *id))
                    .collect(),
            };
            for target in targets {
                if !seen.contains(&target) {
                    seen.push(target);
                }
            }
        }
    }
    seen.into_iter()
        .filter_map(|(kind, id)| render(renderer, kind, id))
        .collect()
}

/// The departments of `roles`, once each, for `GET /v1/roles?include=department`.
pub fn included_for_roles(renderer: &Renderer, roles: &[&Role]) -> Vec<Resource> {
    let mut ids: Vec<u32> = Vec::new();
    for role in roles {
        if !ids.contains(&role.department_id) {
            ids.push(role.department_id);
        }
    }
    ids.into_iter()
        .filter_map(|id| render(renderer, "departments", id))
        .collect()
}

fn render(renderer: &Renderer, kind: &str, id: u32) -> Option<Resource> {
    let data = renderer.data;
    match kind {
        "departments" => data
            .department(id)
            .map(|department| renderer.department(department)),
        "roles" => data.role(id).map(|role| renderer.role(role)),
        _ => data
            .location(id)
            .map(|location| renderer.location(location)),
    }
}
