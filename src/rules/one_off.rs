//! One-off needs: what to apply for, what comes first and what to bring, for the expenses people
//! most often need help with besides the monthly amount. NAV's citizen text «Dette kan du søke om»
//! (V): innbo and utstyr «det mest nødvendige … nøktern og rimelig»; depositum «vanligvis … garanti»,
//! paid out «normalt … et lån»; flytting «særlig aktuelt» when NAV asked you to move; tannbehandling
//! Helfo, then «nedbetalingsavtale», then NAV with «kostnadsoverslag»; helse Helfo and frikort; gjeld
//! «i utgangspunktet ikke», except «fare for å miste strømmen eller boligen», and økonomisk
//! rådgivning (§ 17). A one-off need is part of livsopphold under § 18 first; § 19 comes after.

use super::items::{Code, Item, Items};
use crate::law::SourceId;
use std::borrow::Cow;

static ONE_OFF: [Item; 8] = [
    Item::new(Code::OneOffHowToApply, SourceId::OneOffNeeds),
    Item::new(Code::OneOffFurniture, SourceId::OneOffNeeds),
    Item::new(Code::OneOffDeposit, SourceId::OneOffNeeds),
    Item::new(Code::OneOffMoving, SourceId::OneOffNeeds),
    Item::new(Code::OneOffDental, SourceId::OneOffNeeds),
    Item::new(Code::OneOffHealth, SourceId::OneOffNeeds),
    Item::new(Code::OneOffDebt, SourceId::Debt),
    Item::new(Code::OneOffEconomicAdvice, SourceId::Sotjl17),
];

/// The one-off needs helper (the same for every household).
pub fn one_off() -> Items {
    Cow::Borrowed(&ONE_OFF)
}
