#!/usr/bin/env bash
# Serves dist/ and the mock Teamtailor API, and prints the board's URL once the mock listens.
# Usage: scripts/demo.sh PORT
set -euo pipefail

port=${1:-8080}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The mock's first stdout line is "teamtailor-mock listening on http://HOST:PORT".
# A bash read loop, not awk: Debian's mawk buffers its input and would hold the line back.
cargo run --release -p teamtailor-mock -- --port "$port" --dist dist |
  while IFS= read -r line; do
    echo "$line"
    if [[ $line == "teamtailor-mock listening on "* ]]; then
      url=${line##* }
      url=${url/\/\/0.0.0.0:/\/\/127.0.0.1:}
      url=${url/\/\/\[::\]:/\/\/127.0.0.1:}
      printf '\n  Job board: %s/\n  (Ctrl-C to stop)\n\n' "$url"
    fi
  done
