//! The JS API in real headless Chromium (wasm-bindgen-test-runner + chromedriver):
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test input is valid JSON")
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |acc, key| match key.parse::<u32>() {
        Ok(i) => js_sys::Reflect::get_u32(&acc, i).unwrap_or(JsValue::UNDEFINED),
        Err(_) => js_sys::Reflect::get(&acc, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED),
    })
}

fn s(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_else(|| format!("<{path} missing>"))
}

#[wasm_bindgen_test]
fn single_adult_2024_through_the_js_api() {
    // 7850 (Enslige, A-3/2023) + 9000 husleie + 800 strøm = 17650; − 12000 AAP = 5650.
    let r = sosialhjelp_wasm::estimate(js(
        r#"{"month":"2024-03","householdType":"single","adults":[{"age":"35"}],
            "expenses":{"housing":"9000","electricity":"800"},"incomes":[{"kind":"aap","amount":"12000"}]}"#,
    ));
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(s(&r, "estimate.outcome.kind"), "support");
    assert_eq!(s(&r, "estimate.totals.amount"), "5650");
    assert_eq!(s(&r, "estimate.totals.need"), "17650");
    assert_eq!(s(&r, "estimate.lines.0.code"), "rate");
    assert_eq!(s(&r, "estimate.lines.0.amount"), "7850");
    assert_eq!(s(&r, "estimate.lines.0.source"), "sotjl18", "sources travel as ids");
    assert_eq!(s(&r, "estimate.rateTable.rundskriv"), "A-3/2023");
}

#[wasm_bindgen_test]
fn amounts_as_js_numbers_are_read_exactly() {
    let r = sosialhjelp_wasm::estimate(js(
        r#"{"month":"2023-07","householdType":"sharedHousing","adults":[{"age":40}],"expenses":{"housing":4000.1}}"#,
    ));
    // 6350 (bofellesskap, 1 Jul 2023) + 4000.1 = 10350.1 → 10350.
    assert_eq!(s(&r, "estimate.totals.need"), "10350.1");
    assert_eq!(s(&r, "estimate.totals.amount"), "10350");
}

