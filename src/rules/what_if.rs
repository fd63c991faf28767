//! What if the household earned more? The caseworker's what-if (issue 13): the estimate for the same
//! household and month with an extra net work income, at points from 0 upwards, and the work income
//! at which the support ends. The page draws the points as a plot and says them in words; it does no
//! arithmetic of its own.
//!
//! Law: § 18 counts all income unless an exception says otherwise (the ministry, 2015:
//! `allIncomeCounts`); net work income is counted in full, so each krone earned lowers the support by
//! a krone until it is used up. No general fribeløp for work income was found in § 18 or the
//! rundskriv (`law/text/README.md`, GAP): some kommuner may leave part of it out, which this curve
//! cannot know and the page says so.
//!
//! The curve is computed, not assumed: each point is [`super::livsopphold::totals`] for the household
//! with one more income line (`workNet`, the amount at the point). The end of the support is found by
//! halving over whole kroner, which needs the amount never to rise with more work income
//! (`tests/properties.rs` checks that).

use super::livsopphold::{self, add, Outcome};
use crate::error::{FieldError, InputErrors};
use crate::household::{self, Household};
use crate::input::{HouseholdInput, Income};
use crate::law::SourceId;
use crate::month::YearMonth;
use crate::vocab::IncomeKind;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The field the extra work income is reported at.
pub const FIELD: &str = "whatIfWork";

/// Points drawn between 0 and the end of the plot (the end, the support's end and the asked amount
/// are added).
const STEPS: i64 = 20;

/// One point of the curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// Extra net work income in the month, whole kroner.
    pub work: Decimal,
    /// The estimate with it (the headline reading).
    pub amount: Decimal,
    /// All incomes entered (counted or not), plus `work`, plus `amount`: the money the household
    /// would have in the month before own funds.
    pub total: Decimal,
}

/// The what-if for one household and month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// Month assessed.
    pub month: YearMonth,
    /// The outcome without extra work income.
    pub outcome: Outcome,
    /// Net work income already entered (the curve adds to it).
    pub work_entered: Decimal,
    /// The extra work income at which the estimate first is 0, in whole kroner; absent when there is
    /// no support without extra work, or no estimate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_ends_at: Option<Decimal>,
    /// The point without extra work income.
    pub at_zero: Point,
    /// The point at the extra work income asked about.
    pub at_asked: Point,
    /// The curve, by rising `work`, from 0 to the end of the plot; empty when there is no estimate.
    pub points: Vec<Point>,
    /// A samboer assessed alone: two readings of the law; the curve follows the headline's.
    pub two_readings: bool,
    /// Why each krone counts (`allIncomeCounts`).
    pub source: SourceId,
}

/// The what-if for `input` with `extra` (as a person typed it; empty is 0) as extra net work income.
/// An unreadable, negative or too large `extra` is an error at [`FIELD`].
pub fn what_if(input: &HouseholdInput, today: YearMonth, extra: &str) -> Result<WhatIf, InputErrors> {
    let asked = read_extra(extra)?;
    let h = household::validate(input, today)?;
    // The incomes with one more line at the end, whose amount each point sets.
    let mut incomes: Vec<Income> = Vec::with_capacity(h.incomes.len() + 1);
    incomes.extend_from_slice(h.incomes);
    incomes.push(Income { kind: IncomeKind::WorkNet, amount: Decimal::ZERO, label: None });
    let entered = h.incomes.iter().try_fold(Decimal::ZERO, |s, i| add(s, i.amount))?;
    let work_entered = h.incomes.iter().filter(|i| i.kind == IncomeKind::WorkNet).try_fold(Decimal::ZERO, |s, i| add(s, i.amount))?;
    let mut c = Curve { h: &h, incomes, entered };
    let (at_zero, outcome, two_readings) = c.at(Decimal::ZERO)?;
    let (at_asked, _, _) = c.at(asked)?;
    let mut w = WhatIf { month: h.month, outcome, work_entered, support_ends_at: None, at_zero, at_asked, points: Vec::new(), two_readings, source: SourceId::AllIncomeCounts };
    if matches!(outcome, Outcome::CannotEstimate(_)) {
        return Ok(w);
    }
    // Whole kroner from here: the amount at 0 is whole (rounded), the asked amount at most 10 M.
    let kr = |d: Decimal| d.ceil().to_i64().unwrap_or(i64::from(household::MAX_AMOUNT));
    let end_kr = if at_zero.amount.is_zero() { None } else { c.support_end(kr(at_zero.amount))? };
    w.support_ends_at = end_kr.map(Decimal::from);
    // The plot reaches half as far again as the end of the support (or the amount asked), at least
    // 5 000 kr, in whole thousands, so the rise after the end shows.
    let reach = end_kr.unwrap_or(0).max(kr(asked)).max(5_000);
    let end = ((reach * 3 + 1_999) / 2_000 * 1_000).min(i64::from(household::MAX_AMOUNT));
    let mut xs: Vec<Decimal> = (0..=STEPS).map(|i| Decimal::from(end * i / STEPS)).collect();
    // The end of the support, the krone before it, and the amount asked, each in its place.
    for x in [end_kr.map(|e| e - 1), end_kr].into_iter().flatten().map(Decimal::from).chain([asked]) {
        let at = xs.iter().position(|&p| p >= x).unwrap_or(xs.len());
        if xs.get(at) != Some(&x) {
            xs.insert(at, x);
        }
    }
    w.points.reserve(xs.len());
    for x in xs {
        w.points.push(c.at(x)?.0);
    }
    Ok(w)
}

