//! Income in time: the month is the period. NAV looks at the money a household has and gets in the
//! month it applies for (Helsetilsynet: the need is assessed «her og nå»); varying pay is not
//! averaged (a recipient with varying income applies each month with last month's income, NAV's
//! mapping 2023). What follows for money that comes at odd times — feriepenger, the skatteoppgjør,
//! gifts and loans, back pay of a trygd (§ 26), grunnstønad, strømstøtte — is explained here, never
//! computed: no amount in the estimate rests on these items. Inferred items carry their confidence.

use super::items::{Code, Item, Items};
use crate::household::Household;
use crate::law::{Confidence, SourceId, RULES};
use crate::vocab::IncomeKind;
use std::borrow::Cow;

/// The income-in-time items for this household: the general ones always, feriepenger with work,
/// strømstøtte with an electricity cost from the month it exists.
pub fn income_timing(h: &Household) -> Items {
    use Code::*;
    let has = |k: IncomeKind| h.incomes.iter().any(|i| i.kind == k && !i.amount.is_zero());
    let works = has(IncomeKind::WorkNet) || h.adults.iter().any(|a| a.situation.in_work);
    let power = !h.expenses.electricity.is_zero() && h.month >= RULES.stromstotte_from;
    let list = [
        (Item::new(IncomeMonthIsPeriod, SourceId::HereAndNow), true),
        (Item::unsure(IncomeHolidayPay, SourceId::HereAndNow, Confidence::Inferred), works),
        (Item::unsure(IncomeTaxSettlement, SourceId::NavReview, Confidence::Inferred), true),
        (Item::new(IncomeGiftsLoans, SourceId::NavReview), true),
        (Item::new(IncomeBackPay, SourceId::Sotjl26), true),
        (Item::unsure(IncomeGrunnstonad, SourceId::Grunnstonad, Confidence::Inferred), true),
        (Item::new(IncomeStromstotte, SourceId::Stromstotte), power),
    ];
    Cow::Owned(list.into_iter().filter_map(|(item, when)| when.then_some(item)).collect())
}
