#!/usr/bin/env bash
# `make html-check`: the W3C Nu HTML checker (npm vnu-jar, run by the OS's Java) over every
# page `careers snapshot` writes from the mock, with dist/ (the widget's index.html and a page
# per job) and without it (the board page the CLI writes itself), plus dist/index.html.
# Fails on any error and prints them. Needs `make build` and `make mock-build` first.
# Usage: scripts/html-check.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly VNU=node_modules/vnu-jar/build/dist/vnu.jar
readonly OUT=target/html-check-snapshot
readonly OUT_NO_DIST=target/html-check-snapshot-no-dist

die() { echo "html-check: error: $*" >&2; exit 1; }

for file in dist/index.html target/release/teamtailor-mock target/release/careers "$VNU"; do
  [ -e "$file" ] || die "$file is missing (make bootstrap build mock-build)"
done
command -v java >/dev/null || die "no java on PATH (make bootstrap installs default-jre-headless)"

mkdir -p target
mock_log=$(mktemp)
mock_pid=""
stop_mock() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  mock_pid=""
}
trap 'stop_mock; rm -f "$mock_log"' EXIT

# The mock on a free port; its first stdout line is "teamtailor-mock listening on URL".
target/release/teamtailor-mock --port 0 --site-port 0 >"$mock_log" 2>&1 &
mock_pid=$!
mock=""
for _ in $(seq 100); do
  line=$(grep -m1 '^teamtailor-mock listening on ' "$mock_log" || true)
  if [ -n "$line" ]; then mock=${line##* }; mock=${mock%/}; break; fi
  kill -0 "$mock_pid" 2>/dev/null || { cat "$mock_log" >&2; die "the mock did not start"; }
  sleep 0.1
done
[ -n "$mock" ] || die "the mock did not say where it listens: $(cat "$mock_log")"

# What demo.sh publishes, at a URL of its own (canonical links and the sitemap name it).
snapshot() {
  local out=$1
  shift
  rm -rf "$out"
  TEAMTAILOR_API_KEY=demo-public-key target/release/careers snapshot --out "$out" \
      --site-url https://careers.example.com --company-name Northwind --api-base "$mock" "$@" \
      >/dev/null 2>"$out.log" || { cat "$out.log" >&2; die "careers snapshot failed (log: $out.log)"; }
}
snapshot "$OUT" --dist dist
snapshot "$OUT_NO_DIST"
stop_mock

# The job pages are the same with or without dist/; only the board page differs.
mapfile -t pages < <(find "$OUT" -name '*.html' | sort)
published=${#pages[@]}
pages+=("$OUT_NO_DIST/index.html" dist/index.html)
echo "html-check: $published snapshot pages, the board page without dist/, dist/index.html"

# One JVM for every page: --errors-only leaves out the warnings; it exits 1 on any error.
report=$(java -jar "$VNU" --errors-only "${pages[@]}" 2>&1) && status=0 || status=$?
errors=$(grep -c ': error: ' <<<"$report" || true)
if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
  printf '%s\n' "$report" >&2
  die "$errors errors in ${#pages[@]} pages (vnu exit $status)"
fi
echo "html-check: 0 errors in ${#pages[@]} pages"
