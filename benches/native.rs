//! Native throughput of the core on one thread, printing medians: `cargo bench --bench native`
//! (or `bash scripts/bench.sh`, which runs this with the other benchmarks).
//!
//! Not a test: nothing here asserts a time. Each figure is the median of 31 rounds after a warm-up,
//! so a burst of load from another process moves single rounds, not the median. The figures, the
//! machine and the load they ran under are recorded in `docs/performance.md`.
//!
//! Rows:
//! - `estimate`: [`estimate`] on a parsed input, with the full explanation (lines, notices), including
//!   validation and dropping the result. This is the core's speed, and the target (≥ 1 500 000/s for
//!   the family of five).
//! - `totals`: [`sosialhjelp::totals`], the batch's compact path (outcome and sums, no lines).
//! - `guidance`: [`sosialhjelp::guidance`] (vilkår, aktivitetsplikt, rights, KVP), asked separately.
//! - `parse JSON`: [`from_json`] alone (the CLI's input path).
//! - `parse on a tape`: the same on one reused [`Tape`] (`--batch`, one tape per thread).
//! - `batch line`: parsing on a tape and [`sosialhjelp::totals`], what `--batch --output totals`
//!   does per household before writing its line.
//! - `estimate → JSON`: serialising the estimate with `serde_json` (the CLI's output path; the
//!   explanation, with source ids, is about 4 KB of JSON for the family).
//! - `JSON in → JSON out`: all three, as the CLI and `--batch` do per household.
use sosialhjelp::input::{from_json, from_json_bytes_in};
use sosialhjelp::json::Tape;
use sosialhjelp::{estimate, YearMonth};
use std::hint::black_box;
use std::time::Instant;

const SINGLE: &str = r#"{"month":"2024-03","householdType":"single","adults":[{"age":35}],
  "expenses":{"housing":"9000","electricity":"800"},"incomes":[{"kind":"aap","amount":"12000"}]}"#;

const FAMILY_OF_FIVE: &str = r#"{"month":"2024-03","householdType": "married","adults":[{"age":34},{"age":29}],
  "children":[{"age":4},{"age":9},{"age":15}],
  "expenses":{"housing":"14500","electricity":"1200","insurance":"250","childcare":"1500",
    "other":[{"label":"Medisiner","amount":"350.50"}]},
  "incomes":[{"kind":"workNet","amount":"18000"},{"kind":"bostotte","amount":"2100"},{"kind":"barnetrygd","amount":"4548"}],
  "liquidFunds":"1500"}"#;

const ROUNDS: usize = 31;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `f` in [`ROUNDS`] rounds of `n` calls after `n` warm-up calls; returns the median calls per
/// second and the spread (lowest and highest round) as a check on noise.
fn per_second(n: u32, mut f: impl FnMut()) -> (f64, f64, f64) {
    for _ in 0..n {
        f();
    }
    let rounds: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            f64::from(n) / t.elapsed().as_secs_f64()
        })
        .collect();
    let lo = rounds.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = rounds.iter().copied().fold(0.0, f64::max);
    (median(rounds), lo, hi)
}

fn row(name: &str, what: &str, (med, lo, hi): (f64, f64, f64)) {
    println!("  {name:15} {what:22} {med:>11.0}/s  {:>7.3} µs   (rounds {lo:.0}–{hi:.0}/s)", 1e6 / med);
}

fn main() {
    // A fixed "today" so the figures do not depend on the clock (the inputs name their month anyway).
    let today = YearMonth { year: 2026, month: 11 };
    println!("native benchmark: median of {ROUNDS} rounds, one thread (the bench profile: opt-level 3, lto)");
    for (name, json) in [("single adult", SINGLE), ("family of five", FAMILY_OF_FIVE)] {
        let input = from_json(json).expect("benchmark input is valid");
        let sample = estimate(&input, today).expect("benchmark input is estimable");
        let out_len = serde_json::to_string(&sample).map(|s| s.len()).unwrap_or(0);
        row(name, "estimate", per_second(200_000, || {
            let e = estimate(black_box(&input), black_box(today));
            black_box(&e);
        }));
        row(name, "totals", per_second(200_000, || {
            let t = sosialhjelp::totals(black_box(&input), black_box(today));
            black_box(&t);
        }));
        row(name, "guidance", per_second(200_000, || {
            let g = sosialhjelp::guidance(black_box(&input), black_box(today));
            black_box(&g);
        }));
        row(name, "parse JSON", per_second(20_000, || {
            let i = from_json(black_box(json));
            black_box(&i);
        }));
        let mut tape = Tape::new();
        row(name, "parse on a tape", per_second(20_000, || {
            let i = from_json_bytes_in(black_box(json.as_bytes()), &mut tape);
            black_box(&i);
        }));
        row(name, "batch line", per_second(20_000, || {
            let t = from_json_bytes_in(black_box(json.as_bytes()), &mut tape).and_then(|i| sosialhjelp::totals(&i, today));
            black_box(&t);
        }));
        row(name, &format!("estimate → JSON ({} KB)", (out_len + 512) / 1024), per_second(10_000, || {
            let s = serde_json::to_string(black_box(&sample));
            black_box(&s);
        }));
        row(name, "JSON in → JSON out", per_second(10_000, || {
            let s = sosialhjelp::estimate_json(black_box(json), today).map(|e| serde_json::to_string(&e));
            black_box(&s);
        }));
    }
}
