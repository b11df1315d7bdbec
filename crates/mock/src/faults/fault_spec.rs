//! What to break about a response, from CLI flags, `mock_*` query params or a `/__fault/{spec}` path.

use crate::api::QueryParams;

/// Faults to apply to an API response; the default breaks nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultSpec {
    /// Sleep this long before answering.
    pub latency_ms: Option<u64>,
    /// Sleep this long before answering a list request for page 2 or later, so a test can
    /// act on page 1 while the rest of the pages are still on their way.
    pub later_pages_latency_ms: Option<u64>,
    /// Answer with this status (400..=599) and a JSON:API errors body (empty for 401).
    pub status: Option<u16>,
    /// Send only the first half of the real body, with a matching Content-Length.
    pub truncate: bool,
    /// Answer 502 with an HTML "Bad Gateway" page, as a misbehaving proxy would.
    pub html_error: bool,
}

impl FaultSpec {
    /// Parses a path spec such as `status=500` or `latency_ms=300,status=429,truncate`.
    pub fn parse_path_spec(spec: &str) -> Result<Self, String> {
        let mut fault = Self::default();
        for item in spec.split([',', ';', '&']).filter(|item| !item.is_empty()) {
            let (name, value) = item.split_once('=').unwrap_or((item, "1"));
            fault.set(name, value)?;
        }
        Ok(fault)
    }

    /// Reads `mock_latency_ms`, `mock_status`, `mock_truncate` and `mock_html_error`.
    pub fn from_query(params: &QueryParams) -> Result<Self, String> {
        let mut fault = Self::default();
        for (name, value) in params.pairs() {
            if let Some(name) = name.strip_prefix("mock_") {
                fault.set(name, value)?;
            }
        }
        Ok(fault)
    }

    /// `self` with every fault that `over` sets taking precedence.
    pub fn overlaid_with(self, over: Self) -> Self {
        Self {
            latency_ms: over.latency_ms.or(self.latency_ms),
            later_pages_latency_ms: over.later_pages_latency_ms.or(self.later_pages_latency_ms),
            status: over.status.or(self.status),
            truncate: self.truncate || over.truncate,
            html_error: self.html_error || over.html_error,
        }
    }

    fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        match name {
            "latency_ms" => {
                let latency = value
                    .parse()
                    .map_err(|_| format!("latency_ms must be milliseconds, got {value:?}"))?;
                self.latency_ms = Some(latency);
            }
            "later_pages_latency_ms" => {
                let latency = value.parse().map_err(|_| {
                    format!("later_pages_latency_ms must be milliseconds, got {value:?}")
                })?;
                self.later_pages_latency_ms = Some(latency);
            }
            "status" => match value.parse::<u16>() {
                Ok(status @ 400..=599) => self.status = Some(status),
                _ => {
                    return Err(format!(
                        "status must be an error status (400-599), got {value:?}"
                    ))
                }
            },
            "truncate" => self.truncate = flag(name, value)?,
            "html_error" | "html" => self.html_error = flag(name, value)?,
            other => {
                return Err(format!(
                    "unknown fault {other:?}; use latency_ms, later_pages_latency_ms, status, truncate or html_error"
                ))
            }
        }
        Ok(())
    }
}

fn flag(name: &str, value: &str) -> Result<bool, String> {
    match value {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(format!("{name} must be 1 or 0, got {value:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_specs_combine_several_faults() {
        assert_eq!(
            FaultSpec::parse_path_spec("latency_ms=300,status=429,truncate"),
            Ok(FaultSpec {
                latency_ms: Some(300),
                status: Some(429),
                truncate: true,
                ..FaultSpec::default()
            })
        );
    }

    #[test]
    fn success_statuses_are_not_faults() {
        assert!(FaultSpec::parse_path_spec("status=200").is_err());
        assert!(FaultSpec::parse_path_spec("explode=1").is_err());
    }

    #[test]
    fn request_faults_override_global_ones() {
        let global = FaultSpec {
            status: Some(500),
            ..FaultSpec::default()
        };
        let request = FaultSpec {
            status: Some(503),
            ..FaultSpec::default()
        };
        assert_eq!(global.overlaid_with(request).status, Some(503));
        assert_eq!(global.overlaid_with(FaultSpec::default()).status, Some(500));
    }
}
