//! Audit of the shipped state rate tables (`law/rates.toml`, as `sosialhjelp::law::STATE_TABLES`) against an
//! independent hand copy of `shared/domain/rules-and-rates.md` § A.3 in
//! `tests/fixtures/rates_reference.json`: same months, same figures, same GAP rows, same
//! confidence, and a product source URL that the reference names for that row.

use rust_decimal::Decimal;
use serde_json::Value;
use sosialhjelp::law::{first_state_month, Confidence, StateTable, STATE_TABLES, STATE_TABLE_SOURCES};
use sosialhjelp::rules::rates::state_table_for;
use sosialhjelp::YearMonth;
use std::collections::BTreeSet;

const CATEGORIES: [&str; 6] = ["single", "couple", "sharedHousing", "child0to5", "child6to10", "child11to17"];


fn reference() -> Vec<Value> {
    let v: Value = serde_json::from_str(include_str!("fixtures/rates_reference.json")).expect("fixture is JSON");
    v["rows"].as_array().expect("rows").clone()
}

fn month(row: &Value) -> String {
    row["month"].as_str().expect("month").to_string()
}

fn figures(row: &Value) -> Option<[Decimal; 6]> {
    if row["confidence"] == "GAP" {
        for c in CATEGORIES {
            assert!(row[c].is_null(), "{}: GAP row with a figure for {c}", month(row));
        }
        return None;
    }
    Some(CATEGORIES.map(|c| {
        let n = row[c].as_u64().unwrap_or_else(|| panic!("{}: {c} missing", month(row)));
        Decimal::from(n)
    }))
}

/// The figures of a shipped row, in the reference's six categories; every state row with figures has
/// the three adult rates and exactly the bands 0–5, 6–10 and 11–17 (another category set fails here
/// until the reference and this audit know it).
fn product_figures(t: &StateTable) -> Option<[Decimal; 6]> {
    t.rates.as_ref().map(|r| {
        let bands: Vec<(u8, u8)> = r.children.iter().map(|b| (b.from_age, b.to_age)).collect();
        assert_eq!(bands, [(0, 5), (6, 10), (11, 17)], "{}: child bands", t.effective_from);
        [r.single, r.couple, r.shared_housing, Some(r.children[0].amount), Some(r.children[1].amount), Some(r.children[2].amount)]
            .map(|v| v.unwrap_or_else(|| panic!("{}: a state row lacks a category", t.effective_from)))
    })
}

fn confidence_code(c: Option<Confidence>) -> &'static str {
    match c {
        Some(Confidence::Verified) => "V",
        Some(Confidence::Secondary) => "V2",
        Some(Confidence::Inferred) => "I",
        None => "GAP",
    }
}

fn urls(row: &Value) -> Vec<String> {
    let mut all = Vec::new();
    for key in ["urls", "referencedUrls"] {
        if let Some(a) = row.get(key).and_then(Value::as_array) {
            all.extend(a.iter().map(|u| u.as_str().expect("url string").to_string()));
        }
    }
    all
}

#[test]
fn reference_fixture_is_well_formed() {
    let rows = reference();
    assert!(rows.len() >= 29, "the hand copy lost rows");
    let months: Vec<YearMonth> = rows
        .iter()
        .map(|r| YearMonth::parse(&month(r)).unwrap_or_else(|| panic!("bad month {}", month(r))))
        .collect();
    assert!(months.windows(2).all(|w| w[0] < w[1]), "reference months are not strictly ascending: {months:?}");
    for r in &rows {
        let conf = r["confidence"].as_str().expect("confidence");
        assert!(["V", "V2", "I", "GAP"].contains(&conf), "{}: confidence {conf}", month(r));
        for u in urls(r) {
            assert!(u.starts_with("http://") || u.starts_with("https://"), "{}: {u}", month(r));
            assert!(r["sourceText"].as_str().unwrap_or("").contains(&u) || r.get("referencedUrls").is_some(), "{}: {u}", month(r));
        }
        if let Some(f) = figures(r) {
            assert!(f.iter().all(|x| *x > Decimal::ZERO), "{}", month(r));
            assert!(!urls(r).is_empty(), "{}: a known row needs a source URL", month(r));
        }
    }
}

#[test]
fn product_months_are_strictly_ascending() {
    assert!(STATE_TABLES.windows(2).all(|w| w[0].effective_from < w[1].effective_from));
}

#[test]
fn every_product_row_equals_the_reference_row_for_its_month() {
    let rows = reference();
    let mut failures = Vec::new();
    for t in STATE_TABLES {
        let m = t.effective_from.to_string();
        let Some(r) = rows.iter().find(|r| month(r) == m) else {
            failures.push(format!("{m}: in the product but not in the reference"));
            continue;
        };
        if product_figures(t) != figures(r) {
            failures.push(format!("{m}: figures {:?} != reference {:?}", product_figures(t), figures(r)));
        }
        let conf = confidence_code(t.confidence);
        if conf != r["confidence"] {
            failures.push(format!("{m}: confidence {conf} != reference {}", r["confidence"]));
        }
        // A known table names its source by id; the id's entry holds the rundskriv and the URL.
        let source = t.source.and_then(|id| STATE_TABLE_SOURCES.iter().find(|(i, _)| *i == id).map(|(_, s)| s));
        if t.rates.is_some() {
            match source {
                Some(s) if s.url.starts_with("http") => {}
                _ => failures.push(format!("{m}: known row without an http(s) source URL: {:?}", t.source)),
            }
            if t.rundskriv.trim().is_empty() {
                failures.push(format!("{m}: known row without a rundskriv text"));
            }
        }
        if let Some(first) = source.map(|s| s.url) {
            if !urls(r).iter().any(|u| u == first) {
                failures.push(format!("{m}: first source {first} is not among the reference's URLs {:?}", urls(r)));
            }
        }
    }
    assert!(failures.is_empty(), "rate table audit:\n{}", failures.join("\n"));
}

#[test]
fn product_and_reference_have_exactly_the_same_months() {
    let product: BTreeSet<String> = STATE_TABLES.iter().map(|t| t.effective_from.to_string()).collect();
    let reference_months: BTreeSet<String> = reference().iter().map(month).collect();
    assert_eq!(product, reference_months);
}

#[test]
fn every_known_product_row_has_all_six_categories() {
    for t in STATE_TABLES {
        if let Some(f) = product_figures(t) {
            assert!(f.iter().all(|x| *x > Decimal::ZERO && x.fract().is_zero()), "{}: {f:?}", t.effective_from);
        } else {
            assert!(t.confidence.is_none(), "{}: GAP row with a confidence", t.effective_from);
        }
    }
}

#[test]
fn every_month_uses_the_newest_known_reference_row_at_or_before_it() {
    // Independent re-derivation of the table choice from the fixture, for every month 2002-01..2030-12.
    let rows = reference();
    let mut m = first_state_month();
    let last = YearMonth::parse("2030-12").unwrap();
    while m <= last {
        let want = rows
            .iter()
            .rev()
            .filter(|r| YearMonth::parse(&month(r)).unwrap() <= m)
            .find_map(figures)
            .expect("a known row at or before every month from 2002-01");
        let got = state_table_for(m).and_then(|(t, _, _)| product_figures(t)).expect("a table");
        assert_eq!(got, want, "{m}");
        m = m.next();
    }
}
