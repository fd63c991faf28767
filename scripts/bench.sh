#!/usr/bin/env bash
# The benchmarks, in one command (figures, not tests: nothing fails on time). Prints medians.
#
#   bash scripts/bench.sh                 # everything, about 6 minutes (+1 minute the first time, to
#                                         # generate the households file)
#   BENCH_ONLY="native batch" bash scripts/bench.sh     # a subset of: native batch browser lighthouse
#
# 1. native: `cargo bench --bench native` (estimates per second on one thread, benches/native.rs)
# 2. batch:  the CLI's --batch mode (`cargo build --release`) on BATCH_N (default 1 000 000) generated
#            households of every kind, JSON lines in /tmp (never in the repo); households/s and peak RSS
#            from /usr/bin/time -v, once for a tenth of the file and BATCH_RUNS times (default 3) for all
#            of it, with the median (memory does not grow with the input). For each output: totals
#            (outcome and sums), csv, full (the explanation); on both cores (the default) and, for
#            totals, on one (--jobs 1)
# 3. browser: tests/e2e/bench.mjs against www/ served by python's http.server (µs per estimate()
#            call JS→wasm→JS, navigation → first result)
# 4. lighthouse: Lighthouse 12.8.2 (npm devDependency) against the same server, Debian chromium
#
# Record the figures, with the machine and its load, in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

ONLY="${BENCH_ONLY:-native batch browser lighthouse}"
want() { [[ " $ONLY " == *" $1 "* ]]; }
BATCH_N="${BATCH_N:-1000000}"
BATCH_SEED="${BATCH_SEED:-20241}"
BATCH_TODAY=2026-11
PORT="${BENCH_PORT:-8766}"
TMP="${TMPDIR:-/tmp}"
# Benchmarks build into their own target directory: the bench profile's outputs would otherwise
# replace the release ones in target/release (and make everyone else rebuild them).
BENCH_TARGET="${BENCH_TARGET_DIR:-target/bench}"

echo "== machine"
echo "  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
echo "  $(uname -sr); $(rustc --version); node $(node --version); $(chromium --version 2>/dev/null | tail -1)"
echo "  load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min); busiest processes now (% of one core):"
top -b -n 2 -d 1 -o %CPU 2>/dev/null | awk '/^top -/ {n++} n == 2 && /^ *[0-9]+ / {print "    " $9 "% " $12; if (++k == 3) exit}'
echo "  $(date -u '+%Y-%m-%d %H:%M UTC')"

if want browser || want lighthouse; then
  echo "== build (scripts/build.sh)"
  bash scripts/build.sh
fi

if want native; then
  echo "== native (cargo bench --bench native)"
  cargo bench --quiet --target-dir "$BENCH_TARGET" --bench native > "$TMP/sosialhjelp-native.txt" 2>&1 || { cat "$TMP/sosialhjelp-native.txt"; exit 1; }
  grep -A20 '^native benchmark' "$TMP/sosialhjelp-native.txt"
fi

if want batch; then
  echo "== batch: sosialhjelp --batch on $BATCH_N generated households"
  cargo build --quiet --release --bin sosialhjelp
  cp target/release/sosialhjelp "$TMP/sosialhjelp-cli-release"
  data="$TMP/sosialhjelp-households-$BATCH_N-$BATCH_SEED.jsonl"
  if [ ! -s "$data" ]; then
    echo "  generating $data (deterministic, seed $BATCH_SEED)"
    python3 - "$BATCH_N" "$BATCH_SEED" > "$data.part" <<'PY'
# Households of every kind, as varied as the input format allows: the four household types (samboere
# with and without common children), months
# 2002-01..2030-12 (5 % without a month), 0-6 children, expenses and 0-5 incomes of every kind with
# amounts in four spellings ("12500.50", "12 500,50", 12500.5, 12500), sometimes other expenses,
# liquid funds, a situation (emergency, exemption grounds) or a custom rate table (2 %), and about
# 1 % invalid lines (negative amount, unknown field, age out of range, malformed month).
import json, random, sys
KINDS = ["workNet", "aap", "dagpenger", "sykepenger", "uforetrygd", "overgangsstonad", "introduksjonsstonad",
         "kvalifiseringsstonad", "otherNavBenefit", "bostotte", "barnetrygd", "utvidetBarnetrygd", "kontantstotte",
         "barnebidrag", "childWorkIncome", "studentSupport", "other"]
