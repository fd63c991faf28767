//! Stønad til livsopphold — sosialtjenesteloven § 18, measured by the state guideline rates
//! (*statlige veiledende retningslinjer*, rundskriv A-3/2023) or the caller's own:
//!
//! ```text
//! need       = guideline rate for the adults + one rate per child by the table's age band
//!              + housing (rent or mortgage interest) + felleskostnader/kommunale avgifter
//!              + electricity/heating + insurance + childcare + other necessary expenses
//! difference = need − counted income (§ 18 third paragraph: src/rules/income.rs)
//!              − liquid funds available now (less barnetrygd received this or last month)
//! amount     = difference rounded to whole kroner (half away from zero), at most the need
//!              (rounded down to whole kroner), at least 0
//! ```
//!
//! Every term becomes a [`Line`] with its rule code, amount and source id, so the lines of each group
//! add up exactly to the [`Totals`]. Only the final amount is rounded; nothing else is. Texts:
//! law/text/sotjl-18-livsopphold.md, law/text/satser-a-3-2023.md.

use super::income::income_rule;
use super::rates::{table_for, RateTable, TableCaveat, TableKind};
use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::household::{is_minor, Household};
use crate::law::{Confidence, IncomeRule, Rates, SourceId, KOMMUNE_SPREAD, RULES};
use crate::month::YearMonth;
use crate::vocab::{HouseholdType, IncomeKind, StudentKind};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use super::decision::DecisionCheck;
use super::documents::{documents, DocumentCode};

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

