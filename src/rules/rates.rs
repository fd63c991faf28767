//! Which rate table applies in the month: the state's guideline table in force (law/rates.toml), or
//! the caller's own (a kommune's, or the NAV office's). A month in a period whose state figures are
//! unknown (GAP) uses the newest earlier table and says so; a month in a later year than the newest
//! table uses it and says the rates in force are almost certainly higher (the rates have been
//! adjusted every year since 2006, A-3/2023). No figure is invented. Texts: law/text/satser-a-3-2023.md.

use crate::error::{ErrorCode, FieldError, InputErrors};
use crate::household::{CustomSet, CustomTable, Household};
use crate::law::{Confidence, Rates, StateTable, STATE_TABLES};
use crate::month::YearMonth;
use serde::Serialize;

/// Whose rates were used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TableKind {
    /// The state guideline tables shipped with the product.
    State,
    /// A table supplied by the caller (a kommune's, or the NAV office's).
    Custom,
}

/// Why the table used is not simply the one in force for the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum TableCaveat {
    /// The month falls in a period whose figures are unknown (GAP); an older table is used.
    #[serde(rename_all = "camelCase")]
    GapPeriod {
        /// Start of the unknown period.
        gap_from: YearMonth,
    },
    /// The month is in a later year than the newest known table: the rates in force are almost
    /// certainly higher.
    Outdated,
}

/// The rate table used for the month, with everything the explanation shows about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateTable {
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rundskriv: Option<&'static str>,
    /// Confidence of a state table's figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// A state table's source id (`rates-YYYY-MM`: its rundskriv and URL are in `--sources`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'static str>,
    /// Where a custom table's figures can be checked, as the caller wrote it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Set when the table is not the one in force for the month (GAP, or outdated).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<TableCaveat>,
    /// The figures.
    pub rates: Rates,
}

/// The state table chosen for a month, with a caveat when it is not the one in force.
pub fn state_table_for(month: YearMonth) -> Option<(&'static StateTable, &'static Rates, Option<TableCaveat>)> {
    let in_force = STATE_TABLES.iter().rposition(|t| t.effective_from <= month)?;
    let (known, rates) = STATE_TABLES[..=in_force].iter().enumerate().rev().find_map(|(i, t)| t.rates.as_ref().map(|r| (i, r)))?;
    // A gap followed by known tables (2011, 2016–2017): say which period is unknown. Otherwise a
    // month in a later calendar year than the table is outdated, whether or not gap rows follow.
    let caveat = if known < in_force && STATE_TABLES[in_force..].iter().any(|t| t.rates.is_some()) {
        Some(TableCaveat::GapPeriod { gap_from: STATE_TABLES[in_force].effective_from })
    } else if month.year > STATE_TABLES[known].effective_from.year {
        Some(TableCaveat::Outdated)
    } else {
        None
    };
    Some((&STATE_TABLES[known], rates, caveat))
}

/// The figures of the table for the month, borrowed: what the batch's compact output needs.
#[derive(Clone, Copy, Debug)]
pub struct TableRef<'a> {
    /// The figures.
    pub rates: &'a Rates,
    /// Index of a custom table in `customRates.tables` (for error paths).
    pub index: Option<usize>,
    /// Set when the table is not the one in force for the month.
    pub caveat: Option<TableCaveat>,
}

/// The caller's table that covers the month.
fn custom_table(set: &CustomSet, month: YearMonth) -> Result<&CustomTable, InputErrors> {
    set.tables
        .iter()
        .rev()
        .find(|t| t.from <= month && t.to.is_none_or(|to| month <= to))
        .ok_or_else(|| InputErrors::from(FieldError::new("month", ErrorCode::MonthNotCovered)))
}

/// The state's table for the month ([`state_table_for`]), or the error for a month before the first.
fn state_table(month: YearMonth) -> Result<(&'static StateTable, &'static Rates, Option<TableCaveat>), InputErrors> {
    state_table_for(month).ok_or_else(|| InputErrors::from(FieldError::new("month", ErrorCode::MonthBeforeFirstTable)))
}

/// [`table_for`] without copying the table.
pub fn table_ref<'h>(h: &'h Household<'_>) -> Result<TableRef<'h>, InputErrors> {
    match &h.custom_rates {
        Some(set) => custom_table(set, h.month).map(|t| TableRef { rates: &t.rates, index: Some(t.index), caveat: None }),
        None => state_table(h.month).map(|(_, rates, caveat)| TableRef { rates, index: None, caveat }),
    }
}

