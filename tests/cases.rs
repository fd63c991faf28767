//! The case files under `tests/cases/` (format: `tests/cases/README.md`): one runner for the three
//! kinds, named by their folder.
//!
//! - `estimate/`: a household with its hand calculation (`arithmetic`, made from the rate tables in
//!   `law/`, not from the program's output); `expect.estimate` is matched against the estimate.
//! - `guidance/`: `expect.guidance` is matched against the guidance (vilkår, aktivitetsplikt,
//!   rights, KVP, nødhjelp), with `hasCodes`, `lacksCodes` and `firstActivity`.
//! - `errors/`: input that must be refused with the field and code of `expect.errors`, by the library
//!   and by the CLI (exit code 2, `{"errors": [...]}` on stdout, the same errors as the library).
//!
//! Every estimate the library returns for a case, whatever its kind, must also add up: the lines of
//! each group sum to the totals, the difference and the amount follow from them, the amount is a
//! whole, non-negative number of kroner, and the month named by the input is the month estimated.
//! Every failure is collected and reported together, each with its file.

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Map, Value};
use sosialhjelp::{estimate_json, input, YearMonth};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::str::FromStr;

/// Each kind must keep at least this many cases.
const MIN_ESTIMATE: usize = 24;
const MIN_GUIDANCE: usize = 20;
const MIN_ERRORS: usize = 45;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Estimate,
    Guidance,
    Errors,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Estimate, Kind::Guidance, Kind::Errors];

    fn folder(self) -> &'static str {
        match self {
            Kind::Estimate => "estimate",
            Kind::Guidance => "guidance",
            Kind::Errors => "errors",
        }
    }

    /// The month assessed when the input names none (as the runners before this one did).
    fn default_today(self) -> &'static str {
        match self {
            Kind::Guidance => "2024-06",
            Kind::Estimate | Kind::Errors => "2026-11",
        }
    }

    /// The key of `expect` a case of this kind must have.
    fn expect_key(self) -> &'static str {
        self.folder()
    }
}

struct Case {
    /// `folder/file.json`, for messages.
    name: String,
    kind: Kind,
    description: String,
    today: YearMonth,
    today_text: String,
    /// The input object, when the case has one (`input`); `None` for `inputText`.
    input: Option<Value>,
    /// The text given to the library: `input` serialised, or `inputText` as it is.
    text: String,
    expect: Map<String, Value>,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("cases")
}

const TOP_KEYS: [&str; 6] = ["description", "today", "input", "inputText", "expect", "arithmetic"];
const EXPECT_KEYS: [&str; 8] = ["estimate", "guidance", "errors", "hasNotices", "lacksNotices", "hasCodes", "lacksCodes", "firstActivity"];

/// Every case file, sorted by folder and name, and every problem with the files themselves (unknown
/// folders or keys, missing fields, wrong types, repeated descriptions).
fn load() -> (Vec<Case>, Vec<String>) {
    let dir = cases_dir();
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/cases exists") {
        let path = entry.expect("readable dir entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let known = if path.is_dir() { Kind::ALL.iter().any(|k| k.folder() == name) } else { name == "README.md" };
        if !known {
            problems.push(format!("tests/cases/{name}: neither a case folder (estimate, guidance, errors) nor README.md"));
        }
    }
    let mut cases = Vec::new();
    for kind in Kind::ALL {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join(kind.folder()))
            .unwrap_or_else(|e| panic!("tests/cases/{}: {e}", kind.folder()))
            .map(|e| e.expect("readable dir entry").path())
            .collect();
        paths.sort();
        for path in paths {
            let name = format!("{}/{}", kind.folder(), path.file_name().unwrap().to_string_lossy());
            if path.extension().is_none_or(|x| x != "json") || !path.is_file() {
                problems.push(format!("{name}: not a .json file"));
                continue;
            }
            match read_case(&path, &name, kind) {
                Ok(case) => cases.push(case),
                Err(e) => problems.push(format!("{name}: {e}")),
            }
        }
    }
    let mut seen = BTreeSet::new();
    for c in &cases {
        if !seen.insert(c.description.as_str()) {
            problems.push(format!("{}: description {:?} is used by another case", c.name, c.description));
        }
    }
    (cases, problems)
}

