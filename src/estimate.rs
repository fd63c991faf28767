//! The estimate of monthly stønad til livsopphold (sosialtjenesteloven § 18):
//!
//! ```text
//! need       = guideline rate for the adults + one rate per child by age band
//!              + housing + electricity/heating + insurance + childcare + other necessary expenses
//! difference = need − counted income − liquid funds available now
//! amount     = difference rounded to whole kroner (half away from zero), at most the need
//!              (rounded down to whole kroner), at least 0
//! ```
//!
//! Every term becomes a [`Line`] with its rule code, amount and source, so the lines of each group
//! add up exactly to the [`Totals`]. Only the final amount is rounded; nothing else is.

use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::income::{income_rule, IncomeRule};
use crate::input::{HouseholdInput, HouseholdType, IncomeKind};
use crate::month::YearMonth;
use crate::rates::{Category, Confidence, TableCaveat};
use crate::source::{self, Source};
use crate::validate::{validate, RateTableUsed, TableKind, ADULT_AGE};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::ser::{SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;
use std::borrow::Cow;

/// A `&'static str` serialised through `serialize_unit_variant`, which every self-describing format
/// writes as the plain string (serde_json: `"…"`, `serde_json::Value::String`, serde_wasm_bindgen: a
/// JS string), so the output is the same as `serialize_str`. The difference is speed in the browser:
/// serde_wasm_bindgen creates a JS string for a unit variant once and reuses it (it caches by
/// address), where `serialize_str` decodes UTF-8 into a new JS string on every call. The legal
/// sources (reference and URL) are by far the most repeated texts of an estimate.
///
/// Only for `&'static str` (the cache is keyed by address), and only for self-describing formats
/// (a binary format such as bincode would write a variant index).
pub(crate) struct StaticStr(pub &'static str);

impl Serialize for StaticStr {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("", 0, self.0)
    }
}

/// Serialises a [`Source`] exactly as its derived `Serialize` (`{reference, url}`), its two texts as
/// [`StaticStr`]. Used with `#[serde(serialize_with)]` on every `Source` field of the output.
pub(crate) fn serialize_source<S: Serializer>(source: &Source, s: S) -> Result<S::Ok, S::Error> {
    let mut st = s.serialize_struct("Source", 2)?;
    st.serialize_field("reference", &StaticStr(source.reference))?;
    st.serialize_field("url", &StaticStr(source.url))?;
    st.end()
}

/// An optional `&'static str` as [`StaticStr`] (with `skip_serializing_if = "Option::is_none"`).
pub(crate) fn serialize_static_opt<S: Serializer>(text: &Option<&'static str>, s: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(t) => s.serialize_some(&StaticStr(t)),
        None => s.serialize_none(),
    }
}

/// A list of texts, the borrowed (`&'static`) ones as [`StaticStr`].
pub(crate) fn serialize_static_list<S: Serializer>(list: &[Cow<'static, str>], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(list.len()))?;
    for item in list {
        match item {
            Cow::Borrowed(t) => seq.serialize_element(&StaticStr(t))?,
            Cow::Owned(t) => seq.serialize_element(t.as_str())?,
        }
    }
    seq.end()
}

/// What a line is: the key of its message in every catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum LineCode {
    /// Guideline rate for the adult(s), by household category.
    Rate,
    /// Guideline rate for one child, by age band.
    RateChild,
    /// Rent or mortgage costs.
    Housing,
    /// Electricity and heating.
    Electricity,
    /// Home and contents insurance.
    Insurance,
    /// Barnehage / SFO.
    Childcare,
    /// Another necessary expense (with the user's label).
    OtherExpense,
    /// An income that reduces the stønad (rule in `incomeRule`).
    IncomeCounted,
    /// An income that is kept out (rule in `incomeRule`).
    IncomeKeptOut,
    /// Liquid funds available now, used first.
    OwnFunds,
}

/// Which total a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Group {
    /// Adds to the need.
    Need,
    /// Subtracted as counted income.
    Income,
    /// Shown, but neither added nor subtracted.
    KeptOut,
    /// Subtracted as own funds.
    Funds,
}

/// One line of the calculation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    /// What the line is.
    pub code: LineCode,
    /// Which total it belongs to.
    pub group: Group,
    /// Kroner per month, as entered or as the table says (not rounded).
    pub amount: Decimal,
    /// Rate category, on rate lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Age in years, on child rate lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// Kind of income, on income lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_kind: Option<IncomeKind>,
    /// The rule applied to an income.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_rule: Option<IncomeRule>,
    /// The user's label (other expenses, incomes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Legal source of the rule applied.
    #[serde(serialize_with = "serialize_source")]
    pub source: Source,
    /// How sure the reference is of the rule, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

impl Line {
    fn new(code: LineCode, group: Group, amount: Decimal, source: Source) -> Line {
        Line { code, group, amount, category: None, age: None, income_kind: None, income_rule: None, label: None, source, confidence: None }
    }
}

