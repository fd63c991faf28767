//! The validated household: what the rules read. [`validate`] checks the input against the limits
//! of a real household and turns it into a [`Household`] (parse, don't validate): ages as whole years
//! within range, amounts within range with at most two decimals, the month known, a caller's rate
//! tables in order without gaps or overlaps. Every problem is collected, so the page can mark every
//! bad field at once.

use crate::error::{ErrorCode, FieldError, InputErrors};
#[cfg(feature = "child-bands")]
use crate::input::ChildBandInput;
use crate::input::{CustomRates, DecisionInput, Expenses, HouseholdInput, Income};
use crate::law::{self, ChildBand, Rates, RULES};
use crate::month::{ym, YearMonth};
use crate::vocab::{AdultSituation, EmergencyInput, HouseholdType, SituationFacts};
use rust_decimal::Decimal;
use std::borrow::Cow;

/// Largest amount accepted for one field, kroner per month: far beyond any real household.
pub const MAX_AMOUNT: u32 = 10_000_000;
/// Largest rate accepted in a custom table, kroner per month.
pub const MAX_RATE: u32 = 1_000_000;
/// Oldest adult age accepted.
pub const MAX_ADULT_AGE: i64 = 120;
/// Most children accepted.
pub const MAX_CHILDREN: usize = 20;
/// Most incomes, other expenses or custom tables accepted.
pub const MAX_ITEMS: usize = 50;
/// Longest label accepted, in characters.
pub const MAX_TEXT: usize = 200;
/// Last month accepted.
pub const LAST_MONTH: YearMonth = ym(2100, 12);

/// One adult of the household: the age in the month and what they reported about their situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adult {
    /// Whole years, 0–120 (under 18: no estimate; the parents' duty of maintenance).
    pub age: u8,
    /// Reported facts for the aktivitetsplikt (all false when nothing was reported).
    pub situation: AdultSituation,
}

/// A caller's rate table, checked: its months and its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomTable {
    /// Position in `customRates.tables` (for error paths).
    pub index: usize,
    /// First month.
    pub from: YearMonth,
    /// Last month, inclusive; open-ended when absent.
    pub to: Option<YearMonth>,
    /// The figures; categories left out are absent.
    pub rates: Rates,
    /// Where the figures come from, as the caller wrote it.
    pub source: Option<String>,
}

/// A caller's rate set (a kommune's, or the NAV office's), checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomSet {
    /// Whose rates these are.
    pub label: String,
    /// The tables, in order, without gaps or overlaps.
    pub tables: Vec<CustomTable>,
}

/// A household ready to be assessed. The rules read this, never the raw input. The expenses and
/// incomes are the input's own, checked and borrowed (nothing is copied per estimate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Household<'a> {
    /// The month assessed.
    pub month: YearMonth,
    /// Who lives together.
    pub kind: HouseholdType,
    /// Spouses, or samboere with common children: assessed together.
    pub together: bool,
    /// The adults assessed (one, or two when together).
    pub adults: Vec<Adult>,
    /// Children's ages, 0–17.
    pub children: Vec<u8>,
    /// Expenses outside the guideline rates.
    pub expenses: &'a Expenses,
    /// Incomes received in the month.
    pub incomes: &'a [Income],
    /// Money available now.
    pub liquid_funds: Decimal,
    /// Of `liquid_funds`, barnetrygd received this or last month.
    pub barnetrygd_in_funds: Decimal,
    /// No food, or nowhere to sleep tonight.
    pub emergency: EmergencyInput,
    /// Facts beyond the members (a spouse assessed alone, adult children, samvær, særkull, students).
    pub facts: SituationFacts,
    /// A caller's rate tables, replacing the state's.
    pub custom_rates: Option<CustomSet>,
    /// What NAV granted, to set beside the estimate.
    pub decision: Option<&'a DecisionInput>,
}

struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn push(&mut self, e: FieldError) {
        self.errors.push(e);
    }
    // The field's path is a closure (rendered only for an error) behind `&dyn`, and the checks are
    // not inlined: one copy of each in the wasm instead of one per field (docs/performance.md).
    #[inline(never)]
    fn amount(&mut self, field: &dyn Fn() -> String, d: Decimal, max: u32) {
        if let Some(e) = amount_error(field, d, max) {
            self.push(e);
        }
    }
    #[inline(never)]
    fn text(&mut self, field: &dyn Fn() -> String, s: &str) {
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
    #[inline(never)]
    fn month(&mut self, field: &dyn Fn() -> String, s: &str) -> Option<YearMonth> {
        let m = YearMonth::parse(s.trim());
        if m.is_none() {
            self.push(FieldError::new(field(), ErrorCode::MonthMalformed));
        }
        m
    }
}