fn read_case(path: &Path, name: &str, kind: Kind) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object().ok_or("not an object")?;
    // Keys starting with `_` are notes.
    if let Some(k) = obj.keys().find(|k| !k.starts_with('_') && !TOP_KEYS.contains(&k.as_str())) {
        return Err(format!("unknown key {k:?}"));
    }
    let nonempty = |key: &str| match obj.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.clone())),
        None => Ok(None),
        Some(_) => Err(format!("{key} must be a non-empty string")),
    };
    let description = nonempty("description")?.ok_or("no description")?;
    let arithmetic = nonempty("arithmetic")?;
    if kind == Kind::Estimate && arithmetic.is_none() {
        return Err("an estimate case needs its hand calculation in `arithmetic`".into());
    }
    let today_text = nonempty("today")?.unwrap_or_else(|| kind.default_today().to_string());
    let today = YearMonth::parse(&today_text).ok_or_else(|| format!("today {today_text:?} is not YYYY-MM"))?;

    let (input, text) = match (obj.get("input"), obj.get("inputText")) {
        (Some(i @ Value::Object(_)), None) => (Some(i.clone()), serde_json::to_string(i).expect("input serialises")),
        (None, Some(Value::String(t))) if kind == Kind::Errors => (None, t.clone()),
        (None, Some(_)) if kind != Kind::Errors => return Err("only error cases may give `inputText`".into()),
        _ => return Err("needs exactly one of `input` (an object) or `inputText` (a string)".into()),
    };
    if kind == Kind::Estimate && !input.as_ref().is_some_and(|i| i["month"].is_string()) {
        return Err("the input of an estimate case must name its month".into());
    }

    let expect = obj.get("expect").and_then(Value::as_object).ok_or("no `expect` object")?.clone();
    if let Some(k) = expect.keys().find(|k| !EXPECT_KEYS.contains(&k.as_str())) {
        return Err(format!("unknown key expect.{k}"));
    }
    if !expect.contains_key(kind.expect_key()) {
        return Err(format!("a case in {}/ needs expect.{}", kind.folder(), kind.expect_key()));
    }
    let has = |k: &str| expect.contains_key(k);
    if has("errors") && (has("estimate") || has("guidance")) {
        return Err("expect.errors cannot go with expect.estimate or expect.guidance".into());
    }
    if (has("hasNotices") || has("lacksNotices")) && !has("estimate") {
        return Err("expect.hasNotices and lacksNotices go with expect.estimate".into());
    }
    if ["hasCodes", "lacksCodes", "firstActivity"].iter().any(|k| has(k)) && !has("guidance") {
        return Err("expect.hasCodes, lacksCodes and firstActivity go with expect.guidance".into());
    }
    for k in ["hasNotices", "lacksNotices", "hasCodes", "lacksCodes"] {
        if let Some(v) = expect.get(k) {
            if !v.as_array().is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string)) {
                return Err(format!("expect.{k} must be a non-empty list of codes"));
            }
        }
    }
    if expect.get("firstActivity").is_some_and(|v| !v.is_string()) {
        return Err("expect.firstActivity must be a code".into());
    }
    if let Some(errors) = expect.get("errors") {
        let ok = errors.as_array().is_some_and(|a| {
            !a.is_empty() && a.iter().all(|e| e.as_object().is_some_and(|o| o.len() == 2 && o["field"].is_string() && o["code"].is_string()))
        });
        if !ok {
            return Err(r#"expect.errors must be a non-empty list of {"field": …, "code": …}"#.into());
        }
    }
    if let Some(est) = expect.get("estimate") {
        if !est.pointer("/outcome/kind").is_some_and(Value::is_string) {
            return Err("expect.estimate.outcome.kind is required".into());
        }
        if kind == Kind::Estimate {
            for k in ["amount", "need", "countedIncome", "keptOutIncome", "ownFunds"] {
                if !est.get("totals").and_then(|t| t.get(k)).is_some_and(Value::is_string) {
                    return Err(format!("expect.estimate.totals.{k} is required (a decimal string)"));
                }
            }
        }
    }
    Ok(Case { name: name.to_string(), kind, description, today, today_text, input, text, expect })
}