/// The household with one more income line, evaluated at points of extra work income.
struct Curve<'a> {
    h: &'a Household<'a>,
    incomes: Vec<Income>,
    entered: Decimal,
}

impl Curve<'_> {
    /// The point at `work`, its outcome, and whether the law gives two readings.
    #[inline(never)]
    fn at(&mut self, work: Decimal) -> Result<(Point, Outcome, bool), InputErrors> {
        if let Some(last) = self.incomes.last_mut() {
            last.amount = work;
        }
        let hx = Household { incomes: &self.incomes, ..self.h.clone() };
        let s = livsopphold::totals(&hx)?;
        let total = add(add(self.entered, work)?, s.totals.amount)?;
        Ok((Point { work, amount: s.totals.amount, total }, s.outcome, s.amount_range.is_some()))
    }

    /// The least whole-krone extra work income at which the amount is 0, by halving: the amount at
    /// 0 is `start` kroner (> 0); at `start` + 1 it must be 0 when each krone counts, and the search
    /// checks it rather than assumes it (None if not).
    fn support_end(&mut self, start: i64) -> Result<Option<i64>, InputErrors> {
        let (mut lo, mut hi) = (0, start + 1); // amount > 0 at lo, checked 0 at hi
        if !self.at(Decimal::from(hi))?.0.amount.is_zero() {
            return Ok(None);
        }
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if self.at(Decimal::from(mid))?.0.amount.is_zero() {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Ok(Some(hi))
    }
}

/// The extra work income as typed: empty is 0; otherwise a readable amount, not negative, at most
/// [`household::MAX_AMOUNT`], whole kroner or øre.
fn read_extra(text: &str) -> Result<Decimal, InputErrors> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Decimal::ZERO);
    }
    let d = crate::amount::read_text(text).map_err(|e| {
        let mut fe = FieldError::new(FIELD, e.code);
        fe.readings = e.readings.iter().map(Decimal::to_string).collect();
        InputErrors::from(fe)
    })?;
    if let Some(e) = household::amount_error(&|| FIELD.to_string(), d, household::MAX_AMOUNT) {
        return Err(e.into());
    }
    Ok(d.round_dp(2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::input::from_json;
    use crate::month::ym;

    fn run(json: &str, extra: &str) -> Result<WhatIf, InputErrors> {
        what_if(&from_json(json).expect("valid input"), ym(2024, 3), extra)
    }

    #[test]
    fn each_krone_earned_lowers_the_support_by_a_krone_until_it_ends() {
        // 2024-03, single adult: rate 7 850 (A-3/2023) + rent 6 000 = 13 850 need; no income.
        let w = run(r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}],"expenses":{"housing":"6000"}}"#, "5000").unwrap();
        assert_eq!(w.at_zero, Point { work: Decimal::ZERO, amount: Decimal::from(13_850), total: Decimal::from(13_850) });
        assert_eq!(w.at_asked, Point { work: Decimal::from(5_000), amount: Decimal::from(8_850), total: Decimal::from(13_850) });
        // The support ends at 13 850 kr of work income: 13 849 leaves 1 kr.
        assert_eq!(w.support_ends_at, Some(Decimal::from(13_850)));
        assert!(w.points.contains(&Point { work: Decimal::from(13_849), amount: Decimal::ONE, total: Decimal::from(13_850) }));
        // The plot reaches 13 850 × 1.5 = 20 775 → 21 000, in 20 steps of 1 050.
        let last = w.points.last().unwrap();
        assert_eq!((last.work, last.amount, last.total), (Decimal::from(21_000), Decimal::ZERO, Decimal::from(21_000)));
        assert!(w.points.windows(2).all(|p| p[0].work < p[1].work && p[0].amount >= p[1].amount));
    }

    #[test]
    fn kept_out_income_stays_in_the_total() {
        // Single parent, child 4: 2024 rates 7 850 (enslig) + 4 410 (child 0–5)? The table decides; the
        // check here is the relation: barnetrygd 1 766 is kept out of the estimate but is money the
        // household has, so the total at 0 is the amount + 1 766.
        let w = run(r#"{"month":"2024-03","householdType":"single","adults":[{"age":30}],"children":[{"age":4}],"incomes":[{"kind":"barnetrygd","amount":"1766"}]}"#, "").unwrap();
        assert_eq!(w.at_zero.total, w.at_zero.amount + Decimal::from(1_766));
        assert_eq!(w.at_asked, w.at_zero);
        assert_eq!(w.support_ends_at, Some(w.at_zero.amount));
    }

    #[test]
    fn no_support_without_extra_work_has_no_end() {
        let w = run(r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}],"incomes":[{"kind":"workNet","amount":"30000"}]}"#, "").unwrap();
        assert_eq!(w.support_ends_at, None);
        assert_eq!(w.work_entered, Decimal::from(30_000));
        assert!(w.points.iter().all(|p| p.amount.is_zero()));
        assert_eq!(w.points.last().unwrap().work, Decimal::from(8_000)); // 5 000 × 1.5 = 7 500 → 8 000
    }

    #[test]
    fn the_extra_is_read_as_people_write_it_and_checked() {
        let single = r#"{"month":"2024-03","householdType":"single","adults":[{"age":40}]}"#;
        assert_eq!(run(single, "12.500").unwrap().at_asked.work, Decimal::from(12_500));
        for (text, code) in [("-5", ErrorCode::Negative), ("abc", ErrorCode::NotANumber), ("20000000", ErrorCode::TooLarge)] {
            let e = run(single, text).unwrap_err();
            assert_eq!((e.errors[0].field.as_str(), e.errors[0].code), (FIELD, code), "{text}");
        }
    }
}
