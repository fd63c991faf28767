//! The law as data. The figures, dates and citations live in `law/*.toml`, where a legal reviewer can
//! read and change them without reading Rust; `build.rs` turns them into the constants below
//! (`STATE_TABLES`, `G_TABLE`, `KVP_FACTORS`, `KVP_BARNETILLEGG`, `KVP`, `RULES`, `INCOME_RULES`,
//! `KOMMUNE_SPREAD`, `SourceId`). This module holds their types. Short excerpts of the cited texts: `law/text/`.

use crate::month::{ym, YearMonth};
use crate::vocab::IncomeKind;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;

/// How sure the project's reference is of a figure or a rule (its legend: V, V2, I).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Confidence {
    /// Verified in a primary, official source.
    #[serde(rename = "V")]
    Verified,
    /// Verified only in a secondary source quoting the official figure.
    #[serde(rename = "V2")]
    Secondary,
    /// Inferred from verified material (e.g. "no adjustment that year").
    #[serde(rename = "I")]
    Inferred,
}

/// A citation: a human-readable reference (§, rundskriv, point) and a URL where a reader can check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// e.g. `"sosialtjenesteloven § 18 tredje ledd"`: the official Norwegian title, not translated.
    pub reference: &'static str,
    /// Public URL of the text (Lovdata, regjeringen.no, statsforvalteren.no, helsetilsynet.no, nav.no).
    pub url: &'static str,
}

/// The guideline rate for one child of an age band, kroner per month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChildBand {
    /// Youngest age of the band, whole years.
    pub from_age: u8,
    /// Oldest age of the band, whole years.
    pub to_age: u8,
    /// Kroner per month.
    pub amount: Decimal,
}

impl ChildBand {
    /// A band of whole kroner (the state tables).
    pub const fn new(from_age: u8, to_age: u8, kr: u32) -> ChildBand {
        ChildBand { from_age, to_age, amount: Decimal::from_parts(kr, 0, 0, false, 0) }
    }
    /// Whether `age` falls in the band.
    pub fn contains(&self, age: u8) -> bool {
        (self.from_age..=self.to_age).contains(&age)
    }
}

/// A rate table's figures. Every state table has all of them; a caller's table may leave out what
/// the household does not need (then absent in the output).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rates {
    /// Enslige.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single: Option<Decimal>,
    /// Ektepar/samboere (together).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub couple: Option<Decimal>,
    /// Person i bofellesskap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_housing: Option<Decimal>,
    /// Per child, by age band, youngest band first.
    pub children: Cow<'static, [ChildBand]>,
}

impl Rates {
    /// A state table's figures, in whole kroner.
    pub const fn state(single: u32, couple: u32, shared_housing: u32, children: &'static [ChildBand]) -> Rates {
        Rates {
            single: Some(Decimal::from_parts(single, 0, 0, false, 0)),
            couple: Some(Decimal::from_parts(couple, 0, 0, false, 0)),
            shared_housing: Some(Decimal::from_parts(shared_housing, 0, 0, false, 0)),
            children: Cow::Borrowed(children),
        }
    }

    /// The band that holds a child of `age`, if the table has it.
    pub fn band(&self, age: u8) -> Option<&ChildBand> {
        self.children.iter().find(|b| b.contains(age))
    }
}

/// One row of the state table: a period starting at `effective_from` and lasting until the next row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateTable {
    /// First month the rates apply.
    pub effective_from: YearMonth,
    /// Rundskriv (circular) that set the rates, as the reference names it.
    pub rundskriv: &'static str,
    /// The figures, or `None` where the reference has a GAP (unknown figures).
    pub rates: Option<Rates>,
    /// How sure the reference is.
    pub confidence: Option<Confidence>,
    /// The id of where the figures can be checked (`rates-YYYY-MM`, in [`STATE_TABLE_SOURCES`]);
    /// `None` for a gap row.
    pub source: Option<&'static str>,
}

/// One grunnbeløp, in force from 1 May of its year until the next row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GRow {
    /// First month in force (May).
    pub effective_from: YearMonth,
    /// Kroner per year.
    pub value: Decimal,
    /// How sure the reference is.
    pub confidence: Confidence,
    /// Where the figure can be checked.
    pub source: SourceId,
}

/// Kvalifiseringsstønad per year as thousandths of G, from a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KvpFactor {
    /// First month in force.
    pub from: YearMonth,
    /// 2000 for 2 G, 2041 for 2.041 G.
    pub thousandths: u32,
    /// Where it is stated.
    pub source: SourceId,
}

/// A verified KVP barnetillegg per child per day, for the months `from..=to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KvpBarnetillegg {
    /// First month.
    pub from: YearMonth,
    /// Last month.
    pub to: YearMonth,
    /// Kroner per child per day.
    pub per_day: u32,
    /// Days a week it is paid for.
    pub days_per_week: u8,
    /// Where it is stated.
    pub source: SourceId,
}

/// KVP's ages and dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KvpAges {
    /// Lowest age before [`KvpAges::changes_2019`].
    pub min_before_2019: u8,
    /// Lowest age from [`KvpAges::changes_2019`].
    pub min_from_2019: u8,
    /// The 2019 changes (age 18, up to 2 years + 1).
    pub changes_2019: YearMonth,
    /// Under this age, two thirds of the full stønad.
    pub reduced_rate_under: u8,
    /// KVP is for people younger than this.
    pub max_exclusive: u8,
    /// KVP statutory in every kommune from this month.
    pub statutory_from: YearMonth,
}

