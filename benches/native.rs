//! Native throughput of the core, one core, printing medians: `cargo bench --bench native`.
//! Not a test: nothing here asserts a time. Figures go in NOTES.md with the machine they ran on.
use sosialhjelp::{estimate::estimate, input::from_json, YearMonth};
use std::hint::black_box;
use std::time::Instant;

const SINGLE: &str = r#"{"month":"2024-03","householdType":"single","adults":[{"age":35}],
  "expenses":{"housing":"9000","electricity":"800"},"incomes":[{"kind":"aap","amount":"12000"}]}"#;

const FAMILY_OF_FIVE: &str = r#"{"month":"2024-03","householdType":"couple","adults":[{"age":34},{"age":29}],
  "children":[{"age":4},{"age":9},{"age":15}],
  "expenses":{"housing":"14500","electricity":"1200","insurance":"250","childcare":"1500",
    "other":[{"label":"Medisiner","amount":"350.50"}]},
  "incomes":[{"kind":"workNet","amount":"18000"},{"kind":"bostotte","amount":"2100"},{"kind":"barnetrygd","amount":"4548"}],
  "liquidFunds":"1500"}"#;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `f` in 31 rounds of `n` calls and returns the median calls per second.
fn per_second(n: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..n / 10 {
        f();
    }
    let rounds = (0..31)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            f64::from(n) / t.elapsed().as_secs_f64()
        })
        .collect();
    median(rounds)
}

fn main() {
    let today = YearMonth::new(2026, 11).unwrap_or(YearMonth { year: 2026, month: 11 });
    println!("native benchmark (median of 31 rounds, one core)");
    for (name, json) in [("single adult", SINGLE), ("family of five", FAMILY_OF_FIVE)] {
        let input = from_json(json).expect("benchmark input is valid");
        let compute = per_second(100_000, || {
            black_box(estimate(black_box(&input), today).ok());
        });
        let with_json = per_second(20_000, || {
            let e = sosialhjelp::estimate_json(black_box(json), today).expect("valid");
            black_box(serde_json::to_string(&e).ok());
        });
        println!("  {name:15} estimate with full explanation: {:>10.0}/s ({:.2} µs)", compute, 1e6 / compute);
        println!("  {name:15} JSON in → estimate → JSON out:  {:>10.0}/s ({:.2} µs)", with_json, 1e6 / with_json);
    }
}
