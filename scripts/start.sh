#!/usr/bin/env bash
# The README's first command: set up this machine, build, and serve the page on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
PORT="${PORT:-8000}"
echo
echo "Open http://127.0.0.1:$PORT/ (Ctrl+C stops the server)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
