//! Nødhjelp — help in an emergency (§ 18 as the Sivilombudet reads it, § 27 temporary housing):
//! whoever lacks food or somewhere to sleep tonight gets help today, whatever the cause and whatever
//! the conditions. Texts: law/text/nodhjelp.md.

use crate::law::SourceId;
use super::items::{Code, Item};
use crate::law::Confidence;
use crate::vocab::EmergencyInput;
use serde::Serialize;

/// What NAV must do now when the household has no food or nowhere to sleep tonight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Emergency {
    /// No food today.
    pub no_food: bool,
    /// Nowhere to sleep tonight.
    pub no_shelter: bool,
    /// Explanations, most urgent first.
    pub items: Vec<Item>,
}

/// What NAV must do today, when an emergency is reported.
pub fn emergency(e: EmergencyInput) -> Emergency {
    use Code::*;
    use Confidence::Secondary as V2;
    let mut items = vec![Item::new(EmergencyHelpToday, SourceId::Emergency18)];
    if e.no_food {
        items.push(Item::new(EmergencySayNoFood, SourceId::Emergency18));
    }
    if e.no_shelter {
        items.push(Item::unsure(EmergencyShelterTonight, SourceId::Sotjl27, V2));
        items.push(Item::unsure(EmergencySayNoShelter, SourceId::Sotjl27, V2));
    }
    items.push(Item::new(EmergencyGoToOffice, SourceId::Emergency18));
    items.push(Item::new(EmergencyNoConditions, SourceId::Emergency18));
    items.push(Item::unsure(EmergencyCovers, SourceId::EmergencyCovers, V2));
    items.push(Item::new(EmergencyOralDecision, SourceId::DecisionForm));
    items.push(Item::unsure(EmergencyLocalAmount, SourceId::EmergencyLocalAmount, V2));
    Emergency { no_food: e.no_food, no_shelter: e.no_shelter, items }
}

