//! Statlige veiledende retningslinjer (state guideline rates) for stønad til livsopphold, keyed by the
//! month they took effect. Figures are copied from `shared/domain/rules-and-rates.md` § A.3 with their
//! rundskriv and source URLs; the audit test in `tests/rates_audit.rs` re-checks every figure against a
//! fixture. Periods marked GAP in the reference have no figures here: a month in such a period uses the
//! newest earlier known table and says so (never an invented figure).

use crate::month::{ym, YearMonth};
use rust_decimal::Decimal;
use serde::Serialize;

/// How sure the reference is of a figure (its legend: V, V2, I).
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

code_enum! {
    /// The six rate categories, unchanged since 2001 (reference § A.4).
    pub enum Category {
        /// Enslige: a single adult living alone.
        Single,
        /// Ektepar/samboere: the couple together.
        Couple,
        /// Person i bofellesskap: one person sharing a home with other adults.
        SharedHousing,
        /// Barn 0–5 år.
        Child0to5,
        /// Barn 6–10 år.
        Child6to10,
        /// Barn 11–17 år.
        Child11to17,
    }
}

impl Category {
    /// The child band for an age in whole years (0–17); `None` for 18 and over.
    pub fn child_band(age: u8) -> Option<Category> {
        match age {
            0..=5 => Some(Category::Child0to5),
            6..=10 => Some(Category::Child6to10),
            11..=17 => Some(Category::Child11to17),
            _ => None,
        }
    }
}

/// Monthly amounts, kroner, per category. Every state table has all six; a caller's table may
/// leave out categories the household does not need (then absent in the output).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
    /// Per child 0–5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child0to5: Option<Decimal>,
    /// Per child 6–10.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child6to10: Option<Decimal>,
    /// Per child 11–17.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child11to17: Option<Decimal>,
}

impl Rates {
    /// The amount for one category, if the table has it.
    pub fn get(&self, c: Category) -> Option<Decimal> {
        match c {
            Category::Single => self.single,
            Category::Couple => self.couple,
            Category::SharedHousing => self.shared_housing,
            Category::Child0to5 => self.child0to5,
            Category::Child6to10 => self.child6to10,
            Category::Child11to17 => self.child11to17,
        }
    }

    const fn from_kr(kr: [u32; 6]) -> Rates {
        Rates {
            single: Some(Decimal::from_parts(kr[0], 0, 0, false, 0)),
            couple: Some(Decimal::from_parts(kr[1], 0, 0, false, 0)),
            shared_housing: Some(Decimal::from_parts(kr[2], 0, 0, false, 0)),
            child0to5: Some(Decimal::from_parts(kr[3], 0, 0, false, 0)),
            child6to10: Some(Decimal::from_parts(kr[4], 0, 0, false, 0)),
            child11to17: Some(Decimal::from_parts(kr[5], 0, 0, false, 0)),
        }
    }
}

impl Category {
    /// The name of the category in the JSON formats (`"sharedHousing"`).
    pub const fn key(self) -> &'static str {
        match self {
            Category::Single => "single",
            Category::Couple => "couple",
            Category::SharedHousing => "sharedHousing",
            Category::Child0to5 => "child0to5",
            Category::Child6to10 => "child6to10",
            Category::Child11to17 => "child11to17",
        }
    }
}

/// One row of the state table: a period starting at `effective_from` and lasting until the next row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StateTable {
    /// First month the rates apply.
    pub effective_from: YearMonth,
    /// Rundskriv (circular) that set the rates, as the reference names it.
    pub rundskriv: &'static str,
    /// The figures, or `None` where the reference has a GAP (unknown figures).
    pub rates: Option<Rates>,
    /// How sure the reference is.
    pub confidence: Option<Confidence>,
    /// Where the figures can be checked.
    pub sources: &'static [&'static str],
}

const fn row(
    from: YearMonth,
    rundskriv: &'static str,
    kr: [u32; 6],
    confidence: Confidence,
    sources: &'static [&'static str],
) -> StateTable {
    StateTable { effective_from: from, rundskriv, rates: Some(Rates::from_kr(kr)), confidence: Some(confidence), sources }
}