code_enum! {
    /// The rate categories of a table: three for adults, and children by the table's own age bands
    /// (a child line names its band in `fromAge`/`toAge`).
    pub enum Category {
        /// Enslige: a single adult living alone.
        Single,
        /// Ektepar/samboere: the couple together.
        Couple,
        /// Person i bofellesskap: one person sharing a home with other adults.
        SharedHousing,
        /// A child, by the age band of the table.
        Child,
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
    /// First age of the child's band, on child rate lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_age: Option<u8>,
    /// Last age of the child's band, on child rate lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_age: Option<u8>,
    /// Kind of income, on income lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_kind: Option<IncomeKind>,
    /// The rule applied to an income (and to barnetrygd on the account).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub income_rule: Option<IncomeRule>,
    /// The user's label (other expenses, incomes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Legal source of the rule applied (an id of `law/sources.toml`).
    pub source: SourceId,
    /// How sure the reference is of the rule, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

impl Line {
    fn new(code: LineCode, group: Group, amount: Decimal, source: SourceId) -> Line {
        Line { code, group, amount, category: None, age: None, from_age: None, to_age: None, income_kind: None, income_rule: None, label: None, source, confidence: None }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
        /// The state's rates were used; the kommune may have its own. With every result on the
        /// state's rates; how far the kommuner differed is law data (`KOMMUNE_SPREAD`, in the schema).
        KommuneRates,
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
        /// A married person assessed alone (`situation.assessedAlone`): NAV may assess you on your own
        /// economy for a period in these situations; tell NAV why. The single household's arithmetic.
        MarriedAssessedAlone,
        /// A child aged 18 or over at home (`situation.adultChildAtHome`): each applies and is
        /// assessed on their own; their income is not the parents'; they are not in this estimate.
        AdultChildAssessedAlone,
        /// A child over 18 in ordinary upper-secondary school: the parents may be required to provide for
        /// them while it lasts (barneloven § 68 second paragraph). Which rate the parent then gets is unknown.
        AdultChildUpperSecondary,
        /// Children living elsewhere, with samvær (`situation.samvaerChildren`): the costs of samvær
        /// belong to livsopphold, assessed by the extent of samvær; enter them as other expenses.
        Samvaer,
        /// Særkullsbarn (`situation.saerkullChildren`): parts of the family may be assessed on their own;
        /// the estimate takes the household together.
        SaerkullChildren,
        /// Applicant under 18: parents' duty of maintenance; contact NAV.
        ParentsDuty,
        /// No adult entered.
        NoAdult,
        /// Housing costs above the NAV office's limit the user gave: the amount at the limit is shown
        /// beside; NAV may set a vilkår to reduce the costs, weighing the children's network.
        HousingAboveLimit,
        /// Housing costs and no bostøtte among the incomes: apply to Husbanken first; it counts as income.
        BostotteFirst,
        /// Children in the household: their leisure, school trips and equipment can be asked for
        /// (NAV weighs children's needs particularly); reduced barnehage and SFO prices from the kommune.
        ChildrenNeeds,
        /// Student support among the incomes: students are as a rule expected to use Lånekassen's loan
        /// and grant first; sosialhjelp can still apply, for example in an emergency.
        StudentSupportFirst,
        /// An adult in higher education (`situation.student`): as a rule no stønad, Lånekassen's loan and
        /// grant first; an emergency, or an education NAV has agreed as the activity, may be otherwise.
        /// Replaces `studentSupportFirst`.
        StudentHigherEducation,
        /// An adult pupil in upper-secondary school (`situation.student`): a Lånekassen stipend is weighed
        /// by what it is meant to cover; the estimate counts it as entered. Replaces `studentSupportFirst`.
        StudentUpperSecondary,
    }
}

impl Notice {
    fn new(code: NoticeCode, source: SourceId) -> Notice {
        Notice { code, source, month: None }
    }
}

/// Another reading of the same household, computed in full but shown as its totals only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
        /// Housing costs counted only up to the NAV office's limit the user gave.
        HousingAtLimit,
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

/// The result for one household and month: outcome, amount, every line, the table used and the
/// notices. The guidance (vilkår, rights, KVP) is separate ([`crate::rules::guidance`]): it depends
/// on fewer facts, so a page asks for it only when `guidance_key` changes.
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
    pub rate_table: Option<RateTable>,
    /// The calculation, line by line.
    pub lines: Vec<Line>,
    /// Other readings of the same household (see [`AlternativeCode`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// What the user must know with this result.
    pub notices: Vec<Notice>,
    /// The facts the guidance depends on, as one string: equal keys give equal guidance.
    pub guidance_key: String,
    /// What NAV may ask the household to document, from its answers ([`super::documents`]).
    pub documents: Vec<DocumentCode>,
    /// The decision the user entered, set beside this estimate ([`super::decision`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_check: Option<DecisionCheck>,
}

pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, InputErrors> {
    a.checked_add(b).ok_or_else(|| FieldError::new("", ErrorCode::Overflow).into())
}

pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, InputErrors> {
    a.checked_sub(b).ok_or_else(|| FieldError::new("", ErrorCode::Overflow).into())
}

/// The adult rate category, and the other reading when the law does not say which one NAV uses.
///
/// A samboer without common children is assessed alone (Dokument 15:202 (2000–2001); NAV: «Hvis du er
/// samboer»), but no verified source says whether NAV then uses the rate for Enslige or for a
/// Person i bofellesskap (someone who shares a home with other adults). The estimate uses the lower
/// one, Person i bofellesskap, and shows the Enslige reading beside it; it never picks silently.
fn adult_categories(kind: HouseholdType, together: bool) -> (Category, Option<Category>) {
    match kind {
        HouseholdType::Single => (Category::Single, None),
        HouseholdType::Married => (Category::Couple, None),
        HouseholdType::Cohabiting if together => (Category::Couple, None),
        HouseholdType::Cohabiting => (Category::SharedHousing, Some(Category::Single)),
        HouseholdType::SharedHousing => (Category::SharedHousing, None),
    }
}

/// The adult rate of a category (`Child` has none: children have bands).
fn adult_rate(rates: &Rates, c: Category) -> Option<Decimal> {
    match c {
        Category::Single => rates.single,
        Category::Couple => rates.couple,
        Category::SharedHousing => rates.shared_housing,
        Category::Child => None,
    }
}

/// What [`compute`] needs besides the household: the rate category and how barnetrygd is treated.
#[derive(Clone, Copy)]
struct Reading {
    adult: Category,
    barnetrygd_counted: bool,
    /// The housing costs (rent or interest, and felleskostnader) counted at most at this limit.
    housing_cap: Option<Decimal>,
}

/// Sums the lines as they are made; keeps them only when asked (the batch's compact output does not).
struct Acc<'a> {
    t: Totals,
    lines: Option<&'a mut Vec<Line>>,
}

