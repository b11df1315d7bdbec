#!/usr/bin/env bash
# Trunk post_build step: writes a .br (brotli -q 11) and a .gz (gzip -9) next to every .wasm,
# .js and .css, so a server or CDN that serves precompressed files (nginx brotli_static and
# gzip_static, the mock) sends the smallest bytes without compressing on every request.
set -euo pipefail

dir=${1:-${TRUNK_STAGING_DIR:?run by trunk as a post_build hook, or give a directory}}
command -v brotli >/dev/null || { echo "precompress: brotli not found; run 'make bootstrap'" >&2; exit 1; }
while IFS= read -r -d '' file; do
  brotli -q 11 -f -k -o "$file.br" "$file"
  gzip -9 -n -c "$file" >"$file.gz"
done < <(find "$dir" -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) -print0)
