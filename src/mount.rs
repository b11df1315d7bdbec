//! Finding where a board goes, reading its configuration and mounting it: the full-page
//! board (`#tt-board` in index.html) and the script-tag embed (`embed.js`).

use leptos::prelude::*;
use teamtailor_api::{ConfigError, EmbedOptions, ShadowMode, WidgetConfig};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use careers_view::FIRST_ROWS_ATTRIBUTE;

use crate::board_host::{dispatch_event, BoardHost};
use crate::i18n;
use careers_view::ui::ConfigErrorView;

use crate::ui::Board;

/// The id of the element `index.html` gives the full-page board.
pub const BOARD_ELEMENT_ID: &str = "tt-board";

/// Mounts the full-page board into `#tt-board`, configured by that element's `data-*`
/// attributes. Pages without that element (an embed's host page) are left alone.
pub fn mount_board() {
    let Some(element) = document()
        .get_element_by_id(BOARD_ELEMENT_ID)
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    when_ready_to_mount(&element.clone(), base, move || mount_board_into(element));
}

fn mount_board_into(element: HtmlElement) {
    let config = read_config(&element);
    // The element's fallback content (<noscript>) is replaced by the app; rows the loader
    // drew stay until the board has its own screen to show (state::take_over_first_rows).
    clear_keeping_first_rows(&element);
    match config {
        Ok(config) => {
            let host = BoardHost::new(&config, element.clone(), element.clone(), false);
            mount_to(element, move || view! { <Board config host /> }).forget();
        }
        Err(error) => show_config_error(&element, &error),
    }
}

/// Mounts one embedded board for the `<script>` tag that loaded `embed.js`, configured by
/// that tag's `data-*` attributes; `stylesheet` is the board's CSS, resolved next to
/// `embed.js`. Called by `embed.js`, once per script tag.
#[wasm_bindgen]
pub fn mount_embed(script: HtmlElement, stylesheet: String) {
    let base = stylesheet.clone();
    when_ready_to_mount(&script.clone(), base, move || {
        mount_embed_now(script, stylesheet)
    });
}

/// Runs `mount` once the board's text pack is in (`asset_base` locates it) and the rows the
/// loader is drawing for `holder` have painted; at once when neither is pending. Mounting
/// before the rows paint would hold them back by the wasm's start-up. Takes over the
/// loader's requests first, the pack's among them. Not Leptos' spawner: it has no executor
/// until the first mount sets one up.
fn when_ready_to_mount(holder: &HtmlElement, asset_base: String, mount: impl FnOnce() + 'static) {
    crate::prefetch::adopt_from(holder);
    // Language::from_tag trims, and a blank value matches no language: the raw attribute
    // reads as WidgetConfig's trimmed `language` does.
    let language = i18n::detect_language(attribute(holder, "language").as_deref());
    let painted = crate::prefetch::rows_painted(holder);
    if painted.is_none() && language.has_texts() {
        return mount();
    }
    wasm_bindgen_futures::spawn_local(async move {
        // One after the other, yet both at once: the pack's request starts when its future is
        // first polled, and the rows paint on the browser's schedule, not by being awaited.
        i18n::load_text_pack(language, &asset_base).await;
        if let Some(painted) = painted {
            let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
        }
        mount();
    });
}

fn mount_embed_now(script: HtmlElement, stylesheet: String) {
    let prepared = PreparedBoard::take_from(&script);
    let options = EmbedOptions::from_attributes(|name| attribute(&script, name));
    let config = options
        .clone()
        .and_then(|options| read_config(&script).map(|config| (options, config)));
    // The target is read even when another option is invalid, so the message lands there.
    let target = EmbedOptions::target_from(|name| attribute(&script, name));
    let element = match (&prepared, target.clone()) {
        (Some(prepared), _) => Some(prepared.element.clone()),
        (None, Some(selector)) => match document().query_selector(&selector) {
            Ok(Some(target)) => target.dyn_into::<HtmlElement>().ok(),
            _ => None,
        },
        (None, None) => element_after(&script),
    };
    let Some(element) = element else {
        let selector = target.unwrap_or_default();
        let message = format!("data-target \"{selector}\" matches no element on this page");
        // Nowhere to mount: the message goes right after the script tag instead.
        if let Some(fallback) = element_after(&script) {
            show_message(&fallback, &message);
        }
        leptos::logging::error!("[teamtailor] {message}");
        return;
    };
    let prepared_container = prepared.and_then(|prepared| prepared.container);
    let (options, config) = match config {
        Ok(pair) => pair,
        Err(error) => {
            return show_config_error(prepared_container.as_ref().unwrap_or(&element), &error)
        }
    };
    let container = match (prepared_container, options.shadow) {
        (Some(container), _) => {
            clear_keeping_first_rows(&container);
            Some(container)
        }
        (None, ShadowMode::Open) => shadow_container(&element, &stylesheet),
        (None, ShadowMode::None) => light_container(&element, &stylesheet),
    };
    let Some(container) = container else {
        return show_message(&element, "this element cannot hold a Shadow DOM; use data-shadow=\"none\" or another data-target");
    };
    let host = BoardHost::new(&config, element, container.clone(), true);
    mount_to(container, move || view! { <Board config host /> }).forget();
}