/// The effective dates and ages of the rules that are not tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleDates {
    /// From this age a person is an adult (barneloven § 66).
    pub adult_age: u8,
    /// § 20 a in force.
    pub aktivitetsplikt_from: YearMonth,
    /// § 20 a applies to recipients younger than this.
    pub aktivitetsplikt_under_age: u8,
    /// § 20 third paragraph (reduction on breach) in force.
    pub reduction_rule_from: YearMonth,
    /// § 18 third paragraph keeps barnetrygd out from this month.
    pub barnetrygd_kept_out_from: YearMonth,
    /// Children's work income kept out by law from this month (by practice before).
    pub child_work_in_law_from: YearMonth,
    /// The budget year in which counting barnetrygd again was proposed.
    pub barnetrygd_change_proposed_from: YearMonth,
    /// Permanent residence requires, as a rule, no sosialhjelp in the last 12 months (applications
    /// from this month).
    pub permanent_residence_self_support_from: YearMonth,
    /// Supplerende stønad for persons with short botid in Norway exists from this month.
    pub supplerende_stonad_from: YearMonth,
    /// Supplerende stønad is for those who have reached this age.
    pub supplerende_stonad_age: u8,
    /// Strømstøtte to households (deducted on the grid bill) from this month.
    pub stromstotte_from: YearMonth,
    /// NAV's ungdomsgaranti from this month.
    pub ungdomsgaranti_from: YearMonth,
    /// The ungdomsgaranti is for those younger than this.
    pub ungdomsgaranti_under_age: u8,
}

code_enum! {
    /// How an income is treated in the assessed month (§ 18 third paragraph and the default rule).
    pub enum IncomeRule {
        /// Counts in full, by the general rule that all income counts.
        Counted,
        /// Barnetrygd before 1 September 2022: the kommune could count it, and most did.
        CountedBarnetrygdBeforeSep2022,
        /// Barnetrygd (ordinary or utvidet) from 1 September 2022: kept out.
        KeptOutBarnetrygd,
        /// Children's income from spare-time and holiday work: kept out (§ 18 third paragraph).
        KeptOutChildWork,
        /// The same before the law (before 2016): kept out as the rundskriv recommended, not by law.
        KeptOutChildWorkPractice,
    }
}

impl IncomeRule {
    /// Whether the income reduces the stønad.
    pub fn counts(self) -> bool {
        matches!(self, IncomeRule::Counted | IncomeRule::CountedBarnetrygdBeforeSep2022)
    }
}

/// One row of the income rules: for `kinds`, from `from` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeRow {
    /// The kinds of income the row is about.
    pub kinds: &'static [IncomeKind],
    /// First month it applies.
    pub from: YearMonth,
    /// The rule.
    pub rule: IncomeRule,
    /// Its source.
    pub source: SourceId,
    /// How sure the reference is.
    pub confidence: Confidence,
}

/// A kommune's rate for a single adult (Enslige).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct KommuneRate {
    /// The kommune.
    pub kommune: &'static str,
    /// Kroner per month.
    pub single: Decimal,
}

/// How far the kommuner's own rates for a single adult differed from the state's in one year
/// (law/kommuner.toml): shown with every result on the state's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KommuneSpread {
    /// The KOSTRA year.
    pub year: u16,
    /// Kommuner at the state's rate.
    pub at_state: u16,
    /// Kommuner above it.
    pub above: u16,
    /// Kommuner below it.
    pub below: u16,
    /// The highest rate and its kommune.
    pub highest: KommuneRate,
    /// The lowest rate and its kommune.
    pub lowest: KommuneRate,
    /// How sure the reference is.
    pub confidence: Confidence,
    /// Where the figures come from.
    pub sources: &'static [SourceId],
}

include!(concat!(env!("OUT_DIR"), "/law.rs"));

/// First month any state table covers (the first row with figures).
/// The first month of the newest state table with rates: a share link records it, so a link opened
/// after new rates arrive can say so.
pub fn newest_state_month() -> YearMonth {
    STATE_TABLES.iter().rev().find(|t| t.rates.is_some()).map_or(ym(2002, 1), |t| t.effective_from)
}

pub fn first_state_month() -> YearMonth {
    STATE_TABLES.iter().find(|t| t.rates.is_some()).map_or(ym(2002, 1), |t| t.effective_from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_ordered_and_every_known_row_has_a_source() {
        assert!(STATE_TABLES.windows(2).all(|w| w[0].effective_from < w[1].effective_from));
        for t in STATE_TABLES {
            assert_eq!(t.rates.is_some(), t.confidence.is_some(), "{}", t.effective_from);
            assert_eq!(t.rates.is_some(), t.source.is_some(), "{}", t.effective_from);
            if let Some(id) = t.source {
                let s = STATE_TABLE_SOURCES.iter().find(|(i, _)| *i == id).map(|(_, s)| s);
                assert!(s.is_some_and(|s| s.url.starts_with("http") && s.reference == t.rundskriv), "{id}");
            }
        }
        assert!(G_TABLE.windows(2).all(|w| w[0].effective_from < w[1].effective_from));
        assert!(G_TABLE.iter().all(|r| r.effective_from.month == 5));
        assert!(G_TABLE.last().is_some_and(|r| r.effective_from <= G_KNOWN_UNTIL));
    }

    #[test]
    fn every_source_has_a_reference_and_a_url() {
        for id in SourceId::ALL {
            let s = id.source();
            assert!(!s.reference.is_empty() && s.url.starts_with("http"), "{id:?}");
        }
    }
}
