//! The recipient's rights: information, advice and economic advice (§ 17), an individuell plan
//! (§ 28), a written decision with reasons (§ 41, forvaltningsloven §§ 23–27), klage within 3 weeks
//! to the NAV office and then Statsforvalteren (§ 47, forvaltningsloven §§ 28–29, 31), then the
//! Sivilombudet, free legal help from the student-run legal aid offices (V2), the processing time with
//! a foreløpig svar after a month (NAV), and taking part in one's own case (§ 42). Texts: law/text/rettigheter-og-klage.md.

use crate::law::SourceId;
use super::items::{pick, Code, Item, Items};
use crate::household::Household;
use crate::vocab::HouseholdType;
use std::borrow::Cow;

const fn rights_list<const N: usize>(couple: bool) -> [Item; N] {
    use Code::*;
    pick(&[
        (Item::new(RightInformationAdvice, SourceId::Sotjl17), true),
        (Item::new(RightEconomicAdvice, SourceId::Sotjl17), true),
        (Item::new(RightIndividualPlan, SourceId::Sotjl28), true),
        (Item::new(RightWrittenDecision, SourceId::DecisionForm), true),
        (Item::new(RightComplaint, SourceId::Klage), true),
        (Item::new(RightComplaintRoute, SourceId::KlageRoute), true),
        (Item::new(RightLateComplaint, SourceId::Klage), true),
        (Item::new(RightComplaintCouple, SourceId::KlageCouple), couple),
        (Item::new(RightOmbudsman, SourceId::Sivilombudet), true),
        (Item::unsure(RightFreeLegalAid, SourceId::FreeLegalAid, crate::law::Confidence::Secondary), true),
        (Item::new(RightProcessingTime, SourceId::NavAfterApplying), true),
        (Item::new(RightParticipation, SourceId::Sotjl42), true),
    ])
}

/// [`rights_list`] for other households and for spouses and samboere.
static RIGHTS: [&[Item]; 2] = [&rights_list::<11>(false), &rights_list::<12>(true)];

/// The rights, with who may complain when two live together.
pub fn rights(h: &Household) -> Items {
    Cow::Borrowed(RIGHTS[usize::from(matches!(h.kind, HouseholdType::Married | HouseholdType::Cohabiting))])
}

