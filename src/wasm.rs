//! The wasm-bindgen layer: converts between JS values and the core, nothing more.
//!
//! JS API (ES module `www/pkg/sosialhjelp.js`):
//! - `estimate(household) -> result`: `household` is the JSON format of the README as a JS object
//!   (amounts as strings or numbers, both read exactly); the month defaults to the browser's month.
//!   `result` is `{ ok: true, estimate }` or `{ ok: false, errors: [{ field, code, limit?, readings? }] }`.
//!   It never throws for bad input.
//! - `readAmount(text) -> { ok: true, value } | { ok: false, code, readings }`: how the core reads an
//!   amount as a person typed it (the rule of `crate::amount`), so the page can echo «= 12 500 kr»
//!   beside the field without a parser of its own.

use crate::input::{self, Kind, Node};
use crate::YearMonth;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of Rust's default dlmalloc, 2.3 KB gzip smaller at the same
/// speed per call (docs/performance.md). Single-threaded wasm, memory grown as needed.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[derive(Serialize)]
#[serde(untagged)]
enum Reply<T: Serialize> {
    Ok { ok: bool, estimate: T },
    Err { ok: bool, errors: Vec<crate::FieldError> },
}

/// A JS value as the core's input reader sees it. Numbers become their shortest exact decimal
/// text (`Number.prototype.toString`), so the core never handles a float.
struct Js(JsValue);

impl Node for Js {
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

fn current_month() -> YearMonth {
    let d = js_sys::Date::new_0();
    YearMonth::new(d.get_full_year() as u16, d.get_month() as u8 + 1).unwrap_or(YearMonth { year: 2026, month: 1 })
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    // Maps as plain objects; Decimal amounts arrive as exact strings.
    let ser = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&ser).unwrap_or(JsValue::NULL)
}

/// Estimates the stønad for a household given as a JS object.
#[wasm_bindgen]
pub fn estimate(household: JsValue) -> JsValue {
    let result = input::from_node(Js(household)).and_then(|input| crate::estimate::estimate(&input, current_month()));
    match result {
        Ok(e) => to_js(&Reply::Ok { ok: true, estimate: e }),
        Err(e) => to_js(&Reply::<()>::Err { ok: false, errors: e.errors }),
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum Reading {
    Ok { ok: bool, value: String },
    Err { ok: bool, code: crate::ErrorCode, readings: Vec<String> },
}

/// Reads one amount as a person typed it.
#[wasm_bindgen(js_name = readAmount)]
pub fn read_amount(text: &str) -> JsValue {
    match crate::amount::read_text(text) {
        Ok(d) => to_js(&Reading::Ok { ok: true, value: d.to_string() }),
        Err(e) => to_js(&Reading::Err { ok: false, code: e.code, readings: e.readings.iter().map(|r| r.to_string()).collect() }),
    }
}

/// The product version, shown in the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
