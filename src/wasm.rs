//! The wasm-bindgen layer: converts between JS values and the core, nothing more.
//!
//! JS API (ES module `www/pkg/sosialhjelp.js`):
//! - `estimate(household) -> result`: `household` is the JSON format of the README as a JS object
//!   (amounts as strings or numbers, both read exactly); the month defaults to the browser's month.
//!   `result` is `{ ok: true, estimate }` or `{ ok: false, errors: [{ field, code, limit? }] }`.
//!   It never throws for bad input.

use crate::{input, YearMonth};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
#[serde(untagged)]
enum Reply<T: Serialize> {
    Ok { ok: bool, estimate: T },
    Err { ok: bool, errors: Vec<crate::FieldError> },
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
    // JSON.stringify keeps numbers as their shortest exact text; the core reads it without floats.
    let json = js_sys::JSON::stringify(&household).ok().and_then(|s| s.as_string());
    let result = match json {
        Some(json) => input::from_json(&json).and_then(|input| crate::estimate::estimate(&input, current_month())),
        None => Err(crate::FieldError::new("", crate::ErrorCode::InvalidJson).into()),
    };
    match result {
        Ok(e) => to_js(&Reply::Ok { ok: true, estimate: e }),
        Err(e) => to_js(&Reply::<()>::Err { ok: false, errors: e.errors }),
    }
}

/// The product version, shown in the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
