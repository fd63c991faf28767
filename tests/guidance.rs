//! Guidance (vilkår, aktivitetsplikt, breach, rights, KVP, nødhjelp): the case files in
//! `tests/guidance_cases/`, the legal-reference rule for every item, the message catalogue
//! `www/i18n/guidance.nb.js`, the `situation` input format, and no panics over the input space.
//!
//! A case file is `{ description, today?, input, expect, firstActivity?, hasCodes?, lacksCodes? }`:
//! `expect` is matched as a subset of the serialized `guidance` (keys starting with `_` are notes,
//! e.g. the hand arithmetic beside a KVP amount; `null` means "absent"; arrays must have the same
//! length and match element by element). `hasCodes` / `lacksCodes` are searched among all strings
//! of the guidance.

use serde_json::Value;
use sosialhjelp::guidance::{all_codes, guidance, Code, Guidance};
use sosialhjelp::{estimate_json, input, ErrorCode, YearMonth};
use std::collections::BTreeSet;
use std::path::Path;

const TODAY: YearMonth = YearMonth { year: 2024, month: 6 };

fn guidance_json(input: &str, today: YearMonth) -> Value {
    let e = estimate_json(input, today).unwrap_or_else(|e| panic!("estimate failed: {e:?}"));
    serde_json::to_value(&e.guidance).expect("guidance serializes")
}

/// Checks that `expected` is a subset of `actual`; returns the first mismatch as `path: reason`.
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

fn case_files() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/guidance_cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/guidance_cases exists").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable case");
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, v)
        })
        .collect()
}