/// Checks that `expected` is a subset of `actual`; returns the first mismatch as `path: reason`.
/// Objects: every key of `expected` (but notes, keys starting with `_`) matches; `null` means the
/// key is absent (or null); arrays have the same length and match element by element; anything else
/// is equal.
fn subset(path: &str, expected: &Value, actual: Option<&Value>) -> Result<(), String> {
    match (expected, actual) {
        (Value::Null, None | Some(Value::Null)) => Ok(()),
        (Value::Null, Some(a)) => Err(format!("{path}: expected absent, got {a}")),
        (_, None) => Err(format!("{path}: missing")),
        (Value::Object(e), Some(Value::Object(a))) => {
            for (k, v) in e.iter().filter(|(k, _)| !k.starts_with('_')) {
                subset(&format!("{path}.{k}"), v, a.get(k))?;
            }
            Ok(())
        }
        (Value::Array(e), Some(Value::Array(a))) => {
            if e.len() != a.len() {
                return Err(format!("{path}: expected {} elements, got {}: {}", e.len(), a.len(), Value::Array(a.clone())));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                subset(&format!("{path}[{i}]"), ev, Some(av))?;
            }
            Ok(())
        }
        (e, Some(a)) if e == a => Ok(()),
        (e, Some(a)) => Err(format!("{path}: expected {e}, got {a}")),
    }
}

/// Every string of the guidance but the source ids (a code and a source may share a name).
fn strings(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().filter(|(k, _)| k.as_str() != "source").for_each(|(_, x)| strings(x, out)),
        _ => {}
    }
}

fn dec(v: &Value, what: &str) -> Result<Decimal, String> {
    let s = v.as_str().ok_or_else(|| format!("{what}: expected a decimal string, got {v}"))?;
    Decimal::from_str(s).map_err(|e| format!("{what}: {s:?} is not a decimal: {e}"))
}

fn check_eq(what: &str, got: Decimal, want: Decimal) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: {got} != {want}"))
    }
}

/// Lines of each group add up exactly to the totals; difference and amount follow from them; the
/// amount is a whole, non-negative number of kroner.
fn lines_add_up(est: &Value) -> Result<(), String> {
    let totals = &est["totals"];
    let mut sums = [Decimal::ZERO; 4];
    let lines = est["lines"].as_array().ok_or("no lines array")?;
    for (i, line) in lines.iter().enumerate() {
        let slot = match line["group"].as_str() {
            Some("need") => 0,
            Some("income") => 1,
            Some("keptOut") => 2,
            Some("funds") => 3,
            Some("notCounted") => continue,
            other => return Err(format!("line {i} has group {other:?}")),
        };
        sums[slot] += dec(&line["amount"], &format!("lines[{i}].amount"))?;
    }
    let t = |k: &str| dec(&totals[k], &format!("totals.{k}"));
    let amount = t("amount")?;
    if amount.fract() != Decimal::ZERO || amount < Decimal::ZERO {
        return Err(format!("amount {amount} is not a whole, non-negative number of kroner"));
    }
    check_eq("need lines vs totals.need", sums[0], t("need")?)?;
    check_eq("income lines vs totals.countedIncome", sums[1], t("countedIncome")?)?;
    check_eq("kept-out lines vs totals.keptOutIncome", sums[2], t("keptOutIncome")?)?;
    check_eq("funds lines vs totals.ownFunds", sums[3], t("ownFunds")?)?;
    if est["outcome"]["kind"] == "cannotEstimate" {
        if !lines.is_empty() {
            return Err("cannotEstimate has lines".into());
        }
        check_eq("cannotEstimate: totals.difference", t("difference")?, Decimal::ZERO)?;
        return check_eq("cannotEstimate: totals.amount", amount, Decimal::ZERO);
    }
    check_eq("difference = need - countedIncome - ownFunds", t("difference")?, t("need")? - t("countedIncome")? - t("ownFunds")?)?;
    let rounded = t("difference")?.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero).min(t("need")?.floor()).max(Decimal::ZERO);
    check_eq("amount is the difference rounded half away from zero, at most the need, at least 0", amount, rounded)
}

