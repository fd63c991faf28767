//! The volunteer's quick check: at a food distribution there is no time for ages or every income, so
//! the check asks five things (who lives together, how many children, housing, income, money now)
//! and bounds the answer instead of guessing.
//!
//! ```text
//! adults        stand in at 30 (the adult rates do not depend on age)
//! children      all at the age of the table's cheapest child band (low), then all at its
//!               dearest band (high)
//! income        one income that counts (the check cannot tell barnetrygd from pay)
//! low, high     the lowest and highest amount over both stand-ins and, for a samboer assessed
//!               alone, both adult rates (src/rules/livsopphold.rs)
//! verdict       likely      when low > 0: support whatever the children's ages
//!               unlikely    when high = 0: no support whatever their ages
//!               cannotTell  otherwise: the full form asks the ages
//!               waiting     until housing and income are answered
//! ```

use super::livsopphold::{estimate, Outcome};
use super::rates::RateTable;
use crate::error::{FieldError, InputErrors};
use crate::household::validate;
use crate::input::{Expenses, HouseholdInput, Income, Person, QuickInput};
use crate::month::YearMonth;
use crate::vocab::{HouseholdType, IncomeKind, Situation};
use rust_decimal::Decimal;
use serde::Serialize;

/// The age every adult stands in at.
pub const STAND_IN_ADULT_AGE: i64 = 30;

code_enum! {
    /// The quick check's answer.
    pub enum Verdict {
        /// Support is likely whatever the children's ages.
        Likely,
        /// No monthly support whatever their ages.
        Unlikely,
        /// It depends on what the check does not ask: use the full form.
        CannotTell,
        /// Housing and income are not answered yet.
        Waiting,
    }
}

/// The ages the check assumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StandIns {
    /// Every adult.
    pub adult_age: i64,
    /// Every child, for the low amount (the cheapest band's first age).
    pub child_age_low: u8,
    /// Every child, for the high amount (the dearest band's first age).
    pub child_age_high: u8,
}

/// The quick check's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuickCheck {
    /// Month assessed.
    pub month: YearMonth,
    /// The answer.
    pub verdict: Verdict,
    /// The lowest amount of the readings, whole kroner.
    pub low: Decimal,
    /// The highest amount of the readings, whole kroner.
    pub high: Decimal,
    /// The ages assumed.
    pub stand_ins: StandIns,
    /// The rate table used (its age, for the vintage sentence).
    pub rate_table: RateTable,
    /// The answer to «who lives together» as the full form's household type, so the form can take
    /// over where the check cannot tell.
    pub household_type: HouseholdType,
    /// For samboere: whether they have children together.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub common_children: Option<bool>,
}

/// The field of the quick check an error of the stand-in household belongs to.
fn quick_field(field: &str) -> String {
    match field {
        "expenses.housing" => "housing".into(),
        "liquidFunds" => "funds".into(),
        f if f.starts_with("incomes") => "income".into(),
        f if f.starts_with("children") => "children".into(),
        f => f.into(),
    }
}

