#!/usr/bin/env bash
# Trunk's one post_build hook, so the steps run in order: the wasm split into its chunks
# (builds with the `split` feature), the minified module JS (both builds), then embed.js,
# then the precompressed copies of every file, embed.js included.
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
bash "$here/split-wasm.sh"
node "$here/minify-module.mjs"
# The feeds variant (scripts/build.sh) only lends its module and wasm to the main build.
[ "${CAREERS_WIDGET_VARIANT:-}" = feeds ] && exit 0
bash "$here/write-embed.sh"
bash "$here/precompress.sh"