/// The errors as (field, code) pairs, in order.
fn pairs(errors_json: &Value) -> Result<Vec<(String, String)>, String> {
    Ok(errors_json["errors"]
        .as_array()
        .ok_or_else(|| format!("no errors array in {errors_json}"))?
        .iter()
        .map(|e| (e["field"].as_str().unwrap_or("?").to_string(), e["code"].as_str().unwrap_or("?").to_string()))
        .collect())
}

/// The (field, code) pairs of `expect.errors`.
fn expected_errors(case: &Case) -> Vec<(String, String)> {
    case.expect["errors"].as_array().into_iter().flatten().map(|e| (e["field"].as_str().unwrap().to_string(), e["code"].as_str().unwrap().to_string())).collect()
}

/// Every expected error must be among the errors (others may come with it).
fn missing_errors(case: &Case, got: &[(String, String)]) -> Vec<String> {
    expected_errors(case).into_iter().filter(|want| !got.contains(want)).map(|(f, c)| format!("expected error ({f:?}, {c}), got {got:?}")).collect()
}

fn codes<'a>(case: &'a Case, key: &str) -> impl Iterator<Item = &'a str> {
    case.expect.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
}

/// Runs one case through the library; returns its mismatches.
fn run(case: &Case) -> Vec<String> {
    let mut out = Vec::new();
    match estimate_json(&case.text, case.today) {
        Ok(est) => {
            let est = serde_json::to_value(&est).expect("estimate serialises");
            if let Err(e) = lines_add_up(&est) {
                out.push(format!("lines: {e}"));
            }
            if let Some(month) = case.input.as_ref().map(|i| &i["month"]).filter(|m| m.is_string()) {
                if est["month"] != *month {
                    out.push(format!("month {} != the input's {month}", est["month"]));
                }
            }
            if case.kind == Kind::Errors {
                out.push("accepted".into());
            }
            if let Some(want) = case.expect.get("estimate") {
                if let Err(e) = subset("estimate", want, Some(&est)) {
                    out.push(e);
                }
            }
            for code in codes(case, "hasNotices") {
                if !est["notices"].as_array().is_some_and(|n| n.iter().any(|x| x["code"] == code)) {
                    out.push(format!("notice {code} missing"));
                }
            }
            for code in codes(case, "lacksNotices") {
                if est["notices"].as_array().is_some_and(|n| n.iter().any(|x| x["code"] == code)) {
                    out.push(format!("unexpected notice {code}"));
                }
            }
        }
        Err(e) => {
            let got = pairs(&serde_json::to_value(&e).expect("errors serialise")).unwrap_or_default();
            if case.kind == Kind::Errors {
                out.extend(missing_errors(case, &got));
            } else if case.expect.contains_key("estimate") {
                out.push(format!("input rejected: {got:?}"));
            }
        }
    }
    if let Some(want) = case.expect.get("guidance") {
        match input::from_json(&case.text).and_then(|i| sosialhjelp::guidance(&i, case.today)) {
            Err(e) => out.push(format!("guidance: input rejected: {e:?}")),
            Ok(g) => {
                let g = serde_json::to_value(&g).expect("guidance serialises");
                if let Err(e) = subset("guidance", want, Some(&g)) {
                    out.push(e);
                }
                let mut all = BTreeSet::new();
                strings(&g, &mut all);
                out.extend(codes(case, "hasCodes").filter(|c| !all.contains(*c)).map(|c| format!("guidance: missing code {c}")));
                out.extend(codes(case, "lacksCodes").filter(|c| all.contains(*c)).map(|c| format!("guidance: unexpected code {c}")));
                if let Some(first) = case.expect.get("firstActivity").and_then(Value::as_str) {
                    let got = g.pointer("/aktivitetsplikt/0/activities/0/code").and_then(Value::as_str);
                    if got != Some(first) {
                        out.push(format!("guidance: first activity {got:?}, expected {first}"));
                    }
                }
            }
        }
    }
    out
}

fn loaded() -> Vec<Case> {
    let (cases, problems) = load();
    assert!(problems.is_empty(), "malformed case files:\n{}", problems.join("\n"));
    cases
}

