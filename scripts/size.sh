#!/usr/bin/env bash
# Prints raw and brotli (quality 11) sizes of dist's .wasm, .js and .css files and their total.
# Figures only: budgets are judged by people reading them, not asserted here.
set -euo pipefail

dist=${1:-dist}
[ -d "$dist" ] || { echo "size: no $dist/ directory; run 'make build' first" >&2; exit 1; }
command -v brotli >/dev/null || { echo "size: brotli not found; run 'make bootstrap'" >&2; exit 1; }

mapfile -t files < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sort)
[ ${#files[@]} -gt 0 ] || { echo "size: no .wasm/.js/.css files in $dist/" >&2; exit 1; }

total_raw=0
total_br=0
printf '%-48s %10s %10s\n' "file" "raw B" "brotli B"
for file in "${files[@]}"; do
  raw=$(wc -c <"$file")
  br=$(brotli -c -q 11 "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_br=$((total_br + br))
  printf '%-48s %10d %10d\n' "${file#"$dist"/}" "$raw" "$br"
done
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_br"
printf 'total brotli: %d.%d KiB\n' $((total_br / 1024)) $(( (total_br % 1024) * 10 / 1024 ))
