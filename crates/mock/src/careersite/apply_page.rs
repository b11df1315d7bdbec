//! The apply form, standalone or (`?iframe=true`) framed, posting its height to the parent.

use super::page_shell::page;
use super::resize_script::{resize_script, ResizeShape};
use crate::html_text::escape_html;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

/// Query of the apply page.
#[derive(Deserialize)]
pub struct ApplyQuery {
    /// `true` for the framed variant (no site header).
    iframe: Option<String>,
    /// Resize message dialect, see `ResizeShape`.
    shape: Option<String>,
}

/// `GET /careersite/jobs/{id}/applications/new`.
pub async fn apply_page(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(query): Query<ApplyQuery>,
) -> Response {
    let Some(job) = super::job_page::find_job(&state, &id) else {
        return super::job_page::not_found();
    };
    let shape_name = query.shape.as_deref().unwrap_or("object");
    let Some(shape) = ResizeShape::parse(shape_name) else {
        let names: Vec<&str> = ResizeShape::ALL.iter().map(|(name, _)| *name).collect();
        let message = format!(
            "unknown shape {shape_name:?}; use one of {}",
            names.join(", ")
        );
        return (StatusCode::BAD_REQUEST, message).into_response();
    };
    let framed = query.iframe.as_deref() == Some("true");
    let title = escape_html(&job.title);
    let form = format!(
        r#"<h1>Apply for {title}</h1>
<form id="application-form" data-shape="{shape}" novalidate>
  <label for="name">Full name *</label>
  <input type="text" id="name" name="name" autocomplete="name" required>
  <label for="email">Email *</label>
  <input type="email" id="email" name="email" autocomplete="email" required>
  <label for="phone">Phone</label>
  <input type="tel" id="phone" name="phone" autocomplete="tel">
  <label for="cv">CV / résumé</label>
  <input type="file" id="cv" name="cv" accept=".pdf,.doc,.docx,.odt">
  <div><button type="button" class="secondary" id="add-cover-letter" aria-expanded="false"
    aria-controls="cover-letter-section">Add a cover letter</button></div>
  <section id="cover-letter-section" hidden>
    <label for="cover-letter">Cover letter</label>
    <textarea id="cover-letter" name="cover_letter"></textarea>
  </section>
  <label class="consent"><input type="checkbox" name="consent" required>
    I agree that Northwind may store my application for 12 months.</label>
  <button type="submit" id="submit-application">Send application</button>
</form>
<section id="thanks" class="thanks" role="status" hidden>
  <h2>Thanks for applying!</h2>
  <p>We have received your application for {title} and will get back to you soon.</p>
</section>
<script>
(function () {{
  "use strict";
  var form = document.getElementById("application-form");
  var toggle = document.getElementById("add-cover-letter");
  var letter = document.getElementById("cover-letter-section");
  toggle.addEventListener("click", function () {{
    letter.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    toggle.hidden = true;
  }});
  // No real submission: the panel swap is what embedding tests need (a shorter page).
  form.addEventListener("submit", function (event) {{
    event.preventDefault();
    form.hidden = true;
    document.getElementById("thanks").hidden = false;
  }});
}})();
</script>
{script}"#,
        shape = shape.name(),
        script = resize_script(shape),
    );
    let class = if framed { "iframe" } else { "standalone" };
    Html(page(
        job.language_code,
        &format!("Apply: {}", job.title),
        class,
        &form,
    ))
    .into_response()
}
