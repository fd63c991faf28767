//! Fuzz target: arbitrary bytes as the CLI / page input. `estimate_json` must never panic, whatever
//! the text, and every estimate it returns must serialise to JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sosialhjelp::YearMonth;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let today = YearMonth::parse("2026-11").expect("valid month literal");
        if let Ok(estimate) = sosialhjelp::estimate_json(s, today) {
            serde_json::to_string(&estimate).expect("an estimate always serialises");
        }
    }
});