/// Sums of the line groups and the result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Sum of the need lines.
    pub need: Decimal,
    /// Sum of the counted income lines.
    pub counted_income: Decimal,
    /// Sum of the kept-out income lines (information only).
    pub kept_out_income: Decimal,
    /// Liquid funds used first.
    pub own_funds: Decimal,
    /// need − counted income − own funds, exact (may be negative).
    pub difference: Decimal,
    /// The estimate: `difference` rounded to whole kroner, at least 0.
    pub amount: Decimal,
}

/// Why no monthly top-up is estimated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum NoTopUpReason {
    /// Counted income alone covers the need.
    IncomeCovers,
    /// Income falls short, but money available now covers the rest.
    FundsCover,
}

/// Why no estimate can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum CannotEstimateReason {
    /// No adult was entered.
    NoAdult,
    /// An applicant is under 18: the parents have the duty of maintenance; contact NAV.
    ApplicantUnder18,
}

/// The three outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "reason")]
pub enum Outcome {
    /// Likely monthly support of `totals.amount`.
    Support,
    /// No monthly top-up; one-off needs can still be applied for (§ 19).
    NoTopUp(NoTopUpReason),
    /// No estimate possible.
    CannotEstimate(CannotEstimateReason),
}

/// A notice shown with every result of its kind (keys of the message catalogue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// Message key.
    pub code: NoticeCode,
    /// Legal source.
    #[serde(serialize_with = "serialize_source")]
    pub source: Source,
    /// A month the message names (start of a GAP period).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<YearMonth>,
}

/// Notice keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum NoticeCode {
    /// Always: the estimate is veiledende; NAV decides after an individual assessment; the kommune
    /// may use its own rates.
    Veiledende,
    /// The month is in a period whose state rates are unknown; an older table was used.
    RatesGap,
    /// The month is after the newest known state table: check regjeringen.no or your kommune.
    NewerRatesMayApply,
    /// A caller-supplied table replaced the state table.
    CustomRates,
    /// The state figures come from a secondary source or are inferred.
    RatesUncertain,
    /// Housing and other expenses are taken as entered; NAV assesses whether they are reasonable.
    ExpensesAssessed,
    /// No monthly top-up, but one-off needs can be applied for (§ 19).
    OneOffNeeds,
    /// Applicant under 18: parents' duty of maintenance; contact NAV.
    ParentsDuty,
    /// No adult entered.
    NoAdult,
}

impl Notice {
    fn new(code: NoticeCode, source: Source) -> Notice {
        Notice { code, source, month: None }
    }
}

/// The full result: outcome, amount, every line, the table used and the notices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    /// Month assessed.
    pub month: YearMonth,
    /// Support, no top-up, or cannot estimate.
    pub outcome: Outcome,
    /// The sums.
    pub totals: Totals,
    /// The rate table used (absent when no estimate could be made).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_table: Option<RateTableUsed>,
    /// The calculation, line by line.
    pub lines: Vec<Line>,
    /// What the user must know with this result.
    pub notices: Vec<Notice>,
    /// Vilkår, rights, KVP and emergency help for this household and month.
    pub guidance: crate::guidance::Guidance,
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, InputErrors> {
    a.checked_add(b).ok_or_else(|| FieldError::new("", ErrorCode::Overflow).into())
}

fn sub(a: Decimal, b: Decimal) -> Result<Decimal, InputErrors> {
    a.checked_sub(b).ok_or_else(|| FieldError::new("", ErrorCode::Overflow).into())
}

