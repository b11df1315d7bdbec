//! The `<head>` shared by every generated page: title, description, canonical, Open Graph.

use maud::{html, Markup, PreEscaped, DOCTYPE};
use teamtailor_api::{html_to_text, Job};

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
    /// A whole document with this head and `body`.
    pub fn document(&self, body: Markup) -> Markup {
        html! {
            (DOCTYPE)
            html lang=(self.language) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.title) }
                    (self.tags())
                    link rel="stylesheet" href=(self.stylesheet_href);
                    @if let Some(json_ld) = &self.json_ld {
                        script type="application/ld+json" { (PreEscaped(json_ld)) }
                    }
                }
                body { (body) }
            }
        }
    }

    /// Description, canonical link and Open Graph tags, also spliced into dist's index.html.
    pub fn tags(&self) -> Markup {
        html! {
            meta name="description" content=(self.description);
            link rel="canonical" href=(self.canonical_url);
            meta property="og:type" content="website";
            meta property="og:site_name" content=(self.site_name);
            meta property="og:title" content=(self.title);
            meta property="og:description" content=(self.description);
            meta property="og:url" content=(self.canonical_url);
            @if let Some(image) = self.image {
                meta property="og:image" content=(image);
            }
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