const fn gap(from: YearMonth, rundskriv: &'static str, sources: &'static [&'static str]) -> StateTable {
    StateTable { effective_from: from, rundskriv, rates: None, confidence: None, sources }
}

use Confidence::{Inferred as I, Secondary as V2, Verified as V};

const KVINNEROGFAMILIE: &str = "https://www.kvinnerogfamilie.no/nye-veiledende-retningslinjer-for-okonomisk-sosialhjelp/";
const A16_2006: &str = "https://www.regjeringen.no/no/dokumenter/a-162006-statlige-veiledende-retningslin/id440335/";
const A44_2008: &str = "https://www.regjeringen.no/no/dokumenter/a-442008-statlege-rettleiande-retningsli/id541284/";
const A2_2012: &str = "https://www.regjeringen.no/no/dokumenter/statlige-veiledende-retningslinjer-for-u/id710434/";
const NAV_SATSER: &str = "https://www.nav.no/no/NAV+og+samfunn/Kontakt+NAV/Utbetalinger/Snarveier/satser--380089?kap=380109";
const TROMS_FINNMARK_0_5: &str = "https://www.statsforvalteren.no/nn/troms-finnmark/helse-omsorg-og-sosialtenester/okonomisk-sosialhjelp/endring-av-statlige-veiledende-satser-for-sosialhjelp-for-aldersgruppen-0-5-ar/";

/// The state guideline tables, oldest first, from reference § A.3. GAP rows carry no figures.
pub static STATE_TABLES: &[StateTable] = &[
    gap(ym(2001, 2), "I-34/2001 (første satser, ikke funnet)", &[]),
    row(ym(2002, 1), "2002 prisjustering", [4000, 6660, 3330, 1530, 2020, 2550], V2, &[KVINNEROGFAMILIE]),
    row(ym(2003, 1), "ingen justering 2003 (utledet)", [4000, 6660, 3330, 1530, 2020, 2550], I, &[A16_2006]),
    row(ym(2004, 1), "2004 prisjustering", [4140, 6880, 3440, 1580, 2090, 2640], V2, &[KVINNEROGFAMILIE]),
    row(ym(2005, 1), "ingen justering 2005 (utledet)", [4140, 6880, 3440, 1580, 2090, 2640], I, &[A16_2006]),
    row(ym(2006, 1), "2006 prisjustering", [4270, 7100, 3550, 1630, 2160, 2720], V, &[A16_2006]),
    row(ym(2007, 1), "A-16/2006", [4600, 7650, 3825, 1760, 2330, 2930], V, &[A16_2006]),
    row(ym(2008, 1), "2008 prisjustering (2,5 %)", [4720, 7840, 3920, 1800, 2390, 3000], V, &[A44_2008, "https://fontene.no/oker-sosialsatsene-6.47.3306.1a4252e790"]),
    row(ym(2009, 1), "A-44/2008", [5105, 8479, 4240, 1947, 2585, 3245], V, &[A44_2008]),
    row(ym(2010, 1), "A-68/2009", [5197, 8632, 4316, 1982, 2632, 3303], V, &["https://www.regjeringen.no/no/dokumenter/a-682009/id589273/"]),
    gap(ym(2011, 1), "2011 prisjustering (satser ikke funnet)", &[A2_2012]),
    row(ym(2012, 1), "2012 prisjustering", [5373, 8924, 4462, 2049, 2724, 3415], V, &[A2_2012]),
    row(ym(2013, 1), "A-2/2012", [5500, 9100, 4550, 2100, 2800, 3500], V, &[A2_2012]),
    row(ym(2014, 1), "A-1/2013", [5600, 9300, 4650, 2150, 2850, 3600], V, &["https://www.regjeringen.no/no/dokumenter/a-1-2013-statlige-veiledende-retningslin/id748022/"]),
    row(ym(2015, 1), "2015 (rundskriv ikke funnet)", [5700, 9500, 4750, 2200, 2900, 3700], V2, &["http://selvhjelpenshus.org/livsopphold--satser--.html"]),
    gap(ym(2016, 1), "A-1/2015 (satser ikke funnet)", &["http://www.nordre-land.kommune.no/norm-for-boutgifter.5945688-403111.html"]),
    gap(ym(2017, 1), "2017 (satser ikke funnet)", &["https://www.iveland.kommune.no/aktivitetsplikt-fra-1-januar.5942411-294426.html"]),
    row(ym(2018, 1), "A-1/2017", [6050, 10100, 5050, 2350, 3050, 3950], V, &[NAV_SATSER, "https://kommune.nav.no/no/Person/Flere+tema/Sosiale+tjenester/Nyttig+a+vite/veiledende-retningslinjer-for-%C3%B8konomisk-st%C3%B8nad"]),
    row(ym(2019, 1), "A-1/18", [6150, 10250, 5150, 2400, 3100, 4000], V, &[NAV_SATSER]),
    row(ym(2020, 1), "A-2/19", [6250, 10450, 5250, 2450, 3150, 4100], V, &["https://www.fylkesmannen.no/nb/Rogaland/Helse-omsorg-og-sosialtjenester/Okonomisk-sosialhjelp/rettleiande-satsar-for-okonomisk-stonad-til-livsopphald-for-2020--rundskriv-a-219/"]),
    row(ym(2020, 9), "A-1/2020", [6250, 10450, 5250, 2750, 3150, 4100], V, &["https://www.statsforvalteren.no/nn/agder/Helse-omsorg-og-sosialtenester/Okonomisk-sosialhjelp/arbeids--og-sosialdepartementet-har-justert-veiledende-retningslinjer-for-okonomisk-stonad-til-livsopphold---endringene-trer-i-kraft-fra-1.-sep.-2020/"]),
    row(ym(2021, 1), "A-2/2020", [6450, 10800, 5400, 2850, 3250, 4250], V, &["https://inte.statsforvalteren.no/nn/vestland/helse-omsorg-og-sosialtenester/okonomisk-sosialhjelp/statlege-rettleiande-retningslinjer-for-okonomisk-stonad2", TROMS_FINNMARK_0_5]),
    row(ym(2021, 9), "ASD-rundskriv 2021 (nr. ikke funnet)", [6450, 10800, 5400, 3150, 3250, 4250], V, &[TROMS_FINNMARK_0_5]),
    row(ym(2022, 1), "A-2/2021", [6550, 10950, 5450, 3200, 3300, 4300], V, &["https://www.statsforvalteren.no/nb/portal/Nyheter/2021/12/nye-statlege-sosialhjelpssatsar/", "https://www.statsforvalteren.no/nb/vestfold-og-telemark/helse-omsorg-og-sosialtjenester/okonomisk-sosialhjelp/statlige-veiledende-retningslinjer-for-okonomisk-stonad-2022/"]),
    row(ym(2022, 7), "A-1/2022", [6650, 11150, 5600, 3250, 3350, 4400], V, &["https://www.statsforvalteren.no/nb/innlandet/helse-omsorg-og-sosialtjenester/okonomisk-sosialhjelp/rundskriv-a-12022-statlige-veiledende-retningslinjer-for-okonomisk-stonad-for-2022/"]),
    row(ym(2023, 1), "2023 (nr. ikke funnet)", [6850, 11450, 5750, 3350, 3450, 4500], V, &["https://www.statsforvalteren.no/nn/vestland/helse-omsorg-og-sosialtenester/okonomisk-sosialhjelp/rettleiande-statlege-satsar-for-sosialstonad-i-2023/"]),
    row(ym(2023, 7), "RNB 2023, +10 % (nr. ikke funnet)", [7550, 12600, 6350, 3700, 3800, 4950], V, &["https://www.statsforvalteren.no/nn/portal/Nyhende/2023/06/nye-rettleiande-statlege-satsar-for-sosialstonad/"]),
    row(ym(2024, 1), "A-3/2023", [7850, 13100, 6600, 3850, 3950, 5150], V, &["https://www.regjeringen.no/no/dokumenter/rundskriv-a-32023-statlege-rettleiande-retningslinjer-for-okonomisk-stonad-for-2024/id3020040/", "https://prod.statsforvalteren.no/nn/agder/Helse-omsorg-og-sosialtenester/Okonomisk-sosialhjelp/ny-veileder-om-okonomisk-stonad-etter-sosialtjenesteloven"]),
    gap(ym(2025, 1), "2025 (satser ikke funnet)", &[]),
    gap(ym(2026, 1), "2026 (satser ikke funnet)", &[]),
];

/// First month any state table covers.
pub const FIRST_MONTH: YearMonth = ym(2002, 1);

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
    /// The month is in a later year than the newest known table. The rates are adjusted every year
    /// (A-3/2023: «justert årleg sidan 2006»), so the ones in force are almost certainly higher.
    Outdated,
}