/// Estimates the stønad for `input`; `today` is the month assessed when the input names none.
pub fn estimate(input: &HouseholdInput, today: YearMonth) -> Result<Estimate, InputErrors> {
    let v = validate(input, today)?;
    let guidance = crate::guidance::guidance(input, v.month, &v.adult_ages);
    // At most five notices: veiledende, one table notice, rates uncertain, expenses, one-off needs.
    let mut notices = Vec::with_capacity(5);
    notices.push(Notice::new(NoticeCode::Veiledende, source::VEILEDENDE));

    let cannot = if v.adult_ages.is_empty() {
        Some((CannotEstimateReason::NoAdult, Notice::new(NoticeCode::NoAdult, source::SOTJL_18)))
    } else if v.adult_ages.iter().any(|&a| a < ADULT_AGE) {
        Some((CannotEstimateReason::ApplicantUnder18, Notice::new(NoticeCode::ParentsDuty, source::PARENTS_DUTY)))
    } else {
        None
    };
    if let Some((reason, notice)) = cannot {
        notices.push(notice);
        return Ok(Estimate {
            month: v.month,
            outcome: Outcome::CannotEstimate(reason),
            totals: Totals::default(),
            rate_table: None,
            lines: Vec::new(),
            notices,
            guidance,
        });
    }

    let rates = v.table.rates;
    let mut lines = Vec::with_capacity(8 + v.child_ages.len() + input.incomes.len() + input.expenses.other.len());

    // Guideline rates (statlige veiledende retningslinjer, or the caller's table).
    let adult_category = match input.household_type {
        HouseholdType::Single => Category::Single,
        HouseholdType::Couple => Category::Couple,
        HouseholdType::SharedHousing => Category::SharedHousing,
    };
    let rate_source = source::SOTJL_18;
    let mut line = Line::new(LineCode::Rate, Group::Need, rates.get(adult_category), rate_source);
    line.category = Some(adult_category);
    lines.push(line);
    for &age in &v.child_ages {
        // Ages are 0–17 after validation, so a band always exists.
        let band = Category::child_band(age).unwrap_or(Category::Child11to17);
        let mut line = Line::new(LineCode::RateChild, Group::Need, rates.get(band), rate_source);
        line.category = Some(band);
        line.age = Some(age);
        lines.push(line);
    }

    // Costs outside the rates, as entered (A-3/2023: assessed individually).
    let e = &input.expenses;
    for (code, amount, src) in [
        (LineCode::Housing, e.housing, source::COSTS_OUTSIDE_RATES),
        (LineCode::Electricity, e.electricity, source::COSTS_OUTSIDE_RATES),
        (LineCode::Insurance, e.insurance, source::COSTS_OUTSIDE_RATES),
        (LineCode::Childcare, e.childcare, source::NECESSARY_EXPENSES),
    ] {
        if !amount.is_zero() {
            lines.push(Line::new(code, Group::Need, amount, src));
        }
    }
    for o in &e.other {
        if !o.amount.is_zero() {
            let mut line = Line::new(LineCode::OtherExpense, Group::Need, o.amount, source::NECESSARY_EXPENSES);
            line.label = Some(o.label.trim().to_string()).filter(|l| !l.is_empty());
            lines.push(line);
        }
    }
    let has_expenses = lines.iter().any(|l| l.group == Group::Need && !matches!(l.code, LineCode::Rate | LineCode::RateChild));

    // Incomes (§ 18 third paragraph decides what is kept out).
    for inc in &input.incomes {
        if inc.amount.is_zero() {
            continue;
        }
        let (rule, src, conf) = income_rule(inc.kind, v.month);
        let (code, group) = if rule.counts() { (LineCode::IncomeCounted, Group::Income) } else { (LineCode::IncomeKeptOut, Group::KeptOut) };
        let mut line = Line::new(code, group, inc.amount, src);
        line.income_kind = Some(inc.kind);
        line.income_rule = Some(rule);
        line.label = inc.label.as_ref().map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
        line.confidence = (conf != Confidence::Verified).then_some(conf);
        lines.push(line);
    }

    // Own means first (subsidiarity).
    if !input.liquid_funds.is_zero() {
        lines.push(Line::new(LineCode::OwnFunds, Group::Funds, input.liquid_funds, source::OWN_MEANS_FIRST));
    }

    let mut t = Totals::default();
    for l in &lines {
        let slot = match l.group {
            Group::Need => &mut t.need,
            Group::Income => &mut t.counted_income,
            Group::KeptOut => &mut t.kept_out_income,
            Group::Funds => &mut t.own_funds,
        };
        *slot = add(*slot, l.amount)?;
    }
    t.difference = sub(sub(t.need, t.counted_income)?, t.own_funds)?;
    // Whole kroner, half away from zero, but never above the need itself: with no income, a need
    // of 7850.50 gives 7850, not 7851.
    let rounded = t.difference.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    t.amount = rounded.min(t.need.floor()).max(Decimal::ZERO);

    let outcome = if t.amount > Decimal::ZERO {
        Outcome::Support
    } else if t.own_funds.is_zero() || t.counted_income >= t.need {
        // Income covers the need, or falls short by less than 50 øre (rounding covers it).
        Outcome::NoTopUp(NoTopUpReason::IncomeCovers)
    } else {
        Outcome::NoTopUp(NoTopUpReason::FundsCover)
    };

    match (v.table.kind, v.table.caveat) {
        (TableKind::Custom, _) => notices.push(Notice::new(NoticeCode::CustomRates, source::VEILEDENDE)),
        (TableKind::State, Some(TableCaveat::GapPeriod { gap_from })) => {
            notices.push(Notice { code: NoticeCode::RatesGap, source: source::VEILEDENDE, month: Some(gap_from) })
        }
        (TableKind::State, Some(TableCaveat::NewerRatesMayApply)) => {
            notices.push(Notice::new(NoticeCode::NewerRatesMayApply, source::VEILEDENDE))
        }
        (TableKind::State, None) => {}
    }
    if v.table.kind == TableKind::State && v.table.confidence != Some(Confidence::Verified) {
        notices.push(Notice::new(NoticeCode::RatesUncertain, source::VEILEDENDE));
    }
    if has_expenses {
        notices.push(Notice::new(NoticeCode::ExpensesAssessed, source::COSTS_OUTSIDE_RATES));
    }
    if matches!(outcome, Outcome::NoTopUp(_)) {
        notices.push(Notice::new(NoticeCode::OneOffNeeds, source::SOTJL_19));
    }

    Ok(Estimate { month: v.month, outcome, totals: t, rate_table: Some(v.table), lines, notices, guidance })
}

/// Parses JSON and estimates: the entry point of the CLI and the fuzz target. Never panics.
pub fn estimate_json(json: &str, today: YearMonth) -> Result<Estimate, InputErrors> {
    let input = crate::input::from_json(json)?;
    estimate(&input, today)
}
