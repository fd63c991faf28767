#!/usr/bin/env bash
# Sets up a new machine (Debian 12, root, Rust via rustup, Node 20) idempotently:
# apt packages for browser tests, the wasm target, the pinned wasm-bindgen CLI, and npm dev tools.
# Re-running when everything is present takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

# Must equal the exact pin `wasm-bindgen = "=X"` in crates/wasm/Cargo.toml (checked below).
WB_VERSION=0.2.130
grep -q "^wasm-bindgen = \"=$WB_VERSION\"" crates/wasm/Cargo.toml || { echo "setup: WB_VERSION $WB_VERSION differs from crates/wasm/Cargo.toml" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

need_apt=""
for cmd in chromium chromedriver pdftotext fc-list; do command -v "$cmd" >/dev/null 2>&1 || need_apt=1; done
# The Noto fonts cover the scripts of the page's languages (Ethiopic for Tigrinya, Arabic for Arabic
# and Dari), as a phone with common fonts has them: the browser tests check that nothing is drawn
# without a glyph. The page itself loads no font.
[ -n "$need_apt" ] || fc-list :lang=ti family | grep -q . || need_apt=1
if [ -n "$need_apt" ]; then
  echo "setup: installing chromium, chromium-driver, poppler-utils, fonts-noto-core (Debian) for browser tests"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver poppler-utils fontconfig fonts-noto-core >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  echo "setup: installing wasm-bindgen-cli $WB_VERSION (about 2 minutes)"
  # No --locked: its lockfile pins a crate version the registry here does not have.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "setup: ok"