/// `d > max` for a non-negative `d`. `d` is mantissa / 10^scale; when the mantissa fits in a u64
/// (every real amount) this is one integer comparison instead of a rescaling decimal comparison.
/// What is wrong with an amount a person entered at `field`: negative, above `max` kroner, or more
/// than two decimals (øre); `None` when it is fine.
#[inline(never)]
pub fn amount_error(field: &dyn Fn() -> String, d: Decimal, max: u32) -> Option<FieldError> {
    if d.is_sign_negative() && !d.is_zero() {
        Some(FieldError::new(field(), ErrorCode::Negative))
    } else if exceeds(d, max) {
        Some(FieldError::with_limit(field(), ErrorCode::TooLarge, max))
    } else if more_than_two_decimals(d) {
        Some(FieldError::with_limit(field(), ErrorCode::TooManyDecimals, 2))
    } else {
        None
    }
}

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

/// Checks `input`; `today` is the month used when the input names none.
pub fn validate(input: &HouseholdInput, today: YearMonth) -> Result<Household<'_>, InputErrors> {
    let mut c = Check { errors: Vec::new() };

    let month = match &input.month {
        Some(s) => c.month(&|| "month".into(), s),
        None => Some(today),
    };
    if let Some(m) = month {
        if m > LAST_MONTH {
            c.push(FieldError::with_limit("month", ErrorCode::MonthTooLate, LAST_MONTH));
        } else if m < law::first_state_month() && input.custom_rates.is_none() {
            c.push(FieldError::with_limit("month", ErrorCode::MonthBeforeFirstTable, law::first_state_month()));
        }
    }

    let together = match (input.household_type, input.common_children) {
        (HouseholdType::Cohabiting, None) => {
            c.push(FieldError::new("commonChildren", ErrorCode::MissingField));
            false
        }
        (HouseholdType::Cohabiting, Some(common)) => common,
        (kind, common) => {
            if common.is_some() {
                c.push(FieldError::new("commonChildren", ErrorCode::NotApplicable));
            }
            kind == HouseholdType::Married
        }
    };
    // A married person assessed alone applies as one adult (`single`); with any other household type
    // the field does not apply (a married couple entered as `married` is assessed together).
    #[cfg(feature = "situation-facts")]
    if input.situation.facts.assessed_alone.is_some() && input.household_type != HouseholdType::Single {
        c.push(FieldError::new("situation.assessedAlone", ErrorCode::NotApplicable));
    }
    // Særkullsbarn are the children of only one of a couple: with one adult (single, shared housing) the
    // fact does not apply.
    #[cfg(feature = "situation-facts")]
    if input.situation.facts.saerkull_children && !matches!(input.household_type, HouseholdType::Married | HouseholdType::Cohabiting) {
        c.push(FieldError::new("situation.saerkullChildren", ErrorCode::NotApplicable));
    }
    // Spouses, and samboere with common children, are assessed together: two adults. Everyone
    // else is assessed alone, so only the applicant's age is given.
    let wanted = if together { 2 } else { 1 };
    if !input.adults.is_empty() && input.adults.len() != wanted {
        c.push(FieldError::with_limit("adults", ErrorCode::WrongAdultCount, wanted));
    }
    let mut adults = Vec::with_capacity(input.adults.len());
    for (i, p) in input.adults.iter().enumerate().take(MAX_ITEMS) {
        let f = || format!("adults[{i}].age");
        match p.age {
            a if a < 0 => c.push(FieldError::new(f(), ErrorCode::Negative)),
            a if a > MAX_ADULT_AGE => c.push(FieldError::with_limit(f(), ErrorCode::AgeOutOfRange, MAX_ADULT_AGE)),
            a => adults.push(Adult { age: a as u8, situation: input.situation.adults.get(i).copied().unwrap_or_default() }),
        }
    }

    let mut children = Vec::with_capacity(input.children.len());
    if c.count("children", input.children.len(), MAX_CHILDREN) {
        for (i, p) in input.children.iter().enumerate() {
            match p.age {
                a @ 0..=17 => children.push(a as u8),
                _ => c.push(FieldError::with_limit(format!("children[{i}].age"), ErrorCode::ChildAgeOutOfRange, "0–17")),
            }
        }
    }

    let e = &input.expenses;
    c.amount(&|| "expenses.housing".into(), e.housing, MAX_AMOUNT);
    c.amount(&|| "expenses.commonCosts".into(), e.common_costs, MAX_AMOUNT);
    c.amount(&|| "expenses.mortgageInstalments".into(), e.mortgage_instalments, MAX_AMOUNT);
    c.amount(&|| "expenses.electricity".into(), e.electricity, MAX_AMOUNT);
    c.amount(&|| "expenses.insurance".into(), e.insurance, MAX_AMOUNT);
    c.amount(&|| "expenses.childcare".into(), e.childcare, MAX_AMOUNT);
    if let Some(limit) = e.housing_limit {
        c.amount(&|| "expenses.housingLimit".into(), limit, MAX_AMOUNT);
        if limit.is_zero() {
            c.push(FieldError::new("expenses.housingLimit", ErrorCode::ZeroLimit));
        }
    }
    if c.count("expenses.other", e.other.len(), MAX_ITEMS) {
        for (i, o) in e.other.iter().enumerate() {
            c.amount(&|| format!("expenses.other[{i}].amount"), o.amount, MAX_AMOUNT);
            c.text(&|| format!("expenses.other[{i}].label"), &o.label);
        }
    }
    if c.count("incomes", input.incomes.len(), MAX_ITEMS) {
        for (i, inc) in input.incomes.iter().enumerate() {
            c.amount(&|| format!("incomes[{i}].amount"), inc.amount, MAX_AMOUNT);
            if let Some(l) = &inc.label {
                c.text(&|| format!("incomes[{i}].label"), l);
            }
        }
    }
    c.amount(&|| "liquidFunds".into(), input.liquid_funds, MAX_AMOUNT);
    c.amount(&|| "barnetrygdInFunds".into(), input.barnetrygd_in_funds, MAX_AMOUNT);
    if input.barnetrygd_in_funds > input.liquid_funds && !input.liquid_funds.is_sign_negative() {
        // Part of the money on the account cannot be more than the money on it.
        c.push(FieldError::with_limit("barnetrygdInFunds", ErrorCode::ExceedsTotal, input.liquid_funds));
    }

    if let Some(d) = &input.decision {
        c.amount(&|| "decision.granted".into(), d.granted, MAX_AMOUNT);
        for (key, part) in [("livsopphold", d.livsopphold), ("housing", d.housing), ("electricity", d.electricity)] {
            if let Some(a) = part {
                c.amount(&|| format!("decision.{key}"), a, MAX_AMOUNT);
            }
        }
    }

    let custom_rates = input.custom_rates.as_ref().and_then(|custom| custom_set(&mut c, custom));

    match (c.errors.is_empty(), month) {
        (true, Some(month)) => Ok(Household {
            month,
            kind: input.household_type,
            together,
            adults,
            children,
            expenses: &input.expenses,
            incomes: &input.incomes,
            liquid_funds: input.liquid_funds,
            barnetrygd_in_funds: input.barnetrygd_in_funds,
            emergency: input.situation.emergency,
            facts: input.situation.facts,
            custom_rates,
            decision: input.decision.as_ref(),
        }),
        _ => Err(InputErrors { errors: c.errors }),
    }
}

