//! `sitemap.xml` and the `robots.txt` that points to it.

use std::collections::HashMap;

/// One page of the site.
pub struct SitemapEntry {
    pub url: String,
    /// W3C datetime of the page's last change.
    pub lastmod: String,
}

/// The sitemap of `entries`, URLs and dates XML-escaped.
pub fn sitemap_xml(entries: &[SitemapEntry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for entry in entries {
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            xml_escape(&entry.url),
            xml_escape(&entry.lastmod)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt` allowing everything and naming the sitemap.
pub fn robots_txt(sitemap_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n")
}

/// `lastmod` by URL from a sitemap this tool wrote earlier, so a page that did not change
/// keeps its date (search engines stop trusting a lastmod that changes on every run).
pub fn previous_lastmods(xml: &str) -> HashMap<String, String> {
    xml.split("<url>")
        .skip(1)
        .filter_map(|entry| {
            let loc = between(entry, "<loc>", "</loc>")?;
            let lastmod = between(entry, "<lastmod>", "</lastmod>")?;
            Some((xml_unescape(loc), xml_unescape(lastmod)))
        })
        .collect()
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some(&text[start..end])
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn xml_unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_is_listed_with_escaped_urls_and_read_back() {
        let entries = [
            SitemapEntry {
                url: "https://example.com/careers/".into(),
                lastmod: "2026-12-02T08:00:00Z".into(),
            },
            SitemapEntry {
                url: "https://example.com/careers/jobs/7101-a/?x=1&y=2".into(),
                lastmod: "2026-11-30T10:00:00Z".into(),
            },
        ];
        let xml = sitemap_xml(&entries);
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n\
             \x20 <url><loc>https://example.com/careers/</loc><lastmod>2026-12-02T08:00:00Z</lastmod></url>\n\
             \x20 <url><loc>https://example.com/careers/jobs/7101-a/?x=1&amp;y=2</loc><lastmod>2026-11-30T10:00:00Z</lastmod></url>\n\
             </urlset>\n"
        );
        let read = previous_lastmods(&xml);
        assert_eq!(
            read.get("https://example.com/careers/jobs/7101-a/?x=1&y=2")
                .map(String::as_str),
            Some("2026-11-30T10:00:00Z")
        );
    }

    #[test]
    fn robots_points_to_the_sitemap() {
        assert_eq!(
            robots_txt("https://example.com/careers/sitemap.xml"),
            "User-agent: *\nAllow: /\n\nSitemap: https://example.com/careers/sitemap.xml\n"
        );
    }
}
