#!/usr/bin/env bash
# The README's second command (and CI's): set up, build, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
bash scripts/build.sh

echo "== native tests (core, case files, properties, CLI)"
cargo test --quiet

echo "== wasm tests in headless Chromium (wasm-bindgen-test-runner + chromedriver)"
cargo test --target wasm32-unknown-unknown -p sosialhjelp-wasm --features full --test web

echo "== message catalogues: nb, nn and en complete and consistent"
node --test --test-reporter=spec tests/i18n.mjs

echo "== end-to-end tests of the served page (playwright-core + Debian chromium)"
# A free port chosen by the OS, so a server already running elsewhere is never tested by mistake.
PORT="${E2E_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 - "$PORT" <<'PY' && break
import socket, sys
s = socket.socket()
try:
    s.connect(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
PY
  sleep 0.1
done
export BASE_URL="http://127.0.0.1:$PORT/"
# One node:test run per file, in this order (each file's tests share one browser context).
node --test --test-reporter=spec tests/e2e/run.mjs
node --test --test-reporter=spec tests/e2e/page.mjs
node --test --test-reporter=spec tests/e2e/trust.mjs
node --test --test-reporter=spec tests/e2e/languages.mjs
node --test --test-reporter=spec tests/e2e/households.mjs
node --test --test-reporter=spec tests/e2e/desk.mjs

echo "== size budget of the first load in each language (gzip -9): <= 80 KB and <= 75 KB (a 5 KB margin) in all ten, wasm <= 60 KB"
node --test --test-reporter=spec tests/budget.mjs
