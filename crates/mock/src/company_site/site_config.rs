//! Where the company site finds the widget: the mock's main origin, which serves `embed.js`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// What the company site's pages point their embed snippets at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanySiteConfig {
    /// `scheme://host[:port]` of the mock's main listener, no trailing slash; pages load
    /// `{widget_origin}/embed.js` and pass it as `data-api-base`.
    pub widget_origin: String,
}

impl CompanySiteConfig {
    /// A config for `widget_origin`; a trailing `/` is dropped so paths can be appended.
    pub fn new(widget_origin: impl Into<String>) -> Self {
        let origin = widget_origin.into();
        Self {
            widget_origin: origin.trim_end_matches('/').to_owned(),
        }
    }

    /// The config for a main listener bound at `address`. A wildcard bind (`0.0.0.0`, `[::]`)
    /// is no address a browser can load from, so it becomes the loopback of the same family.
    pub fn for_widget_address(address: SocketAddr) -> Self {
        let ip = match address.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        Self::new(format!("http://{}", SocketAddr::new(ip, address.port())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_binds_become_loopback_origins() {
        let origin = |address: &str| {
            CompanySiteConfig::for_widget_address(address.parse().unwrap()).widget_origin
        };
        assert_eq!(origin("127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(origin("0.0.0.0:8080"), "http://127.0.0.1:8080");
        assert_eq!(origin("[::]:9000"), "http://[::1]:9000");
        assert_eq!(origin("192.168.1.20:80"), "http://192.168.1.20:80");
    }

    #[test]
    fn trailing_slash_is_dropped() {
        assert_eq!(
            CompanySiteConfig::new("http://127.0.0.1:8080/").widget_origin,
            "http://127.0.0.1:8080"
        );
    }
}
