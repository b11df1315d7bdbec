#!/usr/bin/env bash
# Trunk post_build hook: writes embed.js, the stable-named loader of the script-tag embed,
# next to the content-hashed files Trunk just produced. embed.js names those files relative
# to its own URL, so the folder works under any path on any CDN.
set -euo pipefail

dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
# shellcheck source=one-file.sh
. "$(dirname "${BASH_SOURCE[0]}")/one-file.sh"
one() { basename "$(one_file "$dir" "$1")"; }
js=$(one 'careers-widget-*[0-9a-f].js')
wasm=$(one 'careers-widget-*_bg.wasm')
css=$(one 'board-*.css')

first_request=$(cat "$(dirname "${BASH_SOURCE[0]}")/first-request.js")

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
$first_request
  // This board's data, the module and the wasm all start now, side by side; a board the
  // wasm will refuse to mount (see EmbedOptions) must not cost a request.
  var shadow = (script.dataset.shadow || "open").trim();
  var target = (script.dataset.target || "").trim();
  var targetFound = !target || (function () {
    try {
      return !!document.querySelector(target);
    } catch (invalid) {
      return false;
    }
  })();
  if ((shadow === "open" || shadow === "none") && targetFound) {
    startFirstRequests(script);
  }
  var base = new URL(".", script.src).href;
  // One module instance per copy of the widget, however many script tags use it.
  var loaded = (window.__teamtailorWidgets = window.__teamtailorWidgets || {});
  if (!loaded[base]) {
    var wasm = fetch(base + "$wasm");
    loaded[base] = import(base + "$js").then(function (widget) {
      return widget.default({ module_or_path: wasm }).then(function () {
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

# The full-page board's twin: index.html loads it right after <main id="tt-board">.
cat >"$dir/first-request.js" <<JS
/* Teamtailor careers widget: starts the full-page board's first request (see embed.js). */
(function () {
  "use strict";
$first_request
  startFirstRequests(document.getElementById("tt-board"));
})();
JS
