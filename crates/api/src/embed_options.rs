//! The embed-only part of the configuration: where the board mounts and how it is isolated.

use crate::config::{read_trimmed, ConfigError};

/// `data-shadow`: isolate the board in a Shadow DOM, or render into the light DOM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShadowMode {
    Open,
    None,
}

/// Validated `data-shadow`. `data-target` is read on its own with `target_from`: it is needed
/// even when another option is invalid, to show that error where the board would be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    pub shadow: ShadowMode,
}

impl EmbedOptions {
    /// Reads the options like `WidgetConfig::from_attributes` (names without `data-`).
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let shadow = match read_trimmed(&attribute, "shadow").as_deref() {
            None | Some("open") => ShadowMode::Open,
            Some("none") => ShadowMode::None,
            Some(other) => return Err(ConfigError::InvalidShadow(other.to_owned())),
        };
        Ok(Self { shadow })
    }

    /// `data-target`: the CSS selector of the mount element; `None` mounts after the script.
    pub fn target_from(attribute: impl Fn(&str) -> Option<String>) -> Option<String> {
        read_trimmed(&attribute, "target")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes<'a>(pairs: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    fn options(pairs: &[(&str, &str)]) -> Result<EmbedOptions, ConfigError> {
        EmbedOptions::from_attributes(attributes(pairs))
    }

    #[test]
    fn shadow_dom_and_a_new_element_are_the_defaults() {
        assert_eq!(
            options(&[]),
            Ok(EmbedOptions {
                shadow: ShadowMode::Open
            })
        );
        assert_eq!(EmbedOptions::target_from(attributes(&[])), None);
    }

    #[test]
    fn target_and_light_dom_are_read_and_bad_shadow_values_refused() {
        let pairs = [("target", " #careers "), ("shadow", "none")];
        assert_eq!(
            options(&pairs),
            Ok(EmbedOptions {
                shadow: ShadowMode::None
            })
        );
        assert_eq!(
            EmbedOptions::target_from(attributes(&pairs)),
            Some("#careers".into())
        );
        assert_eq!(
            options(&[("shadow", "closed")]),
            Err(ConfigError::InvalidShadow("closed".into()))
        );
    }
}
