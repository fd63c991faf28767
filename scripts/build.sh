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
rm -rf dist
mkdir dist
# Two builds of the bindings: the first screen's (estimate, readAmount, version) and the whole API
# (feature `full`: also guidance, quickCheck, benchEstimate), loaded after the first screen.
for variant in sosialhjelp:"" sosialhjelp_full:full; do
  name="${variant%%:*}"
  features="${variant#*:}"
  cargo build --quiet --profile wasm --target wasm32-unknown-unknown -p sosialhjelp-wasm ${features:+--features "$features"}
  wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir dist/pkg target/wasm32-unknown-unknown/wasm/sosialhjelp_wasm.wasm
  # wasm-opt from npm binaryen 132 (Debian's binaryen 108 produces a module that fails at run time).
  npx --no-install wasm-opt -Oz --converge --strip-producers --strip-target-features \
    "dist/pkg/${name}_bg.wasm" -o "dist/pkg/${name}_bg.wasm"
done
# The legal sources by id, from the core's registry (the result carries ids; the page loads this
# table when it shows sources).
cargo run --quiet --bin sosialhjelp -- --sources > dist/sources.json
# The input vocabulary and limits the page needs, from the core (bundled into app.js as core:schema).
cargo run --quiet --bin sosialhjelp -- --schema > target/schema.json
node scripts/bundle.mjs
node scripts/gen-sw.mjs
for w in dist/pkg/*.wasm; do
  echo "build: $w $(wc -c < "$w") bytes, gzip -9 $(gzip -9c "$w" | wc -c) bytes"
done
