#!/usr/bin/env bash
# Builds the page into dist/ (served as is, and nothing else): the wasm module (`--profile wasm`, see
# Cargo.toml and .cargo/config.toml; wasm-bindgen --target web, wasm-opt -Oz), the page's JS bundled
# and minified (app.js with the bokmål catalogue; the guidance renderer and texts, and nynorsk and
# English, as chunks loaded after the first screen or when chosen), the CSS with the Aksel tokens
# resolved, the HTML, the legal sources table, and the service worker (generated last, from the
# final files).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --profile wasm --target wasm32-unknown-unknown --lib
rm -rf dist
mkdir dist
wasm-bindgen --target web --no-typescript --out-dir dist/pkg target/wasm32-unknown-unknown/wasm/sosialhjelp.wasm
# wasm-opt from npm binaryen 132 (Debian's binaryen 108 produces a module that fails at run time).
npx --no-install wasm-opt -Oz --converge --strip-producers --strip-target-features \
  dist/pkg/sosialhjelp_bg.wasm -o dist/pkg/sosialhjelp_bg.wasm
# The legal sources by id, from the core's registry (the result carries ids; the page loads this
# table when it shows sources).
cargo run --quiet --bin sosialhjelp -- --sources > dist/sources.json
node scripts/bundle.mjs
node scripts/gen-sw.mjs
echo "build: dist/pkg/sosialhjelp_bg.wasm $(wc -c < dist/pkg/sosialhjelp_bg.wasm) bytes, gzip -9 $(gzip -9c dist/pkg/sosialhjelp_bg.wasm | wc -c) bytes"
