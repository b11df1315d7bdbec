//! The inline script an apply page uses to tell its parent how tall it is, in five dialects.

/// Message shapes an apply page can post (`?shape=`); the widget must understand each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResizeShape {
    /// `{type: "teamtailor:resize", height: N}` (default).
    Object,
    /// `{type: "resize", height: N}`.
    Resize,
    /// `{type: "setHeight", height: N}`.
    SetHeight,
    /// `JSON.stringify({type: "teamtailor:resize", height: N})`.
    Json,
    /// `"[iFrameSizer]apply:N:600:resize"`, as iframe-resizer's child script sends.
    IframeResizer,
}

impl ResizeShape {
    /// Every shape, by `?shape=` name.
    pub const ALL: [(&'static str, ResizeShape); 5] = [
        ("object", ResizeShape::Object),
        ("resize", ResizeShape::Resize),
        ("setHeight", ResizeShape::SetHeight),
        ("json", ResizeShape::Json),
        ("iframe-resizer", ResizeShape::IframeResizer),
    ];

    /// The shape named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, shape)| *shape)
    }

    /// The `?shape=` name.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, shape)| *shape == self)
            .map_or("object", |(name, _)| name)
    }

    /// JavaScript building `message` from the number `height`.
    fn message_expression(self) -> &'static str {
        match self {
            Self::Object => r#"{ type: "teamtailor:resize", height: height }"#,
            Self::Resize => r#"{ type: "resize", height: height }"#,
            Self::SetHeight => r#"{ type: "setHeight", height: height }"#,
            Self::Json => r#"JSON.stringify({ type: "teamtailor:resize", height: height })"#,
            Self::IframeResizer => r#""[iFrameSizer]apply:" + height + ":600:resize""#,
        }
    }
}

/// The `<script>` element: posts the height on load and whenever the document's size changes.
pub fn resize_script(shape: ResizeShape) -> String {
    // The <html> box is measured rather than scrollHeight, which never drops below the iframe's
    // own height and so could never report the page getting shorter.
    format!(
        r#"<script>
(function () {{
  "use strict";
  var lastHeight = -1;
  function measure() {{
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }}
  function postHeight(force) {{
    var height = measure();
    if (!force && height === lastHeight) return;
    lastHeight = height;
    if (window.parent === window) return;
    var message = {expression};
    window.parent.postMessage(message, "*");
  }}
  if ("ResizeObserver" in window) {{
    var observer = new ResizeObserver(function () {{ postHeight(false); }});
    observer.observe(document.documentElement);
    observer.observe(document.body);
  }}
  window.addEventListener("load", function () {{ postHeight(true); }});
  postHeight(true);
}})();
</script>"#,
        expression = shape.message_expression()
    )
}
