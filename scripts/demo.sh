#!/usr/bin/env bash
# Serves dist/ and the mock Teamtailor API on PORT, and the demo company site (which embeds the
# board with embed.js, from another origin) on PORT+1; prints the URLs once the mock listens.
# Usage: scripts/demo.sh PORT
set -euo pipefail

port=${1:-8080}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# --site-port 0 turns the company site off, so --port 0 (any free port) runs without one.
site_port=0
if ((port != 0)); then
  site_port=$((port + 1))
fi

# A wildcard bind is no address to open in a browser; show loopback instead. No trailing slash.
browser_url() {
  local url=${1%/}
  url=${url/\/\/0.0.0.0:/\/\/127.0.0.1:}
  url=${url/\/\/\[::\]:/\/\/127.0.0.1:}
  printf '%s' "$url"
}

# The mock's first stdout line is "teamtailor-mock listening on http://HOST:PORT"; with a site
# port, the banner's last line is "company site: http://HOST:SITEPORT/".
# A bash read loop, not awk: Debian's mawk buffers its input and would hold the lines back.
cargo run --release -p teamtailor-mock -- --port "$port" --site-port "$site_port" --dist dist |
  while IFS= read -r line; do
    echo "$line"
    case $line in
      "teamtailor-mock listening on "*)
        board=$(browser_url "${line##* }")
        if ((site_port == 0)); then
          printf '\n  Job board: %s/\n  (Ctrl-C to stop)\n\n' "$board"
        fi
        ;;
      "company site: "*)
        site=$(browser_url "${line##* }")
        printf '\n  Job board: %s/\n' "$board"
        printf '  Company site (embed, another origin): %s/\n' "$site"
        printf '  Strict CSP page: %s/strict-csp\n  (Ctrl-C to stop)\n\n' "$site"
        ;;
    esac
  done
