//! The estimate of monthly stønad til livsopphold (sosialtjenesteloven § 18):
//!
//! ```text
//! need       = guideline rate for the adults + one rate per child by age band
//!              + housing (rent or mortgage interest) + felleskostnader/kommunale avgifter
//!              + electricity/heating + insurance + childcare + other necessary expenses
//! difference = need − counted income − liquid funds available now (less barnetrygd received this
//!              or last month)
//! amount     = difference rounded to whole kroner (half away from zero), at most the need
//!              (rounded down to whole kroner), at least 0
//! ```
//!
//! Every term becomes a [`Line`] with its rule code, amount and source, so the lines of each group
//! add up exactly to the [`Totals`]. Only the final amount is rounded; nothing else is.

use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::income::{income_rule, IncomeRule, BARNETRYGD_CHANGE_PROPOSED_FROM};
use crate::input::{HouseholdInput, HouseholdType, IncomeKind};
use crate::month::YearMonth;
use crate::rates::{Category, Confidence, TableCaveat};
use crate::source::{self, SourceId};
use crate::validate::{validate, RateTableUsed, TableKind, Valid, ADULT_AGE};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::ser::{SerializeSeq, Serializer};
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

code_enum! {
    /// What a line is: the key of its message in every catalogue.
    pub enum LineCode {
        /// Guideline rate for the adult(s), by household category.
        Rate,
        /// Guideline rate for one child, by age band.
        RateChild,
        /// Rent, or the interest on a mortgage.
        Housing,
        /// Felleskostnader and kommunale avgifter.
        CommonCosts,
        /// Electricity and heating.
        Electricity,
        /// Home and contents insurance.
        Insurance,
        /// Barnehage / SFO.
        Childcare,
        /// Another necessary expense (with the user's label).
        OtherExpense,
        /// Mortgage instalments: shown, not counted (NAV usually asks you to seek a pause from the bank).
        MortgageInstalments,
        /// An income that reduces the stønad (rule in `incomeRule`).
        IncomeCounted,
        /// An income that is kept out (rule in `incomeRule`).
        IncomeKeptOut,
        /// Liquid funds available now, used first.
        OwnFunds,
        /// Barnetrygd received this or last month, on the account: not counted as savings from
        /// 1 September 2022 (rule in `incomeRule`).
        OwnFundsBarnetrygd,
    }
}

