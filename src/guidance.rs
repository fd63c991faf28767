//! Vilkår (sosialtjenesteloven § 20, § 20 a), rights, kvalifiseringsprogrammet (KVP) and nødhjelp,
//! bound to the household and the assessed month.
//!
//! The core returns codes, amounts and sources only; the words live in the page's message catalogue
//! (`www/i18n/guidance.nb.js`, checked against [`all_codes`] by `tests/guidance.rs`). Every
//! [`Item`] names its legal [`Source`] and, when the reference does not verify it, a [`Confidence`].
//!
//! Effective dates are named constants with their source: [`AKTIVITETSPLIKT_FROM`],
//! [`REDUCTION_RULE_FROM`], and in [`kvp`] the KVP changes and the G table.

pub mod kvp;
pub mod sources;

use crate::input::HouseholdInput;
use crate::month::{ym, YearMonth};
use crate::rates::Confidence;
use crate::source::{self, SourceId};
use crate::validate::ADULT_AGE;
use serde::Serialize;
use std::borrow::Cow;

pub use kvp::{GCaveat, GRow, GUsed, IncomeEffect, Kvp, KvpAdult, KvpIncomeEffect, KvpNotComputed, G_TABLE};


/// First month of the aktivitetsplikt for recipients under 30 (§ 20 a, Prop. 13 L (2016–2017);
/// [`sources::PROP_13_L_2017`], reference C.2, V).
pub const AKTIVITETSPLIKT_FROM: YearMonth = ym(2017, 1);
/// First month of § 20 third paragraph, the express authority to reduce stønad on breach
/// ([`sources::SOTJL_20_REDUCTION`], reference C.1, V).
pub const REDUCTION_RULE_FROM: YearMonth = ym(2017, 1);
/// The aktivitetsplikt applies to recipients younger than this (§ 20 a, reference C.2, V).
pub const AKTIVITETSPLIKT_AGE_LIMIT: u8 = 30;

