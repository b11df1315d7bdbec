#!/usr/bin/env bash
# Trunk post_build hook: writes embed.js, the stable-named loader of the script-tag embed,
# next to the content-hashed files Trunk just produced. embed.js names those files relative
# to its own URL, so the folder works under any path on any CDN.
set -euo pipefail

dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
one() {
  local matches=("$dir"/$1)
  [ ${#matches[@]} -eq 1 ] && [ -e "${matches[0]}" ] || {
    echo "write-embed: expected exactly one $1 in $dir, found: ${matches[*]}" >&2
    exit 1
  }
  basename "${matches[0]}"
}
js=$(one 'careers-widget-*[0-9a-f].js')
wasm=$(one 'careers-widget-*_bg.wasm')
css=$(one 'board-*.css')

cat >"$dir/embed.js" <<JS
/* Teamtailor careers widget: <script src=".../embed.js" defer data-api-key="…"></script>.
   Docs: README "Embed on your website". Everything else is loaded relative to this file. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    console.error("[teamtailor] embed.js must be loaded by a <script src> tag");
    return;
  }
  var base = new URL(".", script.src).href;
  // One module instance per copy of the widget, however many script tags use it.
  var loaded = (window.__teamtailorWidgets = window.__teamtailorWidgets || {});
  if (!loaded[base]) {
    loaded[base] = import(base + "$js").then(function (widget) {
      return widget.default({ module_or_path: base + "$wasm" }).then(function () {
        return widget;
      });
    });
  }
  loaded[base].then(
    function (widget) {
      widget.mount_embed(script, base + "$css");
    },
    function (error) {
      console.error("[teamtailor] the widget could not load", error);
    }
  );
})();
JS
