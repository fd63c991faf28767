//! Guidance (vilkår, aktivitetsplikt, breach, rights, KVP, nødhjelp): the legal-reference rule for
//! every item, the guidance key, the `situation` input format, and no panics over the input space.
//! The guidance case files are in `tests/cases/guidance/`, run by `tests/cases.rs`. That every code
//! has a text in every catalogue is checked by tests/i18n.mjs, which loads the catalogues.

use serde_json::Value;
use sosialhjelp::household::{Adult, Household};
use sosialhjelp::law::{Source, SourceId};
use sosialhjelp::rules::guidance::{all_codes, guidance, Guidance};
use sosialhjelp::rules::items::Code;
use sosialhjelp::{input, ErrorCode, YearMonth};
use std::collections::BTreeSet;
use std::path::Path;

const TODAY: YearMonth = YearMonth { year: 2024, month: 6 };

fn guidance_json(input: &str, today: YearMonth) -> Value {
    let input = input::from_json(input).unwrap_or_else(|e| panic!("input: {e:?}"));
    let g = sosialhjelp::guidance(&input, today).unwrap_or_else(|e| panic!("guidance failed: {e:?}"));
    serde_json::to_value(&g).expect("guidance serializes")
}

/// The inputs of the guidance case files (`tests/cases/guidance/`).
fn case_inputs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/guidance");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/cases/guidance exists").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let inputs: Vec<String> = files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable case");
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            v.get("input").map(Value::to_string).unwrap_or_else(|| panic!("{}: no input", p.display()))
        })
        .collect();
    assert!(inputs.len() >= 20, "expected the guidance case files, found {}", inputs.len());
    inputs
}

/// The citations by id (`SourceId::ALL`), as the result names them.
fn citations() -> std::collections::BTreeMap<String, Source> {
    SourceId::ALL.iter().map(|&id| (serde_json::to_value(id).unwrap().as_str().unwrap().to_string(), id.source())).collect()
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
    let mut inputs = case_inputs();
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
    let input = input::from_json(r#"{"householdType":"single","adults":[{"age":22}],"situation":{"adults":[{},{"inWork":true},{"inWork":true}]}}"#).expect("parses");
    let g: Guidance = sosialhjelp::guidance(&input, TODAY).expect("valid");
    assert_eq!(g.aktivitetsplikt.len(), 1);
    assert!(g.aktivitetsplikt.iter().all(|d| d.grounds.is_empty()));
}

/// A household of the given month and adults, built directly (the rules take any month and age,
/// also those validation would refuse).
fn household<'a>(month: YearMonth, kind: sosialhjelp::vocab::HouseholdType, ages: &[u8], from: &'a input::HouseholdInput) -> Household<'a> {
    Household {
        month,
        kind,
        together: ages.len() == 2,
        adults: ages.iter().enumerate().map(|(i, &age)| Adult { age, situation: from.situation.adults.get(i).copied().unwrap_or_default() }).collect(),
        children: from.children.iter().map(|c| c.age as u8).collect(),
        expenses: &from.expenses,
        incomes: &from.incomes,
        liquid_funds: from.liquid_funds,
        barnetrygd_in_funds: from.barnetrygd_in_funds,
        emergency: from.situation.emergency,
        facts: from.situation.facts,
        custom_rates: None,
        decision: None,
    }
}

#[test]
fn never_panics_over_ages_and_months() {
    use sosialhjelp::vocab::HouseholdType::{Married, Single};
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
            let g = guidance(&household(m, Married, &[age, 120 - age], &input));
            assert_eq!(g.aktivitetsplikt.len(), 2);
            assert_eq!(g.kvp.per_adult.len(), 2);
            let g = guidance(&household(m, Single, &[age], &plain));
            assert!(g.emergency.is_none());
        }
        let g = guidance(&household(m, Single, &[], &plain));
        assert!(g.aktivitetsplikt.is_empty() && g.kvp.per_adult.is_empty());
    }
}

