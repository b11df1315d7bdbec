#!/usr/bin/env bash
# Installs everything a fresh Debian 12 machine lacks to build and test the widget.
# Idempotent: each step checks first and prints "ok: X present" when nothing is needed.
# Pinned versions live in one place each: Trunk here, wasm-bindgen in Cargo.lock (Trunk.toml
# must agree), binaryen, Playwright and vnu-jar in package.json. Trunk builds are offline, so
# every tool Trunk uses must be on PATH at the pinned version before `trunk build` runs.
set -euo pipefail

readonly TRUNK_VERSION="0.21.14"
# wasm-split-cli (scripts/split-wasm.sh); its runtime half, wasm_split_helpers, is in Cargo.lock.
readonly WASM_SPLIT_VERSION="0.2.4"
readonly WASM_OPT_VERSION="132"
readonly APT_PACKAGES=(chromium chromium-driver brotli)

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

die() { echo "bootstrap: error: $*" >&2; exit 1; }

step_start=0
step() { step_start=$(date +%s%N); echo "==> $*"; }
done_step() {
  local ms=$(( ($(date +%s%N) - step_start) / 1000000 ))
  printf '    %s (%d.%03ds)\n' "$1" $((ms / 1000)) $((ms % 1000))
}

# The wasm-bindgen version every tool must match: the one Cargo.lock resolved.
lock_wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# Trunk.toml's `[tools] wasm_bindgen = "X"` pin.
trunk_wasm_bindgen_pin() {
  sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml | head -n1
}

total_start=$(date +%s)

step "prerequisites: cargo, rustup, node, npm"
for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || die "$tool is not on PATH; install Rust via rustup and Node >= 20 first"
done
done_step "ok: cargo $(cargo --version | cut -d' ' -f2), node $(node --version) present"

step "Debian packages: ${APT_PACKAGES[*]}"
# "install ok installed" only: a removed package can leave config files that `dpkg -s` accepts.
apt_installed() {
  local package
  for package in "$@"; do
    [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" = "install ok installed" ] || return 1
  done
}
if apt_installed "${APT_PACKAGES[@]}"; then
  done_step "ok: ${APT_PACKAGES[*]} present"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${APT_PACKAGES[@]}"
  done_step "installed ${APT_PACKAGES[*]}"
fi

step "Java runtime (the Nu HTML checker of make html-check)"
# Any Java (11 or later: vnu.jar's) the machine has will do; only a machine without one gets
# Debian's. Before npm: vnu-jar's postinstall, where npm runs it, downloads a Java when none
# is on PATH.
if command -v java >/dev/null; then
  done_step "ok: java present ($(command -v java))"
else
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends default-jre-headless
  done_step "installed default-jre-headless"
fi

step "Rust components: rustfmt, clippy; target wasm32-unknown-unknown"
missing_components=()
installed_components=$(rustup component list --installed)
for component in rustfmt clippy; do
  grep -q "^$component" <<<"$installed_components" || missing_components+=("$component")
done
[ ${#missing_components[@]} -eq 0 ] || rustup component add "${missing_components[@]}"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  done_step "ok: rustfmt, clippy, wasm32-unknown-unknown present"
else
  rustup target add wasm32-unknown-unknown
  done_step "installed wasm32-unknown-unknown"
fi

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  done_step "ok: trunk $TRUNK_VERSION present"
else
  cargo install --locked trunk --version "$TRUNK_VERSION"
  done_step "installed trunk $TRUNK_VERSION"
fi

step "wasm-bindgen-cli (must equal Cargo.lock's wasm-bindgen)"
wbg_version=$(lock_wasm_bindgen_version)
[ -n "$wbg_version" ] || die "no wasm-bindgen entry found in Cargo.lock"
trunk_pin=$(trunk_wasm_bindgen_pin)
if [ "$trunk_pin" != "$wbg_version" ]; then
  die "Trunk.toml pins [tools] wasm_bindgen = \"$trunk_pin\" but Cargo.lock has wasm-bindgen $wbg_version.
       Set wasm_bindgen = \"$wbg_version\" in Trunk.toml (or pin wasm-bindgen in Cargo.toml), then rerun."
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $wbg_version" ]; then
  done_step "ok: wasm-bindgen $wbg_version present"
else
  # Not --locked: the CLI's own lockfile may pin crates that no longer build on this toolchain.
  cargo install wasm-bindgen-cli --version "$wbg_version"
  done_step "installed wasm-bindgen-cli $wbg_version"
fi

step "wasm-split-cli $WASM_SPLIT_VERSION (cuts the job pages out of the first view's wasm)"
# The CLI prints no version; cargo's install record says which one is on PATH.
if command -v wasm-split-cli >/dev/null &&
  cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  done_step "ok: wasm-split-cli $WASM_SPLIT_VERSION present"
else
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  done_step "installed wasm-split-cli $WASM_SPLIT_VERSION"
fi

step "npm packages (binaryen's wasm-opt, @playwright/test, vnu-jar)"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  done_step "ok: node_modules up to date with package-lock.json"
else
  npm ci --no-audit --no-fund
  done_step "ran npm ci"
fi
wasm_opt_line=$(wasm-opt --version 2>/dev/null || true)
case "$wasm_opt_line" in
  "wasm-opt version $WASM_OPT_VERSION "*|"wasm-opt version $WASM_OPT_VERSION") ;;
  *) die "wasm-opt on PATH is '$wasm_opt_line' ($(command -v wasm-opt || echo none)); expected version $WASM_OPT_VERSION from node_modules/.bin (npm binaryen@$WASM_OPT_VERSION)" ;;
esac

step "cargo fetch (Trunk builds run cargo --offline)"
cargo fetch --quiet
done_step "ok: crates fetched"

echo "bootstrap: done in $(( $(date +%s) - total_start ))s"