code_enum! {
    /// What an explanation item says: the key of its message in the catalogue.
    pub enum Code {
        // --- Vilkår (§ 20) ---
        /// You have a right to help when you cannot support yourself; NAV can set conditions (vilkår).
        VilkarRightAndConditions,
        /// NAV may set conditions that help you support yourself.
        VilkarMayBeSet,
        /// Example: apply for jobs (keep a job log).
        VilkarExampleJobSeeking,
        /// Example: register as a job seeker at nav.no.
        VilkarExampleRegisterJobSeeker,
        /// Example: take part in courses, measures or work training.
        VilkarExampleMeasures,
        /// Example: reduce expenses (e.g. cheaper housing).
        VilkarExampleReduceExpenses,
        /// Example: apply for other benefits first (bostøtte, AAP, bidragsforskudd …).
        VilkarExampleOtherBenefits,
        /// Example from the statute: suitable work tasks in the municipality.
        VilkarExampleWorkTasks,
        /// Limit: a condition must be closely connected to the decision.
        VilkarLimitConnection,
        /// Limit: not disproportionately burdensome.
        VilkarLimitBurden,
        /// Limit: no unreasonable restriction of freedom of action or choice.
        VilkarLimitFreedom,
        /// Limit: not contrary to this or other laws.
        VilkarLimitLawful,
        /// Conditions must be written in the decision.
        VilkarInDecision,
        /// Documentation of need (bank statements, rent receipts) is not a vilkår.
        VilkarDocumentationNotVilkar,
        /// Conditions should be set together with you.
        VilkarSetTogether,
        /// NAV must follow up the conditions it sets.
        VilkarNavFollowsUp,

        // --- Aktivitetsplikt (§ 20 a), per adult ---
        /// Under 30 in the month: NAV shall set a condition of activity.
        DutyApplies,
        /// Purpose of the duty: work, education, self-support.
        DutyPurpose,
        /// The activity is chosen after an individual assessment.
        DutyIndividual,
        /// Tell NAV if tungtveiende grunner speak against activity.
        DutyTellGrounds,
        /// The duty does not apply in an emergency.
        DutyNotInEmergency,
        /// Other conditions may also be set under § 20.
        DutyOtherConditions,
        /// What you told us may be tungtveiende grunner; NAV decides.
        DutyExemptionMayApply,
        /// Caring duties: tell NAV; they may weigh as another weighty reason.
        DutyCaringDuties,
        /// Education can itself be the activity.
        DutyEducationAsActivity,
        /// You are in an emergency now: conditions are not applied to emergency help.
        DutyEmergencySuspends,
        /// The month is before 2017: there was no aktivitetsplikt yet (§ 20 conditions were possible).
        DutyNotBefore2017,
        /// 30 or over in the month: no aktivitetsplikt, but § 20 conditions are possible.
        DutyAge30OrOver,
        /// 29 in the month: the duty ends at 30; the exact cut-off timing is not verified.
        DutyNearAgeLimit,
        /// Under 18: the parents' duty of maintenance comes first; contact NAV.
        DutyUnder18,

        // --- What the activity can be (taxonomy, seed 004 § 4) ---
        /// Meetings with the veileder and tasks between meetings.
        ActivityFollowUp,
        /// Job seeking: register as job seeker, job log, job-search course.
        ActivityJobSeeking,
        /// Municipal low-threshold activity.
        ActivityLowThreshold,
        /// Municipal job or activity centre.
        ActivityJobCentre,
        /// State NAV measures (oppfølging, arbeidstrening, AFT, AMO courses).
        ActivityStateMeasures,
        /// Work training or work practice.
        ActivityWorkTraining,
        /// Education: upper secondary school, Norwegian classes, training.
        ActivityEducation,
        /// Health first: see a doctor, follow treatment.
        ActivityHealthFirst,

        // --- Breach and reduction ---
        /// A reduction needs a new decision (§ 20 third paragraph, from 2017).
        BreachNeedsDecision,
        /// Before 2017: NAV could reduce or postpone payment; the express rule came in 2017.
        BreachBefore2017,
        /// Reduction only if the grant decision warned about it.
        BreachOnlyIfWarned,
        /// A reduction must be proportionate and keep a forsvarlig level.
        BreachProportionate,
        /// Children's needs are protected.
        BreachChildren,
        /// Emergency help is never withheld.
        BreachEmergencyHelp,
        /// No fixed reduction amount exists; this tool does not compute one.
        BreachNoFixedAmount,
        /// A reduction is a decision you can complain about.
        BreachAppeal,

        // --- Rights ---
        /// § 17: information, advice and guidance.
        RightInformationAdvice,
        /// § 17: economic and debt advice.
        RightEconomicAdvice,
        /// § 28: individuell plan.
        RightIndividualPlan,
        /// A written decision with reasons.
        RightWrittenDecision,
        /// Klage within 3 weeks.
        RightComplaint,
        /// Klage goes to the NAV office first, then to Statsforvalteren.
        RightComplaintRoute,
        /// A late klage may still be considered, but not after 1 year.
        RightLateComplaint,
        /// Couples: who may complain.
        RightComplaintCouple,
        /// § 42: the right to take part in one's own case.
        RightParticipation,

        // --- Kvalifiseringsprogrammet ---
        /// Who KVP is for.
        KvpWhoFor,
        /// KVP is a right when the conditions are met.
        KvpIsRight,
        /// Before 2010 not every kommune had to offer KVP.
        KvpNotEveryKommuneBefore2010,
        /// Full time, 37.5 hours a week.
        KvpFullTime,
        /// From 2019: up to 2 years, extendable by up to 1 year; from age 18.
        KvpDurationFrom2019,
        /// Before 2019: up to 1 year, extendable; from age 19.
        KvpDurationBefore2019,
        /// KVP participants have a right to an individuell plan.
        KvpIndividualPlan,
        /// Kvalifiseringsstønad is 2 G a year (before 1 July 2024).
        KvpStonad2G,
        /// Kvalifiseringsstønad is about 2 G a year: 2.041 G (from 1 July 2024).
        KvpStonad2041G,
        /// Under 25: two thirds of the full stønad.
        KvpUnder25TwoThirds,
        /// The monthly figures are this tool's computation, not published figures.
        KvpOwnCalculation,
        /// No G is known for the month (before 1 May 2015): no amount.
        KvpNoG,
        /// Work income reduces it proportionally.
        KvpReducedByWork,
        /// Dagpenger, sykepenger, foreldrepenger reduce it krone for krone.
        KvpReducedByBenefits,
        /// Absence without valid reason reduces it.
        KvpReducedByAbsence,
        /// Bostøtte, barnebidrag, barnetrygd, kontantstøtte do not reduce it.
        KvpNotReducedBy,
        /// Up to a 50 % job can be combined with KVP.
        KvpHalfTimeJob,
        /// Taxable and pension-earning.
        KvpTaxable,
        /// Sosialhjelp can top it up when it does not cover necessary expenses.
        KvpTopUp,
        /// Barnetillegg exists; its current amount is not verified: ask NAV.
        KvpBarnetilleggAskNav,
        /// Barnetillegg per child, with the verified figure of the month (`kvp.barnetillegg`).
        KvpBarnetillegg,

        // --- Nødhjelp ---
        /// NAV must help you today in an emergency.
        EmergencyHelpToday,
        /// Emergency help is given regardless of conditions and of the cause.
        EmergencyNoConditions,
        /// What emergency help covers.
        EmergencyCovers,
        /// Nowhere to sleep tonight: NAV must help you find a temporary place (§ 27).
        EmergencyShelterTonight,
        /// What to say: no food.
        EmergencySayNoFood,
        /// What to say: nowhere to sleep tonight.
        EmergencySayNoShelter,
        /// The decision may be oral, with the written one later.
        EmergencyOralDecision,
        /// Go to or call the nearest NAV office today.
        EmergencyGoToOffice,
        /// The amount is set by the kommune.
        EmergencyLocalAmount,

        // --- What the estimate cannot know ---
        /// Lawful stay and fixed residence in Norway.
        CannotKnowResidence,
        /// Assets beyond the bank balance entered.
        CannotKnowAssets,
        /// Whether housing costs are reasonable.
        CannotKnowHousingCost,
        /// NAV's individual assessment.
        CannotKnowIndividualAssessment,
        /// Whether you meet the KVP conditions.
        CannotKnowKvpEligibility,
        /// Whether NAV accepts an exemption from the aktivitetsplikt.
        CannotKnowExemption,
    }
}

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

