//! Kvalifiseringsprogrammet (sosialtjenesteloven §§ 29–40) and an estimate of kvalifiseringsstønad.
//!
//! ```text
//! factor  = 2 G before 1 July 2024, 2.041 G from 1 July 2024        (law/kvp.toml)
//! yearly  = factor × G            (participants 25 and over)
//!         = factor × G × 2/3      (participants under 25 in the month)
//! monthly = yearly / 12
//! ```
//!
//! KVP is for ages 18 (19 before 2019) to 67 (nav.no: «mellom 18 og 67 år»); no amount is shown from
//! 67. The barnetillegg is shown as a figure only where it is verified (36 kr a day per child, five
//! days a week, in 2024); otherwise the guidance says to ask NAV.
//!
//! G is the grunnbeløp in force in the month: the newest row of `G_TABLE` (law/g.toml) whose effective month
//! (May) is not after it. Before May 2015 no G is known and no amount is given. After
//! `G_KNOWN_UNTIL` (law/g.toml) the newest G is used with the caveat [`GCaveat::NewerGMayApply`].
//!
//! Rounding: both figures are rounded once, to whole kroner, half away from zero. The monthly figure
//! is computed from the exact yearly one (`G × 4 / 36` under 25, `G × 2 / 12` otherwise), never from
//! the rounded yearly figure. Reference D.2 computes the same: from 1 May 2024, 20 671 and 13 781.
//! Income reductions are not applied; they are explained ([`IncomeEffect`]). All arithmetic is checked.

use super::items::{Code, Item};
use crate::household::Household;
use crate::law::{Confidence, SourceId, G_KNOWN_UNTIL, G_TABLE, KVP, KVP_BARNETILLEGG, KVP_FACTORS};
use crate::month::YearMonth;
use crate::vocab::IncomeKind;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// The factor (thousandths of G) and its source in `month`.
pub fn factor_for(month: YearMonth) -> (u32, SourceId) {
    let row = KVP_FACTORS.iter().rev().find(|f| f.from <= month).unwrap_or(&KVP_FACTORS[0]);
    (row.thousandths, row.source)
}

code_enum! {
    /// Why the G used may not be the one in force.
    pub enum GCaveat {
        /// The month is after the newest known G period; a newer G may apply.
        NewerGMayApply,
    }
}

code_enum! {
    /// Why no kvalifiseringsstønad is estimated for an adult.
    pub enum KvpNotComputed {
        /// No G is known for the month (before 1 May 2015).
        NoGKnown,
        /// Younger than the lowest KVP age in the month (19 before 2019, 18 from 2019).
        BelowMinimumAge,
        /// 67 or older: KVP is for people of working age.
        AboveMaximumAge,
        /// The arithmetic left its range (cannot happen with the shipped table).
        CalculationLimit,
    }
}

code_enum! {
    /// How an income the household reported affects kvalifiseringsstønad.
    pub enum KvpIncomeEffect {
        /// Reduces it proportionally (work income).
        ReducesProportionally,
        /// Reduces it krone for krone (dagpenger, sykepenger, foreldrepenger).
        ReducesKroneForKrone,
        /// Does not reduce it (bostøtte, barnebidrag, barnetrygd, kontantstøtte).
        DoesNotReduce,
        /// Not in the sources: ask NAV.
        EffectUnknownAskNav,
    }
}

/// The G used for the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GUsed {
    /// Kroner per year.
    pub value: Decimal,
    /// First month of this G.
    pub effective_from: YearMonth,
    /// How sure the reference is, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Where the figure can be checked.
    pub source: SourceId,
    /// Set when a newer G may apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<GCaveat>,
}

/// Estimated kvalifiseringsstønad for one adult, before any income reduction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KvpAdult {
    /// Index in `adults`.
    pub adult_index: usize,
    /// Age in whole years in the month.
    pub age: u8,
    /// Under 25 in the month: two thirds of 2 G.
    pub under25: bool,
    /// Kroner per year, rounded to whole kroner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yearly: Option<Decimal>,
    /// Kroner per month (exact yearly / 12), rounded to whole kroner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly: Option<Decimal>,
    /// Why no amount is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_computed: Option<KvpNotComputed>,
}

/// How one kind of income the household reported affects kvalifiseringsstønad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IncomeEffect {
    /// The kind of income (as in `incomes`).
    pub kind: IncomeKind,
    /// Its effect.
    pub effect: KvpIncomeEffect,
    /// How sure the reference is, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

