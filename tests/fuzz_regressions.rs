//! Inputs kept from the fuzzing corpus (`fuzz/`, target `estimate_json`; see docs/fuzzing.md):
//! every file in `tests/fuzz_regressions/` is fed to `estimate_json` as (lossy) UTF-8. It must
//! return without panicking, and an estimate must serialise to JSON that reads back.

use sosialhjelp::{estimate_json, YearMonth};
use std::path::PathBuf;

#[test]
fn fuzz_regression_inputs_never_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("fuzz_regressions");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    assert!(paths.len() >= 20, "only {} regression inputs in {}", paths.len(), dir.display());
    let today = YearMonth::parse("2026-11").unwrap();
    let (mut ok, mut rejected) = (0, 0);
    for p in &paths {
        let bytes = std::fs::read(p).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let name = p.file_name().unwrap().to_string_lossy();
        let result = std::panic::catch_unwind(|| estimate_json(&text, today));
        match result {
            Err(_) => panic!("{name}: estimate_json panicked"),
            Ok(Ok(est)) => {
                let json = serde_json::to_string(&est).unwrap_or_else(|e| panic!("{name}: does not serialise: {e}"));
                let back: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: bad JSON: {e}"));
                assert!(back["totals"]["amount"].is_string(), "{name}: no totals.amount");
                ok += 1;
            }
            Ok(Err(errors)) => {
                assert!(!errors.errors.is_empty(), "{name}: an error result without errors");
                serde_json::to_string(&errors).unwrap_or_else(|e| panic!("{name}: errors do not serialise: {e}"));
                rejected += 1;
            }
        }
    }
    // The set keeps both accepted and rejected inputs.
    assert!(ok > 0 && rejected > 0, "accepted {ok}, rejected {rejected}");
}
