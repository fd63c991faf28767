//! The browser bindings of the `sosialhjelp` core: they convert JS values in and JS objects out,
//! nothing more (the ruff_wasm / oxc_wasm pattern: a thin crate over a pure core).
//!
//! JS API, built twice by scripts/build.sh: `dist/pkg/sosialhjelp.js` has what the page's first
//! screen needs (`estimate`, `readAmount`, `version`); `dist/pkg/sosialhjelp_full.js` (feature
//! `full`) has all of it, and the page loads it after the first screen:
//! - `estimate(household) -> { ok: true, estimate } | { ok: false, errors: [{ field, code, limit?, readings? }] }`:
//!   `household` is the JSON format of the README as a JS object (amounts as strings or numbers, both
//!   read exactly); the month defaults to the browser's month. Never throws, never returns `null`.
//! - `guidance(household) -> { ok: true, guidance } | { ok: false, errors }`: vilkår, aktivitetsplikt,
//!   rights, KVP and nødhjelp for the household. It depends on fewer facts than the estimate: ask
//!   again only when `estimate.guidanceKey` changes.
//! - `quickCheck(answers) -> { ok: true, check } | { ok: false, errors }`: the volunteer's quick check
//!   (`{ who, children, housing, income, funds }`; errors name those fields).
//! - `readAmount(text) -> { ok: true, value } | { ok: false, code, readings }`: how the core reads an
//!   amount as a person typed it, so the page can echo «= 12 500 kr» without a parser of its own.
//! - `version() -> string`.
//! - `benchEstimate(household, n) -> µs per estimate` inside the module (no JS boundary), timed with
//!   the browser's `Performance` clock; for `tests/e2e/bench.mjs`.

use serde::Serialize;
use sosialhjelp::input::{self, Kind, Node};
use sosialhjelp::{ErrorCode, FieldError, InputErrors, YearMonth};
use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of Rust's default dlmalloc, 2.3 KB gzip smaller at the same
/// speed per call (docs/performance.md). Single-threaded wasm, memory grown as needed.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// What each function returns: `ok` and its result, or `ok: false` and the field errors.
#[derive(Serialize)]
#[serde(untagged)]
enum Reply {
    Estimate { ok: bool, estimate: sosialhjelp::Estimate },
    #[cfg(feature = "full")]
    Guidance { ok: bool, guidance: sosialhjelp::Guidance },
    #[cfg(feature = "full")]
    Quick { ok: bool, check: sosialhjelp::QuickCheck },
    Err { ok: bool, errors: Vec<FieldError> },
}

impl Reply {
    fn from<T>(result: Result<T, InputErrors>, ok: impl FnOnce(T) -> Reply) -> JsValue {
        to_js(&match result {
            Ok(v) => ok(v),
            Err(e) => Reply::Err { ok: false, errors: e.errors },
        })
    }
}

/// A JS value as the core's input reader sees it. Numbers become their shortest exact decimal
/// text (`Number.prototype.toString`), so the core never handles a float.
struct Js(JsValue);

impl Node for Js {
    type Text = String;
    fn kind(&self) -> Kind {
        let v = &self.0;
        if v.is_null() || v.is_undefined() {
            Kind::Null
        } else if let Some(b) = v.as_bool() {
            Kind::Bool(b)
        } else if let Some(s) = v.as_string() {
            Kind::String(s)
        } else if v.as_f64().is_some() {
            let text = js_sys::Number::from(v.clone()).to_string_with_radix(10).ok().and_then(|s| s.as_string());
            Kind::Number(text.unwrap_or_default())
        } else if js_sys::Array::is_array(v) {
            Kind::Array
        } else if v.is_object() {
            Kind::Object
        } else {
            Kind::Other
        }
    }
    fn get(&self, key: &str) -> Option<Self> {
        if !self.0.is_object() {
            return None;
        }
        js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined()).map(Js)
    }
    fn keys(&self) -> Vec<String> {
        match self.0.dyn_ref::<js_sys::Object>() {
            Some(o) => js_sys::Object::keys(o).iter().filter_map(|k| k.as_string()).collect(),
            None => Vec::new(),
        }
    }
    fn items(&self) -> Vec<Self> {
        match self.0.dyn_ref::<js_sys::Array>() {
            Some(a) => a.iter().map(Js).collect(),
            None => Vec::new(),
        }
    }
}

/// The browser's current month; an error, not a guess, if the clock gives none.
fn current_month() -> Result<YearMonth, FieldError> {
    let d = js_sys::Date::new_0();
    let (year, month) = (d.get_full_year(), d.get_month() + 1);
    u16::try_from(year).ok().and_then(|y| YearMonth::new(y, month as u8)).ok_or_else(|| FieldError::new("month", ErrorCode::MonthMalformed))
}

/// A JS object for `value`; the `{ ok: false }` reply with an `internal` error if it cannot be made,
/// so the API never returns `null` or throws.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    // Maps as plain objects; Decimal amounts arrive as exact strings.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&ser).unwrap_or_else(|_| {
        let reply = Reply::Err { ok: false, errors: vec![FieldError::new("", ErrorCode::Internal)] };
        reply.serialize(&ser).unwrap_or(JsValue::FALSE)
    })
}

/// Estimates the stønad for a household given as a JS object (the README's JSON format).
#[wasm_bindgen]
pub fn estimate(household: JsValue) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| input::from_node(Js(household)).and_then(|h| sosialhjelp::estimate(&h, today)));
    Reply::from(result, |estimate| Reply::Estimate { ok: true, estimate })
}

/// The guidance for a household given as a JS object.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn guidance(household: JsValue) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| input::from_node(Js(household)).and_then(|h| sosialhjelp::guidance(&h, today)));
    Reply::from(result, |guidance| Reply::Guidance { ok: true, guidance })
}

/// The volunteer's quick check.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = quickCheck)]
pub fn quick_check(answers: JsValue) -> JsValue {
    let result = current_month().map_err(Into::into).and_then(|today| input::quick_from_node(Js(answers)).and_then(|q| sosialhjelp::quick_check(&q, today)));
    Reply::from(result, |check| Reply::Quick { ok: true, check })
}

#[derive(Serialize)]
#[serde(untagged)]
enum Reading {
    Ok { ok: bool, value: String },
    Err { ok: bool, code: ErrorCode, readings: Vec<String> },
}

/// Reads one amount as a person typed it.
#[wasm_bindgen(js_name = readAmount)]
pub fn read_amount(text: &str) -> JsValue {
    match sosialhjelp::amount::read_text(text) {
        Ok(d) => to_js(&Reading::Ok { ok: true, value: d.to_string() }),
        Err(e) => to_js(&Reading::Err { ok: false, code: e.code, readings: e.readings.iter().map(|r| r.to_string()).collect() }),
    }
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
    let (Ok(today), Ok(input)) = (current_month(), input::from_node(Js(household))) else { return f64::NAN };
    let start = perf.now();
    let mut ok = true;
    for _ in 0..n.max(1) {
        ok &= sosialhjelp::estimate(&input, today).is_ok();
    }
    if ok { (perf.now() - start) * 1000.0 / f64::from(n.max(1)) } else { f64::NAN }
}
