//! Which incomes count in the assessed month — sosialtjenesteloven § 18 third paragraph and the
//! default rule. Everything counts («lovens system er at alle inntekter skal tas hensyn til», ASD
//! 2015) except what the law keeps out: barnetrygd from 1 September 2022 (Prop. 87 L (2021–2022)) and
//! children's income from spare-time and holiday work (Prop. 147 L (2014–2015), in the law from 2016).
//! The rows are data (law/rules.toml); this module looks them up. Texts: law/text/sotjl-18-3-inntekt.md.

use crate::law::{Confidence, IncomeRule, SourceId, INCOME_RULES};
use crate::month::YearMonth;
use crate::vocab::IncomeKind;

/// The rule for one income kind in one month, with its source and how sure the reference is.
pub fn income_rule(kind: IncomeKind, month: YearMonth) -> (IncomeRule, SourceId, Confidence) {
    INCOME_RULES
        .iter()
        .filter(|r| r.from <= month && r.kinds.contains(&kind))
        .max_by_key(|r| r.from)
        .map_or((IncomeRule::Counted, SourceId::AllIncomeCounts, Confidence::Verified), |r| (r.rule, r.source, r.confidence))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::RULES;
    use crate::month::ym;

    #[test]
    fn barnetrygd_counts_until_august_2022_and_is_kept_out_from_september() {
        assert_eq!(RULES.barnetrygd_kept_out_from, ym(2022, 9));
        for kind in [IncomeKind::Barnetrygd, IncomeKind::UtvidetBarnetrygd] {
            assert!(income_rule(kind, ym(2022, 8)).0.counts());
            assert_eq!(income_rule(kind, ym(2022, 9)).0, IncomeRule::KeptOutBarnetrygd);
            assert!(!income_rule(kind, ym(2024, 1)).0.counts());
        }
        assert_eq!(income_rule(IncomeKind::UtvidetBarnetrygd, ym(2024, 1)).2, Confidence::Inferred);
        assert_eq!(income_rule(IncomeKind::Barnetrygd, ym(2024, 1)).2, Confidence::Verified);
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
        assert_eq!(income_rule(IncomeKind::Bostotte, ym(2024, 1)).2, Confidence::Inferred);
        assert_eq!(income_rule(IncomeKind::WorkNet, ym(2024, 1)).2, Confidence::Verified);
    }
}
