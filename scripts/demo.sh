#!/usr/bin/env bash
# Serves dist/ and the mock Teamtailor API on PORT, and the demo company site (which embeds the
# board with embed.js, from another origin) on PORT+1; prints the URLs once the mock listens.
# Once it listens, `careers snapshot` reads the mock's jobs into target/demo-snapshot, which the
# mock serves at /snapshot/: the static site a company would publish instead of a live key.
# Usage: scripts/demo.sh PORT
set -euo pipefail

port=${1:-8080}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# --site-port 0 turns the company site off, so --port 0 (any free port) runs without one.
site_port=0
if ((port != 0)); then
  site_port=$((port + 1))
fi

snapshot_dir=target/demo-snapshot
# Built before the mock starts, so the snapshot is taken as soon as the mock answers.
cargo build --release -p teamtailor-mock -p careers

# A wildcard bind is no address to open in a browser; show loopback instead. No trailing slash.
browser_url() {
  local url=${1%/}
  url=${url/\/\/0.0.0.0:/\/\/127.0.0.1:}
  url=${url/\/\/\[::\]:/\/\/127.0.0.1:}
  printf '%s' "$url"
}

# Writes the snapshot site from the running mock at $1 (its URL; the banner is complete, so
# the mock writes nothing while this waits) and prints where it is served. A failure only
# costs that line: the live demo keeps running.
print_snapshot_site() {
  local mock=$1
  if TEAMTAILOR_API_KEY=demo-public-key target/release/careers snapshot \
      --out "$snapshot_dir" --dist dist --site-url "$mock/snapshot" --company-name Northwind \
      --api-base "$mock" >/dev/null 2>"$snapshot_dir.log"; then
    printf '  Snapshot site (careers snapshot of the mock): %s/snapshot/\n' "$mock"
  else
    printf '  Snapshot site not written: see %s.log\n' "$snapshot_dir"
  fi
}

# The mock's first stdout line is "teamtailor-mock listening on http://HOST:PORT"; with a site
# port, the banner's last line is "company site: http://HOST:SITEPORT/".
# A bash read loop, not awk: Debian's mawk buffers its input and would hold the lines back.
mkdir -p "$(dirname "$snapshot_dir")"
target/release/teamtailor-mock --port "$port" --site-port "$site_port" --dist dist \
    --snapshot-dir "$snapshot_dir" |
  while IFS= read -r line; do
    echo "$line"
    case $line in
      "teamtailor-mock listening on "*)
        board=$(browser_url "${line##* }")
        if ((site_port == 0)); then
          printf '\n  Job board: %s/\n' "$board"
          print_snapshot_site "$board"
          printf '  (Ctrl-C to stop)\n\n'
        fi
        ;;
      "company site: "*)
        site=$(browser_url "${line##* }")
        printf '\n  Job board: %s/\n' "$board"
        printf '  Company site (embed, another origin): %s/\n' "$site"
        printf '  Strict CSP page: %s/strict-csp\n' "$site"
        printf '  Recruitee board (data-provider="recruitee"): %s/recruitee\n' "$site"
        printf '  SmartRecruiters board (data-provider="smartrecruiters"): %s/smartrecruiters\n' "$site"
        print_snapshot_site "$board"
        printf '  (Ctrl-C to stop)\n\n'
        ;;
    esac
  done