/// The verified barnetillegg for the month (only where a figure is verified).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Barnetillegg {
    /// Kroner per child per day.
    pub per_day: Decimal,
    /// Days a week it is paid for.
    pub days_per_week: u8,
    /// Kroner per child per month: per day × 260 days / 12, rounded to whole kroner (our
    /// computation, the same convention as Prop. 9 L (2023–2024)).
    pub monthly_per_child: Decimal,
    /// Where the figure is verified.
    pub source: SourceId,
}

/// Kvalifiseringsprogrammet for the household and month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Kvp {
    /// Explanations.
    pub items: Vec<Item>,
    /// The G used; absent when none is known for the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub g: Option<GUsed>,
    /// The yearly stønad as a multiple of G in the month (`"2"` or `"2.041"`).
    pub factor: Decimal,
    /// The barnetillegg, when the household has children and a verified figure exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barnetillegg: Option<Barnetillegg>,
    /// Per adult.
    pub per_adult: Vec<KvpAdult>,
    /// Effects of the household's reported incomes, one per kind.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub income_effects: Vec<IncomeEffect>,
}

/// The G in force in `month`, with a caveat after [`G_KNOWN_UNTIL`]; `None` before May 2015.
pub fn g_for(month: YearMonth) -> Option<GUsed> {
    let row = G_TABLE.iter().rev().find(|r| r.effective_from <= month)?;
    Some(GUsed {
        value: row.value,
        effective_from: row.effective_from,
        confidence: (row.confidence != Confidence::Verified).then_some(row.confidence),
        source: row.source,
        caveat: (month > G_KNOWN_UNTIL).then_some(GCaveat::NewerGMayApply),
    })
}

