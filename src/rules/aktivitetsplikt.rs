//! Aktivitetsplikt — sosialtjenesteloven § 20 a, from 1 January 2017: NAV shall set a condition of
//! activity for recipients under 30, unless tungtveiende grunner speak against it; never for help in
//! an emergency. Per adult, by the adult's age in the month. Texts: law/text/sotjl-20a-aktivitetsplikt.md.

use crate::law::SourceId;
use super::items::{pick, Code, Item, Items};
use crate::household::Adult;
use crate::law::{Confidence, RULES};
use crate::month::YearMonth;
use crate::vocab::AdultSituation;
use serde::Serialize;
use std::borrow::Cow;

code_enum! {
    /// Whether the aktivitetsplikt applies to one adult in the month.
    pub enum DutyStatus {
        /// Under 18: not assessed (the parents' duty of maintenance).
        Under18,
        /// 30 or over in the month.
        Age30OrOver,
        /// The month is before 1 January 2017.
        NotBefore2017,
        /// The household reports an emergency: conditions do not apply to emergency help.
        EmergencySuspends,
        /// The duty applies, but an exemption ground reported may count (NAV decides).
        ExemptionMayApply,
        /// The duty applies.
        Applies,
    }
}

code_enum! {
    /// The recognised exemption grounds (the four KOSTRA reasons, seed 004 l.337-342).
    pub enum ExemptionGround {
        /// In work.
        InWork,
        /// Already active through a state or another municipal benefit.
        ActiveThroughOtherBenefit,
        /// Health or social situation prevents activity.
        HealthOrSocial,
        /// Other weighty reasons (caring duties are reported here).
        OtherWeightyReason,
    }
}

/// The aktivitetsplikt for one adult, from the adult's age in the assessed month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdultDuty {
    /// Index in `adults`.
    pub adult_index: usize,
    /// Age in whole years in the month.
    pub age: u8,
    /// Whether the duty applies.
    pub status: DutyStatus,
    /// Exemption grounds reported for this adult (with `exemptionMayApply`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<ExemptionGround>,
    /// Explanations.
    pub items: Items,
    /// What the activity could be, most relevant first (when the duty applies or may apply).
    #[serde(skip_serializing_if = "<[Item]>::is_empty")]
    pub activities: Items,
}

/// The grounds reported for one adult, in KOSTRA order.
fn grounds(a: AdultSituation) -> Vec<ExemptionGround> {
    let mut g = Vec::new();
    if a.in_work {
        g.push(ExemptionGround::InWork);
    }
    if a.active_through_other_benefit {
        g.push(ExemptionGround::ActiveThroughOtherBenefit);
    }
    if a.health_or_social {
        g.push(ExemptionGround::HealthOrSocial);
    }
    if a.caring_duties || a.other_reason {
        g.push(ExemptionGround::OtherWeightyReason);
    }
    g
}

/// The aktivitetsplikt of one adult in the month (`emergency`: the household reports one).
pub fn adult_duty(adult_index: usize, adult: &Adult, month: YearMonth, emergency: bool) -> AdultDuty {
    let (age, situation) = (adult.age, adult.situation);
    use Code::*;
    use Confidence::Inferred as I;

    let early = |status, items: &'static [Item]| AdultDuty {
        adult_index,
        age,
        status,
        grounds: Vec::new(),
        items: Cow::Borrowed(items),
        activities: Cow::Borrowed(&[]),
    };
    if age < RULES.adult_age {
        return early(DutyStatus::Under18, const { &[Item::new(DutyUnder18, SourceId::ParentsDuty)] });
    }
    if age >= RULES.aktivitetsplikt_under_age {
        return early(DutyStatus::Age30OrOver, const { &[Item::new(DutyAge30OrOver, SourceId::Sotjl20)] });
    }
    if month < RULES.aktivitetsplikt_from {
        return early(DutyStatus::NotBefore2017, const { &[Item::new(DutyNotBefore2017, SourceId::Prop13L2017)] });
    }
    if emergency {
        return early(DutyStatus::EmergencySuspends, const { &[Item::new(DutyEmergencySuspends, SourceId::Sotjl20a), Item::new(DutyApplies, SourceId::Sotjl20a)] });
    }

    // At most nine items: applies, purpose, grounds, caring, education, individual, emergency,
    // other conditions, near the age limit.
    let mut items = Vec::with_capacity(9);
    let mut duty = AdultDuty { adult_index, age, status: DutyStatus::Applies, grounds: grounds(situation), items: Cow::Borrowed(&[]), activities: Cow::Borrowed(&[]) };
    items.push(Item::new(DutyApplies, SourceId::Sotjl20a));
    items.push(Item::new(DutyPurpose, SourceId::Sotjl20a));
    if duty.grounds.is_empty() {
        items.push(Item::unsure(DutyTellGrounds, SourceId::Sotjl20a, I));
    } else {
        duty.status = DutyStatus::ExemptionMayApply;
        items.push(Item::unsure(DutyExemptionMayApply, SourceId::Sotjl20a, I));
    }
    if situation.caring_duties {
        items.push(Item::unsure(DutyCaringDuties, SourceId::Sotjl20a, I));
    }
    if situation.in_education {
        items.push(Item::new(DutyEducationAsActivity, SourceId::Sotjl20a));
    }
    items.push(Item::new(DutyIndividual, SourceId::Sotjl20aIndividual));
    items.push(Item::new(DutyNotInEmergency, SourceId::Sotjl20a));
    items.push(Item::new(DutyOtherConditions, SourceId::Sotjl20a));
    if age + 1 == RULES.aktivitetsplikt_under_age {
        items.push(Item::unsure(DutyNearAgeLimit, SourceId::Sotjl20a, I));
    }
    duty.items = Cow::Owned(items);
    duty.activities = Cow::Borrowed(activities(situation));
    duty
}

/// The activity taxonomy (seed 004 § 4; the ministry's categories), most relevant first: health
/// first when health or social reasons were reported, education first when in education.
const fn activity_list<const N: usize>(health_or_social: bool, in_education: bool) -> [Item; N] {
    use Code::*;
    use Confidence::Inferred as I;
    let health = Item::unsure(ActivityHealthFirst, SourceId::Sotjl20a, I);
    let education = Item::new(ActivityEducation, SourceId::Sotjl20a);
    pick(&[
        (health, health_or_social),
        (education, in_education),
        (Item::unsure(ActivityFollowUp, SourceId::Sotjl20a, I), true),
        (Item::new(ActivityJobSeeking, SourceId::VilkarPractice), true),
        (Item::new(ActivityLowThreshold, SourceId::Sotjl20a), true),
        (Item::new(ActivityJobCentre, SourceId::Sotjl20a), true),
        (Item::new(ActivityWorkTraining, SourceId::Sotjl20a), true),
        (Item::new(ActivityStateMeasures, SourceId::Sotjl20a), true),
        (education, !in_education),
        (health, !health_or_social),
    ])
}

/// [`activity_list`] for each pair of flags, indexed by `2 × health_or_social + in_education`.
static ACTIVITIES: [&[Item]; 4] =
    [&activity_list::<8>(false, false), &activity_list::<8>(false, true), &activity_list::<8>(true, false), &activity_list::<8>(true, true)];

fn activities(a: AdultSituation) -> &'static [Item] {
    ACTIVITIES[usize::from(a.health_or_social) * 2 + usize::from(a.in_education)]
}

