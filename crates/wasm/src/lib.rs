//! The browser bindings of the `sosialhjelp` core: they convert JS values in and JS objects out,
//! nothing more (the ruff_wasm / oxc_wasm pattern: a thin crate over a pure core). A household
//! crosses in as `JSON.stringify` text, which the core's own parser reads (one boundary call instead
//! of several per field); the estimate crosses out as JSON text and `JSON.parse`, the small and rare
//! results as objects built by serde-wasm-bindgen (docs/performance.md has the measurements).
//!
//! JS API, built twice by scripts/build.sh: `dist/pkg/sosialhjelp.js` has what the page's first
//! screen needs (`estimate`, `readAmount`, `version`); `dist/pkg/sosialhjelp_full.js` (feature
//! `full`) has all of it, and the page loads it after the first screen:
//! - `estimate(household) -> { ok: true, estimate } | { ok: false, errors: [{ field, code, limit?, readings? }] }`
//!   (the whole API's also sets a `decision` in the household beside the estimate: `decisionCheck`):
//!   `household` is the JSON format of the README as a JS object (amounts as strings or numbers, both
//!   read exactly: `JSON.stringify` writes a number's shortest exact form); the month defaults to the
//!   browser's month. A value JSON cannot carry (`NaN`, `Infinity`) arrives as `null`, a wrong type at
//!   its field. Never throws, never returns `null`.
//! - `guidance(household) -> { ok: true, guidance } | { ok: false, errors }`: vilkår, aktivitetsplikt,
//!   rights, KVP and nødhjelp for the household. It depends on fewer facts than the estimate: ask
//!   again only when `estimate.guidanceKey` changes.
//! - `quickCheck(answers) -> { ok: true, check } | { ok: false, errors }`: the volunteer's quick check
//!   (`{ who, children, housing, income, funds }`; errors name those fields).
//! - `whatIf(household, extra) -> { ok: true, whatIf } | { ok: false, errors }`: the estimate against
//!   extra net work income (`extra` typed as a person writes it; errors at `whatIfWork`): points of
//!   work, amount and total, and where the support ends.
//! - `amounts(household, months) -> [{ month, ok, amount, outcome } | { month, ok: false, errors }]`:
//!   the amount of each month for one household (compact totals; the desk's months × scenarios).
//! - `readAmount(text) -> { ok: true, value } | { ok: false, code, readings }`: how the core reads an
//!   amount as a person typed it, so the page can echo «= 12 500 kr» without a parser of its own.
//! - `version() -> string`.
//! - `benchEstimate(household, n) -> µs per estimate` inside the module (no JS boundary), timed with
//!   the browser's `Performance` clock; for `tests/e2e/bench.mjs`.

#[cfg(feature = "full")]
use serde::Serialize;
use sosialhjelp::input;
use sosialhjelp::{ErrorCode, FieldError, YearMonth};
#[cfg(feature = "full")]
use sosialhjelp::InputErrors;
use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of Rust's default dlmalloc, 2.3 KB gzip smaller at the same
/// speed per call (docs/performance.md). Single-threaded wasm, memory grown as needed.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// What the whole API's functions return: `ok` and the result, or `ok: false` and the field errors.
#[cfg(feature = "full")]
#[derive(Serialize)]
#[serde(untagged)]
enum Reply {
    Guidance { ok: bool, guidance: sosialhjelp::Guidance },
    Quick { ok: bool, check: sosialhjelp::QuickCheck },
    WhatIf { ok: bool, #[serde(rename = "whatIf")] what_if: sosialhjelp::rules::what_if::WhatIf },
    Err { ok: bool, errors: Vec<FieldError> },
}

#[cfg(feature = "full")]
impl Reply {
    fn from<T>(result: Result<T, InputErrors>, ok: impl FnOnce(T) -> Reply) -> Reply {
        match result {
            Ok(v) => ok(v),
            Err(e) => Reply::Err { ok: false, errors: e.errors },
        }
    }
}

/// The JSON text of a JS value (`JSON.stringify`), or "" (invalid JSON) when it has none.
fn stringify(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn read_json(v: &JsValue) -> Result<sosialhjelp::HouseholdInput, sosialhjelp::InputErrors> {
    input::from_json(&stringify(v))
}

/// The browser's current month; an error, not a guess, if the clock gives none.
fn current_month() -> Result<YearMonth, FieldError> {
    let d = js_sys::Date::new_0();
    let (year, month) = (d.get_full_year(), d.get_month() + 1);
    u16::try_from(year).ok().and_then(|y| YearMonth::new(y, month as u8)).ok_or_else(|| FieldError::new("month", ErrorCode::MonthMalformed))
}

/// A JS object for `value`, built by serde-wasm-bindgen: for the results of the whole API that are
/// asked rarely (guidance, when its key changes; the quick check), so the first screen's module does
/// not carry it. The `{ ok: false }` reply with an `internal` error if it cannot be made, so the API
/// never returns `null` or throws.
#[cfg(feature = "full")]
fn to_js<T: Serialize>(value: &T) -> JsValue {
    // Maps as plain objects; Decimal amounts arrive as exact strings.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&ser).unwrap_or_else(|_| internal_error())
}

/// `{ ok: false, errors: [{ field: "", code: "internal" }] }`.
fn internal_error() -> JsValue {
    js_sys::JSON::parse(r#"{"ok":false,"errors":[{"field":"","code":"internal"}]}"#).unwrap_or(JsValue::FALSE)
}

/// Estimates the stønad for a household given as a JS object (the README's JSON format). The reply
/// is written by the core's hand-written writer (`sosialhjelp::json_out`, the same text serde_json
/// writes) and parsed by `JSON.parse`: this module carries no serialiser (8 KB gzip less).
#[wasm_bindgen]
pub fn estimate(household: JsValue) -> JsValue {
    // The first screen's module leaves out the decision check; the whole API (feature `full`) has it.
    #[cfg(not(feature = "full"))]
    let (run, write) = (sosialhjelp::estimate_without_decision, sosialhjelp::json_out::estimate_reply_without_decision);
    #[cfg(feature = "full")]
    let (run, write) = (sosialhjelp::estimate, sosialhjelp::json_out::estimate_reply);
    let result = current_month().map_err(Into::into).and_then(|today| read_json(&household).and_then(|h| run(&h, today)));
    parse(&write(&result))
}

/// `JSON.parse` of a reply the core wrote, or the `internal` error reply.
fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap_or_else(|_| internal_error())
}

/// The guidance for a household given as a JS object.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn guidance(household: JsValue) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| read_json(&household).and_then(|h| sosialhjelp::guidance(&h, today)));
    to_js(&Reply::from(result, |guidance| Reply::Guidance { ok: true, guidance }))
}

/// The volunteer's quick check.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = quickCheck)]
pub fn quick_check(answers: JsValue) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| input::quick_from_json(&stringify(&answers)).and_then(|q| sosialhjelp::quick_check(&q, today)));
    to_js(&Reply::from(result, |check| Reply::Quick { ok: true, check }))
}

