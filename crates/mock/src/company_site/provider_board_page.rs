//! `/recruitee` and `/smartrecruiters`: the board reading a demo company's Recruitee or
//! SmartRecruiters feed from the mock, configured with `data-provider` and `data-company`
//! instead of a Teamtailor key.

use super::embed_tag::EmbedTag;
use super::site_config::CompanySiteConfig;
use super::site_shell::{hero_and_board, html_response, SitePage};
use crate::feeds::{RECRUITEE_DEMO_COMPANY, SMARTRECRUITERS_DEMO_COMPANY};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use std::sync::Arc;

/// One provider's demo page: its path, heading and the embed attributes that differ.
struct ProviderDemo {
    path: &'static str,
    provider: &'static str,
    company: &'static str,
    company_title: &'static str,
}

const RECRUITEE: ProviderDemo = ProviderDemo {
    path: "/recruitee",
    provider: "recruitee",
    company: RECRUITEE_DEMO_COMPANY,
    company_title: "Fjordlight (Recruitee)",
};

const SMARTRECRUITERS: ProviderDemo = ProviderDemo {
    path: "/smartrecruiters",
    provider: "smartrecruiters",
    company: SMARTRECRUITERS_DEMO_COMPANY,
    company_title: "Nordwind Energy (SmartRecruiters)",
};

/// `GET /recruitee`.
pub async fn recruitee_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    render(&RECRUITEE, &config.widget_origin)
}

/// `GET /smartrecruiters`.
pub async fn smartrecruiters_page(State(config): State<Arc<CompanySiteConfig>>) -> Response {
    render(&SMARTRECRUITERS, &config.widget_origin)
}

/// The demo's script tag: the feed's provider and company, the mock's double of the feed as
/// API base, and no key.
fn embed_tag(demo: &ProviderDemo, origin: &str) -> String {
    EmbedTag::demo(origin, "#careers")
        .remove("data-api-key")
        .set("data-provider", demo.provider)
        .set("data-company", demo.company)
        .set("data-api-base", format!("{origin}/{}", demo.provider))
        .render(origin)
}

fn render(demo: &ProviderDemo, origin: &str) -> Response {
    let embed = embed_tag(demo, origin);
    let intro = format!(
        "<p>The same board, reading this company's public <code>{provider}</code> job feed: \
         <code>data-provider=\"{provider}\"</code> and <code>data-company=\"{company}\"</code>, \
         no key.</p>",
        provider = demo.provider,
        company = demo.company,
    );
    let main = hero_and_board(
        &format!("Careers at {}", demo.company_title),
        &intro,
        &embed,
    );
    let page = SitePage {
        title: demo.company_title,
        path: demo.path,
        head: "",
        main: &main,
    };
    html_response(StatusCode::OK, page.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_demo_embeds_its_provider_and_company_without_a_key() {
        let recruitee = embed_tag(&RECRUITEE, "http://o");
        assert!(recruitee.contains("data-provider=\"recruitee\" data-company=\"fjordlight\""));
        assert!(recruitee.contains("data-api-base=\"http://o/recruitee\""));
        assert!(!recruitee.contains("data-api-key"));
        let smartrecruiters = embed_tag(&SMARTRECRUITERS, "http://o");
        assert!(smartrecruiters.contains("data-company=\"NordwindEnergy\""));
        assert!(smartrecruiters.contains("data-api-base=\"http://o/smartrecruiters\""));
    }
}
