#!/usr/bin/env bash
# Runs one test tier and records its outcome for `make test`'s summary.
# Usage: scripts/tier.sh NAME COMMAND [ARGS...]
# When TEST_SUMMARY names a file, appends "NAME<TAB>STATUS<TAB>SECONDS" to it.
set -uo pipefail

name=$1
shift
echo "==> [$name] $*"
start=$(date +%s)
"$@"
rc=$?
seconds=$(( $(date +%s) - start ))
if [ $rc -eq 0 ]; then status=PASS; else status="FAIL(exit $rc)"; fi
echo "==> [$name] $status in ${seconds}s"
if [ -n "${TEST_SUMMARY:-}" ]; then
  printf '%s\t%s\t%s\n' "$name" "$status" "$seconds" >>"$TEST_SUMMARY"
fi
exit $rc