fn whole_kroner(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Yearly and monthly kvalifiseringsstønad for a G and a factor in thousandths of G, rounded as the
/// module explains.
///
/// This is the reference arithmetic. [`kvp`] computes the same figures with [`amounts_whole`] (G is
/// whole kroner in every row of [`G_TABLE`]; tests check both), so that the wasm module needs no
/// decimal multiplication or division code (about 2.6 KB gzip).
pub fn amounts(g: Decimal, under25: bool, factor_thousandths: u32) -> Option<(Decimal, Decimal)> {
    // factor × G, or factor × G × 2/3, as one fraction so that only the final division rounds.
    let f = Decimal::from(factor_thousandths);
    let (numerator, denominator) = if under25 { (f * Decimal::from(2), Decimal::from(3000)) } else { (f, Decimal::from(1000)) };
    let scaled = g.checked_mul(numerator)?;
    let yearly = scaled.checked_div(denominator)?;
    let monthly = scaled.checked_div(denominator.checked_mul(Decimal::from(12))?)?;
    Some((whole_kroner(yearly), whole_kroner(monthly)))
}

/// `g` as whole kroner when it is a non-negative integer below 2^32 (every row of [`G_TABLE`]).
pub fn whole_kroner_u32(g: Decimal) -> Option<u32> {
    if g.scale() != 0 || g.is_sign_negative() {
        return None;
    }
    u32::try_from(g.mantissa()).ok()
}

/// [`amounts`] for a G of whole kroner, in integer arithmetic: the same fractions, rounded half away
/// from zero (`round(n / d) = (2n + d) div 2d` for n, d > 0). The figures are identical to
/// [`amounts`] (checked by a test for every row of the table and thousands of other values), at a
/// fraction of its cost, and never overflow ((2^32 − 1) × 2 × 2^32 fits a u64 with room).
pub fn amounts_whole(g: u32, under25: bool, factor_thousandths: u32) -> (Decimal, Decimal) {
    let f = u64::from(factor_thousandths);
    let (numerator, denominator) = if under25 { (f * 2, 3000u64) } else { (f, 1000) };
    let scaled = u64::from(g) * numerator;
    let round = |n: u64, d: u64| (2 * n + d) / (2 * d);
    (Decimal::from(round(scaled, denominator)), Decimal::from(round(scaled, denominator * 12)))
}

fn income_effect(kind: IncomeKind) -> (KvpIncomeEffect, Option<Confidence>) {
    use IncomeKind::*;
    use KvpIncomeEffect::*;
    match kind {
        WorkNet => (ReducesProportionally, None),
        Dagpenger | Sykepenger => (ReducesKroneForKrone, None),
        Bostotte | Barnetrygd | Kontantstotte | Barnebidrag => (DoesNotReduce, None),
        // Utvidet barnetrygd is barnetrygd; the source names only "barnetrygd".
        UtvidetBarnetrygd => (DoesNotReduce, Some(Confidence::Inferred)),
        Aap | Uforetrygd | Overgangsstonad | Introduksjonsstonad | Kvalifiseringsstonad | OtherNavBenefit | StudentSupport
        | ChildWorkIncome | Other => (EffectUnknownAskNav, None),
    }
}

/// Builds the KVP part of the guidance.
pub fn kvp(h: &Household) -> Kvp {
    let month = h.month;
    use Code::*;
    let g = g_for(month);
    let min_age = if month >= KVP.changes_2019 { KVP.min_from_2019 } else { KVP.min_before_2019 };

    let mut items = Vec::with_capacity(18);
    items.extend([Item::new(KvpWhoFor, SourceId::Sotjl29), Item::new(KvpIsRight, SourceId::Sotjl29)]);
    if month < KVP.statutory_from {
        items.push(Item::unsure(KvpNotEveryKommuneBefore2010, SourceId::Sotjl29, Confidence::Inferred));
    }
    items.push(Item::new(KvpFullTime, SourceId::KvpForskrift));
    if month >= KVP.changes_2019 {
        items.push(Item::new(KvpDurationFrom2019, SourceId::Kvp2019));
    } else {
        items.push(Item::new(KvpDurationBefore2019, SourceId::KvpForskrift));
    }
    items.push(Item::new(KvpIndividualPlan, SourceId::KvpPlan));
    let (factor, factor_source) = factor_for(month);
    items.push(Item::new(if factor == 2000 { KvpStonad2G } else { KvpStonad2041G }, factor_source));
    if h.adults.iter().any(|a| a.age >= min_age && a.age < KVP.reduced_rate_under) {
        items.push(Item::new(KvpUnder25TwoThirds, SourceId::KvpStonad));
    }
    items.push(Item::new(if g.is_some() { KvpOwnCalculation } else { KvpNoG }, SourceId::KvpStonad));
    for code in [KvpReducedByWork, KvpReducedByBenefits, KvpReducedByAbsence, KvpNotReducedBy, KvpHalfTimeJob, KvpTaxable, KvpTopUp] {
        items.push(Item::new(code, SourceId::KvpStonad));
    }
    let barnetillegg = KVP_BARNETILLEGG.iter().find(|b| b.from <= month && month <= b.to).map(|b| Barnetillegg {
        per_day: Decimal::from(b.per_day),
        days_per_week: b.days_per_week,
        // per day × days a week × 52 weeks / 12 months, rounded half up.
        monthly_per_child: Decimal::from((u64::from(b.per_day) * u64::from(b.days_per_week) * 52 * 2 + 12) / 24),
        source: b.source,
    });
    let barnetillegg = barnetillegg.filter(|_| !h.children.is_empty());
    if !h.children.is_empty() {
        items.push(match barnetillegg {
            Some(b) => Item::new(KvpBarnetillegg, b.source),
            None => Item::new(KvpBarnetilleggAskNav, SourceId::KvpBarnetillegg),
        });
    }

    let per_adult = h
        .adults
        .iter()
        .enumerate()
        .map(|(adult_index, adult)| {
            let age = adult.age;
            let under25 = age < KVP.reduced_rate_under;
            let mut a = KvpAdult { adult_index, age, under25, yearly: None, monthly: None, not_computed: None };
            if age < min_age {
                a.not_computed = Some(KvpNotComputed::BelowMinimumAge);
            } else if age >= KVP.max_exclusive {
                a.not_computed = Some(KvpNotComputed::AboveMaximumAge);
            } else if let Some(g) = g {
                // Every G of the table is whole kroner (tested), so the limit is never reached.
                match whole_kroner_u32(g.value) {
                    Some(kr) => {
                        let (y, m) = amounts_whole(kr, under25, factor);
                        a.yearly = Some(y);
                        a.monthly = Some(m);
                    }
                    None => a.not_computed = Some(KvpNotComputed::CalculationLimit),
                }
            } else {
                a.not_computed = Some(KvpNotComputed::NoGKnown);
            }
            a
        })
        .collect();

    let mut income_effects: Vec<IncomeEffect> = Vec::with_capacity(h.incomes.len());
    for inc in h.incomes.iter().filter(|i| !i.amount.is_zero()) {
        if income_effects.iter().all(|e| e.kind != inc.kind) {
            let (effect, confidence) = income_effect(inc.kind);
            income_effects.push(IncomeEffect { kind: inc.kind, effect, confidence });
        }
    }

    Kvp { items, g, factor: Decimal::new(i64::from(factor), 3).normalize(), barnetillegg, per_adult, income_effects }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::month::ym;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn g_table_is_ordered_and_in_may() {
        assert!(G_TABLE.windows(2).all(|w| w[0].effective_from < w[1].effective_from));
        assert!(G_TABLE.iter().all(|r| r.effective_from.month == 5));
        assert!(G_TABLE.last().is_some_and(|r| r.effective_from < G_KNOWN_UNTIL));
    }

    #[test]
    fn g_changes_on_1_may() {
        assert_eq!(g_for(ym(2024, 4)).map(|g| g.value), Some(d("118620")));
        assert_eq!(g_for(ym(2024, 5)).map(|g| g.value), Some(d("124028")));
        assert_eq!(g_for(ym(2015, 4)), None);
        assert_eq!(g_for(ym(2026, 4)).map(|g| g.value), Some(d("130160")));
        assert_eq!(g_for(ym(2026, 5)).map(|g| g.value), Some(d("136549")));
        assert_eq!(g_for(ym(2027, 4)).and_then(|g| g.caveat), None);
        assert_eq!(g_for(ym(2027, 5)).and_then(|g| g.caveat), Some(GCaveat::NewerGMayApply));
    }

    #[test]
    fn amounts_match_the_published_and_hand_figures() {
        // 2 G (before July 2024): 2 × 124028 = 248056 / 12 = 20671.33 → 20671; under 25: 165370.67 → 165371, / 12 → 13781.
        assert_eq!(amounts(d("124028"), false, 2000), Some((d("248056"), d("20671"))));
        assert_eq!(amounts(d("124028"), true, 2000), Some((d("165371"), d("13781"))));
        // 2.041 G: nav.no publishes 253 141 and 168 761 for G 124 028 (2.041 × 124028 = 253141.148;
        // × 2/3 = 168760.77). Monthly 253141.148 / 12 = 21095.10 → 21095; 168760.77 / 12 = 14063.40 → 14063.
        assert_eq!(amounts(d("124028"), false, 2041), Some((d("253141"), d("21095"))));
        assert_eq!(amounts(d("124028"), true, 2041), Some((d("168761"), d("14063"))));
        // G 136 549 (May 2026): 278696.509 → 278697, / 12 = 23224.71 → 23225; under 25: 185797.67 → 185798, / 12 = 15483.14 → 15483.
        assert_eq!(amounts(d("136549"), false, 2041), Some((d("278697"), d("23225"))));
        assert_eq!(amounts(d("136549"), true, 2041), Some((d("185798"), d("15483"))));
        assert_eq!(amounts(Decimal::MAX, false, 2041), None);
    }

    #[test]
    fn factor_changes_on_1_july_2024() {
        assert_eq!(factor_for(ym(2024, 6)).0, 2000);
        assert_eq!(factor_for(ym(2024, 7)).0, 2041);
        assert_eq!(factor_for(ym(2012, 1)).0, 2000);
    }

    #[test]
    fn every_g_is_whole_kroner() {
        for r in G_TABLE {
            assert_eq!(whole_kroner_u32(r.value).map(Decimal::from), Some(r.value), "{}", r.effective_from);
        }
        assert_eq!(whole_kroner_u32(d("124028.5")), None);
        assert_eq!(whole_kroner_u32(d("-1")), None);
        assert_eq!(whole_kroner_u32(d("4294967296")), None);
    }

    #[test]
    fn integer_amounts_equal_the_decimal_arithmetic_to_the_digit() {
        let mut gs: Vec<u32> = G_TABLE.iter().filter_map(|r| whole_kroner_u32(r.value)).collect();
        gs.extend([0, 1, 2, 5, 17, 18, 35, 36, 54, 71, 72, 99_999, 123_457, 1_000_003, u32::MAX - 1, u32::MAX]);
        gs.extend((0..5000u32).map(|i| 90_000 + i * 37));
        for g in gs {
            for under25 in [false, true] {
                for f in KVP_FACTORS {
                    let factor = f.thousandths;
                    let integer = Some(amounts_whole(g, under25, factor)).map(|(y, m)| (y.to_string(), m.to_string()));
                    let decimal = amounts(Decimal::from(g), under25, factor).map(|(y, m)| (y.to_string(), m.to_string()));
                    assert_eq!(integer, decimal, "G {g}, under 25: {under25}, factor {factor}");
                }
            }
        }
    }
}