/// The household says it is in an emergency today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyInput {
    /// No food (and no money for food) today.
    pub no_food: bool,
    /// Nowhere to sleep tonight.
    pub no_shelter: bool,
}

impl EmergencyInput {
    /// True when either emergency is reported.
    pub fn any(&self) -> bool {
        self.no_food || self.no_shelter
    }
}

/// One adult's situation, by the adult's index in `adults` (all optional, default false).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AdultSituation {
    /// In paid work (also part-time).
    pub in_work: bool,
    /// Already in activity linked to a state or another municipal benefit.
    pub active_through_other_benefit: bool,
    /// Health or social situation makes activity hard.
    pub health_or_social: bool,
    /// Caring duties (children, relatives).
    pub caring_duties: bool,
    /// In education.
    pub in_education: bool,
    /// Another weighty reason against activity.
    pub other_reason: bool,
}

/// Optional facts about the household's situation that refine the guidance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    /// An emergency today (no food, nowhere to sleep).
    pub emergency: EmergencyInput,
    /// Per adult, in the order of `adults`; missing entries mean "nothing reported", extra ones are ignored.
    pub adults: Vec<AdultSituation>,
}

/// One explanation: a message code, its legal source, and its confidence when not verified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// Message key.
    pub code: Code,
    /// Legal source (shown as a link).
    pub source: SourceId,
    /// How sure the reference is, when not verified (V2 secondary, I inferred).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

