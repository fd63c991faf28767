//! Golden cases: one JSON file per household under `tests/golden/`, each with a hand calculation
//! (`arithmetic`) made from the rate table in `shared/domain/rules-and-rates.md` § A.3 — not from the
//! program's output. Every expected total is compared with the estimate, and the lines of every
//! estimate must add up to its totals.

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use sosialhjelp::{estimate_json, YearMonth};
use std::path::PathBuf;
use std::str::FromStr;

/// The suite must keep at least this many cases.
const MIN_CASES: usize = 24;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn dec(v: &Value, what: &str) -> Decimal {
    let s = v.as_str().unwrap_or_else(|| panic!("{what}: expected a decimal string, got {v}"));
    Decimal::from_str(s).unwrap_or_else(|e| panic!("{what}: {s:?} is not a decimal: {e}"))
}

struct Case {
    name: String,
    input: Value,
    expected: Value,
}

fn load_cases() -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
            let obj = v.as_object().unwrap_or_else(|| panic!("{name}: not an object"));
            for key in obj.keys() {
                assert!(
                    ["description", "input", "expected", "arithmetic"].contains(&key.as_str()),
                    "{name}: unexpected key {key:?}"
                );
            }
            let description = obj.get("description").and_then(Value::as_str).unwrap_or("");
            assert!(!description.trim().is_empty(), "{name}: empty description");
            let arithmetic = obj.get("arithmetic").and_then(Value::as_str).unwrap_or("");
            assert!(!arithmetic.trim().is_empty(), "{name}: empty arithmetic");
            let input = obj.get("input").cloned().unwrap_or_else(|| panic!("{name}: no input"));
            assert!(
                input.get("month").and_then(Value::as_str).is_some(),
                "{name}: the input must name its month explicitly"
            );
            let expected = obj.get("expected").cloned().unwrap_or_else(|| panic!("{name}: no expected"));
            Case { name, input, expected }
        })
        .collect()
}

/// Lines of each group add up exactly to the totals; difference and amount follow from them.
fn assert_lines_add_up(name: &str, est: &Value) {
    let totals = &est["totals"];
    let mut sums = [Decimal::ZERO; 4];
    let lines = est["lines"].as_array().unwrap_or_else(|| panic!("{name}: no lines array"));
    for (i, line) in lines.iter().enumerate() {
        let slot = match line["group"].as_str() {
            Some("need") => 0,
            Some("income") => 1,
            Some("keptOut") => 2,
            Some("funds") => 3,
            Some("notCounted") => continue,
            other => panic!("{name}: line {i} has group {other:?}"),
        };
        sums[slot] += dec(&line["amount"], &format!("{name}: lines[{i}].amount"));
    }
    let t = |k: &str| dec(&totals[k], &format!("{name}: totals.{k}"));
    assert_eq!(sums[0], t("need"), "{name}: need lines vs totals.need");
    assert_eq!(sums[1], t("countedIncome"), "{name}: income lines vs totals.countedIncome");
    assert_eq!(sums[2], t("keptOutIncome"), "{name}: kept-out lines vs totals.keptOutIncome");
    assert_eq!(sums[3], t("ownFunds"), "{name}: funds lines vs totals.ownFunds");
    if est["outcome"]["kind"] == "cannotEstimate" {
        assert!(lines.is_empty(), "{name}: cannotEstimate has lines");
        assert_eq!(t("difference"), Decimal::ZERO, "{name}");
        assert_eq!(t("amount"), Decimal::ZERO, "{name}");
        return;
    }
    assert_eq!(t("difference"), t("need") - t("countedIncome") - t("ownFunds"), "{name}: difference");
    let rounded = t("difference").round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).min(t("need").floor()).max(Decimal::ZERO);
    assert_eq!(t("amount"), rounded, "{name}: amount is the difference rounded half away from zero, at most the need, at least 0");
}