/// The input's three child categories as the state's age bands.
const CUSTOM_BANDS: [(u8, u8); 3] = [(0, 5), (6, 10), (11, 17)];

/// Checks a caller's rate set: ordered, no gaps, no overlaps, figures within range. Which
/// categories the household needs, and which table covers the month, the rules decide
/// ([`crate::rules::rates`]).
fn custom_set(c: &mut Check, custom: &CustomRates) -> Option<CustomSet> {
    let before = c.errors.len();
    if custom.label.trim().is_empty() {
        c.push(FieldError::new("customRates.label", ErrorCode::Empty));
    }
    c.text(&|| "customRates.label".into(), &custom.label);
    if custom.tables.is_empty() {
        c.push(FieldError::new("customRates.tables", ErrorCode::RatesEmpty));
    }
    if !c.count("customRates.tables", custom.tables.len(), MAX_ITEMS) {
        return None;
    }
    let mut tables: Vec<CustomTable> = Vec::with_capacity(custom.tables.len());
    for (i, t) in custom.tables.iter().enumerate() {
        let p = |f: &str| format!("customRates.tables[{i}].{f}");
        let children = [t.child0to5, t.child6to10, t.child11to17];
        for (name, v) in [("single", t.single), ("couple", t.couple), ("sharedHousing", t.shared_housing), ("child0to5", children[0]), ("child6to10", children[1]), ("child11to17", children[2])] {
            if let Some(v) = v {
                c.amount(&|| p(name), v, MAX_RATE);
            }
        }
        if let Some(s) = &t.source {
            c.text(&|| p("source"), s);
        }
        let from = c.month(&|| p("effectiveFrom"), &t.effective_from);
        let to = match &t.effective_to {
            Some(s) => c.month(&|| p("effectiveTo"), s).map(Some),
            None => Some(None),
        };
        let (Some(from), Some(to)) = (from, to) else { continue };
        if to.is_some_and(|to| to < from) {
            c.push(FieldError::new(p("effectiveTo"), ErrorCode::RatesEndBeforeStart));
            continue;
        }
        if let Some(prev) = tables.last() {
            if from <= prev.from {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesNotOrdered));
            } else if prev.to.is_none_or(|pt| pt >= from) {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesOverlap));
            } else if prev.to.is_some_and(|pt| pt.next() < from) {
                c.push(FieldError::new(p("effectiveFrom"), ErrorCode::RatesGap));
            }
        }
        let bands: Vec<ChildBand> = match &t.children {
            // The table's own bands: instead of the three categories, never beside them.
            #[cfg(feature = "child-bands")]
            Some(own) => {
                if children.iter().any(Option::is_some) {
                    c.push(FieldError::new(p("children"), ErrorCode::ChildBandsTwice));
                }
                child_bands(c, i, own)
            }
            _ => CUSTOM_BANDS
                .iter()
                .zip(children)
                .filter_map(|(&(lo, hi), amount)| amount.map(|amount| ChildBand { from_age: lo, to_age: hi, amount }))
                .collect(),
        };
        tables.push(CustomTable {
            index: i,
            from,
            to,
            rates: Rates { single: t.single, couple: t.couple, shared_housing: t.shared_housing, children: Cow::Owned(bands) },
            source: t.source.clone(),
        });
    }
    (c.errors.len() == before).then(|| CustomSet { label: custom.label.trim().to_string(), tables })
}