/// The table for the household's month: the caller's, when given, or the state's.
pub fn table_for(h: &Household) -> Result<RateTable, InputErrors> {
    match &h.custom_rates {
        Some(set) => {
            let t = custom_table(set, h.month)?;
            Ok(RateTable {
                kind: TableKind::Custom,
                label: Some(set.label.clone()),
                index: Some(t.index),
                effective_from: t.from,
                rundskriv: None,
                confidence: None,
                source: None,
                sources: t.source.iter().cloned().collect(),
                caveat: None,
                rates: t.rates.clone(),
            })
        }
        None => {
            let (t, rates, caveat) = state_table(h.month)?;
            Ok(RateTable {
                kind: TableKind::State,
                label: None,
                index: None,
                effective_from: t.effective_from,
                rundskriv: Some(t.rundskriv),
                confidence: t.confidence,
                source: t.source,
                sources: Vec::new(),
                caveat,
                rates: rates.clone(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::month::ym;
    use rust_decimal::Decimal;

    fn single(m: YearMonth) -> Decimal {
        state_table_for(m).and_then(|(_, r, _)| r.single).unwrap_or_default()
    }
    fn child(m: YearMonth, age: u8) -> Decimal {
        state_table_for(m).and_then(|(_, r, _)| r.band(age).map(|b| b.amount)).unwrap_or_default()
    }
    /// The newest table with figures, from the data (so adding a table never breaks a test).
    fn newest() -> &'static StateTable {
        STATE_TABLES.iter().rev().find(|t| t.rates.is_some()).unwrap()
    }

    #[test]
    fn before_first_table_is_none() {
        assert!(state_table_for(ym(2001, 12)).is_none());
        assert!(state_table_for(ym(2002, 1)).is_some());
    }

    #[test]
    fn mid_year_changes_switch_on_the_first_of_the_month() {
        // 1 Sep 2020 and 1 Sep 2021: only Barn 0–5, +300 each time.
        assert_eq!(child(ym(2020, 8), 3), Decimal::from(2450));
        assert_eq!(child(ym(2020, 9), 3), Decimal::from(2750));
        assert_eq!(child(ym(2021, 8), 3), Decimal::from(2850));
        assert_eq!(child(ym(2021, 9), 3), Decimal::from(3150));
        // 1 Jul 2022 (+3.4 %) and 1 Jul 2023 (+10 %): all categories.
        assert_eq!(single(ym(2022, 6)), Decimal::from(6550));
        assert_eq!(single(ym(2022, 7)), Decimal::from(6650));
        assert_eq!(single(ym(2023, 6)), Decimal::from(6850));
        assert_eq!(single(ym(2023, 7)), Decimal::from(7550));
        assert_eq!(single(ym(2024, 1)), Decimal::from(7850));
    }

    #[test]
    fn gap_periods_use_the_newest_earlier_known_table() {
        let (t, _, caveat) = state_table_for(ym(2011, 6)).unwrap();
        assert_eq!((t.effective_from, caveat), (ym(2010, 1), Some(TableCaveat::GapPeriod { gap_from: ym(2011, 1) })));
        let (t, _, caveat) = state_table_for(ym(2017, 3)).unwrap();
        assert_eq!((t.effective_from, caveat), (ym(2015, 1), Some(TableCaveat::GapPeriod { gap_from: ym(2017, 1) })));
        assert_eq!(state_table_for(ym(2012, 1)).unwrap().2, None);
    }

    #[test]
    fn a_later_year_than_the_table_is_outdated_even_without_gap_rows() {
        // 2016–2017 is a gap followed by 2018: the gap, not "outdated".
        assert!(matches!(state_table_for(ym(2016, 3)).unwrap().2, Some(TableCaveat::GapPeriod { .. })));
        // 2015's table in force in 2015: no caveat.
        assert_eq!(state_table_for(ym(2015, 11)).unwrap().2, None);
    }

    #[test]
    fn months_after_the_newest_table_are_outdated() {
        let newest = newest();
        let next_year = YearMonth { year: newest.effective_from.year + 1, month: 1 };
        for m in [next_year, YearMonth { year: newest.effective_from.year + 3, month: 5 }] {
            let (t, _, caveat) = state_table_for(m).unwrap();
            assert_eq!((t.effective_from, caveat), (newest.effective_from, Some(TableCaveat::Outdated)), "{m}");
        }
        assert_eq!(state_table_for(YearMonth { year: newest.effective_from.year, month: 12 }).unwrap().2, None);
    }

    #[test]
    fn child_bands_have_their_edges_at_5_6_10_11_17() {
        let rates = newest().rates.as_ref().unwrap();
        let band = |a| rates.band(a).map(|b| (b.from_age, b.to_age));
        assert_eq!([band(0), band(5), band(6), band(10), band(11), band(17), band(18)], [Some((0, 5)), Some((0, 5)), Some((6, 10)), Some((6, 10)), Some((11, 17)), Some((11, 17)), None]);
    }
}