impl Item {
    /// A verified item.
    pub const fn new(code: Code, source: SourceId) -> Item {
        Item { code, source, confidence: None }
    }
    /// An item whose rule the reference marks V2 or I.
    pub const fn unsure(code: Code, source: SourceId, confidence: Confidence) -> Item {
        Item { code, source, confidence: Some(confidence) }
    }
}

/// A list of explanations. Most lists depend on a few facts only, so they are built at compile time
/// and borrowed (no allocation per estimate); the rest are owned. Serialised as a plain array.
pub type Items = Cow<'static, [Item]>;

/// Keeps the items whose flag is true, in order; `N` must be their number (checked at compile time).
/// Lets one list with conditions, written like the rule it implements, define every static variant.
const fn pick<const N: usize>(list: &[(Item, bool)]) -> [Item; N] {
    let mut out = [list[0].0; N];
    let (mut i, mut n) = (0, 0);
    while i < list.len() {
        if list[i].1 {
            assert!(n < N, "pick: more items than N");
            out[n] = list[i].0;
            n += 1;
        }
        i += 1;
    }
    assert!(n == N, "pick: fewer items than N");
    out
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

/// Guidance for the household and month: vilkår, aktivitetsplikt per adult, breach, rights, KVP,
/// emergency help, and what the estimate cannot know.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Guidance {
    /// Present when the household reports an emergency; shown first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emergency: Option<Emergency>,
    /// General vilkår (§ 20).
    pub vilkar: Items,
    /// Aktivitetsplikt (§ 20 a), one entry per adult.
    pub aktivitetsplikt: Vec<AdultDuty>,
    /// Breach of vilkår and reduction.
    pub breach: Items,
    /// The recipient's rights.
    pub rights: Items,
    /// Kvalifiseringsprogrammet and an estimate of kvalifiseringsstønad.
    pub kvp: Kvp,
    /// What this estimate cannot know.
    pub cannot_know: Items,
}

/// Builds the guidance. `adult_ages` are the validated ages (0–120) of the adults in the month.
pub fn guidance(input: &HouseholdInput, month: YearMonth, adult_ages: &[u8]) -> Guidance {
    let situation = &input.situation;
    let emergency = situation.emergency.any().then(|| emergency(situation.emergency));
    let aktivitetsplikt = adult_ages
        .iter()
        .enumerate()
        .map(|(i, &age)| {
            let adult = situation.adults.get(i).copied().unwrap_or_default();
            adult_duty(i, age, month, adult, situation.emergency.any())
        })
        .collect();
    let has_children = !input.children.is_empty();
    Guidance {
        emergency,
        vilkar: Cow::Borrowed(VILKAR),
        aktivitetsplikt,
        breach: breach(month, has_children),
        rights: rights(input),
        kvp: kvp::kvp(input, month, adult_ages),
        cannot_know: cannot_know(adult_ages, month),
    }
}

/// Every code the guidance can emit, with the name it serializes to (for the catalogue check).
pub fn all_codes() -> Vec<String> {
    fn names<T: Serialize>(all: &[T]) -> impl Iterator<Item = String> + '_ {
        all.iter().filter_map(|c| match serde_json::to_value(c) {
            Ok(serde_json::Value::String(s)) => Some(s),
            _ => None,
        })
    }
    names(Code::ALL)
        .chain(names(DutyStatus::ALL))
        .chain(names(ExemptionGround::ALL))
        .chain(names(KvpIncomeEffect::ALL))
        .chain(names(KvpNotComputed::ALL))
        .chain(names(GCaveat::ALL))
        .collect()
}

