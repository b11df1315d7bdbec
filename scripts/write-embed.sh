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
# The job pages' wasm chunk, when the build has one (scripts/split-wasm.sh).
job_pages=""
if compgen -G "$dir/careers-job_pages-*.wasm" >/dev/null; then job_pages=$(one 'careers-job_pages-*.wasm'); fi

# The job-feeds variant's module and wasm (scripts/build.sh), renamed careers-feeds-* so no
# glob for the Teamtailor build's files matches them. Without it, feed boards get a config
# error that says so.
feeds_js=""
feeds_wasm=""
feeds_dir=${TRUNK_SOURCE_DIR:-.}/target/dist-feeds
if [ -d "$feeds_dir" ]; then
  from_js=$(one_file "$feeds_dir" 'careers-widget-*[0-9a-f].js')
  from_wasm=$(one_file "$feeds_dir" 'careers-widget-*_bg.wasm')
  feeds_js=$(basename "$from_js" | sed 's/^careers-widget-/careers-feeds-/')
  feeds_wasm=$(basename "$from_wasm" | sed 's/^careers-widget-/careers-feeds-/')
  cp "$from_js" "$dir/$feeds_js"
  cp "$from_wasm" "$dir/$feeds_wasm"
fi

here=$(dirname "${BASH_SOURCE[0]}")
# The markup the first rows are drawn from: the board's list view rendered natively by the
# view crate's components (`careers loader-template`; scripts/build.sh writes it).
template=${TRUNK_SOURCE_DIR:-.}/target/loader-template.html
[ -s "$template" ] || { echo "write-embed: no $template; build with 'make build' (scripts/build.sh)" >&2; exit 1; }
template_js=$(node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8").trim()))' "$template")
first_request=$(printf 'var FIRST_ROWS_TEMPLATE = %s;\n' "$template_js"; cat "$here/first-request.js" "$here/first-rows.js" "$here/start-widget.js")

# The loaders ship minified by terser (npm, pinned in package.json; the sources keep their
# comments): they are on every first view's critical path. Top-level names stay, as the
# e2e specs and the wasm know none of them; only locals are mangled.
shipped_js() { terser --compress --mangle --comments '/^!|Teamtailor careers widget/'; }

shipped_js >"$dir/embed.js" <<JS
/* Teamtailor careers widget, embed.js: see README "Embed on your website". */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    console.error("[teamtailor] embed.js must be loaded by a <script src> tag");
    return;
  }
$first_request
  var base = new URL(".", script.src).href;
  var stylesheet = base + "$css";

  // Where the board goes, as mount_embed in src/mount.rs finds it: the data-target element,
  // or a new <teamtailor-jobs> (a custom element: host rules like div { … } miss it) right
  // after this tag. Null when data-target matches nothing.
  function mountElement(target) {
    if (target) {
      try {
        return document.querySelector(target);
      } catch (invalid) {
        return null;
      }
    }
    var element = document.createElement("teamtailor-jobs");
    script.parentNode.insertBefore(element, script.nextSibling);
    return element;
  }

  // The board's container, made now so its stylesheet downloads beside the wasm and the
  // first rows can be drawn into it; mount_embed takes it over (script.teamtailorBoard).
  // Resolves once the stylesheet has applied, so no row is ever drawn unstyled.
  function prepareContainer(element, shadow) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = stylesheet;
    var loaded = new Promise(function (resolve) {
      link.onload = link.onerror = resolve;
    });
    var container = element;
    if (shadow === "open") {
      var root = element.attachShadow({ mode: "open" });
      root.appendChild(link);
      container = root.appendChild(document.createElement("div"));
    } else if (document.head.querySelector('link[rel="stylesheet"][href="' + stylesheet + '"]')) {
      loaded = Promise.resolve();
    } else {
      document.head.appendChild(link);
    }
    script.teamtailorBoard.container = container;
    return loaded;
  }

  // This board's data, the module, the wasm and the stylesheet all start now, side by side;
  // a board the wasm will refuse to mount (see EmbedOptions) must not cost a request.
  var shadow = (script.dataset.shadow || "open").trim();
  var element = (shadow === "open" || shadow === "none") && mountElement((script.dataset.target || "").trim());
  if (element) {
    // mount_embed mounts into this element rather than looking for (or making) its own.
    script.teamtailorBoard = { element: element };
    var answer = startFirstRequests(script, base);
    if (answer) {
      try {
        var stylesheetLoaded = prepareContainer(element, shadow);
        paintFirstRowsWhenReady(script.teamtailorBoard.container, answer, script.dataset, stylesheetLoaded, script);
      } catch (cannotHoldShadow) {
        // The wasm explains it (mount_embed).
      }
    }
  }
  // A Recruitee or SmartRecruiters board loads the build with job feeds; a Teamtailor board's
  // build carries none of their code.
  var feeds = (script.dataset.provider || "teamtailor").trim().toLowerCase() !== "teamtailor" && "$feeds_js";
  var module = base + (feeds ? "$feeds_js" : "$js");
  // One module instance per copy of the widget, however many script tags use it.
  var loaded = (window.__teamtailorWidgets = window.__teamtailorWidgets || {});
  if (!loaded[module]) {
    loaded[module] = startWidget(module, base + (feeds ? "$feeds_wasm" : "$wasm"), script);
  }
  // After the data and the wasm, which every first screen needs.
  if (!feeds) preloadJobPages(script, base, "$job_pages");
  loaded[module].then(
    function (widget) {
      widget.mount_embed(script, stylesheet);
    },
    function (error) {
      console.error("[teamtailor] the widget could not load", error);
    }
  );
})();
JS

# The full-page board's twin: index.html loads it right after <main id="tt-board">.
shipped_js >"$dir/first-request.js" <<JS
/* Teamtailor careers widget: starts the full-page board's first request (see embed.js). */
(function () {
  "use strict";
$first_request
  var board = document.getElementById("tt-board");
  // A page that already shows the board (careers snapshot) needs no rows drawn; the wasm
  // takes it over as it takes over drawn rows.
  var prerendered = board && board.querySelector("[data-tt-first-rows]");
  if (prerendered) {
    prerendered.teamtailorHandOver = handOver;
    startFirstRequests(board, document.baseURI);
  } else {
    paintFirstRowsWhenReady(board, startFirstRequests(board, document.baseURI), board && board.dataset, Promise.resolve(), board);
  }
  warnOfUnusedPreloads(board);
  // The module and wasm Trunk built, named by the tag Trunk.toml's pattern_script writes.
  var widget = document.querySelector('meta[name="careers-widget"]');
  if (widget) {
    startWidget(
      new URL(widget.getAttribute("content"), document.baseURI).href,
      new URL(widget.getAttribute("data-wasm"), document.baseURI).href,
      board
    ).catch(function (error) {
      console.error("[teamtailor] the widget could not load", error);
    });
  }
  // After the data and the wasm, which every first screen needs.
  preloadJobPages(board, document.baseURI, "$job_pages");
})();
JS
