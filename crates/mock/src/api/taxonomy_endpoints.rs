//! `GET /v1/departments`, `/v1/locations`, `/v1/roles` and their `/{id}` forms.

use super::api_context::ApiContext;
use super::api_error::{json_api_response, ApiError};
use super::included::{included_for_roles, requested_includes};
use super::pagination::PageRequest;
use super::resource_objects::Renderer;
use super::wire::{Document, Resource};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::BTreeMap;

/// How one resource type is listed, rendered and side-loaded.
struct Collection<'a, T> {
    kind: &'static str,
    items: Vec<&'a T>,
    id_of: fn(&T) -> u32,
    render: fn(&Renderer, &T) -> Resource,
    includes: &'static [&'static str],
    include: fn(&Renderer, &[&T]) -> Vec<Resource>,
}

fn nothing_to_include<T>(_: &Renderer, _: &[&T]) -> Vec<Resource> {
    Vec::new()
}

fn list<T>(
    ctx: &ApiContext,
    state: &AppState,
    collection: Collection<T>,
) -> Result<Response, ApiError> {
    let includes = requested_includes(&ctx.params, collection.includes)?;
    let page = PageRequest::from_params(&ctx.params)?;
    let on_page = page.slice(&collection.items);
    let renderer = Renderer {
        origin: &ctx.origin,
        version: ctx.version,
        data: &state.data,
    };
    let document = Document {
        data: on_page
            .iter()
            .map(|item| (collection.render)(&renderer, item))
            .collect::<Vec<_>>(),
        included: includes.map(|_| (collection.include)(&renderer, on_page)),
        meta: Some(page.meta(collection.items.len())),
        links: page.links(&ctx.origin, &ctx.path, &ctx.params, collection.items.len()),
    };
    Ok(json_api_response(StatusCode::OK, &document))
}

fn show<T>(
    ctx: &ApiContext,
    state: &AppState,
    collection: Collection<T>,
    id: &str,
) -> Result<Response, ApiError> {
    let includes = requested_includes(&ctx.params, collection.includes)?;
    let item = collection
        .items
        .iter()
        .find(|item| id.parse() == Ok((collection.id_of)(item)))
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "Couldn't find a {} with id {id:?}",
                collection.kind
            ))
        })?;
    let renderer = Renderer {
        origin: &ctx.origin,
        version: ctx.version,
        data: &state.data,
    };
    let document = Document {
        data: (collection.render)(&renderer, item),
        included: includes.map(|_| (collection.include)(&renderer, &[*item])),
        meta: None,
        links: BTreeMap::from([("self", format!("{}{}", ctx.origin, ctx.path))]),
    };
    Ok(json_api_response(StatusCode::OK, &document))
}

fn departments(state: &AppState) -> Collection<'_, crate::data::Department> {
    Collection {
        kind: "department",
        items: state.data.departments.iter().collect(),
        id_of: |department| department.id,
        render: |renderer, department| renderer.department(department),
        includes: &[],
        include: nothing_to_include,
    }
}

fn locations(state: &AppState) -> Collection<'_, crate::data::Location> {
    Collection {
        kind: "location",
        items: state.data.locations.iter().collect(),
        id_of: |location| location.id,
        render: |renderer, location| renderer.location(location),
        includes: &[],
        include: nothing_to_include,
    }
}

fn roles(state: &AppState) -> Collection<'_, crate::data::Role> {
    Collection {
        kind: "role",
        items: state.data.roles.iter().collect(),
        id_of: |role| role.id,
        render: |renderer, role| renderer.role(role),
        includes: &["department"],
        include: included_for_roles,
    }
}

/// `GET /v1/departments`.
pub async fn list_departments(
    ctx: ApiContext,
    State(state): State<AppState>,
) -> Result<Response, ApiError> {
    list(&ctx, &state, departments(&state))
}

/// `GET /v1/departments/{id}`.
pub async fn show_department(
    ctx: ApiContext,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    show(&ctx, &state, departments(&state), &id)
}

/// `GET /v1/locations`.
pub async fn list_locations(
    ctx: ApiContext,
    State(state): State<AppState>,
) -> Result<Response, ApiError> {
    list(&ctx, &state, locations(&state))
}

/// `GET /v1/locations/{id}`.
pub async fn show_location(
    ctx: ApiContext,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    show(&ctx, &state, locations(&state), &id)
}

/// `GET /v1/roles`.
pub async fn list_roles(
    ctx: ApiContext,
    State(state): State<AppState>,
) -> Result<Response, ApiError> {
    list(&ctx, &state, roles(&state))
}

/// `GET /v1/roles/{id}`.
pub async fn show_role(
    ctx: ApiContext,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    show(&ctx, &state, roles(&state), &id)
}
