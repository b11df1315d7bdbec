//! `page[size]` / `page[number]`, `meta` counts and absolute `first/prev/next/last` links.

use super::api_error::ApiError;
use super::query_params::QueryParams;
use super::wire::Meta;
use std::collections::BTreeMap;

/// Page size when `page[size]` is absent.
pub const DEFAULT_PAGE_SIZE: usize = 10;
/// Largest page; bigger requests are clamped to it, as the real API does.
pub const MAX_PAGE_SIZE: usize = 30;

/// A validated page request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// 1-based page number.
    pub number: usize,
    /// Records per page, 1..=30.
    pub size: usize,
}

impl PageRequest {
    /// Reads and checks the page parameters.
    pub fn from_params(params: &QueryParams) -> Result<Self, ApiError> {
        let size = positive(params, "page[size]", DEFAULT_PAGE_SIZE)?.min(MAX_PAGE_SIZE);
        let number = positive(params, "page[number]", 1)?;
        Ok(Self { number, size })
    }

    /// The slice of `items` on this page (empty past the last page).
    pub fn slice<'a, T>(&self, items: &'a [T]) -> &'a [T] {
        let start = (self.number - 1).saturating_mul(self.size).min(items.len());
        let end = start.saturating_add(self.size).min(items.len());
        &items[start..end]
    }

    /// `record-count` and `page-count` for `total` records.
    pub fn meta(&self, total: usize) -> Meta {
        Meta {
            record_count: total,
            page_count: total.div_ceil(self.size),
        }
    }

    /// `first`, `last`, and `prev`/`next` where they exist, on `origin` + `path`.
    pub fn links(
        &self,
        origin: &str,
        path: &str,
        params: &QueryParams,
        total: usize,
    ) -> BTreeMap<&'static str, String> {
        let last = total.div_ceil(self.size).max(1);
        let url = |page: usize| format!("{origin}{path}?{}", params.with_page_number(page));
        let mut links = BTreeMap::from([("first", url(1)), ("last", url(last))]);
        if self.number > 1 {
            links.insert("prev", url((self.number - 1).min(last)));
        }
        if self.number < last {
            links.insert("next", url(self.number + 1));
        }
        links
    }
}

fn positive(params: &QueryParams, name: &str, default: usize) -> Result<usize, ApiError> {
    match params.get(name) {
        None => Ok(default),
        Some(raw) => match raw.trim().parse::<usize>() {
            Ok(value) if value >= 1 => Ok(value),
            _ => Err(ApiError::bad_request(format!(
                "{name} must be a positive integer, got {raw:?}"
            ))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_pages_are_clamped_to_thirty() {
        let params = QueryParams::parse(Some("page[size]=500"));
        assert_eq!(
            PageRequest::from_params(&params),
            Ok(PageRequest {
                number: 1,
                size: 30
            })
        );
    }

    #[test]
    fn pages_past_the_end_are_empty() {
        let page = PageRequest {
            number: 4,
            size: 10,
        };
        assert_eq!(page.slice(&[1; 25]), &[] as &[i32]);
    }
}