impl Acc<'_> {
    fn push(&mut self, line: Line) -> Result<(), InputErrors> {
        let slot = match line.group {
            Group::Need => &mut self.t.need,
            Group::Income => &mut self.t.counted_income,
            Group::KeptOut => &mut self.t.kept_out_income,
            Group::Funds => &mut self.t.own_funds,
            Group::NotCounted => {
                if let Some(lines) = self.lines.as_deref_mut() {
                    lines.push(line);
                }
                return Ok(());
            }
        };
        *slot = add(*slot, line.amount)?;
        if let Some(lines) = self.lines.as_deref_mut() {
            lines.push(line);
        }
        Ok(())
    }
}

/// The lines (when `lines` is given), totals and outcome of one reading. Only the final amount is
/// rounded. The categories were checked by [`check_categories`].
fn compute(h: &Household, rates: &Rates, r: Reading, lines: Option<&mut Vec<Line>>) -> Result<(Totals, Outcome), InputErrors> {
    let missing = || InputErrors::from(FieldError::new("", ErrorCode::RateMissing));
    let labels = lines.is_some();
    let mut acc = Acc { t: Totals::default(), lines };
    let mut push = |line: Line| acc.push(line);

    // Guideline rates (statlige veiledende retningslinjer, or the caller's table).
    let mut line = Line::new(LineCode::Rate, Group::Need, adult_rate(rates, r.adult).ok_or_else(missing)?, SourceId::Sotjl18);
    line.category = Some(r.adult);
    push(line)?;
    for &age in &h.children {
        let band = rates.band(age).ok_or_else(missing)?;
        let mut line = Line::new(LineCode::RateChild, Group::Need, band.amount, SourceId::Sotjl18);
        line.category = Some(Category::Child);
        line.age = Some(age);
        line.from_age = Some(band.from_age);
        line.to_age = Some(band.to_age);
        push(line)?;
    }

    // Costs outside the rates, as entered (A-3/2023: assessed individually).
    let e = &h.expenses;
    // At the NAV office's limit (the alternative reading): felleskostnader first, rent or interest
    // up to what is left of the limit.
    let (housing, common_costs) = match r.housing_cap {
        Some(cap) if add(e.housing, e.common_costs)? > cap => {
            let common = e.common_costs.min(cap);
            (sub(cap, common)?, common)
        }
        _ => (e.housing, e.common_costs),
    };
    for (code, amount, src) in [
        (LineCode::Housing, housing, SourceId::CostsOutsideRates),
        (LineCode::CommonCosts, common_costs, SourceId::HousingCosts),
        (LineCode::Electricity, e.electricity, SourceId::CostsOutsideRates),
        (LineCode::Insurance, e.insurance, SourceId::CostsOutsideRates),
        (LineCode::Childcare, e.childcare, SourceId::ChildrenNeeds),
    ] {
        if !amount.is_zero() {
            push(Line::new(code, Group::Need, amount, src))?;
        }
    }
    for o in &e.other {
        if !o.amount.is_zero() {
            let mut line = Line::new(LineCode::OtherExpense, Group::Need, o.amount, SourceId::NecessaryExpenses);
            if labels {
                line.label = Some(o.label.trim().to_string()).filter(|l| !l.is_empty());
            }
            push(line)?;
        }
    }
    if !e.mortgage_instalments.is_zero() {
        push(Line::new(LineCode::MortgageInstalments, Group::NotCounted, e.mortgage_instalments, SourceId::MortgageInstalments))?;
    }

    // Incomes (§ 18 third paragraph decides what is kept out).
    let rule_for = |kind: IncomeKind| {
        let (rule, src, conf) = income_rule(kind, h.month);
        if r.barnetrygd_counted && rule == IncomeRule::KeptOutBarnetrygd {
            (IncomeRule::Counted, SourceId::BarnetrygdChangeProposed, Confidence::Verified)
        } else {
            (rule, src, conf)
        }
    };
    for inc in h.incomes {
        if inc.amount.is_zero() {
            continue;
        }
        let (rule, src, conf) = rule_for(inc.kind);
        let (code, group) = if rule.counts() { (LineCode::IncomeCounted, Group::Income) } else { (LineCode::IncomeKeptOut, Group::KeptOut) };
        let mut line = Line::new(code, group, inc.amount, src);
        line.income_kind = Some(inc.kind);
        line.income_rule = Some(rule);
        if labels {
            line.label = inc.label.as_ref().map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
        }
        line.confidence = (conf != Confidence::Verified).then_some(conf);
        push(line)?;
    }

    // Own means first (subsidiarity), except barnetrygd received this or last month.
    let rest = sub(h.liquid_funds, h.barnetrygd_in_funds)?;
    if !rest.is_zero() {
        push(Line::new(LineCode::OwnFunds, Group::Funds, rest, SourceId::OwnMeansFirst))?;
    }
    if !h.barnetrygd_in_funds.is_zero() {
        let (rule, _, _) = rule_for(IncomeKind::Barnetrygd);
        let (group, src) = if rule.counts() {
            (Group::Funds, if r.barnetrygd_counted { SourceId::BarnetrygdChangeProposed } else { SourceId::BarnetrygdBefore2022 })
        } else {
            (Group::NotCounted, SourceId::BarnetrygdInFunds)
        };
        let mut line = Line::new(LineCode::OwnFundsBarnetrygd, group, h.barnetrygd_in_funds, src);
        line.income_rule = Some(rule);
        push(line)?;
    }

    let mut t = acc.t;
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
    Ok((t, outcome))
}

