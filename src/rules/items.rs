//! What the guidance says, as data: a message [`Code`] (the key of its text in every catalogue),
//! the legal source it rests on, and how sure the reference is when not verified. The guidance
//! modules (vilkår, aktivitetsplikt, rights, KVP, nødhjelp, what the estimate cannot know) build
//! lists of these; the words live in the page's catalogues (the `guidance` section of `www/i18n/<lang>.js`).

use crate::law::{Confidence, SourceId};
use serde::Serialize;
use std::borrow::Cow;

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
        /// No right to økonomisk sosialhjelp while staying abroad (NAV «Dette bør du vite»).
        VilkarNotAbroad,
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
        /// Tell NAV when the situation changes after applying (NAV «Dette bør du vite»; a duty, not a § 20 vilkår).
        VilkarReportChanges,
        /// Going to prison: tell NAV; in prison, as a starting point no livsopphold; rent assessed apart
        /// (the Directorate's review, V).
        VilkarPrison,
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
        /// After Statsforvalteren: a complaint to the Sivilombudet (the administration's remedies first).
        RightOmbudsman,
        /// Free legal help with the klage from the student-run legal aid offices (V2).
        RightFreeLegalAid,
        /// Processing time varies by kommune; after a month a foreløpig svar; a quick answer in an emergency.
        RightProcessingTime,
        /// § 42: the right to take part in one's own case.
        RightParticipation,

        // --- One-off needs (§ 18 first, then § 19; NAV: «Dette kan du søke om») ---
        /// How to apply for one expense: in writing, with documentation; § 18 first, then § 19.
        OneOffHowToApply,
        /// Furniture and equipment: the most necessary, at a modest standard.
        OneOffFurniture,
        /// Deposit: usually a guarantee; paid out, usually a loan.
        OneOffDeposit,
        /// Moving: necessary costs, especially when NAV asked you to move.
        OneOffMoving,
        /// Dentist: Helfo and a payment plan first, then NAV, with a cost estimate.
        OneOffDental,
        /// Doctor, medicines, glasses, hearing aids: Helfo in some cases; frikort.
        OneOffHealth,
        /// Debt: not covered as a rule; an exception to keep the home or the power.
        OneOffDebt,
        /// Economic advice (§ 17), also on debt: a payment plan, an agreement with creditors.
        OneOffEconomicAdvice,

        // --- Income in time (the month is the period) ---
        /// NAV looks at the money you have and get in the month you apply for; varying pay is not
        /// averaged: apply each month with last month's payslips.
        IncomeMonthIsPeriod,
        /// Feriepenger count in the month they are paid (often June, when the ordinary pay is lower).
        IncomeHolidayPay,
        /// A tax refund counts when it is paid; NAV should not count money you have not received.
        IncomeTaxSettlement,
        /// Gifts and loans from family or friends may be counted; say clearly if it is a loan.
        IncomeGiftsLoans,
        /// Back pay of a folketrygd benefit: the kommune may claim refund of the sosialhjelp for the
        /// same period and purpose (§ 26).
        IncomeBackPay,
        /// Grunnstønad and hjelpestønad are often kept out together with the extra costs they cover.
        IncomeGrunnstonad,
        /// Enter the electricity bill after strømstøtte.
        IncomeStromstotte,

        // --- Benefits to claim first (never a reason to wait) ---
        /// You can always apply for sosialhjelp while you wait for other benefits.
        ClaimFirstWhileWaiting,
        /// Bostøtte from Husbanken (the notice `bostotteFirst` says more).
        ClaimFirstBostotte,
        /// AAP or uføretrygd when health makes work hard.
        ClaimFirstAapUforetrygd,
        /// Overgangsstønad for a single parent.
        ClaimFirstOvergangsstonad,
        /// Bidragsforskudd when barnebidrag is not paid.
        ClaimFirstBidragsforskudd,
        /// Supplerende stønad for those 67 or over with short botid in Norway.
        ClaimFirstSupplerendeStonad,
        /// Lånekassen's loan and grant for students.
        ClaimFirstLanekassen,
        /// Reduced barnehage and SFO prices from the kommune.
        ClaimFirstReducedChildcare,
        /// Under 30: NAV shall consider KVP before sosialhjelp with an activity condition.
        ClaimFirstKvp,
        /// Under 30: the ungdomsgaranti, a fixed contact person at NAV.
        ClaimFirstUngdomsgaranti,
        /// Gravferdsstønad when you pay for a funeral.
        ClaimFirstGravferdsstonad,

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
        /// If you are not a Norwegian citizen: sosialhjelp in the last 12 months can stand in the way
        /// of permanent residence (18–67, from 1 September 2017; exceptions exist), which citizenship
        /// requires. You may still apply; ask UDI.
        CannotKnowPermanentResidence,
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
pub(crate) const fn pick<const N: usize>(list: &[(Item, bool)]) -> [Item; N] {
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

