#!/usr/bin/env bash
# Prints the table that ends `make test`, one line per expected tier, in order.
# Usage: scripts/test-summary.sh SUMMARY_FILE TIER...
# A tier missing from SUMMARY_FILE did not run because a tier it depends on failed.
set -euo pipefail

summary=$1
shift
touch "$summary"

failed=0
echo
echo "================ make test summary ================"
for tier in "$@"; do
  status=NOT-RUN
  seconds="(a prerequisite failed)"
  record=$(awk -F'\t' -v t="$tier" '$1 == t { print $2 "\t" $3 }' "$summary" | tail -n1)
  if [ -n "$record" ]; then
    status=${record%%$'\t'*}
    seconds="${record#*$'\t'}s"
  fi
  [ "$status" = PASS ] || failed=1
  printf '  %-12s %-14s %s\n' "$tier" "$status" "$seconds"
done
echo "---------------------------------------------------"
if [ $failed -eq 0 ]; then echo "  ALL TIERS PASSED"; else echo "  SOME TIERS FAILED"; fi
echo "==================================================="
exit $failed
