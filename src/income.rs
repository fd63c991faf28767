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
use crate::source::{self, Source};
use serde::Serialize;

/// First month in which barnetrygd is kept out (Prop. 87 L (2021–2022), in force 1 September 2022).
pub const BARNETRYGD_KEPT_OUT_FROM: YearMonth = ym(2022, 9);

/// First month the children's-work-income rule is believed to be in § 18 (reference § B.3: date I).
pub const CHILD_WORK_RULE_IN_LAW_FROM: YearMonth = ym(2016, 1);

/// How an income is treated, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum IncomeRule {
    /// Counts in full, by the general rule that all income counts.
    Counted,
    /// Barnetrygd before 1 September 2022: counted like other income.
    CountedBarnetrygdBeforeSep2022,
    /// Barnetrygd (ordinary or utvidet) from 1 September 2022: kept out.
    KeptOutBarnetrygd,
    /// Children's income from spare-time and holiday work: kept out.
    KeptOutChildWork,
}

impl IncomeRule {
    /// Whether the income reduces the stønad.
    pub fn counts(self) -> bool {
        matches!(self, IncomeRule::Counted | IncomeRule::CountedBarnetrygdBeforeSep2022)
    }
}

/// The rule for one income kind in one month, with its source and how sure the reference is.
pub fn income_rule(kind: IncomeKind, month: YearMonth) -> (IncomeRule, Source, Confidence) {
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
        ChildWorkIncome => {
            let conf = if month >= CHILD_WORK_RULE_IN_LAW_FROM { Confidence::Verified } else { Confidence::Inferred };
            (IncomeRule::KeptOutChildWork, source::SOTJL_18_3_CHILD_WORK, conf)
        }
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
    fn childrens_work_income_is_always_kept_out() {
        for m in [ym(2010, 1), ym(2016, 1), ym(2024, 6)] {
            assert_eq!(income_rule(IncomeKind::ChildWorkIncome, m).0, IncomeRule::KeptOutChildWork);
        }
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
