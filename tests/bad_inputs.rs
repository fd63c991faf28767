//! The bad-input catalogue `tests/bad_inputs.json`: every entry is raw input text with the field
//! path and error code it must be rejected with, checked natively (`estimate_json`) and through the
//! CLI (`sosialhjelp` on stdin: exit code 2 and `{"errors":[...]}` on stdout).
//!
//! Entry format (plain JSON, so the wasm tests can `include_str!` it too):
//! `{"name": unique text, "input": raw input text, "field": JSON path ("" for the whole input),
//! "code": ErrorCode in camelCase}`.

use serde_json::Value;
use sosialhjelp::{estimate_json, YearMonth};
use std::io::Write;
use std::process::{Command, Stdio};

/// The catalogue must keep at least this many entries.
const MIN_ENTRIES: usize = 45;

struct Entry {
    name: String,
    input: String,
    field: String,
    code: String,
}

fn catalogue() -> Vec<Entry> {
    let text = include_str!("bad_inputs.json");
    let v: Value = serde_json::from_str(text).expect("bad_inputs.json is JSON");
    let entries: Vec<Entry> = v
        .as_array()
        .expect("bad_inputs.json is an array")
        .iter()
        .map(|e| {
            let keys: Vec<&String> = e.as_object().expect("entry is an object").keys().collect();
            assert!(keys.iter().all(|k| ["name", "input", "field", "code"].contains(&k.as_str())), "entry {e}: unexpected keys {keys:?}");
            let s = |k: &str| e[k].as_str().unwrap_or_else(|| panic!("entry {e}: {k} must be a string")).to_string();
            Entry {
                name: s("name"),
                input: s("input"),
                field: s("field"),
                code: s("code"),
            }
        })
        .collect();
    let mut names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), entries.len(), "entry names must be unique");
    entries
}

fn today() -> YearMonth {
    YearMonth::parse("2026-11").unwrap()
}

/// The errors of a native run as (field, code) pairs; `None` if the input was accepted.
fn native_errors(input: &str) -> Option<Vec<(String, String)>> {
    match estimate_json(input, today()) {
        Ok(_) => None,
        Err(e) => {
            let v = serde_json::to_value(&e).unwrap();
            Some(pairs(&v))
        }
    }
}

fn pairs(errors_json: &Value) -> Vec<(String, String)> {
    errors_json["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors array in {errors_json}"))
        .iter()
        .map(|e| (e["field"].as_str().unwrap_or("?").to_string(), e["code"].as_str().unwrap_or("?").to_string()))
        .collect()
}

fn run_cli(stdin: &[u8]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sosialhjelp"))
        .args(["--today", "2026-11", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child.stdin.take().unwrap().write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("the CLI finishes");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn catalogue_is_large_enough() {
    let n = catalogue().len();
    assert!(n >= MIN_ENTRIES, "only {n} entries in tests/bad_inputs.json (need at least {MIN_ENTRIES})");
}

#[test]
fn every_bad_input_is_rejected_natively_with_its_field_and_code() {
    let mut failures = Vec::new();
    for e in catalogue() {
        match native_errors(&e.input) {
            None => failures.push(format!("{}: accepted", e.name)),
            Some(errs) => {
                if !errs.iter().any(|(f, c)| *f == e.field && *c == e.code) {
                    failures.push(format!("{}: expected ({:?}, {}), got {errs:?}", e.name, e.field, e.code));
                }
            }
        }
    }
    assert!(failures.is_empty(), "catalogue mismatches:\n{}", failures.join("\n"));
}

#[test]
fn every_bad_input_is_rejected_by_the_cli_with_exit_code_2() {
    let mut failures = Vec::new();
    for e in catalogue() {
        let (code, stdout) = run_cli(e.input.as_bytes());
        if code != Some(2) {
            failures.push(format!("{}: exit code {code:?}", e.name));
            continue;
        }
        let v: Value = match serde_json::from_str(&stdout) {
            Ok(v) => v,
            Err(err) => {
                failures.push(format!("{}: stdout is not JSON ({err}): {stdout}", e.name));
                continue;
            }
        };
        let errs = pairs(&v);
        if !errs.iter().any(|(f, c)| *f == e.field && *c == e.code) {
            failures.push(format!("{}: expected ({:?}, {}), got {errs:?}", e.name, e.field, e.code));
        }
        // The CLI prints exactly what the library returns.
        if native_errors(&e.input).as_ref() != Some(&errs) {
            failures.push(format!("{}: CLI errors {errs:?} differ from the library's", e.name));
        }
    }
    assert!(failures.is_empty(), "CLI mismatches:\n{}", failures.join("\n"));
}

#[test]
fn cli_rejects_non_utf8_input_as_invalid_json() {
    let (code, stdout) = run_cli(&[0xff, 0xfe, b'{']);
    assert_eq!(code, Some(2), "{stdout}");
    let v: Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert!(pairs(&v).contains(&(String::new(), "invalidJson".to_string())), "{stdout}");
}

#[test]
fn cli_accepts_a_good_input_with_exit_code_0() {
    let (code, stdout) = run_cli(br#"{"month":"2024-01","householdType":"single","adults":[{"age":30}]}"#);
    assert_eq!(code, Some(0), "{stdout}");
    let v: Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(v["totals"]["amount"], "7850");
}

/// An amount with 29 significant places is refused as `tooLarge` even when it is tiny; the problem
/// with `0.00000000000000000000000000001` is its decimals, not its size.
#[test]
fn tiny_amount_with_29_digits_is_too_many_decimals() {
    let input = r#"{"month":"2024-01","householdType":"single","adults":[{"age":30}],"expenses":{"housing":"0.00000000000000000000000000001"}}"#;
    let errs = native_errors(input).expect("rejected");
    assert!(errs.contains(&("expenses.housing".to_string(), "tooManyDecimals".to_string())), "{errs:?}");
}