/// Every category the household needs is in the table, or an error names each missing one at the
/// custom table's field (state tables have them all).
fn check_categories(h: &Household, rates: &Rates, index: Option<usize>, adult: Category, other: Option<Category>) -> Result<(), InputErrors> {
    let field = |key: &str| match index {
        Some(i) => format!("customRates.tables[{i}].{key}"),
        None => String::new(),
    };
    let mut errors: Vec<FieldError> = Vec::new();
    let mut missing = |key: &str| {
        let f = field(key);
        if errors.iter().all(|e| e.field != f) {
            errors.push(FieldError::new(f, ErrorCode::RateMissing));
        }
    };
    for c in [adult].into_iter().chain(other) {
        if adult_rate(rates, c).is_none() {
            missing(match c {
                Category::Single => "single",
                Category::Couple => "couple",
                _ => "sharedHousing",
            });
        }
    }
    for &age in &h.children {
        if rates.band(age).is_none() {
            // A caller's table names its child rates by the input's three bands.
            missing(match age {
                0..=5 => "child0to5",
                6..=10 => "child6to10",
                _ => "child11to17",
            });
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(InputErrors { errors }) }
}

/// Why no estimate can be made for the household, with its notice.
fn cannot_estimate(h: &Household) -> Option<(CannotEstimateReason, Notice)> {
    if h.adults.is_empty() {
        Some((CannotEstimateReason::NoAdult, Notice::new(NoticeCode::NoAdult, SourceId::Sotjl18)))
    } else if h.adults.iter().any(|a| is_minor(a.age)) {
        Some((CannotEstimateReason::ApplicantUnder18, Notice::new(NoticeCode::ParentsDuty, SourceId::ParentsDuty)))
    } else {
        None
    }
}

/// Whether the household has barnetrygd kept out in a month from which counting it was proposed.
fn barnetrygd_reading_applies(h: &Household) -> bool {
    h.month >= RULES.barnetrygd_change_proposed_from
        && h.incomes.iter().any(|i| !i.amount.is_zero() && income_rule(i.kind, h.month).0 == IncomeRule::KeptOutBarnetrygd)
}

/// Notices that change how the amount must be read, so the page says them beside the amount, not
/// only in the list below it: a student in higher education as a rule gets no stønad (Helsetilsynet),
/// though the amount is computed as for anyone (issue 12, item 4: «trolig ikke»).
pub const HEADLINE_NOTICES: &[NoticeCode] = &[NoticeCode::StudentHigherEducation];

/// Estimates the stønad for a validated household.
pub fn estimate(h: &Household) -> Result<Estimate, InputErrors> {
    // At most fourteen notices: veiledende, one table notice, rates uncertain, kommune rates, expenses,
    // one-off needs, samboer or a spouse assessed alone, barnetrygd, housing above the limit, bostøtte,
    // children's needs, students, adult children at home, one of them in upper-secondary school.
    let mut notices = Vec::with_capacity(14);
    notices.push(Notice::new(NoticeCode::Veiledende, SourceId::Veiledende));
    // The situation facts (notices only) are read by builds with `situation-facts` (not the first
    // screen's wasm); without it they are never set.
    #[cfg(feature = "situation-facts")]
    {
        // A married person assessed alone (NAV «Hvis du er gift», V): entered as one adult (`single`),
        // so the single household's arithmetic applies; the notice says why and that NAV decides.
        if h.facts.assessed_alone.is_some() {
            notices.push(Notice::new(NoticeCode::MarriedAssessedAlone, SourceId::SpouseAlone));
        }
        // Adult children at home are assessed on their own (NAV «Hvis du har barn», V); guidance only: no
        // person, rate or income of this estimate changes (which rate the parent gets is not verified).
        if h.facts.adult_child_at_home {
            notices.push(Notice::new(NoticeCode::AdultChildAssessedAlone, SourceId::AdultChild));
        }
        if h.facts.adult_child_in_upper_secondary {
            notices.push(Notice::new(NoticeCode::AdultChildUpperSecondary, SourceId::Barnel68));
        }
        // Samvær and særkullsbarn: NAV «Hvis du har barn» (V); guidance only, no arithmetic source.
        if h.facts.samvaer_children {
            notices.push(Notice::new(NoticeCode::Samvaer, SourceId::Samvaer));
        }
        if h.facts.saerkull_children {
            notices.push(Notice::new(NoticeCode::SaerkullChildren, SourceId::SaerkullChildren));
        }
    }
    let guidance_key = super::guidance::key(h);

    if let Some((reason, notice)) = cannot_estimate(h) {
        notices.push(notice);
        return Ok(Estimate {
            month: h.month,
            outcome: Outcome::CannotEstimate(reason),
            totals: Totals::default(),
            amount_range: None,
            rate_table: None,
            lines: Vec::new(),
            alternatives: Vec::new(),
            notices,
            guidance_key,
            documents: documents(h),
            decision_check: None,
        });
    }

    let table = table_for(h)?;
    let (adult, other_adult) = adult_categories(h.kind, h.together);
    check_categories(h, &table.rates, table.index, adult, other_adult)?;

    let mut lines = Vec::with_capacity(9 + h.children.len() + h.incomes.len() + h.expenses.other.len());
    let (t, outcome) = compute(h, &table.rates, Reading { adult, barnetrygd_counted: false, housing_cap: None }, Some(&mut lines))?;
    let mut alternatives = Vec::new();
    let mut amount_range = None;
    if let Some(other) = other_adult {
        let (totals, outcome) = compute(h, &table.rates, Reading { adult: other, barnetrygd_counted: false, housing_cap: None }, None)?;
        alternatives.push(Alternative { code: AlternativeCode::CohabitantSingleRate, outcome, totals });
        if totals.amount != t.amount {
            amount_range = Some(AmountRange { low: totals.amount.min(t.amount), high: totals.amount.max(t.amount) });
        }
        notices.push(Notice::new(NoticeCode::CohabitantAssessedAlone, SourceId::Cohabitants));
    }
    // Housing costs above the limit the user knows: the amount at the limit beside the amount as
    // paid (NAV may set a vilkår to reduce them, weighing the children's network; NAV: «Dette kan du
    // søke om», «å bo», V).
    let housing_costs = add(h.expenses.housing, h.expenses.common_costs)?;
    if let Some(limit) = h.expenses.housing_limit.filter(|&l| housing_costs > l) {
        let (totals, outcome) = compute(h, &table.rates, Reading { adult, barnetrygd_counted: false, housing_cap: Some(limit) }, None)?;
        alternatives.push(Alternative { code: AlternativeCode::HousingAtLimit, outcome, totals });
        notices.push(Notice::new(NoticeCode::HousingAboveLimit, SourceId::HousingCosts));
    }
    // Bostøtte is an economic right to claim before stønad (§ 18: «ved å gjøre gjeldende økonomiske
    // rettigheter»), and it counts as income.
    if !housing_costs.is_zero() && !h.incomes.iter().any(|i| i.kind == IncomeKind::Bostotte && !i.amount.is_zero()) {
        notices.push(Notice::new(NoticeCode::BostotteFirst, SourceId::Sotjl18));
    }
    // Children's needs beyond the rate are asked for, not assumed (R35 pkt. 4.18.2.6; NAV: «Vi legger
    // særlig vekt på barn og unges behov»).
    if !h.children.is_empty() {
        notices.push(Notice::new(NoticeCode::ChildrenNeeds, SourceId::ChildrenNeeds));
    }
    // Students: as a rule Lånekassen first (Helsetilsynet, V); a pupil's stipend is weighed by its purpose
    // (the ministry's answer of 2005, V). The amount is computed as for anyone else, with a notice.
    #[cfg(feature = "situation-facts")]
    let student = h.facts.student;
    // Without the feature no fact is ever read: `None` lets the compiler drop the two arms (size).
    #[cfg(not(feature = "situation-facts"))]
    let student: Option<StudentKind> = None;
    match student {
        Some(StudentKind::HigherEducation) => notices.push(Notice::new(NoticeCode::StudentHigherEducation, SourceId::StudentLoanFirst)),
        Some(StudentKind::UpperSecondary) => notices.push(Notice::new(NoticeCode::StudentUpperSecondary, SourceId::UpperSecondaryStipend)),
        None if h.incomes.iter().any(|i| i.kind == IncomeKind::StudentSupport && !i.amount.is_zero()) => {
            notices.push(Notice::new(NoticeCode::StudentSupportFirst, SourceId::StudentLoanFirst));
        }
        None => {}
    }
    if barnetrygd_reading_applies(h) {
        let (totals, outcome) = compute(h, &table.rates, Reading { adult, barnetrygd_counted: true, housing_cap: None }, None)?;
        alternatives.push(Alternative { code: AlternativeCode::BarnetrygdCounted, outcome, totals });
        notices.push(Notice::new(NoticeCode::BarnetrygdChangeProposed, SourceId::BarnetrygdChangeProposed));
    }

    match (table.kind, table.caveat) {
        (TableKind::Custom, _) => notices.push(Notice::new(NoticeCode::CustomRates, SourceId::Veiledende)),
        (TableKind::State, Some(TableCaveat::GapPeriod { gap_from })) => {
            notices.push(Notice { month: Some(gap_from), ..Notice::new(NoticeCode::RatesGap, SourceId::Veiledende) })
        }
        (TableKind::State, Some(TableCaveat::Outdated)) => notices.push(Notice::new(NoticeCode::RatesOutdated, SourceId::RatesAdjustedYearly)),
        (TableKind::State, None) => {}
    }
    if table.kind == TableKind::State && table.confidence != Some(Confidence::Verified) {
        notices.push(Notice::new(NoticeCode::RatesUncertain, SourceId::Veiledende));
    }
    if table.kind == TableKind::State {
        notices.push(Notice::new(NoticeCode::KommuneRates, KOMMUNE_SPREAD.sources[0]));
    }
    let has_expenses = lines.iter().any(|l| matches!(l.group, Group::Need | Group::NotCounted) && !matches!(l.code, LineCode::Rate | LineCode::RateChild));
    if has_expenses {
        notices.push(Notice::new(NoticeCode::ExpensesAssessed, SourceId::HousingCosts));
    }
    if matches!(outcome, Outcome::NoTopUp(_)) {
        notices.push(Notice::new(NoticeCode::OneOffNeeds, SourceId::OneOffNeeds));
    }

    // The decision check, when asked, is added by `crate::estimate` (not here: the first screen's
    // module does without it).
    Ok(Estimate { month: h.month, outcome, totals: t, amount_range, rate_table: Some(table), lines, alternatives, notices, guidance_key, documents: documents(h), decision_check: None })
}

/// The compact result of [`totals`]: what a batch of households needs, without lines or notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Month assessed.
    pub month: YearMonth,
    /// Support, no top-up, or cannot estimate.
    pub outcome: Outcome,
    /// The sums.
    pub totals: Totals,
    /// As in [`Estimate::amount_range`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_range: Option<AmountRange>,
    /// The table is not the one in force for the month (GAP, or outdated): the figure is uncertain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rates_caveat: Option<TableCaveat>,
}

