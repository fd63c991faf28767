//! What the page needs to know about the core without a rule in JavaScript: the input vocabulary
//! (household types, income kinds with their place on the form, the quick check's answers, a custom
//! table's rate keys), the limits, the law data a notice names (`kommuneSpread`, for the notice
//! `kommuneRates`), and every code a result can carry (for the catalogue checks).
//! The CLI prints it (`sosialhjelp --schema`); the page's build bundles it (scripts/bundle.mjs).

use crate::error::ErrorCode;
use crate::household::{LAST_MONTH, MAX_ADULT_AGE, MAX_AMOUNT, MAX_CHILDREN, MAX_ITEMS, MAX_RATE, MAX_TEXT};
use crate::law::{first_state_month, newest_state_month, IncomeRule, KOMMUNE_SPREAD, RULES};
use crate::rules::decision::{DecisionNote, DecisionPart};
use crate::rules::documents::DocumentCode;
use crate::rules::guidance::all_codes;
use crate::rules::livsopphold::{AlternativeCode, CannotEstimateReason, Category, Group, LineCode, NoTopUpReason, NoticeCode};
use crate::rules::quick_check::{Verdict, STAND_IN_ADULT_AGE};
use crate::vocab::{AssessedAloneReason, HouseholdType, IncomeKind, QuickWho, StudentKind};
use serde::Serialize;
use serde_json::{json, Value};

/// The serialised names of a code enum's variants, in declaration order.
pub fn names<T: Serialize>(all: &[T]) -> Vec<String> {
    all.iter()
        .filter_map(|c| match serde_json::to_value(c) {
            Ok(Value::String(s)) => Some(s),
            _ => None,
        })
        .collect()
}

/// The schema as JSON.
pub fn schema() -> Value {
    let income_kinds: Vec<Value> = IncomeKind::ALL.iter().zip(names(IncomeKind::ALL)).map(|(k, name)| json!({ "kind": name, "group": k.group() })).collect();
    json!({
        "householdTypes": names(HouseholdType::ALL),
        "incomeKinds": income_kinds,
        "quickWho": names(QuickWho::ALL),
        "assessedAloneReasons": names(AssessedAloneReason::ALL),
        "studentKinds": names(StudentKind::ALL),
        "headlineNotices": names(crate::rules::livsopphold::HEADLINE_NOTICES),
        "adultSituationKeys": crate::input::ADULT_SITUATION_KEYS,
        "kommuneSpread": KOMMUNE_SPREAD,
        "customRateKeys": ["single", "couple", "sharedHousing", "child0to5", "child6to10", "child11to17"],
        "limits": {
            "maxAmount": MAX_AMOUNT,
            "maxRate": MAX_RATE,
            "maxAdultAge": MAX_ADULT_AGE,
            "maxChildren": MAX_CHILDREN,
            "maxItems": MAX_ITEMS,
            "maxText": MAX_TEXT,
            "firstStateMonth": first_state_month().to_string(),
            "newestStateMonth": newest_state_month().to_string(),
            "lastMonth": LAST_MONTH.to_string(),
            "adultAge": RULES.adult_age,
            "standInAdultAge": STAND_IN_ADULT_AGE,
        },
        "codes": {
            "errorCode": names(ErrorCode::ALL),
            "lineCode": names(LineCode::ALL),
            "group": names(Group::ALL),
            "category": names(Category::ALL),
            "noticeCode": names(NoticeCode::ALL),
            "noTopUpReason": names(NoTopUpReason::ALL),
            "cannotEstimateReason": names(CannotEstimateReason::ALL),
            "alternativeCode": names(AlternativeCode::ALL),
            "incomeRule": names(IncomeRule::ALL),
            "incomeKind": names(IncomeKind::ALL),
            "householdType": names(HouseholdType::ALL),
            "verdict": names(Verdict::ALL),
            "guidance": all_codes(),
            "documentCode": names(DocumentCode::ALL),
            "decisionPart": names(DecisionPart::ALL),
            "decisionNote": names(DecisionNote::ALL),
        },
        // The source of the documents list (every code of `documentCode`).
        "documentsSource": "navDocumentation",
    })
}