#[test]
fn case_files_match() {
    let cases = case_files();
    assert!(cases.len() >= 20, "expected the case files, found {}", cases.len());
    let mut failures = Vec::new();
    for (name, case) in &cases {
        let today = case.get("today").and_then(Value::as_str).and_then(YearMonth::parse).unwrap_or(TODAY);
        let input = case.get("input").map(Value::to_string).unwrap_or_default();
        let g = guidance_json(&input, today);
        if let Err(e) = subset("guidance", case.get("expect").unwrap_or(&Value::Null), Some(&g)) {
            failures.push(format!("{name}: {e}"));
        }
        let mut all = BTreeSet::new();
        strings(&g, &mut all);
        for code in case.get("hasCodes").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !all.contains(code) {
                failures.push(format!("{name}: missing code {code}"));
            }
        }
        for code in case.get("lacksCodes").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if all.contains(code) {
                failures.push(format!("{name}: unexpected code {code}"));
            }
        }
        if let Some(first) = case.get("firstActivity").and_then(Value::as_str) {
            let got = g.pointer("/aktivitetsplikt/0/activities/0/code").and_then(Value::as_str);
            if got != Some(first) {
                failures.push(format!("{name}: first activity {got:?}, expected {first}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The citations by id (`SourceId::ALL`), as the result names them.
fn citations() -> std::collections::BTreeMap<String, sosialhjelp::source::Source> {
    sosialhjelp::source::SourceId::ALL.iter().map(|&id| (serde_json::to_value(id).unwrap().as_str().unwrap().to_string(), id.source())).collect()
}

/// Walks every object of the guidance: each item (`code`) names a source, and every source named
/// is in the registry with a reference and a URL.
fn check_sources(path: &str, v: &Value, failures: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if o.contains_key("code") && !matches!(o.get("source"), Some(Value::String(_))) {
                failures.push(format!("{path}: item without source"));
            }
            if let Some(Value::String(id)) = o.get("source") {
                match citations().get(id) {
                    Some(s) if !s.reference.trim().is_empty() && (s.url.starts_with("https://") || s.url.starts_with("http://")) => {}
                    _ => failures.push(format!("{path}: source {id:?} is not in the registry, or has no reference or URL")),
                }
            }
            for (k, x) in o {
                check_sources(&format!("{path}.{k}"), x, failures);
            }
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| check_sources(&format!("{path}[{i}]"), x, failures)),
        _ => {}
    }
}

/// A spread of households over ages, months, emergencies and reported situations.
fn household_matrix() -> Vec<String> {
    let mut out = Vec::new();
    let situations = [
        r#"{}"#,
        r#"{"emergency":{"noFood":true,"noShelter":true}}"#,
        r#"{"adults":[{"inWork":true,"activeThroughOtherBenefit":true,"healthOrSocial":true,"caringDuties":true,"inEducation":true,"otherReason":true}]}"#,
    ];
    for month in ["2002-01", "2009-12", "2014-06", "2015-04", "2016-12", "2017-01", "2018-12", "2019-01", "2024-04", "2024-05", "2026-05", "2100-12"] {
        for (a, b) in [(17, 17), (18, 19), (24, 25), (29, 30), (45, 120)] {
            for s in situations {
                out.push(format!(
                    r#"{{"month":"{month}","householdType": "married","adults":[{{"age":{a}}},{{"age":{b}}}],"children":[{{"age":3}}],"incomes":[{{"kind":"workNet","amount":"1000"}},{{"kind":"other","amount":"1"}}],"situation":{s}}}"#
                ));
                out.push(format!(r#"{{"month":"{month}","householdType":"single","adults":[{{"age":{a}}}],"situation":{s}}}"#));
            }
        }
    }
    out
}

#[test]
fn every_item_carries_a_legal_reference() {
    let mut failures = Vec::new();
    let mut inputs: Vec<String> = case_files().iter().filter_map(|(_, c)| c.get("input").map(Value::to_string)).collect();
    inputs.extend(household_matrix());
    for input in &inputs {
        let g = guidance_json(input, TODAY);
        check_sources("guidance", &g, &mut failures);
    }
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_code_the_matrix_emits_is_a_known_code() {
    let known: BTreeSet<String> = all_codes().into_iter().collect();
    let emitted_keys = ["code", "status", "notComputed", "caveat", "effect"];
    fn walk(v: &Value, keys: &[&str], known: &BTreeSet<String>, bad: &mut BTreeSet<String>) {
        match v {
            Value::Object(o) => {
                for (k, x) in o {
                    if keys.contains(&k.as_str()) {
                        if let Some(s) = x.as_str() {
                            if !known.contains(s) {
                                bad.insert(s.to_string());
                            }
                        }
                    }
                    if k == "grounds" {
                        for s in x.as_array().into_iter().flatten().filter_map(Value::as_str) {
                            if !known.contains(s) {
                                bad.insert(s.to_string());
                            }
                        }
                    }
                    walk(x, keys, known, bad);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, keys, known, bad)),
            _ => {}
        }
    }
    let mut bad = BTreeSet::new();
    for input in household_matrix() {
        walk(&guidance_json(&input, TODAY), &emitted_keys, &known, &mut bad);
    }
    assert!(bad.is_empty(), "codes not listed by all_codes(): {bad:?}");
}

/// Keys of the bokmål guidance catalogue (`www/i18n/guidance.nb.js`): every `name:` at the start of
/// a line.
fn catalogue_keys() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/i18n/guidance.nb.js");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let (key, _) = l.split_once(':')?;
            let key = key.trim().trim_matches('"');
            (!key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then(|| key.to_string())
        })
        .collect()
}

#[test]
fn catalogue_has_a_message_for_every_code() {
    let keys = catalogue_keys();
    let missing: Vec<String> = all_codes().into_iter().filter(|c| !keys.contains(c)).collect();
    assert!(missing.is_empty(), "www/i18n/guidance.nb.js lacks messages for: {missing:?}");
    let ui = [
        "sectionEmergency",
        "sectionVilkar",
        "sectionAktivitetsplikt",
        "sectionBreach",
        "sectionRights",
        "sectionKvp",
        "sectionCannotKnow",
        "adultLabel",
        "adultSingleLabel",
        "groundsHeading",
        "activitiesHeading",
        "kvpAmount",
        "kvpG",
        "kvpBarnetilleggAmount",
        "incomeEffectsHeading",
        "incomeEffectLine",
        "officeFinderText",
        "confidenceV2",
        "confidenceI",
    ];
    let missing_ui: Vec<&str> = ui.iter().copied().filter(|k| !keys.contains(*k)).collect();
    assert!(missing_ui.is_empty(), "www/i18n/guidance.nb.js lacks UI texts: {missing_ui:?}");
}

#[test]
fn situation_input_format() {
    let json = r#"{"month":"2024-06","householdType": "married","adults":[{"age":24},{"age":40}],
        "situation":{"emergency":{"noShelter":true},"adults":[{"healthOrSocial":true},{}]}}"#;
    let input = input::from_json(json).expect("parses");
    assert!(input.situation.emergency.no_shelter && !input.situation.emergency.no_food);
    assert!(input.situation.adults.first().is_some_and(|a| a.health_or_social));

    let e = input::from_json(r#"{"householdType":"single","situation":{"adults":[{"sick":true}]}}"#).unwrap_err();
    assert!(e.has("situation.adults[0].sick", ErrorCode::UnknownField), "{e:?}");
    let e = input::from_json(r#"{"householdType":"single","situation":{"emergency":{"noFood":"yes"}}}"#).unwrap_err();
    assert!(e.has("situation.emergency.noFood", ErrorCode::WrongType), "{e:?}");
    let e = input::from_json(r#"{"householdType":"single","situation":{"urgent":true}}"#).unwrap_err();
    assert!(e.has("situation.urgent", ErrorCode::UnknownField), "{e:?}");
}

#[test]
fn extra_situation_entries_are_ignored() {
    let input = input::from_json(r#"{"householdType":"single","situation":{"adults":[{},{"inWork":true},{"inWork":true}]}}"#).expect("parses");
    let g: Guidance = guidance(&input, TODAY, &[22]);
    assert_eq!(g.aktivitetsplikt.len(), 1);
    assert!(g.aktivitetsplikt.iter().all(|d| d.grounds.is_empty()));
}

#[test]
fn never_panics_over_ages_and_months() {
    let input = input::from_json(
        r#"{"householdType": "married","children":[{"age":1}],"incomes":[{"kind":"sykepenger","amount":"1"}],
            "situation":{"emergency":{"noFood":true},"adults":[{"inWork":true},{"caringDuties":true}]}}"#,
    )
    .expect("parses");
    let plain = input::from_json(r#"{"householdType":"single"}"#).expect("parses");
    let mut months = vec![YearMonth { year: 1000, month: 1 }, YearMonth { year: 9999, month: 12 }];
    for year in 2000..=2030u16 {
        for month in 1..=12u8 {
            months.extend(YearMonth::new(year, month));
        }
    }
    for m in months {
        for age in 0..=120u8 {
            let g = guidance(&input, m, &[age, 120 - age]);
            assert_eq!(g.aktivitetsplikt.len(), 2);
            assert_eq!(g.kvp.per_adult.len(), 2);
            let g = guidance(&plain, m, &[age]);
            assert!(g.emergency.is_none());
        }
        let g = guidance(&plain, m, &[]);
        assert!(g.aktivitetsplikt.is_empty() && g.kvp.per_adult.is_empty());
    }
}

#[test]
fn cannot_estimate_outcome_still_carries_guidance() {
    let e = estimate_json(r#"{"month":"2024-06","householdType":"single","adults":[{"age":17}]}"#, TODAY).expect("valid");
    let v = serde_json::to_value(&e).expect("serializes");
    assert_eq!(v.pointer("/outcome/kind").and_then(Value::as_str), Some("cannotEstimate"));
    assert_eq!(v.pointer("/guidance/aktivitetsplikt/0/status").and_then(Value::as_str), Some("under18"));
    let e = estimate_json(r#"{"month":"2024-06","householdType":"single"}"#, TODAY).expect("valid");
    assert!(e.guidance.aktivitetsplikt.is_empty());
    assert!(!e.guidance.rights.is_empty());
}

#[test]
fn every_code_variant_is_listed() {
    // `Code::ALL` is generated with the enum, so this only guards the serialization of the list.
    assert_eq!(all_codes().iter().filter(|c| c.chars().next().is_some_and(char::is_lowercase)).count(), all_codes().len());
    assert!(Code::ALL.len() > 80);
}
