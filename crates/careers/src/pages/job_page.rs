//! `jobs/{id}-{slug}/index.html`: one job, complete without JavaScript.

use maud::{html, Markup, PreEscaped};
use teamtailor_api::{
    checked_url, job_posting_json, safe_picture, Job, Language, PostingContext, Texts, UrlUse,
    DEFAULT_APPLY_HEIGHT, OUTBOUND_LINK_REL,
};

use super::job_fact_list::job_fact_list;
use super::page_head::{meta_description, PageHead};
use super::STYLESHEET_FILE;

/// Everything a job page needs besides the job.
pub struct JobPageContext<'a> {
    /// The language of the page's own words, its `lang` and its dates.
    pub language: Language,
    pub company_name: &'a str,
    pub site_url: &'a str,
    pub page_url: &'a str,
    pub generated_at: &'a str,
    pub remote_countries: &'a [String],
}

/// The page's HTML; `body_html` is the job's sanitized body. The JSON-LD stays
/// language-neutral (ISO dates, Google's employment types) whatever the page's language.
pub fn job_page(job: &Job, body_html: &str, context: &JobPageContext) -> String {
    let texts = context.language.texts();
    let apply = ApplyTarget::of(job);
    // directApply follows the same rule as `apply`: see `embeds_apply_form`.
    let posting = job_posting_json(
        job,
        &PostingContext {
            company_name: context.company_name,
            company_url: Some(context.site_url),
            page_url: context.page_url,
            description_html: body_html,
            fallback_date: Some(context.generated_at),
            remote_countries: context.remote_countries,
        },
    );
    let picture = job.picture.as_ref().and_then(safe_picture);
    let image = picture
        .as_ref()
        .map(|p| p.standard.as_deref().unwrap_or(&p.original));
    // The widget's document title on a job page is "{job} – {page title}" too.
    let title = format!("{} – {}", job.title, context.company_name);
    let description = meta_description(job);
    let stylesheet = format!("../../{STYLESHEET_FILE}");
    let head = PageHead {
        language: context.language.code(),
        title: &title,
        description: &description,
        canonical_url: context.page_url,
        site_name: context.company_name,
        stylesheet_href: &stylesheet,
        image,
        json_ld: Some(posting),
    };
    head.document(html! {
        main.careers-static.careers-job {
            p { a href="../../" { (texts.back_to_jobs) } }
            h1 { (job.title) }
            (job_fact_list(job, context.language))
            @if let Some(pitch) = job.pitch.as_deref().filter(|pitch| !pitch.trim().is_empty()) {
                p.careers-pitch { (pitch) }
            }
            @if let Some(src) = image {
                img.careers-picture src=(src) alt="";
            }
            div.careers-body { (PreEscaped(body_html)) }
            (apply.markup(job, texts))
        }
    })
    .into_string()
}

/// Where "Apply" goes, each URL through the api crate's URL policy.
enum ApplyTarget {
    /// The external application page the job names.
    External(String),
    /// The embedded form, with the career-site page as a fallback link.
    Frame { src: String, link: Option<String> },
    /// The career site's apply page.
    Link(String),
    /// No usable URL.
    None,
}

impl ApplyTarget {
    fn of(job: &Job) -> Self {
        let link = |url: &Option<String>| url.as_deref().and_then(|u| checked_url(u, UrlUse::Link));
        if let Some(external) = link(&job.external_application_url) {
            return Self::External(external);
        }
        let apply_link = link(&job.apply_url).or_else(|| link(&job.careersite_url));
        match job
            .apply_iframe_url
            .as_deref()
            .and_then(|u| checked_url(u, UrlUse::Frame))
        {
            Some(src) => Self::Frame {
                src,
                link: apply_link,
            },
            None => apply_link.map_or(Self::None, Self::Link),
        }
    }

    /// The apply section; the job's own button text wins over the table's, as on the widget.
    fn markup(&self, job: &Job, texts: &Texts) -> Markup {
        let label = job
            .apply_button_text
            .as_deref()
            .filter(|text| !text.trim().is_empty())
            .unwrap_or(texts.apply);
        let button = |href: &str| {
            html! { a.careers-apply-link href=(href) rel=(OUTBOUND_LINK_REL) { (label) } }
        };
        html! {
            section.careers-apply aria-label=(texts.apply) {
                @match self {
                    Self::External(href) | Self::Link(href) => { p { (button(href)) } }
                    Self::Frame { src, link } => {
                        h2 { (label) }
                        iframe.careers-apply-frame src=(src) title={ (texts.application_form) " – " (job.title) }
                            height=(DEFAULT_APPLY_HEIGHT) loading="lazy"
                            referrerpolicy="strict-origin-when-cross-origin" {}
                        @if let Some(href) = link {
                            p { (texts.apply_form_not_showing) " " (button(href)) }
                        }
                    }
                    Self::None => {}
                }
            }
        }
    }
}