#[test]
fn every_case_matches() {
    let cases = loaded();
    let mut failures = Vec::new();
    for case in &cases {
        failures.extend(run(case).into_iter().map(|f| format!("{}: {f}", case.name)));
    }
    assert!(failures.is_empty(), "{} case mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_kind_has_enough_cases() {
    let cases = loaded();
    for (kind, min) in [(Kind::Estimate, MIN_ESTIMATE), (Kind::Guidance, MIN_GUIDANCE), (Kind::Errors, MIN_ERRORS)] {
        let n = cases.iter().filter(|c| c.kind == kind).count();
        assert!(n >= min, "only {n} cases in tests/cases/{} (need at least {min})", kind.folder());
    }
}

#[test]
fn estimate_cases_cover_every_outcome_household_type_and_rule_period() {
    let cases: Vec<Case> = loaded().into_iter().filter(|c| c.kind == Kind::Estimate).collect();
    let inputs: Vec<&Value> = cases.iter().filter_map(|c| c.input.as_ref()).collect();
    let outcome = |o: &str, r: Option<&str>| {
        cases.iter().any(|c| {
            let want = &c.expect["estimate"]["outcome"];
            want["kind"] == o && want.get("reason").and_then(Value::as_str) == r
        })
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
        assert!(months.iter().any(|x| x.starts_with(m)), "no estimate case in {m}");
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

fn run_cli(today: &str, stdin: &[u8]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sosialhjelp"))
        .args(["--today", today, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child.stdin.take().unwrap().write_all(stdin).expect("write stdin");
    let out = child.wait_with_output().expect("the CLI finishes");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Error cases through the CLI: exit code 2, `{"errors": [...]}` on stdout with the expected errors,
/// and exactly the errors the library returns.
#[test]
fn every_error_case_is_refused_by_the_cli_with_exit_code_2() {
    let mut failures = Vec::new();
    for case in loaded().iter().filter(|c| c.kind == Kind::Errors) {
        let name = &case.name;
        let (code, stdout) = run_cli(&case.today_text, case.text.as_bytes());
        if code != Some(2) {
            failures.push(format!("{name}: CLI exit code {code:?}"));
            continue;
        }
        let errs = match serde_json::from_str::<Value>(&stdout).map_err(|e| e.to_string()).and_then(|v| pairs(&v)) {
            Ok(errs) => errs,
            Err(e) => {
                failures.push(format!("{name}: CLI stdout is not an errors object ({e}): {stdout}"));
                continue;
            }
        };
        failures.extend(missing_errors(case, &errs).into_iter().map(|f| format!("{name}: CLI: {f}")));
        let native = estimate_json(&case.text, case.today).err().map(|e| pairs(&serde_json::to_value(&e).unwrap()).unwrap_or_default());
        if native.as_ref() != Some(&errs) {
            failures.push(format!("{name}: CLI errors {errs:?} differ from the library's {native:?}"));
        }
    }
    assert!(failures.is_empty(), "CLI mismatches:\n{}", failures.join("\n"));
}

/// Not a case file: a JSON file cannot hold bytes that are not UTF-8.
#[test]
fn cli_rejects_non_utf8_input_as_invalid_json() {
    let (code, stdout) = run_cli("2026-11", &[0xff, 0xfe, b'{']);
    assert_eq!(code, Some(2), "{stdout}");
    let v: Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert!(pairs(&v).unwrap().contains(&(String::new(), "invalidJson".to_string())), "{stdout}");
}

#[test]
fn cli_accepts_a_good_input_with_exit_code_0() {
    let (code, stdout) = run_cli("2026-11", br#"{"month":"2024-01","householdType":"single","adults":[{"age":30}]}"#);
    assert_eq!(code, Some(0), "{stdout}");
    let v: Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(v["totals"]["amount"], "7850");
}

/// An amount with 29 significant places is refused as `tooLarge` even when it is tiny; the problem
/// with `0.00000000000000000000000000001` is its decimals, not its size.
#[test]
fn tiny_amount_with_29_digits_is_too_many_decimals() {
    let input = r#"{"month":"2024-01","householdType":"single","adults":[{"age":30}],"expenses":{"housing":"0.00000000000000000000000000001"}}"#;
    let e = estimate_json(input, YearMonth::parse("2026-11").unwrap()).expect_err("rejected");
    let errs = pairs(&serde_json::to_value(&e).unwrap()).unwrap();
    assert!(errs.contains(&("expenses.housing".to_string(), "tooManyDecimals".to_string())), "{errs:?}");
}