/// The estimate against extra net work income (`extra` as the person typed it; "" is 0): the
/// caseworker's what-if plot.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = whatIf)]
pub fn what_if(household: JsValue, extra: &str) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| read_json(&household).and_then(|h| sosialhjelp::what_if(&h, today, extra)));
    to_js(&Reply::from(result, |what_if| Reply::WhatIf { ok: true, what_if }))
}

/// The amount for each of `months` ("YYYY-MM") for one household: the caseworker's months × scenarios
/// matrix in one call (the core's compact totals, without lines or notices). Each month is
/// `{ month, ok: true, amount, outcome }` or `{ month, ok: false, errors }`.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn amounts(household: JsValue, months: Vec<String>) -> JsValue {
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Cell {
        Ok { month: String, ok: bool, amount: String, outcome: sosialhjelp::Outcome },
        Err { month: String, ok: bool, errors: Vec<FieldError> },
    }
    let (today, input) = match (current_month(), read_json(&household)) {
        (Ok(t), Ok(i)) => (t, i),
        (Err(e), _) => return to_js(&Reply::Err { ok: false, errors: vec![e] }),
        (_, Err(e)) => return to_js(&Reply::Err { ok: false, errors: e.errors }),
    };
    let cells: Vec<Cell> = months
        .into_iter()
        .map(|month| {
            let mut h = input.clone();
            h.month = Some(month.clone());
            match sosialhjelp::totals(&h, today) {
                Ok(s) => Cell::Ok { month, ok: true, amount: s.totals.amount.to_string(), outcome: s.outcome },
                Err(e) => Cell::Err { month, ok: false, errors: e.errors },
            }
        })
        .collect();
    to_js(&cells)
}

/// Reads one amount as a person typed it.
#[wasm_bindgen(js_name = readAmount)]
pub fn read_amount(text: &str) -> JsValue {
    parse(&sosialhjelp::json_out::amount_reply(&sosialhjelp::amount::read_text(text)))
}

/// The product version, shown in the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Microseconds per estimate of `household` inside the module, over `n` runs (the input is read
/// once; each run validates, computes and builds the result, without converting it to JS). `NaN`
/// when the input is not valid or the browser has no `Performance` clock.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = benchEstimate)]
pub fn bench_estimate(household: JsValue, n: u32) -> f64 {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else { return f64::NAN };
    let (Ok(today), Ok(input)) = (current_month(), read_json(&household)) else { return f64::NAN };
    let start = perf.now();
    let mut ok = true;
    for _ in 0..n.max(1) {
        ok &= sosialhjelp::estimate(&input, today).is_ok();
    }
    if ok { (perf.now() - start) * 1000.0 / f64::from(n.max(1)) } else { f64::NAN }
}