static VILKAR: &[Item] = {
    use sources::{SOTJL_20, SOTJL_42, VILKAR_PRACTICE, VILKAR_RIGHT};
    use Code::*;
    &[
        Item::new(VilkarRightAndConditions, VILKAR_RIGHT),
        Item::new(VilkarMayBeSet, SOTJL_20),
        Item::new(VilkarExampleJobSeeking, VILKAR_PRACTICE),
        Item::new(VilkarExampleRegisterJobSeeker, VILKAR_PRACTICE),
        Item::new(VilkarExampleMeasures, VILKAR_PRACTICE),
        Item::new(VilkarExampleReduceExpenses, VILKAR_PRACTICE),
        Item::new(VilkarExampleOtherBenefits, VILKAR_PRACTICE),
        Item::new(VilkarExampleWorkTasks, SOTJL_20),
        Item::new(VilkarLimitConnection, SOTJL_20),
        Item::new(VilkarLimitBurden, SOTJL_20),
        Item::new(VilkarLimitFreedom, SOTJL_20),
        Item::new(VilkarLimitLawful, SOTJL_20),
        Item::new(VilkarInDecision, SOTJL_20),
        Item::new(VilkarDocumentationNotVilkar, VILKAR_PRACTICE),
        Item::new(VilkarSetTogether, SOTJL_42),
        Item::new(VilkarNavFollowsUp, VILKAR_PRACTICE),
    ]
};

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

fn adult_duty(adult_index: usize, age: u8, month: YearMonth, adult: AdultSituation, emergency: bool) -> AdultDuty {
    use sources::{PROP_13_L_2017, SOTJL_20, SOTJL_20A, SOTJL_20A_INDIVIDUAL};
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
    if age < ADULT_AGE {
        return early(DutyStatus::Under18, const { &[Item::new(DutyUnder18, source::PARENTS_DUTY)] });
    }
    if age >= AKTIVITETSPLIKT_AGE_LIMIT {
        return early(DutyStatus::Age30OrOver, const { &[Item::new(DutyAge30OrOver, SOTJL_20)] });
    }
    if month < AKTIVITETSPLIKT_FROM {
        return early(DutyStatus::NotBefore2017, const { &[Item::new(DutyNotBefore2017, PROP_13_L_2017)] });
    }
    if emergency {
        return early(DutyStatus::EmergencySuspends, const { &[Item::new(DutyEmergencySuspends, SOTJL_20A), Item::new(DutyApplies, SOTJL_20A)] });
    }

    // At most nine items: applies, purpose, grounds, caring, education, individual, emergency,
    // other conditions, near the age limit.
    let mut items = Vec::with_capacity(9);
    let mut duty = AdultDuty { adult_index, age, status: DutyStatus::Applies, grounds: grounds(adult), items: Cow::Borrowed(&[]), activities: Cow::Borrowed(&[]) };
    items.push(Item::new(DutyApplies, SOTJL_20A));
    items.push(Item::new(DutyPurpose, SOTJL_20A));
    if duty.grounds.is_empty() {
        items.push(Item::unsure(DutyTellGrounds, SOTJL_20A, I));
    } else {
        duty.status = DutyStatus::ExemptionMayApply;
        items.push(Item::unsure(DutyExemptionMayApply, SOTJL_20A, I));
    }
    if adult.caring_duties {
        items.push(Item::unsure(DutyCaringDuties, SOTJL_20A, I));
    }
    if adult.in_education {
        items.push(Item::new(DutyEducationAsActivity, SOTJL_20A));
    }
    items.push(Item::new(DutyIndividual, SOTJL_20A_INDIVIDUAL));
    items.push(Item::new(DutyNotInEmergency, SOTJL_20A));
    items.push(Item::new(DutyOtherConditions, SOTJL_20A));
    if age + 1 == AKTIVITETSPLIKT_AGE_LIMIT {
        items.push(Item::unsure(DutyNearAgeLimit, SOTJL_20A, I));
    }
    duty.items = Cow::Owned(items);
    duty.activities = Cow::Borrowed(activities(adult));
    duty
}

