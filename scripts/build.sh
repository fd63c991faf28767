#!/usr/bin/env bash
# Builds the page into dist/ (served as is): the page sources from www/, the wasm module
# (release build, wasm-bindgen --target web, wasm-opt -Oz), the trimmed Aksel tokens, minified JS
# and CSS, and the service worker (generated last, from the final files).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown --lib
rm -rf dist
cp -r www dist
rm -rf dist/pkg dist/sw.js dist/aksel-tokens.css
wasm-bindgen --target web --no-typescript --out-dir dist/pkg target/wasm32-unknown-unknown/release/sosialhjelp.wasm
# wasm-opt from npm binaryen 132 (Debian's binaryen 108 produces a module that fails at run time).
npx --no-install wasm-opt -Oz dist/pkg/sosialhjelp_bg.wasm -o dist/pkg/sosialhjelp_bg.wasm
node scripts/aksel-tokens.mjs
node scripts/minify.mjs
node scripts/gen-sw.mjs
echo "build: dist/pkg/sosialhjelp_bg.wasm $(wc -c < dist/pkg/sosialhjelp_bg.wasm) bytes, gzip -9 $(gzip -9c dist/pkg/sosialhjelp_bg.wasm | wc -c) bytes"
