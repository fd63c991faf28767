//! What the estimate cannot know: lawful stay and fast bopel (FOR-2011-12-16-1251), what sosialhjelp
//! can mean for permanent residence (utlendingsforskriften § 11-11, from 1 September 2017), other assets,
//! whether housing costs are reasonable, NAV's individual assessment, whether the KVP conditions are
//! met, and whether an exemption from the aktivitetsplikt will be accepted.

use crate::law::SourceId;
use super::items::{pick, Code, Item, Items};
use crate::household::Household;
use crate::law::{Confidence, RULES};
use std::borrow::Cow;

const fn cannot_know_list<const N: usize>(duty_possible: bool, self_support_rule: bool) -> [Item; N] {
    use Code::*;
    pick(&[
        (Item::new(CannotKnowResidence, SourceId::Residence), true),
        (Item::new(CannotKnowPermanentResidence, SourceId::UdiPermanentResidence), self_support_rule),
        (Item::new(CannotKnowAssets, SourceId::Assets), true),
        (Item::new(CannotKnowHousingCost, SourceId::HousingCosts), true),
        (Item::new(CannotKnowIndividualAssessment, SourceId::Veiledende), true),
        (Item::new(CannotKnowKvpEligibility, SourceId::Sotjl29), true),
        (Item::unsure(CannotKnowExemption, SourceId::Sotjl20a, Confidence::Inferred), duty_possible),
    ])
}

/// [`cannot_know_list`] indexed by `2 × duty_possible + self_support_rule`.
static CANNOT_KNOW: [&[Item]; 4] = [
    &cannot_know_list::<5>(false, false),
    &cannot_know_list::<6>(false, true),
    &cannot_know_list::<6>(true, false),
    &cannot_know_list::<7>(true, true),
];

/// The list for the household: the exemption item only when an adult may have the aktivitetsplikt,
/// the permanent-residence item from the month the rule applies.
pub fn cannot_know(h: &Household) -> Items {
    let duty_possible = h.month >= RULES.aktivitetsplikt_from && h.adults.iter().any(|a| (RULES.adult_age..RULES.aktivitetsplikt_under_age).contains(&a.age));
    let self_support_rule = h.month >= RULES.permanent_residence_self_support_from;
    Cow::Borrowed(CANNOT_KNOW[usize::from(duty_possible) * 2 + usize::from(self_support_rule)])
}