/// What `embed.js` made for a script tag before the wasm arrived (`script.teamtailorBoard`):
/// the board's element and, when it started the board's first request, the container (in
/// the shadow root it attached, or the element itself) where it may have drawn first rows.
struct PreparedBoard {
    element: HtmlElement,
    container: Option<HtmlElement>,
}

impl PreparedBoard {
    const PROPERTY: &str = "teamtailorBoard";

    fn take_from(script: &HtmlElement) -> Option<Self> {
        let key = JsValue::from_str(Self::PROPERTY);
        let prepared = js_sys::Reflect::get(script, &key).ok()?;
        let _ = js_sys::Reflect::delete_property(script, &key);
        let member = |name: &str| {
            js_sys::Reflect::get(&prepared, &JsValue::from_str(name))
                .ok()
                .and_then(|value| value.dyn_into::<HtmlElement>().ok())
        };
        Some(Self {
            element: member("element")?,
            container: member("container"),
        })
    }
}

/// Empties `element` but for the rows the loader drew (`[data-tt-first-rows]`).
fn clear_keeping_first_rows(element: &HtmlElement) {
    let mut next = element.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        let first_rows = node
            .dyn_ref::<web_sys::Element>()
            .is_some_and(|child| child.has_attribute(FIRST_ROWS_ATTRIBUTE));
        if !first_rows {
            let _ = element.remove_child(&node);
        }
    }
}

fn read_config(element: &HtmlElement) -> Result<WidgetConfig, ConfigError> {
    let mut config = WidgetConfig::from_attributes(|name| attribute(element, name))?;
    if let (Some(feed), false) = (&config.feed, cfg!(feature = "feeds")) {
        return Err(ConfigError::FeedsNotBuilt(feed.provider));
    }
    // A source path (`jobs.json`) becomes the URL it names on this page, as `fetch` would read
    // it: the cache key then tells two folders' `jobs.json` apart. first-request.js resolves
    // it the same way, so its prefetch has the very URL the client asks for.
    if let Some(source) = config.source.as_mut() {
        let base = document().base_uri().ok().flatten().unwrap_or_default();
        if let Ok(url) = web_sys::Url::new_with_base(source, &base) {
            *source = url.href();
        }
    }
    Ok(config)
}

fn attribute(element: &HtmlElement, name: &str) -> Option<String> {
    element.get_attribute(&format!("data-{name}"))
}

/// A new `<teamtailor-jobs>` element right after `script`. A custom element name keeps
/// host-page rules such as `div { … }` off the board's outer box.
fn element_after(script: &HtmlElement) -> Option<HtmlElement> {
    let element: HtmlElement = document()
        .create_element("teamtailor-jobs")
        .ok()?
        .unchecked_into();
    let parent = script.parent_node()?;
    parent
        .insert_before(&element, script.next_sibling().as_ref())
        .ok()?;
    Some(element)
}

/// An open shadow root on `element` holding the stylesheet and the board's container.
fn shadow_container(element: &HtmlElement, stylesheet: &str) -> Option<HtmlElement> {
    let root = element
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    let link = stylesheet_link(stylesheet)?;
    root.append_child(&link).ok()?;
    let container: HtmlElement = document().create_element("div").ok()?.unchecked_into();
    root.append_child(&container).ok()?;
    Some(container)
}

/// The board straight in `element`, its stylesheet added to the page's head once.
fn light_container(element: &HtmlElement, stylesheet: &str) -> Option<HtmlElement> {
    let head = document().head()?;
    let selector = format!(
        "link[rel=\"stylesheet\"][href=\"{}\"]",
        stylesheet.replace('"', "")
    );
    if head.query_selector(&selector).ok().flatten().is_none() {
        let link = stylesheet_link(stylesheet)?;
        head.append_child(&link).ok()?;
    }
    element.set_inner_html("");
    Some(element.clone())
}

fn stylesheet_link(href: &str) -> Option<web_sys::Element> {
    let link = document().create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("href", href).ok()?;
    Some(link)
}

/// A configuration error: in the page where the board would be, in the console, and as a
/// `teamtailor:error` event. No request is sent.
fn show_config_error(element: &HtmlElement, error: &ConfigError) {
    show_message(element, &error.to_string());
    leptos::logging::error!("[teamtailor] {error}");
}

fn show_message(element: &HtmlElement, message: &str) {
    let message = message.to_owned();
    let detail = [
        ("kind", "config".into()),
        ("message", message.as_str().into()),
    ];
    element.set_inner_html("");
    mount_to(
        element.clone(),
        move || view! { <ConfigErrorView message /> },
    )
    .forget();
    dispatch_event(element, "error", &detail);
}