CUSTOM = {"label": "Kommune X", "tables": [
    {"effectiveFrom": "2002-01", "effectiveTo": "2019-12", "single": "6000", "couple": "10000", "sharedHousing": "5000",
     "child0to5": "2500", "child6to10": "3000", "child11to17": "3900"},
    {"effectiveFrom": "2020-01", "single": "8378", "couple": "13900", "sharedHousing": "6950", "child0to5": "3950",
     "child6to10": "4300", "child11to17": "5500", "source": "https://example.no/satser"}]}
n, r = int(sys.argv[1]), random.Random(int(sys.argv[2]))
def amount(lo, hi):
    kr, ore = r.randint(lo, hi), r.choice((0, 0, 0, r.randint(1, 99)))
    s = r.random()
    if s < 0.4: return f"{kr}.{ore:02d}" if ore else str(kr)
    if s < 0.7:
        t = f"{kr:,}".replace(",", " ")
        return f"{t},{ore:02d}" if ore else t
    return float(f"{kr}.{ore:02d}") if ore else kr
w = sys.stdout.write
for _ in range(n):
    ht = r.choice(("single", "single", "married", "married", "cohabiting", "sharedHousing"))
    h = {}
    if r.random() < 0.95: h["month"] = f"{r.randint(2002, 2030)}-{r.randint(1, 12):02d}"
    h["householdType"] = ht
    together = ht == "married"
    if ht == "cohabiting":
        together = r.random() < 0.5
        h["commonChildren"] = together
    na = 2 if together else 1
    h["adults"] = [{"age": r.choice((r.randint(18, 80), r.randint(18, 35), r.randint(16, 17) if r.random() < 0.05 else 40))} for _ in range(na)]
    nc = r.choice((0, 0, 0, 1, 2, 2, 3, 4, 5, 6))
    if nc: h["children"] = [{"age": r.randint(0, 17)} for _ in range(nc)]
    e = {}
    if r.random() < 0.9: e["housing"] = amount(3000, 25000)
    if r.random() < 0.7: e["electricity"] = amount(300, 3000)
    if r.random() < 0.4: e["insurance"] = amount(100, 600)
    if nc and r.random() < 0.5: e["childcare"] = amount(500, 4000)
    if r.random() < 0.2:
        e["other"] = [{"label": r.choice(("Medisiner", "Tannlege", "Reise", " Briller ", "")), "amount": amount(50, 2000)} for _ in range(r.randint(1, 3))]
    if e: h["expenses"] = e
    ni = r.choice((0, 1, 1, 2, 2, 3, 4, 5))
    if ni:
        h["incomes"] = [{"kind": r.choice(KINDS), "amount": amount(0, 40000)} for _ in range(ni)]
        if r.random() < 0.1: h["incomes"][0]["label"] = "Lønn"
    if r.random() < 0.3: h["liquidFunds"] = amount(0, 20000)
    if r.random() < 0.1:
        h["situation"] = {"emergency": {"noFood": r.random() < 0.5, "noShelter": r.random() < 0.3},
                          "adults": [{"inWork": r.random() < 0.3, "healthOrSocial": r.random() < 0.3,
                                      "caringDuties": r.random() < 0.2, "inEducation": r.random() < 0.2} for _ in range(na)]}
    if r.random() < 0.02: h["customRates"] = CUSTOM
    if r.random() < 0.01:
        bad = r.randint(0, 3)
        if bad == 0: h["liquidFunds"] = "-5"
        elif bad == 1: h["adultz"] = []
        elif bad == 2: h["adults"] = [{"age": 130}] * na
        else: h["month"] = "2024-13"
    w(json.dumps(h, ensure_ascii=False, separators=(",", ":")))
    w("\n")