/// Runs the quick check; `today` is the month used when the input names none.
pub fn quick_check(q: &QuickInput, today: YearMonth) -> Result<QuickCheck, InputErrors> {
    let (household_type, adults, common_children) = q.who.household();
    let children = usize::try_from(q.children.max(0)).unwrap_or(usize::MAX);
    let input = |child_age: i64| HouseholdInput {
        month: q.month.clone(),
        household_type,
        common_children,
        adults: vec![Person { age: STAND_IN_ADULT_AGE }; adults],
        // More children than the limit: validation names the limit (`tooMany`).
        children: vec![Person { age: child_age }; children.min(crate::household::MAX_CHILDREN + 1)],
        expenses: Expenses { housing: q.housing.unwrap_or_default(), ..Expenses::default() },
        incomes: q.income.map(|amount| Income { kind: IncomeKind::Other, amount, label: None }).into_iter().collect(),
        liquid_funds: q.funds,
        barnetrygd_in_funds: Decimal::ZERO,
        custom_rates: None,
        situation: Situation::default(),
        decision: None,
    };
    let rename = |e: InputErrors| InputErrors { errors: e.errors.into_iter().map(|f| FieldError { field: quick_field(&f.field), ..f }).collect() };
    if q.children < 0 {
        return Err(FieldError::new("children", crate::error::ErrorCode::Negative).into());
    }

    // The first stand-in (every child at age 0) names the table, and so the bands to bound by.
    let mut amounts = Vec::with_capacity(4);
    let mut rate_table = None;
    let mut stand_ins = StandIns { adult_age: STAND_IN_ADULT_AGE, child_age_low: 0, child_age_high: 0 };
    let mut month = today;
    for pass in 0..3 {
        let stand_in = input(i64::from(match pass {
            0 => 0,
            1 => stand_ins.child_age_low,
            _ => stand_ins.child_age_high,
        }));
        let h = validate(&stand_in, today).map_err(rename)?;
        let e = estimate(&h).map_err(rename)?;
        debug_assert!(!matches!(e.outcome, Outcome::CannotEstimate(_)));
        if pass == 0 {
            let table = e.rate_table.ok_or_else(|| InputErrors::from(FieldError::new("", crate::error::ErrorCode::Internal)))?;
            let bands = &table.rates.children;
            let age = |max: bool| {
                let pick = if max { bands.iter().max_by_key(|b| b.amount) } else { bands.iter().min_by_key(|b| b.amount) };
                pick.map_or(0, |b| b.from_age)
            };
            stand_ins.child_age_low = age(false);
            stand_ins.child_age_high = age(true);
            month = h.month;
            rate_table = Some(table);
            continue;
        }
        amounts.push(e.totals.amount);
        if let Some(r) = e.amount_range {
            amounts.extend([r.low, r.high]);
        }
    }
    let rate_table = rate_table.ok_or_else(|| InputErrors::from(FieldError::new("", crate::error::ErrorCode::Internal)))?;
    let low = amounts.iter().copied().min().unwrap_or_default();
    let high = amounts.iter().copied().max().unwrap_or_default();
    let verdict = if q.housing.is_none() || q.income.is_none() {
        Verdict::Waiting
    } else if low > Decimal::ZERO {
        Verdict::Likely
    } else if high.is_zero() {
        Verdict::Unlikely
    } else {
        Verdict::CannotTell
    };
    Ok(QuickCheck { month, verdict, low, high, stand_ins, rate_table, household_type, common_children })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::quick_from_json;
    use crate::month::ym;

    fn check(json: &str) -> QuickCheck {
        quick_check(&quick_from_json(json).unwrap(), ym(2024, 6)).unwrap()
    }

    #[test]
    fn a_single_adult_without_income_is_likely_and_exact() {
        // 2024 table: Enslige 7850 + husleie 8000 = 15850.
        let q = check(r#"{"who":"single","housing":"8 000","income":"0"}"#);
        assert_eq!((q.verdict, q.low, q.high), (Verdict::Likely, Decimal::from(15850), Decimal::from(15850)));
    }

    #[test]
    fn children_bound_the_answer_by_the_cheapest_and_dearest_band() {
        // 2024 (A-3/2023): Barn 0–5 3850 is the cheapest band, 11–17 5150 the dearest.
        let q = check(r#"{"who":"single","children":2,"housing":"0","income":"7850"}"#);
        assert_eq!((q.stand_ins.child_age_low, q.stand_ins.child_age_high), (0, 11));
        assert_eq!(q.verdict, Verdict::Likely);
        assert!(q.low < q.high);
    }

    #[test]
    fn without_housing_or_income_it_waits_and_errors_name_the_quick_fields() {
        assert_eq!(check(r#"{"who":"together"}"#).verdict, Verdict::Waiting);
        let e = quick_check(&quick_from_json(r#"{"who":"single","children":99,"housing":"-5"}"#).unwrap(), ym(2024, 6)).unwrap_err();
        assert!(e.has("children", crate::error::ErrorCode::TooMany) && e.has("housing", crate::error::ErrorCode::Negative), "{e:?}");
    }
}
