//! Doubles of the two other job feeds the board reads: Recruitee's Careers Site API under
//! `/recruitee/{company}/…` and SmartRecruiters' Posting API under `/smartrecruiters/v1/…`,
//! with one demo company each. Point a board or `careers snapshot` at them with an API base
//! of `http://HOST/recruitee` or `http://HOST/smartrecruiters`
//! (`http://HOST/smartrecruiters/__withdrawn/{posting id}`: that posting's detail is a 404).

mod feed_cors;
mod recruitee_endpoint;
mod recruitee_offers;
mod smartrecruiters_endpoint;
mod smartrecruiters_postings;

pub use recruitee_offers::{RECRUITEE_DEMO_COMPANY, RECRUITEE_DEMO_TOKEN};
pub use smartrecruiters_endpoint::{SMARTRECRUITERS_DEFAULT_LIMIT, SMARTRECRUITERS_MAX_LIMIT};
pub use smartrecruiters_postings::SMARTRECRUITERS_DEMO_COMPANY;

use axum::routing::get;
use axum::Router;

/// Both feeds' routes, with CORS open to any origin like the Teamtailor double.
pub(crate) fn feeds_router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    use recruitee_endpoint::{list_offers, list_offers_with_fault};
    use smartrecruiters_endpoint::{
        list_postings, list_postings_one_withdrawn, show_posting, show_posting_one_withdrawn,
    };
    Router::new()
        // Recruitee's path ends in a slash; clients that drop it are answered too.
        .route("/recruitee/{company}/api/offers/", get(list_offers))
        .route("/recruitee/{company}/api/offers", get(list_offers))
        .route(
            "/recruitee/__fault/{spec}/{company}/api/offers/",
            get(list_offers_with_fault),
        )
        .route(
            "/smartrecruiters/v1/companies/{company}/postings",
            get(list_postings),
        )
        .route(
            "/smartrecruiters/v1/companies/{company}/postings/{id}",
            get(show_posting),
        )
        .route(
            "/smartrecruiters/__withdrawn/{withdrawn}/v1/companies/{company}/postings",
            get(list_postings_one_withdrawn),
        )
        .route(
            "/smartrecruiters/__withdrawn/{withdrawn}/v1/companies/{company}/postings/{id}",
            get(show_posting_one_withdrawn),
        )
        .layer(feed_cors::feed_cors_layer())
}
