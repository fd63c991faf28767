//! Vilkår — sosialtjenesteloven § 20: NAV may attach conditions to a grant, within limits, and from
//! 1 January 2017 (§ 20 third paragraph) reduce the stønad when a condition is broken — only if the
//! grant decision warned of it, never below help in an emergency. Texts: law/text/sotjl-20-vilkar.md.

use crate::law::SourceId;
use super::items::{pick, Code, Item, Items};
use crate::law::{Confidence, RULES};
use crate::month::YearMonth;
use std::borrow::Cow;

/// What § 20 says about conditions (the same for every household).
pub fn vilkar() -> Items {
    Cow::Borrowed(VILKAR)
}

static VILKAR: &[Item] = {
    use Code::*;
    &[
        Item::new(VilkarRightAndConditions, SourceId::VilkarRight),
        Item::new(VilkarMayBeSet, SourceId::Sotjl20),
        Item::new(VilkarExampleJobSeeking, SourceId::VilkarPractice),
        Item::new(VilkarExampleRegisterJobSeeker, SourceId::VilkarPractice),
        Item::new(VilkarExampleMeasures, SourceId::VilkarPractice),
        Item::new(VilkarExampleReduceExpenses, SourceId::VilkarPractice),
        Item::new(VilkarExampleOtherBenefits, SourceId::VilkarPractice),
        Item::new(VilkarExampleWorkTasks, SourceId::Sotjl20),
        Item::new(VilkarLimitConnection, SourceId::Sotjl20),
        Item::new(VilkarLimitBurden, SourceId::Sotjl20),
        Item::new(VilkarLimitFreedom, SourceId::Sotjl20),
        Item::new(VilkarLimitLawful, SourceId::Sotjl20),
        Item::new(VilkarNotAbroad, SourceId::NavAfterApplying),
        Item::new(VilkarInDecision, SourceId::Sotjl20),
        Item::new(VilkarDocumentationNotVilkar, SourceId::VilkarPractice),
        Item::new(VilkarReportChanges, SourceId::NavAfterApplying),
        Item::new(VilkarPrison, SourceId::NavReview),
        Item::new(VilkarSetTogether, SourceId::Sotjl42),
        Item::new(VilkarNavFollowsUp, SourceId::VilkarPractice),
    ]
};

const fn breach_list<const N: usize>(from_2017: bool, has_children: bool) -> [Item; N] {
    use Code::*;
    use Confidence::Inferred as I;
    pick(&[
        (Item::new(BreachNeedsDecision, SourceId::Sotjl20Reduction), from_2017),
        (Item::new(BreachBefore2017, SourceId::Reduction2014Answer), !from_2017),
        (Item::new(BreachOnlyIfWarned, SourceId::ReductionWarning), from_2017),
        (Item::unsure(BreachProportionate, SourceId::ReductionLimit, I), true),
        (Item::unsure(BreachChildren, SourceId::ChildrenNeeds, I), has_children),
        (Item::new(BreachEmergencyHelp, SourceId::Emergency18), true),
        (Item::new(BreachNoFixedAmount, SourceId::Reduction2014Answer), true),
        (Item::new(BreachAppeal, SourceId::Klage), true),
    ])
}

/// [`breach_list`] indexed by `2 × (month ≥ RULES.reduction_rule_from) + has_children`.
static BREACH: [&[Item]; 4] =
    [&breach_list::<5>(false, false), &breach_list::<6>(false, true), &breach_list::<6>(true, false), &breach_list::<7>(true, true)];

/// What happens if a condition is not met, for the month (before and after 2017) and whether there
/// are children.
pub fn breach(month: YearMonth, has_children: bool) -> Items {
    Cow::Borrowed(BREACH[usize::from(month >= RULES.reduction_rule_from) * 2 + usize::from(has_children)])
}

