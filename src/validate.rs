//! Checks a [`HouseholdInput`] against the limits of a real household and picks the rate table for
//! the month. All problems are collected, so the page can mark every bad field at once.

use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::input::{CustomRates, HouseholdInput, HouseholdType};
use crate::month::{ym, YearMonth};
use crate::rates::{self, Confidence, Rates, TableCaveat};
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// Largest amount accepted for one field, kroner per month: far beyond any real household.
pub const MAX_AMOUNT: u32 = 10_000_000;
/// Largest rate accepted in a custom table, kroner per month.
pub const MAX_RATE: u32 = 1_000_000;
/// Oldest adult age accepted.
pub const MAX_ADULT_AGE: i64 = 120;
/// Age from which a person is an adult; younger applicants are maintained by their parents
/// (barneloven § 66): no estimate and no aktivitetsplikt for them.
pub const ADULT_AGE: u8 = 18;
/// Most children accepted.
pub const MAX_CHILDREN: usize = 20;
/// Most incomes, other expenses or custom tables accepted.
pub const MAX_ITEMS: usize = 50;
/// Longest label accepted, in characters.
pub const MAX_TEXT: usize = 200;
/// Last month accepted.
pub const LAST_MONTH: YearMonth = ym(2100, 12);

/// Whose rates were used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TableKind {
    /// The state guideline tables shipped with the product.
    State,
    /// A table supplied by the caller (a kommune's, or newer state rates).
    Custom,
}

/// The rate table used for the month, with everything the explanation shows about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateTableUsed {
    /// State or custom.
    pub kind: TableKind,
    /// The caller's label for a custom table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Index of a custom table in `customRates.tables` (for error paths).
    #[serde(skip)]
    pub index: Option<usize>,
    /// First month of the table.
    pub effective_from: YearMonth,
    /// Rundskriv of a state table.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "crate::estimate::serialize_static_opt")]
    pub rundskriv: Option<&'static str>,
    /// Confidence of a state table's figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Where the figures can be checked.
    #[serde(serialize_with = "crate::estimate::serialize_static_list")]
    pub sources: Vec<Cow<'static, str>>,
    /// Set when the table is not the one in force for the month (GAP, or newer rates may apply).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<TableCaveat>,
    /// The figures.
    pub rates: Rates,
}

/// A valid household, ready to be assessed.
#[derive(Clone, Debug)]
pub struct Valid {
    /// Spouses, or samboere with common children: assessed together.
    pub together: bool,
    /// The month assessed.
    pub month: YearMonth,
    /// Adults' ages.
    pub adult_ages: Vec<u8>,
    /// Children's ages (0–17).
    pub child_ages: Vec<u8>,
    /// The rate table for the month.
    pub table: RateTableUsed,
}

struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn push(&mut self, e: FieldError) {
        self.errors.push(e);
    }
    fn amount(&mut self, field: impl FnOnce() -> String, d: Decimal, max: u32) {
        if d.is_sign_negative() && !d.is_zero() {
            self.push(FieldError::new(field(), ErrorCode::Negative));
        } else if exceeds(d, max) {
            self.push(FieldError::with_limit(field(), ErrorCode::TooLarge, max));
        } else if more_than_two_decimals(d) {
            self.push(FieldError::with_limit(field(), ErrorCode::TooManyDecimals, 2));
        }
    }
    fn text(&mut self, field: impl FnOnce() -> String, s: &str) {
        // A string of at most MAX_TEXT bytes has at most MAX_TEXT characters: skip the count.
        if s.len() > MAX_TEXT && s.chars().count() > MAX_TEXT {
            self.push(FieldError::with_limit(field(), ErrorCode::TooLong, MAX_TEXT));
        }
    }
    fn count(&mut self, field: &str, n: usize, max: usize) -> bool {
        if n > max {
            self.push(FieldError::with_limit(field, ErrorCode::TooMany, max));
            return false;
        }
        true
    }
    fn month(&mut self, field: impl FnOnce() -> String, s: &str) -> Option<YearMonth> {
        let m = YearMonth::parse(s.trim());
        if m.is_none() {
            self.push(FieldError::new(field(), ErrorCode::MonthMalformed));
        }
        m
    }
}

