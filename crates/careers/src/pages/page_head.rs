//! The `<head>` shared by every generated page: title, description, canonical, Open Graph.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use teamtailor_api::{html_to_text, Job};

use super::render_marks::{filled, without_marks};

/// Search engines cut descriptions near this many characters.
const DESCRIPTION_CHARS: usize = 160;

/// What a page says about itself.
pub struct PageHead<'a> {
    pub language: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub canonical_url: &'a str,
    pub site_name: &'a str,
    pub stylesheet_href: &'a str,
    /// `og:image`, already checked as an image URL.
    pub image: Option<&'a str>,
    /// Already script-safe JSON-LD, job pages only.
    pub json_ld: Option<String>,
}

impl PageHead<'_> {
    /// A whole document with this head and `body`, the body's markup as rendered.
    pub fn document(&self, body: String) -> String {
        // The JSON-LD is script-escaped (no `<` in it), so only the body waits for the marks
        // to go.
        let tags = self.tag_views();
        let json_ld = self.json_ld.clone().map(|json| {
            view! { <script type="application/ld+json" inner_html=json></script> }
        });
        let page = view! {
            <html lang=self.language.to_owned()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title>{self.title.to_owned()}</title>
                    // The page asks for no favicon: the site or its CDN may add one.
                    <link rel="icon" href="data:," />
                    {tags}
                    <link rel="stylesheet" href=self.stylesheet_href.to_owned() />
                    {json_ld}
                </head>
                <body></body>
            </html>
        };
        let frame = without_marks(&page.to_html());
        // Leptos writes <body> as the view says; were it not found, a parser still puts what
        // follows the document in its body.
        let page = filled(&frame, "<body>", &body).unwrap_or_else(|| format!("{frame}{body}"));
        format!("<!DOCTYPE html>{page}")
    }

    /// Description, canonical link and Open Graph tags, also spliced into dist's index.html.
    pub fn tags(&self) -> String {
        without_marks(&self.tag_views().to_html())
    }

    fn tag_views(&self) -> impl IntoView + 'static {
        let meta = |property: &'static str, content: &str| {
            // Open Graph's `property` is no HTML attribute Leptos knows by name.
            leptos::html::meta()
                .attr("property", property)
                .content(content.to_owned())
        };
        view! {
            <meta name="description" content=self.description.to_owned() />
            <link rel="canonical" href=self.canonical_url.to_owned() />
            {meta("og:type", "website")}
            {meta("og:site_name", self.site_name)}
            {meta("og:title", self.title)}
            {meta("og:description", self.description)}
            {meta("og:url", self.canonical_url)}
            {self.image.map(|image| meta("og:image", image))}
        }
    }
}

/// A job's meta description: its pitch, else the start of its body as text.
pub fn meta_description(job: &Job) -> String {
    let text = job
        .pitch
        .clone()
        .filter(|pitch| !pitch.trim().is_empty())
        .unwrap_or_else(|| html_to_text(&job.body_html));
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut description = String::new();
    for word in words {
        if description.chars().count() + word.chars().count() + 1 > DESCRIPTION_CHARS {
            description.push('…');
            break;
        }
        if !description.is_empty() {
            description.push(' ');
        }
        description.push_str(word);
    }
    if description.is_empty() {
        job.title.clone()
    } else {
        description
    }
}