/// The oldest age that is a child's (the youngest adult is 18).
#[cfg(feature = "child-bands")]
const MAX_CHILD_AGE: i64 = 17;

/// A caller's own child age bands, checked: each from ≤ to within 0–17, in order, together covering
/// 0–17 without gap or overlap (a child of any age has exactly one band). An error names the band
/// where the cover breaks (`childBandsNotCovering`), or the whole list when it is empty. Kept small:
/// it is in the first screen's wasm.
#[cfg(feature = "child-bands")]
#[inline(never)]
fn child_bands(c: &mut Check, table: usize, own: &[ChildBandInput]) -> Vec<ChildBand> {
    let mut bands = Vec::with_capacity(own.len());
    let mut next = 0i64; // the first age not yet covered
    let mut broken = None;
    for (j, b) in own.iter().enumerate() {
        c.amount(&|| format!("customRates.tables[{table}].children[{j}].amount"), b.amount, MAX_RATE);
        let fault = if !(0..=MAX_CHILD_AGE).contains(&b.from_age) {
            Some(("fromAge", ErrorCode::ChildAgeOutOfRange))
        } else if b.to_age > MAX_CHILD_AGE {
            Some(("toAge", ErrorCode::ChildAgeOutOfRange))
        } else if b.to_age < b.from_age {
            Some(("toAge", ErrorCode::ChildBandsNotCovering))
        } else if b.from_age != next {
            Some(("fromAge", ErrorCode::ChildBandsNotCovering))
        } else {
            None
        };
        if let Some((field, code)) = fault {
            broken = Some((Some((j, field)), code));
            break;
        }
        next = b.to_age + 1;
        // Both ages are within 0–17 here.
        bands.push(ChildBand { from_age: b.from_age as u8, to_age: b.to_age as u8, amount: b.amount });
    }
    if broken.is_none() && next != MAX_CHILD_AGE + 1 {
        broken = Some((own.len().checked_sub(1).map(|j| (j, "toAge")), ErrorCode::ChildBandsNotCovering));
    }
    if let Some((at, code)) = broken {
        let field = match at {
            Some((j, f)) => format!("customRates.tables[{table}].children[{j}].{f}"),
            None => format!("customRates.tables[{table}].children"),
        };
        c.push(FieldError::new(field, code));
    }
    bands
}

/// Whether the adult is under the age of an adult (18): the parents' duty of maintenance.
pub fn is_minor(age: u8) -> bool {
    age < RULES.adult_age
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
