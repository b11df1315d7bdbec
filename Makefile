# Build, demo and test entry points for the careers widget. `make help` lists them.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Port of `make demo`; E2E_PORT is the mock's port during Playwright runs.
PORT ?= 8080
E2E_PORT ?= 18080
export E2E_PORT

# npm's binaryen puts wasm-opt 132 in node_modules/.bin; it must come before any other
# wasm-opt (Debian's binaryen 108 breaks the output). Trunk runs offline and only uses PATH.
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

# Widget unit tests run in headless Chromium through wasm-bindgen-test-runner + chromedriver;
# webdriver.json (repo root) points chromedriver at Debian's Chromium.
WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
                 CHROMEDRIVER=/usr/bin/chromedriver \
                 WASM_BINDGEN_USE_BROWSER=1

# scripts/tier.sh runs one tier and records it for the summary that ends `make test`.
TIER := scripts/tier.sh
TEST_TIERS := bootstrap fmt clippy clippy-wasm test-native test-wasm build size-budget mock-build html-check e2e
SUMMARY := $(CURDIR)/target/make-test-summary.tsv

.PHONY: help bootstrap build demo test test-tiers fmt clippy clippy-wasm test-native \
        test-wasm size-budget mock-build html-check e2e screenshots bench size clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-12s %s\n", $$1, $$2 }'

bootstrap: ## Install what this machine lacks (idempotent, fast when done)
	$(TIER) bootstrap scripts/bootstrap.sh

build: bootstrap ## Release build of the widget into dist/ (with its job-feeds variant)
	$(TIER) build scripts/build.sh

demo: build ## Serve dist/ with the mock API on PORT (default 8080)
	scripts/demo.sh $(PORT)

test: ## Every tier (format, lint, native, wasm, e2e), then a summary
	@mkdir -p $(dir $(SUMMARY)) && rm -f $(SUMMARY)
	@status=0; TEST_SUMMARY=$(SUMMARY) $(MAKE) --no-print-directory -k test-tiers || status=$$?; \
	  scripts/test-summary.sh $(SUMMARY) $(TEST_TIERS) && exit $$status

# -k keeps going past a failed tier; tiers that need a failed one are reported NOT RUN.
test-tiers: $(TEST_TIERS)

fmt: bootstrap ## cargo fmt --check
	$(TIER) fmt cargo fmt --all --check

clippy: bootstrap ## Clippy, host target, warnings are errors
	$(TIER) clippy cargo clippy --workspace --all-targets -- -D warnings

clippy-wasm: bootstrap ## Clippy on the widget for wasm32, with and without job feeds
	$(TIER) clippy-wasm cargo clippy -p careers-widget --target wasm32-unknown-unknown --all-targets --all-features -- -D warnings

test-native: bootstrap ## Native tests: crates/api and crates/mock
	$(TIER) test-native cargo test --workspace --exclude careers-widget

test-wasm: bootstrap ## Widget tests in headless Chromium
	$(TIER) test-wasm env $(WASM_TEST_ENV) cargo test -p careers-widget --target wasm32-unknown-unknown

mock-build: bootstrap ## Release build of the mock server and the careers CLI (e2e uses both)
	$(TIER) mock-build cargo build --release -p teamtailor-mock -p careers

html-check: build mock-build ## W3C Nu HTML checker over a careers snapshot of the mock and dist/index.html (0 errors)
	$(TIER) html-check scripts/html-check.sh

e2e: build mock-build ## Playwright specs against dist/ served by the mock on E2E_PORT
	$(TIER) e2e playwright test --config tests/e2e/playwright.config.ts

# Pictures for a person to look over, not tests: fonts differ between machines, so no pixel
# baseline is compared (the specs check on the DOM what the pictures show).
screenshots: build mock-build ## Full-page screenshots into tests/e2e/artifacts/ (not part of make test)
	playwright test --config tests/e2e/screenshots.config.ts

# First job title (embed, board, static baseline; loopback and slow 4G), then the keystrokes,
# the snapshot site's takeover, layout shift and a repeat visit with a slow API.
bench: build mock-build ## First-title, keystroke, takeover, layout-shift, repeat-visit benchmarks in headless Chromium (figures only)
	node tests/bench/first-title.mjs 7
	node tests/bench/filter-keystrokes.mjs 2000
	node tests/bench/takeover.mjs 3
	node tests/bench/layout-shift.mjs 3
	node tests/bench/repeat-visit.mjs 3

size-budget: build ## Fails when the first view (brotli) exceeds scripts/size-budget.sh's budget
	$(TIER) size-budget scripts/size-budget.sh dist

size: build ## Brotli sizes of dist's .wasm/.js/.css (figures, no assertions)
	scripts/size.sh dist

clean: ## Remove dist/ and test outputs (keeps target/ and node_modules/)
	rm -rf dist tests/e2e/artifacts test-results playwright-report $(SUMMARY)
