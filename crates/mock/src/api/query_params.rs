//! The query string as ordered pairs, because JSON:API keys like `page[size]` are not serde-friendly
//! and pagination links must reproduce the other parameters in their original order.

/// Decoded query parameters in request order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryParams(Vec<(String, String)>);

/// Parameters that steer the mock itself and must never be echoed into links.
pub fn is_mock_control(name: &str) -> bool {
    name.starts_with("mock_")
}

impl QueryParams {
    /// Parses a raw (still percent-encoded) query string.
    pub fn parse(raw: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .map(|(name, value)| (name.into_owned(), value.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Every pair in request order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }

    /// An encoded query string with `page[number]` set to `page` (in place, or appended) and the
    /// mock's own control parameters dropped.
    pub fn with_page_number(&self, page: usize) -> String {
        let page = page.to_string();
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        let mut replaced = false;
        for (name, value) in self.pairs().filter(|(name, _)| !is_mock_control(name)) {
            if name == "page[number]" {
                if !replaced {
                    serializer.append_pair(name, &page);
                    replaced = true;
                }
            } else {
                serializer.append_pair(name, value);
            }
        }
        if !replaced {
            serializer.append_pair("page[number]", &page);
        }
        serializer.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_number_is_replaced_in_place_and_mock_params_dropped() {
        let params = QueryParams::parse(Some(
            "api_key=k&page%5Bnumber%5D=1&mock_status=500&page[size]=5",
        ));
        assert_eq!(
            params.with_page_number(3),
            "api_key=k&page%5Bnumber%5D=3&page%5Bsize%5D=5"
        );
    }

    #[test]
    fn page_number_is_appended_when_absent() {
        let params = QueryParams::parse(Some("include=department,locations"));
        assert_eq!(
            params.with_page_number(2),
            "include=department%2Clocations&page%5Bnumber%5D=2"
        );
    }
}