/// `d > max` for a non-negative `d`. `d` is mantissa / 10^scale; when the mantissa fits in a u64
/// (every real amount) this is one integer comparison instead of a rescaling decimal comparison.
fn exceeds(d: Decimal, max: u32) -> bool {
    match u64::try_from(d.mantissa()) {
        // Without a u64 limit, max × 10^scale ≥ 2^64 > mantissa unless max is 0.
        Ok(m) => match 10u64.checked_pow(d.scale()).map(|p| p.checked_mul(u64::from(max))) {
            Some(Some(limit)) => m > limit,
            Some(None) => false,
            None => max == 0 && m > 0,
        },
        Err(_) => d > Decimal::from(max),
    }
}

/// `d.normalize().scale() > 2` (øre is the smallest unit), without normalising when the mantissa
/// fits in a u64: the digits beyond the second decimal are `mantissa mod 10^(scale − 2)`.
fn more_than_two_decimals(d: Decimal) -> bool {
    let scale = d.scale();
    if scale <= 2 {
        return false;
    }
    match (u64::try_from(d.mantissa()), 10u64.checked_pow(scale - 2)) {
        (Ok(m), Some(p)) => m % p != 0,
        _ => d.normalize().scale() > 2,
    }
}

/// Validates `input`; `today` is the month used when the input names none.
pub fn validate(input: &HouseholdInput, today: YearMonth) -> Result<Valid, InputErrors> {
    let mut c = Check { errors: Vec::new() };

    let month = match &input.month {
        Some(s) => c.month(|| "month".into(), s),
        None => Some(today),
    };
    if let Some(m) = month {
        if m > LAST_MONTH {
            c.push(FieldError::with_limit("month", ErrorCode::MonthTooLate, LAST_MONTH));
        } else if m < rates::FIRST_MONTH && input.custom_rates.is_none() {
            c.push(FieldError::with_limit("month", ErrorCode::MonthBeforeFirstTable, rates::FIRST_MONTH));
        }
    }

    let together = match (input.household_type, input.common_children) {
        (HouseholdType::Cohabiting, None) => {
            c.push(FieldError::new("commonChildren", ErrorCode::MissingField));
            false
        }
        (HouseholdType::Cohabiting, Some(common)) => common,
        (HouseholdType::Married, common) => {
            if common.is_some() {
                c.push(FieldError::new("commonChildren", ErrorCode::NotApplicable));
            }
            true
        }
        (_, common) => {
            if common.is_some() {
                c.push(FieldError::new("commonChildren", ErrorCode::NotApplicable));
            }
            false
        }
    };
    let mut adult_ages = Vec::with_capacity(input.adults.len());
    // Spouses, and samboere with common children, are assessed together: two adults. Everyone
    // else is assessed alone, so only the applicant's age is given.
    let wanted = if together { 2 } else { 1 };
    if !input.adults.is_empty() && input.adults.len() != wanted {
        c.push(FieldError::with_limit("adults", ErrorCode::WrongAdultCount, wanted));
    }
    for (i, p) in input.adults.iter().enumerate().take(MAX_ITEMS) {
        let f = || format!("adults[{i}].age");
        match p.age {
            a if a < 0 => c.push(FieldError::new(f(), ErrorCode::Negative)),
            a if a > MAX_ADULT_AGE => c.push(FieldError::with_limit(f(), ErrorCode::AgeOutOfRange, MAX_ADULT_AGE)),
            a => adult_ages.push(a as u8),
        }
    }

    let mut child_ages = Vec::with_capacity(input.children.len());
    if c.count("children", input.children.len(), MAX_CHILDREN) {
        for (i, p) in input.children.iter().enumerate() {
            let f = || format!("children[{i}].age");
            match p.age {
                a @ 0..=17 => child_ages.push(a as u8),
                _ => c.push(FieldError::with_limit(f(), ErrorCode::ChildAgeOutOfRange, "0–17")),
            }
        }
    }

    let e = &input.expenses;
    c.amount(|| "expenses.housing".into(), e.housing, MAX_AMOUNT);
    c.amount(|| "expenses.commonCosts".into(), e.common_costs, MAX_AMOUNT);
    c.amount(|| "expenses.mortgageInstalments".into(), e.mortgage_instalments, MAX_AMOUNT);
    c.amount(|| "expenses.electricity".into(), e.electricity, MAX_AMOUNT);
    c.amount(|| "expenses.insurance".into(), e.insurance, MAX_AMOUNT);
    c.amount(|| "expenses.childcare".into(), e.childcare, MAX_AMOUNT);
    if c.count("expenses.other", e.other.len(), MAX_ITEMS) {
        for (i, o) in e.other.iter().enumerate() {
            c.amount(|| format!("expenses.other[{i}].amount"), o.amount, MAX_AMOUNT);
            c.text(|| format!("expenses.other[{i}].label"), &o.label);
        }
    }
    if c.count("incomes", input.incomes.len(), MAX_ITEMS) {
        for (i, inc) in input.incomes.iter().enumerate() {
            c.amount(|| format!("incomes[{i}].amount"), inc.amount, MAX_AMOUNT);
            if let Some(l) = &inc.label {
                c.text(|| format!("incomes[{i}].label"), l);
            }
        }
    }
    c.amount(|| "liquidFunds".into(), input.liquid_funds, MAX_AMOUNT);
    c.amount(|| "barnetrygdInFunds".into(), input.barnetrygd_in_funds, MAX_AMOUNT);
    if input.barnetrygd_in_funds > input.liquid_funds && !input.liquid_funds.is_sign_negative() {
        // Part of the money on the account cannot be more than the money on it.
        c.push(FieldError::with_limit("barnetrygdInFunds", ErrorCode::ExceedsTotal, input.liquid_funds));
    }

    let table = match (&input.custom_rates, month) {
        (Some(custom), Some(m)) => custom_table_for(&mut c, custom, m),
        (None, Some(m)) => rates::state_table_for(m).map(|choice| RateTableUsed {
            index: None,
            kind: TableKind::State,
            label: None,
            effective_from: choice.table.effective_from,
            rundskriv: Some(choice.table.rundskriv),
            confidence: choice.table.confidence,
            sources: choice.table.sources.iter().map(|s| Cow::Borrowed(*s)).collect(),
            caveat: choice.caveat,
            rates: choice.rates,
        }),
        (_, None) => None,
    };

    match (c.errors.is_empty(), month, table) {
        (true, Some(month), Some(table)) => Ok(Valid { together, month, adult_ages, child_ages, table }),
        _ => Err(InputErrors { errors: c.errors }),
    }
}

