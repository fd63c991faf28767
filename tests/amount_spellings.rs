//! The amount reading rule (`src/amount.rs`) over the spellings people use, from
//! `tests/amount_spellings.json`: each text is read by the rule alone, and as `expenses.housing`
//! through the whole estimate (the CLI's and the page's path), with the same answer.

use serde_json::{json, Value};
use sosialhjelp::{amount, estimate_json, YearMonth};

fn spellings() -> Vec<Value> {
    let v: Value = serde_json::from_str(include_str!("amount_spellings.json")).expect("amount_spellings.json is JSON");
    v["spellings"].as_array().expect("spellings").clone()
}

#[test]
fn there_are_at_least_thirty_spellings() {
    assert!(spellings().len() >= 30);
}

#[test]
fn every_spelling_reads_as_listed() {
    let mut failures = Vec::new();
    for s in spellings() {
        let text = s["text"].as_str().expect("text");
        let got = amount::read_text(text);
        match (s.get("reads").and_then(Value::as_str), got) {
            (Some(want), Ok(d)) if d.to_string() == want => {}
            (None, Err(e)) => {
                let code = serde_json::to_value(e.code).unwrap();
                let readings: Vec<String> = e.readings.iter().map(|r| r.to_string()).collect();
                let want: Vec<String> = s["readings"].as_array().expect("readings").iter().map(|r| r.as_str().unwrap().to_string()).collect();
                if code != s["error"] || readings != want {
                    failures.push(format!("{text:?}: got {code} {readings:?}, want {} {want:?}", s["error"]));
                }
            }
            (want, got) => failures.push(format!("{text:?}: got {got:?}, want {want:?} / {}", s["error"])),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_estimate_reads_each_spelling_the_same_way() {
    let today = YearMonth::parse("2024-03").unwrap();
    for s in spellings() {
        let text = s["text"].as_str().unwrap();
        let input = json!({"month": "2024-03", "householdType": "single", "adults": [{"age": 40}], "expenses": {"housing": text}});
        let result = estimate_json(&input.to_string(), today);
        match (s.get("reads").and_then(Value::as_str), result) {
            (Some(want), Ok(e)) => {
                let line = e.lines.iter().find(|l| l.code == sosialhjelp::rules::livsopphold::LineCode::Housing);
                let got = line.map(|l| l.amount.to_string()).unwrap_or_else(|| "0".into());
                assert_eq!(got, if want == "0" { "0" } else { want }, "{text:?}");
            }
            (Some(want), Err(e)) => {
                // Readable but refused by the field check (a negative amount).
                assert!(want.starts_with('-') && e.has("expenses.housing", sosialhjelp::ErrorCode::Negative), "{text:?}: {e:?}");
            }
            (None, Err(e)) => {
                let f = e.errors.iter().find(|f| f.field == "expenses.housing").unwrap_or_else(|| panic!("{text:?}: {e:?}"));
                assert_eq!(serde_json::to_value(f.code).unwrap(), s["error"], "{text:?}");
                let want: Vec<String> = s["readings"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_string()).collect();
                assert_eq!(f.readings, want, "{text:?}");
            }
            (None, Ok(_)) => panic!("{text:?} was accepted"),
        }
    }
}
