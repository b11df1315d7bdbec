#!/usr/bin/env bash
# Trunk post_build step for builds with the `split` feature (scripts/build.sh turns it on):
# cuts the wasm at its split points (src/ui/job_pages.rs) into the main module and chunks
# loaded on demand, with wasm-split-cli, so the first view downloads only the main module.
# Trunk 0.21 cannot split (trunk-rs/trunk#1022), so this redoes its wasm-bindgen and wasm-opt
# steps on cargo's own output, replaces Trunk's module JS and wasm in place (same names) and
# rewrites index.html's integrity hashes for them. Adds, all content-hashed:
#   careers-split-<hash>.js           the module JS imports it: loads a chunk when asked
#   careers-<split point>-<hash>.wasm one per split point
# A build without the feature has nothing to split and is left alone.
# Usage: scripts/split-wasm.sh [dir]   (default: $TRUNK_STAGING_DIR)
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
dir=${1:-${TRUNK_STAGING_DIR:?run by trunk as a post_build hook, or give a directory}}
# shellcheck source=one-file.sh
. "$here/one-file.sh"

module=$(one_file "$dir" 'careers-widget-*[0-9a-f].js')
stem=$(basename "$module" .js)
# The split points import their loaders from this placeholder module until wasm-split-cli
# links them to the real one; wasm-bindgen (run by Trunk) kept the name in the module JS.
grep -q '__wasm_split_placeholder__' "$module" || exit 0

for tool in wasm-split-cli wasm-bindgen wasm-opt terser; do
  command -v "$tool" >/dev/null || { echo "split-wasm: $tool not found; run 'make bootstrap'" >&2; exit 1; }
done
target_dir=$(cargo metadata --format-version 1 --no-deps --offline |
  node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).target_directory))')
# What cargo linked for Trunk (`--release`), with the relocations wasm-split-cli reads
# (build.rs asks the linker to keep them).
input="$target_dir/wasm32-unknown-unknown/release/careers-widget.wasm"
[ -f "$input" ] || { echo "split-wasm: no $input; run trunk build first" >&2; exit 1; }

# str slicing and `&str` searches can panic with a message that formats a char with Debug,
# which links Unicode's printable and grapheme tables: about 4 KB brotli of the first view.
# The size budget fails on such a change; this says where the bytes came from.
if grep -aq '4core3str16slice_error_fail' "$input"; then
  echo "split-wasm: warning: the wasm links core::str::slice_error_fail (about 4 KB brotli);" \
    "slice and search text as crates/api/src/str_search.rs says" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work/split" --target web --out-name "$stem"
# --keep-lld-exports: the chunks import the main module's function table, which
# wasm-bindgen would otherwise stop exporting.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bindgen" \
  --out-name "$stem" "$work/split/$stem.wasm"

sri() { echo "sha384-$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }
short_hash() { sha256sum "$1" | cut -c1-16; }
old_module_sri=$(sri "$module")
old_wasm_sri=$(sri "$dir/${stem}_bg.wasm")

link="$work/split/__wasm_split.js"
for chunk in "$work"/split/split_*.wasm "$work"/split/chunk_*.wasm; do
  [ -e "$chunk" ] || continue
  name=$(basename "$chunk" .wasm)
  wasm-opt -Oz --strip-debug --strip-producers "$chunk" -o "$work/$name.wasm"
  hashed="careers-${name#split_}-$(short_hash "$work/$name.wasm").wasm"
  mv "$work/$name.wasm" "$dir/$hashed"
  sed -i "s|\"./$name.wasm\"|\"./$hashed\"|" "$link"
  echo "split-wasm: $hashed $(wc -c <"$dir/$hashed") B"
done
terser "$link" --module --compress --mangle -o "$work/link.js"
linked="careers-split-$(short_hash "$work/link.js").js"
mv "$work/link.js" "$dir/$linked"
# Only the import statement names the file; the wasm's imports keep the module name it has.
sed "s|from \"./__wasm_split.js\"|from \"./$linked\"|" "$work/bindgen/$stem.js" >"$module"
grep -q "from \"./$linked\"" "$module" || { echo "split-wasm: the module JS does not import the chunk loader" >&2; exit 1; }
# The main module's flags, measured on the first view (brotli, 2026-12, against plain -Oz):
# -Os and --converge 0.3 KB less; --low-memory-unused (Rust's stack sits first, so the low
# 1 KiB is only its far end, reached at an overflow) and --zero-filled-memory (true of the
# memory this module defines) 0.5 KB; inlining a function with one caller only up to 50
# instructions, rather than whatever its size, 1 KB; then flattening, re-looping and -Os again
# 0.9 KB. The chunks import that memory, so they keep plain -Oz.
wasm-opt -Os --converge --low-memory-unused --zero-filled-memory \
  --one-caller-inline-max-function-size=50 --flatten --rereloop -Os \
  "$work/bindgen/${stem}_bg.wasm" -o "$dir/${stem}_bg.wasm"
echo "split-wasm: $stem main module $(wc -c <"$dir/${stem}_bg.wasm") B, $linked"

index="$dir/index.html"
sed -i -e "s|$old_module_sri|$(sri "$module")|" -e "s|$old_wasm_sri|$(sri "$dir/${stem}_bg.wasm")|" "$index"
grep -q "$(sri "$dir/${stem}_bg.wasm")" "$index" || { echo "split-wasm: index.html holds no integrity hash of the wasm" >&2; exit 1; }