/// Validates a custom rate set (ordered, no gaps, no overlaps) and picks the table covering
/// `month`. Whether it has the categories the household needs is checked by the estimate, which
/// knows them ([`ErrorCode::RateMissing`]).
fn custom_table_for(c: &mut Check, custom: &CustomRates, month: YearMonth) -> Option<RateTableUsed> {
    let before = c.errors.len();
    if custom.label.trim().is_empty() {
        c.push(FieldError::new("customRates.label", ErrorCode::Empty));
    }
    c.text(|| "customRates.label".into(), &custom.label);
    if custom.tables.is_empty() {
        c.push(FieldError::new("customRates.tables", ErrorCode::RatesEmpty));
    }
    if !c.count("customRates.tables", custom.tables.len(), MAX_ITEMS) {
        return None;
    }
    let mut spans: Vec<(YearMonth, Option<YearMonth>)> = Vec::with_capacity(custom.tables.len());
    for (i, t) in custom.tables.iter().enumerate() {
        let p = |f: &str| format!("customRates.tables[{i}].{f}");
        for (name, v) in [
            ("single", t.single),
            ("couple", t.couple),
            ("sharedHousing", t.shared_housing),
            ("child0to5", t.child0to5),
            ("child6to10", t.child6to10),
            ("child11to17", t.child11to17),
        ] {
            if let Some(v) = v {
                c.amount(|| p(name), v, MAX_RATE);
            }
        }
        if let Some(s) = &t.source {
            c.text(|| p("source"), s);
        }
        let from = c.month(|| p("effectiveFrom"), &t.effective_from);
        let to = match &t.effective_to {
            Some(s) => c.month(|| p("effectiveTo"), s).map(Some),
            None => Some(None),
        };
        let (Some(from), Some(to)) = (from, to) else { continue };
        if to.is_some_and(|to| to < from) {
            c.push(FieldError::new(p("effectiveTo"), ErrorCode::RatesEndBeforeStart));
            continue;
        }
        if let Some(&(prev_from, prev_to)) = spans.last() {
            if from <= prev_from {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesNotOrdered));
            } else if prev_to.is_none_or(|pt| pt >= from) {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesOverlap));
            } else if prev_to.is_some_and(|pt| pt.next() < from) {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesGap));
            }
        }
        spans.push((from, to));
    }
    if c.errors.len() != before {
        return None;
    }
    let i = spans.iter().rposition(|&(from, to)| from <= month && to.is_none_or(|to| month <= to));
    let Some(i) = i else {
        c.push(FieldError::new("month", ErrorCode::MonthNotCovered));
        return None;
    };
    let t = &custom.tables[i];
    Some(RateTableUsed {
        index: Some(i),
        kind: TableKind::Custom,
        label: Some(custom.label.trim().to_string()),
        effective_from: spans[i].0,
        rundskriv: None,
        confidence: None,
        sources: t.source.iter().map(|s| Cow::Owned(s.clone())).collect(),
        caveat: None,
        rates: Rates {
            single: t.single,
            couple: t.couple,
            shared_housing: t.shared_housing,
            child0to5: t.child0to5,
            child6to10: t.child6to10,
            child11to17: t.child11to17,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// The integer shortcuts answer exactly as the decimal definitions, across magnitudes and scales.
    #[test]
    fn amount_shortcuts_equal_the_decimal_definitions() {
        let mut values = Vec::new();
        for digits in ["0", "1", "5", "10", "99", "100", "350", "999999", "1000000", "1000001", "9999999", "10000000", "10000001", "18446744073709551615", "18446744073709551616", "79228162514264337593543950335"] {
            for scale in 0..=28u32 {
                let text = if scale == 0 {
                    digits.to_string()
                } else if (digits.len() as u32) > scale {
                    format!("{}.{}", &digits[..digits.len() - scale as usize], &digits[digits.len() - scale as usize..])
                } else {
                    format!("0.{}{}", "0".repeat((scale as usize) - digits.len()), digits)
                };
                if let Ok(d) = Decimal::from_str(&text) {
                    values.push(d);
                    if let Ok(trailing_zero) = Decimal::try_from_i128_with_scale(d.mantissa() * 10, (d.scale() + 1).min(28)) {
                        values.push(trailing_zero);
                    }
                }
            }
        }
        values.extend([Decimal::ZERO, Decimal::MAX, Decimal::new(0, 5), Decimal::new(1_000_000_000, 2), Decimal::new(1_000_000_001, 2), Decimal::new(1_234_500, 4)]);
        for d in values {
            for max in [MAX_AMOUNT, MAX_RATE, 0, 1, u32::MAX] {
                assert_eq!(exceeds(d, max), d > Decimal::from(max), "{d} > {max}");
            }
            assert_eq!(more_than_two_decimals(d), d.normalize().scale() > 2, "{d}");
        }
    }
}