/// The state table chosen for a month, with a caveat when it is not the one in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateChoice {
    /// The table whose figures are used.
    pub table: &'static StateTable,
    /// Its figures (a chosen table always has them: GAP rows are never chosen).
    pub rates: Rates,
    /// Set when the month lies in a GAP or after the newest known table.
    pub caveat: Option<TableCaveat>,
}

/// Picks the state table for `month`: the newest row starting on or before it that has figures.
/// `None` before the first table (January 2002).
pub fn state_table_for(month: YearMonth) -> Option<StateChoice> {
    let in_force = STATE_TABLES.iter().rposition(|t| t.effective_from <= month)?;
    let (known, rates) = STATE_TABLES[..=in_force].iter().enumerate().rev().find_map(|(i, t)| t.rates.map(|r| (i, r)))?;
    let table = &STATE_TABLES[known];
    let caveat = if known == in_force {
        None
    } else if STATE_TABLES[known + 1..].iter().all(|t| t.rates.is_none()) {
        Some(TableCaveat::Outdated)
    } else {
        Some(TableCaveat::GapPeriod { gap_from: STATE_TABLES[in_force].effective_from })
    };
    Some(StateChoice { table, rates, caveat })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn single(m: YearMonth) -> Decimal {
        state_table_for(m).and_then(|c| c.rates.single).unwrap_or_default()
    }
    fn child0to5(m: YearMonth) -> Decimal {
        state_table_for(m).and_then(|c| c.rates.child0to5).unwrap_or_default()
    }

    #[test]
    fn table_is_strictly_ordered() {
        assert!(STATE_TABLES.windows(2).all(|w| w[0].effective_from < w[1].effective_from));
    }

    #[test]
    fn before_first_table_is_none() {
        assert!(state_table_for(ym(2001, 12)).is_none());
        assert!(state_table_for(FIRST_MONTH).is_some());
    }

    #[test]
    fn mid_year_changes_switch_on_the_first_of_the_month() {
        // 1 Sep 2020 and 1 Sep 2021: only Barn 0–5, +300 each time.
        assert_eq!(child0to5(ym(2020, 8)), Decimal::from(2450));
        assert_eq!(child0to5(ym(2020, 9)), Decimal::from(2750));
        assert_eq!(child0to5(ym(2021, 8)), Decimal::from(2850));
        assert_eq!(child0to5(ym(2021, 9)), Decimal::from(3150));
        // 1 Jul 2022 (+3.4 %) and 1 Jul 2023 (+10 %): all categories.
        assert_eq!(single(ym(2022, 6)), Decimal::from(6550));
        assert_eq!(single(ym(2022, 7)), Decimal::from(6650));
        assert_eq!(single(ym(2023, 6)), Decimal::from(6850));
        assert_eq!(single(ym(2023, 7)), Decimal::from(7550));
        assert_eq!(single(ym(2023, 12)), Decimal::from(7550));
        assert_eq!(single(ym(2024, 1)), Decimal::from(7850));
    }

    #[test]
    fn gap_periods_use_the_newest_earlier_known_table() {
        let c = state_table_for(ym(2011, 6)).unwrap();
        assert_eq!(c.table.effective_from, ym(2010, 1));
        assert_eq!(c.caveat, Some(TableCaveat::GapPeriod { gap_from: ym(2011, 1) }));
        let c = state_table_for(ym(2017, 3)).unwrap();
        assert_eq!(c.table.effective_from, ym(2015, 1));
        assert_eq!(c.caveat, Some(TableCaveat::GapPeriod { gap_from: ym(2017, 1) }));
        assert_eq!(state_table_for(ym(2012, 1)).unwrap().caveat, None);
    }

    #[test]
    fn months_after_the_newest_table_warn() {
        for m in [ym(2025, 1), ym(2026, 11), ym(2030, 5)] {
            let c = state_table_for(m).unwrap();
            assert_eq!(c.table.effective_from, ym(2024, 1));
            assert_eq!(c.caveat, Some(TableCaveat::Outdated));
        }
        assert_eq!(state_table_for(ym(2024, 12)).unwrap().caveat, None);
    }

    #[test]
    fn child_bands_have_their_edges_at_5_6_10_11_17() {
        assert_eq!(Category::child_band(0), Some(Category::Child0to5));
        assert_eq!(Category::child_band(5), Some(Category::Child0to5));
        assert_eq!(Category::child_band(6), Some(Category::Child6to10));
        assert_eq!(Category::child_band(10), Some(Category::Child6to10));
        assert_eq!(Category::child_band(11), Some(Category::Child11to17));
        assert_eq!(Category::child_band(17), Some(Category::Child11to17));
        assert_eq!(Category::child_band(18), None);
    }

    #[test]
    fn every_known_row_has_a_source_and_every_gap_has_no_figures() {
        for t in STATE_TABLES {
            assert_eq!(t.rates.is_some(), t.confidence.is_some(), "{}", t.effective_from);
            if t.rates.is_some() {
                assert!(!t.sources.is_empty(), "{}", t.effective_from);
                assert!(t.sources.iter().all(|u| u.starts_with("http")));
            }
        }
    }
}
