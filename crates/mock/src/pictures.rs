//! Small generated SVGs for job `picture` URLs, so the demo needs no image files.

use crate::data::PICTURE_COUNT;
use axum::extract::{Path, Query};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// Query of a picture request.
#[derive(Deserialize)]
pub struct PictureQuery {
    /// `original` (default), `standard` or `thumb`.
    size: Option<String>,
}

/// Pixel size of each variant, in the 1200×630 aspect ratio social images use.
fn dimensions(size: &str) -> Option<(u32, u32)> {
    match size {
        "original" => Some((1200, 630)),
        "standard" => Some((800, 420)),
        "thumb" => Some((240, 126)),
        _ => None,
    }
}

/// `GET /assets/pictures/{n}.svg[?size=...]`.
pub async fn picture(Path(file): Path<String>, Query(query): Query<PictureQuery>) -> Response {
    let number = file
        .strip_suffix(".svg")
        .and_then(|number| number.parse::<u32>().ok())
        .filter(|number| (1..=PICTURE_COUNT).contains(number));
    let size = dimensions(query.size.as_deref().unwrap_or("original"));
    let (Some(number), Some((width, height))) = (number, size) else {
        return (StatusCode::NOT_FOUND, "no such picture").into_response();
    };
    let hue = number * 360 / PICTURE_COUNT;
    let accent = (hue + 150) % 360;
    let svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="hsl({hue},55%,42%)"/>
<circle cx="{cx}" cy="220" r="260" fill="hsl({accent},70%,62%)" opacity="0.55"/>
<rect x="60" y="470" width="520" height="100" rx="12" fill="#ffffff" opacity="0.9"/>
<text x="90" y="540" font-family="sans-serif" font-size="56" fill="#14213d">Northwind · {number}</text>
</svg>
"##,
        cx = 700 + number * 30,
    );
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        svg,
    )
        .into_response()
}