PY
    mv "$data.part" "$data"
  fi
  tenth="$TMP/sosialhjelp-households-$((BATCH_N / 10))-$BATCH_SEED-head.jsonl"
  [ -s "$tenth" ] || head -n $((BATCH_N / 10)) "$data" > "$tenth"
  echo "  input: $(wc -l < "$data") lines, $(( $(wc -c < "$data") / 1000000 )) MB ($data)"
  for output in totals csv full; do
    bytes=$(head -n 10000 "$data" | "$TMP/sosialhjelp-cli-release" --batch --output "$output" --today "$BATCH_TODAY" 2>/dev/null | wc -c)
    echo "  --output $output: about $((bytes / 10000)) bytes per household (first 10 000 lines); timed runs write to /dev/null"
  done
  # The tenth once; the whole file BATCH_RUNS times (default 3: this VM is noisy, ±20 %), then the
  # median households/s of those runs.
  for run in "totals 2" "totals 1" "csv 2" "full 2"; do
    set -- $run
    echo "  --output $1 --jobs $2:"
    rates="$TMP/sosialhjelp-batch-rates.txt"
    : > "$rates"
    for f in "$tenth" $(for _ in $(seq "${BATCH_RUNS:-3}"); do echo "$data"; done); do
      n=$(wc -l < "$f")
      /usr/bin/time -v "$TMP/sosialhjelp-cli-release" --batch --output "$1" --jobs "$2" --today "$BATCH_TODAY" "$f" > /dev/null 2> "$TMP/sosialhjelp-batch-time.txt"
      python3 - "$n" "$TMP/sosialhjelp-batch-time.txt" "$f" "$data" "$rates" <<'PY'
import re, sys
n, text = int(sys.argv[1]), open(sys.argv[2]).read()
wall = text.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split()[0]
secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
user = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
summary = [l for l in text.splitlines() if l.startswith("sosialhjelp:")]
print(f"    {n:>9} households: {secs:7.2f} s wall, {user:7.2f} s user, {n / secs:9.0f} households/s, peak RSS {rss / 1024:.1f} MiB"
      f"  ({summary[0][13:] if summary else 'no summary'})")
if sys.argv[3] == sys.argv[4]:
    open(sys.argv[5], "a").write(f"{n / secs}\n")
PY
    done
    python3 -c 'import statistics, sys; r = [float(x) for x in open(sys.argv[1])]; print(f"    median of {len(r)} runs on the whole file: {statistics.median(r):.0f} households/s")' "$rates"
  done
fi

if want browser || want lighthouse; then
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 50); do
    python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$PORT" 2>/dev/null && break
    sleep 0.1
  done
  URL="http://127.0.0.1:$PORT/"
fi

if want browser; then
  echo "== browser (tests/e2e/bench.mjs, headless chromium, $URL)"
  BASE_URL="$URL" node tests/e2e/bench.mjs
fi

if want lighthouse; then
  echo "== lighthouse $(npx --no-install lighthouse --version 2>/dev/null) ($URL, default mobile config: simulated slow 4G, 4× CPU slowdown)"
  report="$TMP/lh.json"
  CHROME_PATH=/usr/bin/chromium npx --no-install lighthouse "$URL" --quiet --output=json --output-path="$report" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$(mktemp -d)" 2>/dev/null
  node - "$report" <<'JS'
const r = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
// Audits that judge the server, not the page: python's http.server sends no Content-Encoding and no
// Cache-Control. A static host (GitHub Pages, nginx) compresses and sets cache headers.
const SERVER = new Set(['uses-text-compression', 'uses-long-cache-ttl', 'cache-insight', 'document-latency-insight']);
const pct = (s) => (s === null ? 'n/a' : String(Math.round(s * 100)));
console.log('  scores: ' + ['performance', 'accessibility', 'best-practices', 'seo']
  .map((k) => `${k} ${pct(r.categories[k]?.score ?? null)}`).join(', '));
const m = (id) => r.audits[id]?.displayValue ?? 'n/a';
console.log(`  metrics: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, ` +
  `CLS ${m('cumulative-layout-shift')}, Speed Index ${m('speed-index')}, TTI ${m('interactive')}`);
const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 &&
  !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode));
for (const a of failed) {
  console.log(`  failed audit: ${a.title} (${a.id}, score ${a.score}${a.displayValue ? ', ' + a.displayValue : ''})` +
    (SERVER.has(a.id) ? ' [test server: no compression / cache headers]' : ''));
}
if (!failed.length) console.log('  failed audits: none');
for (const w of r.runWarnings ?? []) console.log(`  warning: ${w}`);
JS
fi
echo "== bench: done"
