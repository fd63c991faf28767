#!/usr/bin/env bash
# Builds the wasm module into www/pkg: release build, wasm-bindgen (--target web), wasm-opt -Oz.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --quiet --release --target wasm32-unknown-unknown --lib
rm -rf www/pkg
wasm-bindgen --target web --no-typescript --out-dir www/pkg target/wasm32-unknown-unknown/release/sosialhjelp.wasm
# wasm-opt from npm binaryen 132 (Debian's binaryen 108 produces a module that fails at run time).
npx --no-install wasm-opt -Oz www/pkg/sosialhjelp_bg.wasm -o www/pkg/sosialhjelp_bg.wasm
node scripts/aksel-tokens.mjs
node scripts/gen-sw.mjs
echo "build: www/pkg/sosialhjelp_bg.wasm $(wc -c < www/pkg/sosialhjelp_bg.wasm) bytes, gzip -9 $(gzip -9c www/pkg/sosialhjelp_bg.wasm | wc -c) bytes"
