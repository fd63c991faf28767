//! Benefits to claim first: a checklist from the household's answers. Økonomisk stønad is for those
//! who cannot provide for themselves «ved å gjøre gjeldende økonomiske rettigheter» (§ 18), so NAV
//! may ask for other benefits to be claimed first (the Directorate's review: bostøtte, overgangsstønad,
//! bidragsforskudd, AAP or uføretrygd). The list never blocks: the need is assessed here and now, and
//! stønad can be given until the other benefit is actually paid (Helsetilsynet; Sivilombudet), so the
//! first item always says that sosialhjelp can be applied for while waiting.
//!
//! Where an estimate notice already explains a benefit (`bostotteFirst`, `studentSupportFirst`,
//! `childrenNeeds`), the item names that notice instead of repeating it.

use super::items::Code;
use super::livsopphold::NoticeCode;
use crate::household::Household;
use crate::law::{Confidence, SourceId, RULES};
use crate::vocab::{HouseholdType, IncomeKind};
use serde::Serialize;

/// One benefit to check, with its source, and the estimate notice that says more when there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimItem {
    /// Message key (in the catalogues' `guidance` part).
    pub code: Code,
    /// Legal source.
    pub source: SourceId,
    /// How sure the reference is, when not verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// The estimate's notice on the same benefit, shown with the result (the page links to it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<NoticeCode>,
}

impl ClaimItem {
    const fn new(code: Code, source: SourceId) -> ClaimItem {
        ClaimItem { code, source, confidence: None, notice: None }
    }
}

/// The checklist for this household, in order: the reassurance first, then housing, health, the
/// family, age, education, the young, and the funeral last.
pub fn claim_first(h: &Household) -> Vec<ClaimItem> {
    use Code::*;
    let has = |k: IncomeKind| h.incomes.iter().any(|i| i.kind == k && !i.amount.is_zero());
    let e = h.expenses;
    let children = !h.children.is_empty();
    let housing = !e.housing.is_zero() || !e.common_costs.is_zero();
    let health = h.adults.iter().any(|a| a.situation.health_or_social && a.age < RULES.supplerende_stonad_age);
    let single_parent = children && h.kind == HouseholdType::Single;
    let old = h.month >= RULES.supplerende_stonad_from && h.adults.iter().any(|a| a.age >= RULES.supplerende_stonad_age);
    let student_support = has(IncomeKind::StudentSupport);
    let student = student_support || h.facts.student.is_some() || h.adults.iter().any(|a| a.situation.in_education);
    let young = |a: &crate::household::Adult| a.age >= RULES.adult_age && a.age < RULES.aktivitetsplikt_under_age;
    let kvp = h.month >= RULES.aktivitetsplikt_from && h.adults.iter().any(young) && !has(IncomeKind::Kvalifiseringsstonad);
    let garanti = h.month >= RULES.ungdomsgaranti_from && h.adults.iter().any(|a| a.age >= RULES.adult_age && a.age < RULES.ungdomsgaranti_under_age);

    let see = |item: ClaimItem, notice: NoticeCode| ClaimItem { notice: Some(notice), ..item };
    let list = [
        (ClaimItem::new(ClaimFirstWhileWaiting, SourceId::HereAndNow), true),
        // The same condition as the notice `bostotteFirst` (rules/livsopphold.rs).
        (see(ClaimItem::new(ClaimFirstBostotte, SourceId::Sotjl18), NoticeCode::BostotteFirst), housing && !has(IncomeKind::Bostotte)),
        (ClaimItem::new(ClaimFirstAapUforetrygd, SourceId::NavReview), health && !has(IncomeKind::Aap) && !has(IncomeKind::Uforetrygd)),
        (ClaimItem::new(ClaimFirstOvergangsstonad, SourceId::SingleParent), single_parent && !has(IncomeKind::Overgangsstonad)),
        (ClaimItem::new(ClaimFirstBidragsforskudd, SourceId::SingleParent), single_parent && !has(IncomeKind::Barnebidrag)),
        (ClaimItem::new(ClaimFirstSupplerendeStonad, SourceId::Supplerende), old),
        (
            if student_support { see(ClaimItem::new(ClaimFirstLanekassen, SourceId::StudentLoanFirst), NoticeCode::StudentSupportFirst) } else { ClaimItem::new(ClaimFirstLanekassen, SourceId::StudentLoanFirst) },
            student,
        ),
        (see(ClaimItem::new(ClaimFirstReducedChildcare, SourceId::ChildcarePrice), NoticeCode::ChildrenNeeds), children),
        (ClaimItem { confidence: Some(Confidence::Secondary), ..ClaimItem::new(ClaimFirstKvp, SourceId::KvpFirst) }, kvp),
        (ClaimItem { confidence: Some(Confidence::Secondary), ..ClaimItem::new(ClaimFirstUngdomsgaranti, SourceId::Ungdomsgaranti) }, garanti),
        (ClaimItem::new(ClaimFirstGravferdsstonad, SourceId::Gravferd), true),
    ];
    list.into_iter().filter_map(|(item, when)| when.then_some(item)).collect()
}