#[wasm_bindgen_test]
fn bad_input_returns_field_errors_and_never_throws() {
    let r = sosialhjelp_wasm::estimate(js(r#"{"householdType":"single","adults":[{"age":"130"}],"liquidFunds":"-1"}"#));
    assert_eq!(get(&r, "ok").as_bool(), Some(false));
    assert_eq!(s(&r, "errors.0.field"), "adults[0].age");
    assert_eq!(s(&r, "errors.0.code"), "ageOutOfRange");
    assert_eq!(s(&r, "errors.0.limit"), "120");
    assert_eq!(s(&r, "errors.1.field"), "liquidFunds");
    assert_eq!(s(&r, "errors.1.code"), "negative");
    for v in [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_f64(f64::NAN), JsValue::from_str("x"), js("[]")] {
        let r = sosialhjelp_wasm::estimate(v);
        assert_eq!(get(&r, "ok").as_bool(), Some(false));
    }
    let r = sosialhjelp_wasm::estimate(js(r#"{"householdType":"single","liquidFunds":{"a":1}}"#));
    assert_eq!(s(&r, "errors.0.field"), "liquidFunds");
    assert_eq!(s(&r, "errors.0.code"), "wrongType");
}

#[wasm_bindgen_test]
fn default_month_is_the_browsers_current_month() {
    let r = sosialhjelp_wasm::estimate(js(r#"{"householdType":"single","adults":[{"age":30}]}"#));
    let d = js_sys::Date::new_0();
    let expected = format!("{:04}-{:02}", d.get_full_year(), d.get_month() + 1);
    assert_eq!(s(&r, "estimate.month"), expected);
}

/// Error cases from `tests/cases/errors/` (format: tests/cases/README.md), a spread over the codes
/// and over the ways of giving input: included at build time, as the wasm test has no file system.
macro_rules! error_cases {
    ($($name:literal),+ $(,)?) => {
        [$(($name, include_str!(concat!("../../../tests/cases/errors/", $name, ".json")))),+]
    };
}
const ERROR_CASES: [(&str, &str); 14] = error_cases![
    "negative-housing-string",
    "null-as-amount",
    "missing-householdtype",
    "unknown-householdtype",
    "adult-aged-121",
    "child-aged-18",
    "couple-with-one-adult",
    "custom-rate-ambiguous",
    "three-decimals-in-a-json-number",
    "barnetrygd-in-funds-above-the-funds",
    "top-level-array",
    "1e400-as-a-json-number",
    "nesting-deeper-than-128-levels",
    "truncated-json",
];

/// The error cases above through the JS API: every case whose input is a JS value at all (malformed
/// JSON text cannot be passed as an object; tests/cases.rs covers it through the CLI) is rejected
/// with the same field and code as natively. Where JS cannot hold a number exactly (e.g. 1e400
/// becomes Infinity), the same field must still be rejected.
#[wasm_bindgen_test]
fn error_cases_through_the_js_api() {
    let mut checked = 0;
    for (name, file) in ERROR_CASES {
        let case: serde_json::Value = serde_json::from_str(file).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = match (case.get("input"), case.get("inputText").and_then(serde_json::Value::as_str)) {
            (Some(input), None) => input.to_string(),
            (None, Some(text)) => text.to_string(),
            _ => panic!("{name}: needs input or inputText"),
        };
        let expected: Vec<(String, String)> = case["expect"]["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no expect.errors"))
            .iter()
            .map(|e| (e["field"].as_str().unwrap_or("?").to_string(), e["code"].as_str().unwrap_or("?").to_string()))
            .collect();
        let Ok(value) = js_sys::JSON::parse(&text) else { continue };
        let r = sosialhjelp_wasm::estimate(value.clone());
        // Does the JS value say exactly what the JSON text says? Not for 1e400 (Infinity), 1E3
        // (the number 1000: JS keeps no exponent), or integers beyond 2^53.
        let back = js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()).unwrap_or_default();
        let original = serde_json::from_str::<serde_json::Value>(&text).ok();
        if original.is_none() {
            // Valid for JS but not as JSON text here (nesting beyond serde_json's 128 levels):
            // a limit of the text reader; the JS API must still reject the value.
            assert_eq!(get(&r, "ok").as_bool(), Some(false), "{name}: accepted");
            checked += 1;
            continue;
        }
        let same_text = serde_json::from_str::<serde_json::Value>(&back).ok() == original;
        let errors = get(&r, "errors");
        let found: Vec<(String, String)> = match errors.dyn_ref::<js_sys::Array>() {
            Some(a) => a.iter().map(|e| (s(&e, "field"), s(&e, "code"))).collect(),
            None => Vec::new(),
        };
        if same_text {
            assert_eq!(get(&r, "ok").as_bool(), Some(false), "{name}: accepted");
            for want in &expected {
                assert!(found.contains(want), "{name}: expected {want:?} got {found:?}");
            }
        } else {
            assert!(get(&r, "ok").as_bool() == Some(true) || expected.iter().all(|(f, _)| found.iter().any(|(g, _)| g == f)), "{name}: {found:?}");
        }
        checked += 1;
    }
    assert_eq!(checked, ERROR_CASES.len() - 1, "every case but the malformed JSON reaches the JS API");
}

/// The amount spellings of tests/amount_spellings.json through `readAmount` and through `estimate`
/// (as `expenses.housing`): the page, the JS API and the CLI read every amount the same way.
#[wasm_bindgen_test]
fn amount_spellings_through_the_js_api() {
    let v: serde_json::Value = serde_json::from_str(include_str!("../../../tests/amount_spellings.json")).expect("spellings parse");
    let spellings = v["spellings"].as_array().expect("spellings");
    assert!(spellings.len() >= 30);
    for sp in spellings {
        let text = sp["text"].as_str().unwrap();
        let r = sosialhjelp_wasm::read_amount(text);
        match sp.get("reads").and_then(serde_json::Value::as_str) {
            Some(want) => {
                assert_eq!(get(&r, "ok").as_bool(), Some(true), "{text:?}");
                assert_eq!(s(&r, "value"), want, "{text:?}");
            }
            None => {
                assert_eq!(get(&r, "ok").as_bool(), Some(false), "{text:?}");
                assert_eq!(s(&r, "code"), sp["error"].as_str().unwrap(), "{text:?}");
                let readings: Vec<String> = get(&r, "readings").dyn_ref::<js_sys::Array>().map(|a| a.iter().filter_map(|x| x.as_string()).collect()).unwrap_or_default();
                let want: Vec<String> = sp["readings"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
                assert_eq!(readings, want, "{text:?}");
            }
        }
        let input = serde_json::json!({"month": "2024-03", "householdType": "single", "adults": [{"age": 40}], "expenses": {"housing": text}});
        let e = sosialhjelp_wasm::estimate(js(&input.to_string()));
        if let Some(want) = sp.get("reads").and_then(serde_json::Value::as_str).filter(|w| !w.starts_with('-')) {
            assert_eq!(get(&e, "ok").as_bool(), Some(true), "{text:?}");
            let housing = (0..10).map(|i| get(&e, &format!("estimate.lines.{i}"))).find(|l| s(l, "code") == "housing");
            assert_eq!(housing.map(|l| s(&l, "amount")).unwrap_or_else(|| "0".into()), want, "{text:?}");
        }
    }
}

#[wasm_bindgen_test]
fn guidance_comes_on_its_own_with_the_key_the_estimate_names() {
    let household = r#"{"month":"2024-06","householdType":"single","adults":[{"age":"24"}],"expenses":{"housing":"9000"}}"#;
    let e = sosialhjelp_wasm::estimate(js(household));
    assert!(get(&e, "estimate.guidance").is_undefined(), "the estimate carries no guidance");
    let g = sosialhjelp_wasm::guidance(js(household));
    assert_eq!(get(&g, "ok").as_bool(), Some(true));
    assert_eq!(s(&g, "guidance.key"), s(&e, "estimate.guidanceKey"));
    assert_eq!(s(&g, "guidance.aktivitetsplikt.0.status"), "applies");
    let bad = sosialhjelp_wasm::guidance(js(r#"{"householdType":"single","adults":[{"age":"x"}]}"#));
    assert_eq!(get(&bad, "ok").as_bool(), Some(false));
    assert_eq!(s(&bad, "errors.0.field"), "adults[0].age");
}

#[wasm_bindgen_test]
fn the_quick_check_answers_in_the_core() {
    // 2024: Enslige 7850 + husleie 8000 = 15850, no income: likely, exactly 15850.
    let q = sosialhjelp_wasm::quick_check(js(r#"{"month":"2024-06","who":"single","housing":"8 000","income":"0"}"#));
    assert_eq!(get(&q, "ok").as_bool(), Some(true));
    assert_eq!(s(&q, "check.verdict"), "likely");
    assert_eq!(s(&q, "check.low"), "15850");
    let w = sosialhjelp_wasm::quick_check(js(r#"{"who":"together","children":"2"}"#));
    assert_eq!(s(&w, "check.verdict"), "waiting");
    let bad = sosialhjelp_wasm::quick_check(js(r#"{"who":"single","housing":"12,500","income":"0"}"#));
    assert_eq!(s(&bad, "errors.0.field"), "housing");
    assert_eq!(s(&bad, "errors.0.code"), "ambiguousAmount");
}

#[wasm_bindgen_test]
fn the_what_if_and_the_months_come_from_the_core() {
    // 2024-03, single adult: 7 850 + rent 6 000 = 13 850; «5.000» more work income leaves 8 850; the
    // support ends at 13 850 kr of work income.
    let household = r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}],"expenses":{"housing":"6000"}}"#;
    let w = sosialhjelp_wasm::what_if(js(household), "5.000");
    assert_eq!(get(&w, "ok").as_bool(), Some(true));
    assert_eq!(s(&w, "whatIf.atAsked.amount"), "8850");
    assert_eq!(s(&w, "whatIf.supportEndsAt"), "13850");
    assert_eq!(s(&w, "whatIf.points.0.total"), "13850");
    let bad = sosialhjelp_wasm::what_if(js(household), "-5");
    assert_eq!(s(&bad, "errors.0.field"), "whatIfWork");
    assert_eq!(s(&bad, "errors.0.code"), "negative");
    // The months: 2023-06 (6 850 + 6 000) and 2023-07 (7 550 + 6 000); a malformed month is its own error.
    let months = js(r#"["2023-06","2023-07","2023-13"]"#);
    let months: Vec<String> = js_sys::Array::from(&months).iter().filter_map(|m| m.as_string()).collect();
    let m = sosialhjelp_wasm::amounts(js(household), months);
    assert_eq!((s(&m, "0.amount"), s(&m, "1.amount")), ("12850".to_string(), "13550".to_string()));
    assert_eq!(get(&m, "2.ok").as_bool(), Some(false));
    assert_eq!(s(&m, "2.errors.0.field"), "month");
}
