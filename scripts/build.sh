#!/usr/bin/env bash
# `make build`: the widget twice. First the variant with job feeds (Recruitee, SmartRecruiters:
# cargo feature `feeds`) into target/dist-feeds, then the Teamtailor build into dist/, whose
# post_build hook copies the feeds module and wasm in beside its own as careers-feeds-*. So a
# Teamtailor board's first view carries no feed code, and embed.js loads the feeds build only
# for a board with data-provider. The Teamtailor build has the `split` feature: its job pages are
# a wasm chunk of their own (scripts/split-wasm.sh). (A bare `trunk build` reuses whatever
# target/dist-feeds holds, and keeps the job pages in the main wasm.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CAREERS_WIDGET_VARIANT=feeds trunk build --release --features feeds --dist target/dist-feeds
trunk build --release --features split
