//! Which incomes count in the assessed month (sosialtjenesteloven § 18 and the ministry's guidance).
//!
//! > § 18 tredje ledd (from 1 September 2022): «Ved vurderingen av søknader fra familier skal det ikke
//! > tas hensyn til barnetrygd og barns inntekter fra arbeid i fritiden og i skoleferier.»
//! > (paraphrase in the reference § B.1; Prop. 87 L (2021–2022) added barnetrygd.)
//!
//! Everything else counts: «lovens system er at alle inntekter skal tas hensyn til» (ASD 2015).

use crate::input::IncomeKind;
use crate::month::{ym, YearMonth};
use crate::rates::Confidence;
use crate::source::{self, SourceId};

/// First month in which barnetrygd is kept out (Prop. 87 L (2021–2022), in force 1 September 2022).
pub const BARNETRYGD_KEPT_OUT_FROM: YearMonth = ym(2022, 9);

/// First month the children's-work-income rule is in § 18: the law was adopted on 11 December 2015
/// (Innst. 68 L (2015–2016), Prop. 147 L (2014–2015)); the in-force date 1 January 2016 is inferred.
/// Before it, the 2012 rundskriv only recommended that such income «bør ikke» reduce the stønad.
pub const CHILD_WORK_RULE_IN_LAW_FROM: YearMonth = ym(2016, 1);

/// First month of the budget year in which a change to § 18 third paragraph was proposed
/// (Prop. 1 S (2025–2026): barnetrygd to count as income again). Whether it was adopted is unknown:
/// the kept-out rule stays, and the estimate shows beside it what counting it would give.
pub const BARNETRYGD_CHANGE_PROPOSED_FROM: YearMonth = ym(2026, 1);

code_enum! {
    /// How an income is treated, and why.
    pub enum IncomeRule {
        /// Counts in full, by the general rule that all income counts.
        Counted,
        /// Barnetrygd before 1 September 2022: counted like other income.
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

/// The rule for one income kind in one month, with its source and how sure the reference is.
pub fn income_rule(kind: IncomeKind, month: YearMonth) -> (IncomeRule, SourceId, Confidence) {
    use IncomeKind::*;
    match kind {
        Barnetrygd | UtvidetBarnetrygd if month >= BARNETRYGD_KEPT_OUT_FROM => {
            // Utvidet barnetrygd is barnetrygd under barnetrygdloven; the reference marks its
            // inclusion as inferred (I), ordinary barnetrygd as verified.
            let conf = if kind == Barnetrygd { Confidence::Verified } else { Confidence::Inferred };
            (IncomeRule::KeptOutBarnetrygd, source::SOTJL_18_3_BARNETRYGD, conf)
        }
        Barnetrygd | UtvidetBarnetrygd => {
            (IncomeRule::CountedBarnetrygdBeforeSep2022, source::BARNETRYGD_BEFORE_2022, Confidence::Verified)
        }
        ChildWorkIncome if month >= CHILD_WORK_RULE_IN_LAW_FROM => (IncomeRule::KeptOutChildWork, source::SOTJL_18_3_CHILD_WORK, Confidence::Verified),
        ChildWorkIncome => (IncomeRule::KeptOutChildWorkPractice, source::CHILD_WORK_PRACTICE, Confidence::Inferred),
        // Not exempted by § 18, so counted by the default rule; the reference marks these I.
        Kontantstotte | Bostotte | Barnebidrag => (IncomeRule::Counted, source::ALL_INCOME_COUNTS, Confidence::Inferred),
        WorkNet | Aap | Dagpenger | Sykepenger | Uforetrygd | Overgangsstonad | Introduksjonsstonad
        | Kvalifiseringsstonad | OtherNavBenefit | StudentSupport | Other => {
            (IncomeRule::Counted, source::ALL_INCOME_COUNTS, Confidence::Verified)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn barnetrygd_counts_until_august_2022_and_is_kept_out_from_september() {
        for kind in [IncomeKind::Barnetrygd, IncomeKind::UtvidetBarnetrygd] {
            assert!(income_rule(kind, ym(2022, 8)).0.counts());
            assert_eq!(income_rule(kind, ym(2022, 9)).0, IncomeRule::KeptOutBarnetrygd);
            assert!(!income_rule(kind, ym(2024, 1)).0.counts());
        }
    }

    #[test]
    fn childrens_work_income_is_kept_out_by_law_from_2016_and_by_practice_before() {
        for m in [ym(2016, 1), ym(2024, 6)] {
            assert_eq!(income_rule(IncomeKind::ChildWorkIncome, m).0, IncomeRule::KeptOutChildWork);
        }
        assert_eq!(income_rule(IncomeKind::ChildWorkIncome, ym(2015, 12)).0, IncomeRule::KeptOutChildWorkPractice);
        assert!(!income_rule(IncomeKind::ChildWorkIncome, ym(2010, 1)).0.counts());
        assert_eq!(income_rule(IncomeKind::ChildWorkIncome, ym(2015, 12)).2, Confidence::Inferred);
        assert_eq!(income_rule(IncomeKind::ChildWorkIncome, ym(2016, 1)).2, Confidence::Verified);
    }

    #[test]
    fn everything_else_counts() {
        for kind in [IncomeKind::WorkNet, IncomeKind::Aap, IncomeKind::Bostotte, IncomeKind::Kontantstotte, IncomeKind::Barnebidrag, IncomeKind::StudentSupport, IncomeKind::Other] {
            assert!(income_rule(kind, ym(2024, 1)).0.counts(), "{kind:?}");
        }
    }
}
