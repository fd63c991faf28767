//! Every code the core emits for the estimate has a text in the bokmål catalogue (www/i18n/nb.js);
//! tests/i18n.mjs then checks that nn and en have every nb key. Each list is the enum's `ALL`
//! (generated with the enum by `code_enum!`), so a new variant cannot be forgotten here.
use sosialhjelp::estimate::{AlternativeCode, CannotEstimateReason, LineCode, NoTopUpReason, NoticeCode};
use sosialhjelp::income::IncomeRule;
use sosialhjelp::input::{HouseholdType, IncomeKind};
use sosialhjelp::rates::Category;
use sosialhjelp::ErrorCode;

fn names<T: serde::Serialize>(all: &[T]) -> Vec<String> {
    all.iter().map(|v| serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()).collect()
}

/// The text of the object literal `section: { … }` in nb.js.
fn section<'a>(catalogue: &'a str, section: &str) -> &'a str {
    let start = catalogue.find(&format!("\n  {section}: {{")).unwrap_or_else(|| panic!("nb.js has no section {section}"));
    let body = &catalogue[start..];
    let end = body.find("\n  },").expect("section ends");
    &body[..end]
}

fn assert_keys(catalogue: &str, sect: &str, names: &[String]) {
    let body = section(catalogue, sect);
    for n in names {
        assert!(body.contains(&format!("\n    {n}: ")), "nb.js {sect}.{n} is missing");
    }
}

#[test]
fn every_estimate_code_has_a_bokmal_text() {
    let nb = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/i18n/nb.js")).expect("nb.js");
    assert_keys(&nb, "error", &names(ErrorCode::ALL));
    assert_keys(&nb, "line", &names(LineCode::ALL));
    assert_keys(&nb, "notice", &names(NoticeCode::ALL));
    assert_keys(&nb, "alternative", &names(AlternativeCode::ALL));
    assert_keys(&nb, "incomeKind", &names(IncomeKind::ALL));
    assert_keys(&nb, "incomeRule", &names(IncomeRule::ALL));
    assert_keys(&nb, "category", &names(Category::ALL));
    assert_keys(&nb, "householdType", &names(HouseholdType::ALL));
    let mut reasons = names(NoTopUpReason::ALL);
    reasons.extend(names(CannotEstimateReason::ALL));
    reasons.push("support".to_string());
    assert_keys(&nb, "outcome", &reasons);
}