/// The same outcome and totals as [`estimate`], without building lines, notices or labels: the
/// batch's compact output. `tests/properties.rs` checks that both agree.
pub fn totals(h: &Household) -> Result<Summary, InputErrors> {
    if let Some((reason, _)) = cannot_estimate(h) {
        return Ok(Summary { month: h.month, outcome: Outcome::CannotEstimate(reason), totals: Totals::default(), amount_range: None, rates_caveat: None });
    }
    let table = super::rates::table_ref(h)?;
    let (adult, other_adult) = adult_categories(h.kind, h.together);
    check_categories(h, table.rates, table.index, adult, other_adult)?;
    let (t, outcome) = compute(h, table.rates, Reading { adult, barnetrygd_counted: false, housing_cap: None }, None)?;
    let mut amount_range = None;
    if let Some(other) = other_adult {
        let (alt, _) = compute(h, table.rates, Reading { adult: other, barnetrygd_counted: false, housing_cap: None }, None)?;
        if alt.amount != t.amount {
            amount_range = Some(AmountRange { low: alt.amount.min(t.amount), high: alt.amount.max(t.amount) });
        }
    }
    Ok(Summary { month: h.month, outcome, totals: t, amount_range, rates_caveat: table.caveat })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::validate;
    use crate::input::from_json;
    use crate::month::ym;

    fn notices(json: &str) -> Vec<NoticeCode> {
        let input = from_json(json).expect("valid input");
        let h = validate(&input, ym(2026, 11)).expect("valid household");
        estimate(&h).expect("estimable").notices.iter().map(|n| n.code).collect()
    }

    #[test]
    fn the_kommune_spread_goes_with_the_states_rates_only() {
        let state = notices(r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}]}"#);
        assert_eq!(state.iter().filter(|&&c| c == NoticeCode::KommuneRates).count(), 1);
        let custom = notices(
            r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}],
                "customRates":{"label":"Kommune X","tables":[{"effectiveFrom":"2024-01","single":"8000"}]}}"#,
        );
        assert!(!custom.contains(&NoticeCode::KommuneRates) && custom.contains(&NoticeCode::CustomRates), "{custom:?}");
        let none = notices(r#"{"month":"2024-03","householdType":"single","adults":[{"age":16}]}"#);
        assert!(!none.contains(&NoticeCode::KommuneRates), "{none:?}");
    }
}