/// The activity taxonomy (seed 004 § 4; the ministry's categories), most relevant first: health
/// first when health or social reasons were reported, education first when in education.
const fn activity_list<const N: usize>(health_or_social: bool, in_education: bool) -> [Item; N] {
    use sources::{SOTJL_20A, VILKAR_PRACTICE};
    use Code::*;
    use Confidence::Inferred as I;
    let health = Item::unsure(ActivityHealthFirst, SOTJL_20A, I);
    let education = Item::new(ActivityEducation, SOTJL_20A);
    pick(&[
        (health, health_or_social),
        (education, in_education),
        (Item::unsure(ActivityFollowUp, SOTJL_20A, I), true),
        (Item::new(ActivityJobSeeking, VILKAR_PRACTICE), true),
        (Item::new(ActivityLowThreshold, SOTJL_20A), true),
        (Item::new(ActivityJobCentre, SOTJL_20A), true),
        (Item::new(ActivityWorkTraining, SOTJL_20A), true),
        (Item::new(ActivityStateMeasures, SOTJL_20A), true),
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

const fn breach_list<const N: usize>(from_2017: bool, has_children: bool) -> [Item; N] {
    use sources::{CHILDREN_NEEDS, EMERGENCY_18, KLAGE, REDUCTION_2014_ANSWER, REDUCTION_LIMIT, REDUCTION_WARNING, SOTJL_20_REDUCTION};
    use Code::*;
    use Confidence::Inferred as I;
    pick(&[
        (Item::new(BreachNeedsDecision, SOTJL_20_REDUCTION), from_2017),
        (Item::new(BreachBefore2017, REDUCTION_2014_ANSWER), !from_2017),
        (Item::new(BreachOnlyIfWarned, REDUCTION_WARNING), from_2017),
        (Item::unsure(BreachProportionate, REDUCTION_LIMIT, I), true),
        (Item::unsure(BreachChildren, CHILDREN_NEEDS, I), has_children),
        (Item::new(BreachEmergencyHelp, EMERGENCY_18), true),
        (Item::new(BreachNoFixedAmount, REDUCTION_2014_ANSWER), true),
        (Item::new(BreachAppeal, KLAGE), true),
    ])
}

/// [`breach_list`] indexed by `2 × (month ≥ REDUCTION_RULE_FROM) + has_children`.
static BREACH: [&[Item]; 4] =
    [&breach_list::<5>(false, false), &breach_list::<6>(false, true), &breach_list::<6>(true, false), &breach_list::<7>(true, true)];

fn breach(month: YearMonth, has_children: bool) -> Items {
    Cow::Borrowed(BREACH[usize::from(month >= REDUCTION_RULE_FROM) * 2 + usize::from(has_children)])
}

const fn rights_list<const N: usize>(couple: bool) -> [Item; N] {
    use sources::{DECISION_FORM, KLAGE, KLAGE_COUPLE, KLAGE_ROUTE, SOTJL_17, SOTJL_28, SOTJL_42};
    use Code::*;
    pick(&[
        (Item::new(RightInformationAdvice, SOTJL_17), true),
        (Item::new(RightEconomicAdvice, SOTJL_17), true),
        (Item::new(RightIndividualPlan, SOTJL_28), true),
        (Item::new(RightWrittenDecision, DECISION_FORM), true),
        (Item::new(RightComplaint, KLAGE), true),
        (Item::new(RightComplaintRoute, KLAGE_ROUTE), true),
        (Item::new(RightLateComplaint, KLAGE), true),
        (Item::new(RightComplaintCouple, KLAGE_COUPLE), couple),
        (Item::new(RightParticipation, SOTJL_42), true),
    ])
}

/// [`rights_list`] for other households and for spouses and samboere.
static RIGHTS: [&[Item]; 2] = [&rights_list::<8>(false), &rights_list::<9>(true)];

fn rights(input: &HouseholdInput) -> Items {
    use crate::input::HouseholdType::{Cohabiting, Married};
    Cow::Borrowed(RIGHTS[usize::from(matches!(input.household_type, Married | Cohabiting))])
}

fn emergency(e: EmergencyInput) -> Emergency {
    use sources::{DECISION_FORM, EMERGENCY_18, EMERGENCY_COVERS, EMERGENCY_LOCAL_AMOUNT, SOTJL_27};
    use Code::*;
    use Confidence::Secondary as V2;
    let mut items = vec![Item::new(EmergencyHelpToday, EMERGENCY_18)];
    if e.no_food {
        items.push(Item::new(EmergencySayNoFood, EMERGENCY_18));
    }
    if e.no_shelter {
        items.push(Item::unsure(EmergencyShelterTonight, SOTJL_27, V2));
        items.push(Item::unsure(EmergencySayNoShelter, SOTJL_27, V2));
    }
    items.push(Item::new(EmergencyGoToOffice, EMERGENCY_18));
    items.push(Item::new(EmergencyNoConditions, EMERGENCY_18));
    items.push(Item::unsure(EmergencyCovers, EMERGENCY_COVERS, V2));
    items.push(Item::new(EmergencyOralDecision, DECISION_FORM));
    items.push(Item::unsure(EmergencyLocalAmount, EMERGENCY_LOCAL_AMOUNT, V2));
    Emergency { no_food: e.no_food, no_shelter: e.no_shelter, items }
}

const fn cannot_know_list<const N: usize>(duty_possible: bool) -> [Item; N] {
    use sources::{ASSETS, RESIDENCE, SOTJL_20A, SOTJL_29};
    use Code::*;
    pick(&[
        (Item::new(CannotKnowResidence, RESIDENCE), true),
        (Item::new(CannotKnowAssets, ASSETS), true),
        (Item::new(CannotKnowHousingCost, source::HOUSING_COSTS), true),
        (Item::new(CannotKnowIndividualAssessment, source::VEILEDENDE), true),
        (Item::new(CannotKnowKvpEligibility, SOTJL_29), true),
        (Item::unsure(CannotKnowExemption, SOTJL_20A, Confidence::Inferred), duty_possible),
    ])
}

/// [`cannot_know_list`] without and with the exemption item.
static CANNOT_KNOW: [&[Item]; 2] = [&cannot_know_list::<5>(false), &cannot_know_list::<6>(true)];

fn cannot_know(adult_ages: &[u8], month: YearMonth) -> Items {
    let duty_possible = month >= AKTIVITETSPLIKT_FROM && adult_ages.iter().any(|&a| (ADULT_AGE..AKTIVITETSPLIKT_AGE_LIMIT).contains(&a));
    Cow::Borrowed(CANNOT_KNOW[usize::from(duty_possible)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effective_dates_are_valid_literals() {
        assert_eq!(AKTIVITETSPLIKT_FROM.to_string(), "2017-01");
        assert_eq!(REDUCTION_RULE_FROM.to_string(), "2017-01");
    }

    #[test]
    fn codes_are_unique_across_enums() {
        let codes = all_codes();
        let mut seen = std::collections::HashSet::new();
        for c in &codes {
            assert!(seen.insert(c.clone()), "duplicate code {c}");
        }
        assert_eq!(codes.len(), Code::ALL.len() + DutyStatus::ALL.len() + ExemptionGround::ALL.len() + KvpIncomeEffect::ALL.len() + KvpNotComputed::ALL.len() + GCaveat::ALL.len());
    }

    #[test]
    fn grounds_follow_the_flags() {
        let a = AdultSituation { caring_duties: true, other_reason: true, ..Default::default() };
        assert_eq!(grounds(a), vec![ExemptionGround::OtherWeightyReason]);
        assert!(grounds(AdultSituation::default()).is_empty());
    }
}
