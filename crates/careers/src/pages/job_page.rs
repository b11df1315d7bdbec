//! `jobs/{id}-{slug}/index.html`: one job, complete without JavaScript: the widget's own job
//! page (`careers_view::ui::JobPage`), with the head a search engine reads.

use teamtailor_api::{job_posting_json, safe_picture, Job, Language, PostingContext, PostingGap};

use crate::posting_places::PostingPlaces;

use super::board_markup::job_page_markup;
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
    pub places: &'a PostingPlaces,
}

/// A job page, and why it carries no JobPosting when it carries none.
pub struct JobPageHtml {
    pub html: String,
    pub posting_gap: Option<PostingGap>,
}

/// The page's HTML; `body_html` is the job's sanitized body. The JSON-LD stays
/// language-neutral (ISO dates, Google's employment types) whatever the page's language.
pub fn job_page(job: &Job, body_html: &str, context: &JobPageContext) -> JobPageHtml {
    // directApply says whether the page embeds the form, by the rule the page follows.
    let posting = job_posting_json(
        job,
        &PostingContext {
            company_url: Some(context.site_url),
            ..context.places.context(
                context.company_name,
                context.page_url,
                body_html,
                Some(context.generated_at),
            )
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
        json_ld: posting.as_ref().ok().cloned(),
    };
    let posting_gap = posting.err();
    let page = Job {
        body_html: body_html.to_owned(),
        ..job.clone()
    };
    let html = head.document(format!(
        "<main id=\"tt-board\">{}</main>",
        job_page_markup(&page, context.language)
    ));
    JobPageHtml { html, posting_gap }
}
