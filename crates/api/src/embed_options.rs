//! The embed-only part of the configuration: where the board mounts and how it is isolated.

use crate::config::ConfigError;

/// `data-shadow`: isolate the board in a Shadow DOM, or render into the light DOM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShadowMode {
    Open,
    None,
}

/// Validated `data-target` and `data-shadow`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// CSS selector of the mount element; `None` mounts after the script tag.
    pub target: Option<String>,
    pub shadow: ShadowMode,
}

impl EmbedOptions {
    /// Reads the options like `WidgetConfig::from_attributes` (names without `data-`).
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let read = |name: &str| {
            attribute(name)
                .map(|value| value.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let shadow = match read("shadow").as_deref() {
            None | Some("open") => ShadowMode::Open,
            Some("none") => ShadowMode::None,
            Some(other) => return Err(ConfigError::InvalidShadow(other.to_owned())),
        };
        Ok(Self {
            target: read("target"),
            shadow,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(&str, &str)]) -> Result<EmbedOptions, ConfigError> {
        EmbedOptions::from_attributes(|name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    #[test]
    fn shadow_dom_and_a_new_element_are_the_defaults() {
        assert_eq!(
            options(&[]),
            Ok(EmbedOptions {
                target: None,
                shadow: ShadowMode::Open
            })
        );
    }

    #[test]
    fn target_and_light_dom_are_read_and_bad_shadow_values_refused() {
        assert_eq!(
            options(&[("target", " #careers "), ("shadow", "none")]),
            Ok(EmbedOptions {
                target: Some("#careers".into()),
                shadow: ShadowMode::None
            })
        );
        assert_eq!(
            options(&[("shadow", "closed")]),
            Err(ConfigError::InvalidShadow("closed".into()))
        );
    }
}
