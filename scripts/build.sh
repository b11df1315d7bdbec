#!/usr/bin/env bash
# `make build`: the widget twice. First the variant with job feeds (Recruitee, SmartRecruiters:
# cargo feature `feeds`) into target/dist-feeds, then the Teamtailor build into dist/, whose
# post_build hook copies the feeds module and wasm in beside its own as careers-feeds-*. So a
# Teamtailor board's first view carries no feed code, and embed.js loads the feeds build only
# for a board with data-provider. The Teamtailor build has the `split` feature: its job pages are
# a wasm chunk of their own (scripts/split-wasm.sh). (A bare `trunk build` reuses whatever
# target/dist-feeds holds, and keeps the job pages in the main wasm.)
#
# First the `careers` CLI, which renders the markup the loader draws a live board's first rows
# from with the same components the widget mounts (target/loader-template.html, read by
# scripts/write-embed.sh). It is built with the mock, in release, exactly as `make mock-build`
# and the demo build them: one set of features, so none of the three rebuilds the others' work.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --offline -p teamtailor-mock -p careers
target/release/careers loader-template >target/loader-template.html
CAREERS_WIDGET_VARIANT=feeds trunk build --release --features feeds --dist target/dist-feeds
trunk build --release --features split
