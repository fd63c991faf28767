//! The JS API in real headless Chromium (wasm-bindgen-test-runner + chromedriver):
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
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
    let r = sosialhjelp::wasm::estimate(js(
        r#"{"month":"2024-03","householdType":"single","adults":[{"age":"35"}],
            "expenses":{"housing":"9000","electricity":"800"},"incomes":[{"kind":"aap","amount":"12000"}]}"#,
    ));
    assert_eq!(get(&r, "ok").as_bool(), Some(true));
    assert_eq!(s(&r, "estimate.outcome.kind"), "support");
    assert_eq!(s(&r, "estimate.totals.amount"), "5650");
    assert_eq!(s(&r, "estimate.totals.need"), "17650");
    assert_eq!(s(&r, "estimate.lines.0.code"), "rate");
    assert_eq!(s(&r, "estimate.lines.0.amount"), "7850");
    assert_eq!(s(&r, "estimate.lines.0.source.reference"), "sosialtjenesteloven § 18");
    assert_eq!(s(&r, "estimate.rateTable.rundskriv"), "A-3/2023");
}

#[wasm_bindgen_test]
fn amounts_as_js_numbers_are_read_exactly() {
    let r = sosialhjelp::wasm::estimate(js(
        r#"{"month":"2023-07","householdType":"sharedHousing","adults":[{"age":40}],"expenses":{"housing":4000.1}}"#,
    ));
    // 6350 (bofellesskap, 1 Jul 2023) + 4000.1 = 10350.1 → 10350.
    assert_eq!(s(&r, "estimate.totals.need"), "10350.1");
    assert_eq!(s(&r, "estimate.totals.amount"), "10350");
}

#[wasm_bindgen_test]
fn bad_input_returns_field_errors_and_never_throws() {
    let r = sosialhjelp::wasm::estimate(js(r#"{"householdType":"single","adults":[{"age":"130"}],"liquidFunds":"-1"}"#));
    assert_eq!(get(&r, "ok").as_bool(), Some(false));
    assert_eq!(s(&r, "errors.0.field"), "adults[0].age");
    assert_eq!(s(&r, "errors.0.code"), "ageOutOfRange");
    assert_eq!(s(&r, "errors.0.limit"), "120");
    assert_eq!(s(&r, "errors.1.field"), "liquidFunds");
    assert_eq!(s(&r, "errors.1.code"), "negative");
    for v in [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_f64(f64::NAN), JsValue::from_str("x"), js("[]")] {
        let r = sosialhjelp::wasm::estimate(v);
        assert_eq!(get(&r, "ok").as_bool(), Some(false));
    }
    let r = sosialhjelp::wasm::estimate(js(r#"{"householdType":"single","liquidFunds":{"a":1}}"#));
    assert_eq!(s(&r, "errors.0.field"), "liquidFunds");
    assert_eq!(s(&r, "errors.0.code"), "wrongType");
}

#[wasm_bindgen_test]
fn default_month_is_the_browsers_current_month() {
    let r = sosialhjelp::wasm::estimate(js(r#"{"householdType":"single","adults":[{"age":30}]}"#));
    let d = js_sys::Date::new_0();
    let expected = format!("{:04}-{:02}", d.get_full_year(), d.get_month() + 1);
    assert_eq!(s(&r, "estimate.month"), expected);
}
