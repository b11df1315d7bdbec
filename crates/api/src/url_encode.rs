/// Percent-encodes a query-string component (RFC 3986 unreserved characters stay as they are).
pub fn encode_component(raw: &str) -> String {
    let mut encoded = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::encode_component;

    #[test]
    fn brackets_commas_and_spaces_are_percent_encoded() {
        assert_eq!(encode_component("page[size]"), "page%5Bsize%5D");
        assert_eq!(
            encode_component("department,locations"),
            "department%2Clocations"
        );
        assert_eq!(encode_component("a b&c=d"), "a%20b%26c%3Dd");
    }

    #[test]
    fn unreserved_and_non_ascii_characters() {
        assert_eq!(encode_component("Ab-9_.~"), "Ab-9_.~");
        assert_eq!(encode_component("å"), "%C3%A5");
    }
}