code_enum! {
    /// Which total a line belongs to.
    pub enum Group {
        /// Adds to the need.
        Need,
        /// Subtracted as counted income.
        Income,
        /// An income shown, but neither added nor subtracted (in `totals.keptOutIncome`).
        KeptOut,
        /// Subtracted as own funds.
        Funds,
        /// An expense or money shown, but neither added nor subtracted, with its reason.
        NotCounted,
    }
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
    /// The rule applied to an income (and to barnetrygd on the account).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_rule: Option<IncomeRule>,
    /// The user's label (other expenses, incomes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Legal source of the rule applied.
    pub source: SourceId,
    /// How sure the reference is of the rule, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

impl Line {
    fn new(code: LineCode, group: Group, amount: Decimal, source: SourceId) -> Line {
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

code_enum! {
    /// Why no monthly top-up is estimated.
    pub enum NoTopUpReason {
        /// Counted income alone covers the need.
        IncomeCovers,
        /// Income falls short, but money available now covers the rest.
        FundsCover,
    }
}

code_enum! {
    /// Why no estimate can be made.
    pub enum CannotEstimateReason {
        /// No adult was entered.
        NoAdult,
        /// An applicant is under 18: the parents have the duty of maintenance; contact NAV.
        ApplicantUnder18,
    }
}

/// The three outcomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "reason")]
pub enum Outcome {
    /// Likely monthly support of `totals.amount`.
    Support,
    /// No monthly top-up; one-off needs can still be applied for (§ 18, then § 19).
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
    pub source: SourceId,
    /// A month the message names (start of a GAP period).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<YearMonth>,
}

code_enum! {
    /// Notice keys.
    pub enum NoticeCode {
        /// Always: the estimate is veiledende; NAV decides after an individual assessment; the kommune
        /// may use its own rates.
        Veiledende,
        /// The month is in a period whose state rates are unknown; an older table was used.
        RatesGap,
        /// The month is in a later year than the newest known state table: the rates in force are
        /// almost certainly higher; ask the NAV office which rates it uses. The page puts this in the
        /// headline.
        RatesOutdated,
        /// A caller-supplied table replaced the state table.
        CustomRates,
        /// The state figures come from a secondary source or are inferred.
        RatesUncertain,
        /// Housing and other expenses are taken as entered; NAV assesses whether they are reasonable.
        ExpensesAssessed,
        /// No monthly top-up, but one-off needs can be applied for (§ 18 first, then § 19).
        OneOffNeeds,
        /// Samboere without common children: the applicant is assessed alone; which rate NAV then uses
        /// is not verified, so both readings are shown (`alternatives`, `amountRange`).
        CohabitantAssessedAlone,
        /// From 2026: a change to § 18 third paragraph (barnetrygd counted as income) was proposed in
        /// Prop. 1 S (2025–2026); whether it was adopted is unknown. The kept-out rule is used, and the
        /// estimate if barnetrygd counted is in `alternatives`.
        BarnetrygdChangeProposed,
        /// Applicant under 18: parents' duty of maintenance; contact NAV.
        ParentsDuty,
        /// No adult entered.
        NoAdult,
    }
}

impl Notice {
    fn new(code: NoticeCode, source: SourceId) -> Notice {
        Notice { code, source, month: None }
    }
}

/// Another reading of the same household, computed in full but shown as its totals only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alternative {
    /// Which reading.
    pub code: AlternativeCode,
    /// Its outcome.
    pub outcome: Outcome,
    /// Its totals.
    pub totals: Totals,
}

code_enum! {
    /// The readings an estimate can show beside its own.
    pub enum AlternativeCode {
        /// A samboer assessed alone at the Enslige rate (the estimate uses Person i bofellesskap).
        CohabitantSingleRate,
        /// Barnetrygd counted as income (and as savings), as proposed for 2026.
        BarnetrygdCounted,
    }
}

/// The lowest and highest amount of the readings that are both current law (only when they differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct AmountRange {
    /// The lower amount, whole kroner.
    pub low: Decimal,
    /// The higher amount, whole kroner.
    pub high: Decimal,
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
    /// When two readings of current law differ (a samboer assessed alone), the range of their
    /// amounts; the headline shows it instead of one amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_range: Option<AmountRange>,
    /// The rate table used (absent when no estimate could be made).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_table: Option<RateTableUsed>,
    /// The calculation, line by line.
    pub lines: Vec<Line>,
    /// Other readings of the same household (see [`AlternativeCode`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
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

/// The adult rate category, and the other reading when the law does not say which one NAV uses.
///
/// A samboer without common children is assessed alone (Dokument 15:202 (2000–2001); NAV: «Hvis du er
/// samboer»), but no verified source says whether NAV then uses the rate for Enslige or for a
/// Person i bofellesskap (someone who shares a home with other adults). The estimate uses the lower
/// one, Person i bofellesskap, and shows the Enslige reading beside it; it never picks silently.
fn adult_categories(household_type: HouseholdType, together: bool) -> (Category, Option<Category>) {
    match household_type {
        HouseholdType::Single => (Category::Single, None),
        HouseholdType::Married => (Category::Couple, None),
        HouseholdType::Cohabiting if together => (Category::Couple, None),
        HouseholdType::Cohabiting => (Category::SharedHousing, Some(Category::Single)),
        HouseholdType::SharedHousing => (Category::SharedHousing, None),
    }
}

/// What [`compute`] needs besides the household: the rate category and how barnetrygd is treated.
#[derive(Clone, Copy)]
struct Reading {
    adult: Category,
    barnetrygd_counted: bool,
}

/// The lines, totals and outcome of one reading. Only the final amount is rounded.
fn compute(input: &HouseholdInput, v: &Valid, r: Reading) -> Result<(Vec<Line>, Totals, Outcome), InputErrors> {
    let rates = &v.table.rates;
    let rate = |c: Category| rates.get(c).ok_or_else(|| InputErrors::from(FieldError::new("", ErrorCode::RateMissing)));
    let e = &input.expenses;
    let mut lines = Vec::with_capacity(9 + v.child_ages.len() + input.incomes.len() + e.other.len());

    // Guideline rates (statlige veiledende retningslinjer, or the caller's table).
    let rate_source = source::SOTJL_18;
    let mut line = Line::new(LineCode::Rate, Group::Need, rate(r.adult)?, rate_source);
    line.category = Some(r.adult);
    lines.push(line);
    for &age in &v.child_ages {
        let band = Category::child_band(age).ok_or_else(|| InputErrors::from(FieldError::new("", ErrorCode::ChildAgeOutOfRange)))?;
        let mut line = Line::new(LineCode::RateChild, Group::Need, rate(band)?, rate_source);
        line.category = Some(band);
        line.age = Some(age);
        lines.push(line);
    }

    // Costs outside the rates, as entered (A-3/2023: assessed individually).
    for (code, amount, src) in [
        (LineCode::Housing, e.housing, source::COSTS_OUTSIDE_RATES),
        (LineCode::CommonCosts, e.common_costs, source::HOUSING_COSTS),
        (LineCode::Electricity, e.electricity, source::COSTS_OUTSIDE_RATES),
        (LineCode::Insurance, e.insurance, source::COSTS_OUTSIDE_RATES),
        (LineCode::Childcare, e.childcare, source::CHILDREN_NEEDS),
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
    if !e.mortgage_instalments.is_zero() {
        lines.push(Line::new(LineCode::MortgageInstalments, Group::NotCounted, e.mortgage_instalments, source::MORTGAGE_INSTALMENTS));
    }

    // Incomes (§ 18 third paragraph decides what is kept out).
    let rule_for = |kind: IncomeKind| {
        let (rule, src, conf) = income_rule(kind, v.month);
        if r.barnetrygd_counted && rule == IncomeRule::KeptOutBarnetrygd {
            (IncomeRule::Counted, source::BARNETRYGD_CHANGE_PROPOSED, Confidence::Verified)
        } else {
            (rule, src, conf)
        }
    };
    for inc in &input.incomes {
        if inc.amount.is_zero() {
            continue;
        }
        let (rule, src, conf) = rule_for(inc.kind);
        let (code, group) = if rule.counts() { (LineCode::IncomeCounted, Group::Income) } else { (LineCode::IncomeKeptOut, Group::KeptOut) };
        let mut line = Line::new(code, group, inc.amount, src);
        line.income_kind = Some(inc.kind);
        line.income_rule = Some(rule);
        line.label = inc.label.as_ref().map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
        line.confidence = (conf != Confidence::Verified).then_some(conf);
        lines.push(line);
    }

    // Own means first (subsidiarity), except barnetrygd received this or last month.
    let rest = sub(input.liquid_funds, input.barnetrygd_in_funds)?;
    if !rest.is_zero() {
        lines.push(Line::new(LineCode::OwnFunds, Group::Funds, rest, source::OWN_MEANS_FIRST));
    }
    if !input.barnetrygd_in_funds.is_zero() {
        let (rule, _, _) = rule_for(IncomeKind::Barnetrygd);
        let (group, src) = if rule.counts() {
            (Group::Funds, if r.barnetrygd_counted { source::BARNETRYGD_CHANGE_PROPOSED } else { source::BARNETRYGD_BEFORE_2022 })
        } else {
            (Group::NotCounted, source::BARNETRYGD_IN_FUNDS)
        };
        let mut line = Line::new(LineCode::OwnFundsBarnetrygd, group, input.barnetrygd_in_funds, src);
        line.income_rule = Some(rule);
        lines.push(line);
    }

    let mut t = Totals::default();
    for l in &lines {
        let slot = match l.group {
            Group::Need => &mut t.need,
            Group::Income => &mut t.counted_income,
            Group::KeptOut => &mut t.kept_out_income,
            Group::Funds => &mut t.own_funds,
            Group::NotCounted => continue,
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
    Ok((lines, t, outcome))
}

/// Every category the household needs is in the table, or an error names the missing one at the
/// custom table's field (state tables have all six).
fn check_categories(v: &Valid, needed: impl Iterator<Item = Category>) -> Result<(), InputErrors> {
    let mut errors: Vec<FieldError> = Vec::new();
    for c in needed {
        if v.table.rates.get(c).is_none() {
            let field = match v.table.index {
                Some(i) => format!("customRates.tables[{i}].{}", c.key()),
                None => String::new(),
            };
            if errors.iter().all(|e| e.field != field) {
                errors.push(FieldError::new(field, ErrorCode::RateMissing));
            }
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(InputErrors { errors }) }
}

/// Estimates the stønad for `input`; `today` is the month assessed when the input names none.
pub fn estimate(input: &HouseholdInput, today: YearMonth) -> Result<Estimate, InputErrors> {
    let v = validate(input, today)?;
    let guidance = crate::guidance::guidance(input, v.month, &v.adult_ages);
    // At most seven notices: veiledende, one table notice, rates uncertain, expenses, one-off
    // needs, samboer, barnetrygd.
    let mut notices = Vec::with_capacity(7);
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
            amount_range: None,
            rate_table: None,
            lines: Vec::new(),
            alternatives: Vec::new(),
            notices,
            guidance,
        });
    }

    let (adult, other_adult) = adult_categories(input.household_type, v.together);
    let bands = v.child_ages.iter().filter_map(|&a| Category::child_band(a));
    check_categories(&v, [adult].into_iter().chain(other_adult).chain(bands))?;

    let (lines, t, outcome) = compute(input, &v, Reading { adult, barnetrygd_counted: false })?;
    let mut alternatives = Vec::new();
    let mut amount_range = None;
    if let Some(other) = other_adult {
        let (_, totals, outcome) = compute(input, &v, Reading { adult: other, barnetrygd_counted: false })?;
        alternatives.push(Alternative { code: AlternativeCode::CohabitantSingleRate, outcome, totals });
        if totals.amount != t.amount {
            amount_range = Some(AmountRange { low: totals.amount.min(t.amount), high: totals.amount.max(t.amount) });
        }
        notices.push(Notice::new(NoticeCode::CohabitantAssessedAlone, source::COHABITANTS));
    }
    let has_barnetrygd = lines.iter().any(|l| l.income_rule == Some(IncomeRule::KeptOutBarnetrygd));
    if has_barnetrygd && v.month >= BARNETRYGD_CHANGE_PROPOSED_FROM {
        let (_, totals, outcome) = compute(input, &v, Reading { adult, barnetrygd_counted: true })?;
        alternatives.push(Alternative { code: AlternativeCode::BarnetrygdCounted, outcome, totals });
        notices.push(Notice::new(NoticeCode::BarnetrygdChangeProposed, source::BARNETRYGD_CHANGE_PROPOSED));
    }

    match (v.table.kind, v.table.caveat) {
        (TableKind::Custom, _) => notices.push(Notice::new(NoticeCode::CustomRates, source::VEILEDENDE)),
        (TableKind::State, Some(TableCaveat::GapPeriod { gap_from })) => {
            notices.push(Notice { code: NoticeCode::RatesGap, source: source::VEILEDENDE, month: Some(gap_from) })
        }
        (TableKind::State, Some(TableCaveat::Outdated)) => notices.push(Notice::new(NoticeCode::RatesOutdated, source::RATES_ADJUSTED_YEARLY)),
        (TableKind::State, None) => {}
    }
    if v.table.kind == TableKind::State && v.table.confidence != Some(Confidence::Verified) {
        notices.push(Notice::new(NoticeCode::RatesUncertain, source::VEILEDENDE));
    }
    let has_expenses = lines.iter().any(|l| matches!(l.group, Group::Need | Group::NotCounted) && !matches!(l.code, LineCode::Rate | LineCode::RateChild));
    if has_expenses {
        notices.push(Notice::new(NoticeCode::ExpensesAssessed, source::HOUSING_COSTS));
    }
    if matches!(outcome, Outcome::NoTopUp(_)) {
        notices.push(Notice::new(NoticeCode::OneOffNeeds, source::ONE_OFF_NEEDS));
    }

    Ok(Estimate { month: v.month, outcome, totals: t, amount_range, rate_table: Some(v.table), lines, alternatives, notices, guidance })
}

/// Parses JSON and estimates: the entry point of the CLI and the fuzz target. Never panics.
pub fn estimate_json(json: &str, today: YearMonth) -> Result<Estimate, InputErrors> {
    let input = crate::input::from_json(json)?;
    estimate(&input, today)
}