#[test]
fn cannot_estimate_outcome_still_has_guidance() {
    let input = input::from_json(r#"{"month":"2024-06","householdType":"single","adults":[{"age":17}]}"#).expect("valid");
    let e = sosialhjelp::estimate(&input, TODAY).expect("valid");
    assert_eq!(serde_json::to_value(e.outcome).unwrap().pointer("/kind").and_then(Value::as_str), Some("cannotEstimate"));
    let g = serde_json::to_value(sosialhjelp::guidance(&input, TODAY).expect("valid")).expect("serializes");
    assert_eq!(g.pointer("/aktivitetsplikt/0/status").and_then(Value::as_str), Some("under18"));
    let input = input::from_json(r#"{"month":"2024-06","householdType":"single"}"#).expect("valid");
    let g = sosialhjelp::guidance(&input, TODAY).expect("valid");
    assert!(g.aktivitetsplikt.is_empty());
    assert!(!g.rights.is_empty());
}

#[test]
fn the_guidance_key_changes_exactly_when_the_guidance_can() {
    let base = r#"{"month":"2024-06","householdType":"single","adults":[{"age":25}],"expenses":{"housing":"5000"},"incomes":[{"kind":"workNet","amount":"1000"}]}"#;
    let key = |json: &str| {
        let input = input::from_json(json).expect("valid");
        let e = sosialhjelp::estimate(&input, TODAY).expect("valid");
        let g = sosialhjelp::guidance(&input, TODAY).expect("valid");
        assert_eq!(e.guidance_key, g.key);
        (e.guidance_key, serde_json::to_value(g).expect("serializes"))
    };
    let (k0, g0) = key(base);
    // Amounts that are not the guidance's facts: same key, same guidance.
    let (k1, g1) = key(&base.replace("5000", "9000").replace("\"1000\"", "\"2000\""));
    assert_eq!((&k0, &g0), (&k1, &g1));
    // Each fact changes the key.
    for other in [
        base.replace("2024-06", "2016-06"),
        base.replace("\"age\":25", "\"age\":30"),
        base.replace("workNet", "dagpenger"),
        base.replace("}]}", "}],\"children\":[{\"age\":3}]}"),
        base.replace("}]}", "}],\"situation\":{\"emergency\":{\"noFood\":true}}}"),
        base.replace("}]}", "}],\"situation\":{\"adults\":[{\"inEducation\":true}]}}"),
        base.replace("\"housing\":\"5000\"", "\"electricity\":\"500\""),
        base.replace("\"housing\":\"5000\"", "\"housing\":\"5000\",\"electricity\":\"500\""),
    ] {
        let (k, g) = key(&other);
        assert_ne!(k, k0, "{other}");
        let _ = g;
    }
}

#[test]
fn every_code_variant_is_listed() {
    // `Code::ALL` is generated with the enum, so this only guards the serialization of the list.
    assert_eq!(all_codes().iter().filter(|c| c.chars().next().is_some_and(char::is_lowercase)).count(), all_codes().len());
    assert!(Code::ALL.len() > 80);
}

/// Every reason the schema lists (`assessedAloneReasons`) is read, gives the single household's
/// arithmetic unchanged and the notice `marriedAssessedAlone` with its source.
#[test]
fn every_assessed_alone_reason_is_read_and_changes_no_amount() {
    use sosialhjelp::rules::livsopphold::NoticeCode;
    use sosialhjelp::vocab::AssessedAloneReason;
    let base = r#"{"month":"2024-03","householdType":"single","adults":[{"age":33}],"expenses":{"housing":"5000"}"#;
    let plain = sosialhjelp::estimate(&input::from_json(&format!("{base}}}")).expect("parses"), TODAY).expect("valid");
    assert!(plain.notices.iter().all(|n| n.code != NoticeCode::MarriedAssessedAlone));
    for name in sosialhjelp::meta::names(AssessedAloneReason::ALL) {
        let input = input::from_json(&format!(r#"{base},"situation":{{"assessedAlone":"{name}"}}}}"#)).expect("parses");
        assert!(input.situation.facts.assessed_alone.is_some(), "{name}");
        let e = sosialhjelp::estimate(&input, TODAY).expect("valid");
        assert_eq!(e.totals, plain.totals, "{name}");
        let n = e.notices.iter().find(|n| n.code == NoticeCode::MarriedAssessedAlone).expect("notice");
        assert_eq!(n.source, sosialhjelp::law::SourceId::SpouseAlone);
    }
}

/// Adult children at home, or in videregående, are guidance only: they change no amount; each notice
/// comes with its source, independently of the other.
#[test]
fn adult_children_change_no_amount() {
    use sosialhjelp::law::SourceId;
    use sosialhjelp::rules::livsopphold::NoticeCode;
    let base = r#"{"month":"2024-03","householdType":"single","adults":[{"age":50}],"children":[{"age":12}],"expenses":{"housing":"7000"},"incomes":[{"kind":"workNet","amount":"3000"}]"#;
    let plain = sosialhjelp::estimate(&input::from_json(&format!("{base}}}")).expect("parses"), TODAY).expect("valid");
    for home in [false, true] {
        for vgs in [false, true] {
            let text = format!(r#"{base},"situation":{{"adultChildAtHome":{home},"adultChildInUpperSecondary":{vgs}}}}}"#);
            let e = sosialhjelp::estimate(&input::from_json(&text).expect("parses"), TODAY).expect("valid");
            assert_eq!(e.totals, plain.totals, "{home} {vgs}");
            let has = |c: NoticeCode, s: SourceId| e.notices.iter().any(|x| x.code == c && x.source == s);
            assert_eq!(has(NoticeCode::AdultChildAssessedAlone, SourceId::AdultChild), home);
            assert_eq!(has(NoticeCode::AdultChildUpperSecondary, SourceId::Barnel68), vgs);
        }
    }
}