#[test]
fn golden_cases_match_the_hand_calculations() {
    let cases = load_cases();
    assert!(cases.len() >= MIN_CASES, "only {} golden cases in tests/golden (need at least {MIN_CASES})", cases.len());
    let today = YearMonth::parse("2026-11").unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = &case.name;
        let json = serde_json::to_string(&case.input).unwrap();
        let est = match estimate_json(&json, today) {
            Ok(e) => e,
            Err(e) => {
                failures.push(format!("{name}: input rejected: {e}"));
                continue;
            }
        };
        let est = serde_json::to_value(&est).expect("estimate serialises");
        assert_eq!(est["month"], case.input["month"], "{name}: month");

        let exp = &case.expected;
        let mut diffs = Vec::new();
        if est["outcome"]["kind"] != exp["outcome"] {
            diffs.push(format!("outcome {} != expected {}", est["outcome"]["kind"], exp["outcome"]));
        }
        // `reason` is absent for `support` on both sides.
        let reason = est["outcome"].get("reason").cloned().unwrap_or(Value::Null);
        let exp_reason = exp.get("reason").cloned().unwrap_or(Value::Null);
        if reason != exp_reason {
            diffs.push(format!("reason {reason} != expected {exp_reason}"));
        }
        for key in ["amount", "need", "countedIncome", "keptOutIncome", "ownFunds", "difference"] {
            let Some(want) = exp.get(key) else {
                assert!(key == "difference", "{name}: expected.{key} is required");
                continue;
            };
            let want = dec(want, &format!("{name}: expected.{key}"));
            let got = dec(&est["totals"][key], &format!("{name}: totals.{key}"));
            if got != want {
                diffs.push(format!("{key} {got} != expected {want}"));
            }
        }
        // Optional expectations: the range of two readings, the other readings' amounts, the rate
        // table's first month, and notices that must be present.
        if let Some(range) = exp.get("amountRange") {
            if est["amountRange"] != *range {
                diffs.push(format!("amountRange {} != expected {range}", est["amountRange"]));
            }
        }
        if let Some(alts) = exp.get("alternatives").and_then(Value::as_object) {
            let got: serde_json::Map<String, Value> = est["alternatives"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| (a["code"].as_str().unwrap_or("?").to_string(), a["totals"]["amount"].clone()))
                .collect();
            if got != *alts {
                diffs.push(format!("alternatives {got:?} != expected {alts:?}"));
            }
        }
        if let Some(from) = exp.get("rateTableFrom") {
            if est["rateTable"]["effectiveFrom"] != *from {
                diffs.push(format!("rate table from {} != expected {from}", est["rateTable"]["effectiveFrom"]));
            }
        }
        for code in exp.get("notices").and_then(Value::as_array).into_iter().flatten() {
            if !est["notices"].as_array().is_some_and(|n| n.iter().any(|x| x["code"] == *code)) {
                diffs.push(format!("notice {code} missing"));
            }
        }
        // The final amount is a whole number of kroner.
        let amount = dec(&est["totals"]["amount"], name);
        if amount.fract() != Decimal::ZERO || amount < Decimal::ZERO {
            diffs.push(format!("amount {amount} is not a whole, non-negative number of kroner"));
        }
        if !diffs.is_empty() {
            failures.push(format!("{name}: {}", diffs.join("; ")));
        }
        assert_lines_add_up(name, &est);
    }
    assert!(failures.is_empty(), "golden mismatches:\n{}", failures.join("\n"));
}

#[test]
fn golden_suite_covers_every_outcome_household_type_and_rule_period() {
    let cases = load_cases();
    let inputs: Vec<&Value> = cases.iter().map(|c| &c.input).collect();
    let outcome = |o: &str, r: Option<&str>| {
        cases.iter().any(|c| c.expected["outcome"] == o && c.expected.get("reason").and_then(Value::as_str) == r)
    };
    assert!(outcome("support", None));
    assert!(outcome("noTopUp", Some("incomeCovers")));
    assert!(outcome("noTopUp", Some("fundsCover")));
    assert!(outcome("cannotEstimate", Some("applicantUnder18")));
    assert!(outcome("cannotEstimate", Some("noAdult")));
    for ty in ["single", "married", "sharedHousing"] {
        assert!(inputs.iter().any(|i| i["householdType"] == ty), "{ty}");
    }
    let months: Vec<&str> = inputs.iter().filter_map(|i| i["month"].as_str()).collect();
    for m in ["2002-", "2009-", "2011-", "2013-", "2017-", "2019-", "2020-08", "2020-09", "2021-08", "2021-09", "2022-07", "2022-08", "2022-09", "2023-07", "2024-01", "2026-11"] {
        assert!(months.iter().any(|x| x.starts_with(m)), "no golden case in {m}");
    }
    let ages: Vec<i64> = inputs
        .iter()
        .flat_map(|i| i["children"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c["age"].as_i64())
        .collect();
    for edge in [0, 5, 6, 10, 11, 17] {
        assert!(ages.contains(&edge), "no child aged {edge}");
    }
    assert!(inputs.iter().any(|i| i.get("customRates").is_some()), "no custom rate table");
    assert!(inputs.iter().any(|i| i.get("liquidFunds").is_some()), "no own funds");
}
