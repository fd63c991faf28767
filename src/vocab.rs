//! The vocabulary of a household: who lives together, the kinds of income, and the facts a user may
//! report about their situation. Shared by the input reader, the validated household and the rules;
//! it depends on nothing else in the crate.

use serde::Serialize;

code_enum! {
    /// Who lives together, which decides whose economy is assessed and the adult rate.
    ///
    /// Spouses have a mutual duty of maintenance and are assessed together (ekteskapsloven § 38; NAV:
    /// «Hvis du er gift»). Samboere have none: unless they have children together, the applicant is in
    /// principle assessed on their own (NAV: «Hvis du er samboer»; Dokument 15:202 (2000–2001)).
    pub enum HouseholdType {
        /// One adult living alone (with or without children).
        Single,
        /// Married (or registered partners): assessed together, the Ektepar/samboere rate, two adults.
        Married,
        /// Samboere. With common children (`commonChildren: true`) assessed together like spouses (two
        /// adults); without, the applicant alone (one adult), see [`crate::rules::livsopphold`] for the rate.
        Cohabiting,
        /// One adult sharing a home with other adults (bofellesskap), e.g. a shared flat or parents.
        SharedHousing,
    }
}

code_enum! {
    /// What an income is; decides whether it counts (§ 18) in the assessed month.
    pub enum IncomeKind {
        /// Net (after tax) pay from work.
        WorkNet,
        /// Arbeidsavklaringspenger.
        Aap,
        /// Dagpenger (unemployment benefit).
        Dagpenger,
        /// Sykepenger (sickness benefit).
        Sykepenger,
        /// Uføretrygd (disability benefit).
        Uforetrygd,
        /// Overgangsstønad (single-parent transitional benefit).
        Overgangsstonad,
        /// Introduksjonsstønad (introduction programme benefit).
        Introduksjonsstonad,
        /// Kvalifiseringsstønad (qualification programme benefit).
        Kvalifiseringsstonad,
        /// Another NAV benefit (pension, foreldrepenger, …).
        OtherNavBenefit,
        /// Bostøtte from Husbanken.
        Bostotte,
        /// Ordinary barnetrygd (child benefit).
        Barnetrygd,
        /// Utvidet barnetrygd (extended child benefit for single providers).
        UtvidetBarnetrygd,
        /// Kontantstøtte (cash-for-care benefit).
        Kontantstotte,
        /// Barnebidrag or bidragsforskudd received.
        Barnebidrag,
        /// Children's own income from spare-time and holiday work.
        ChildWorkIncome,
        /// Student support (Lånekassen loan and grant).
        StudentSupport,
        /// Any other income.
        Other,
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

code_enum! {
    /// Why a married person applies as one adult (`situation.assessedAlone`, with `householdType`
    /// `single`). NAV: «Hvis du som ektefelle ikke blir forsørget av den du er gift med, selv om
    /// ektefellen din har inntekter, kan din selvstendige økonomiske situasjon bli lagt til grunn … i en
    /// periode», with four examples (NAV veiviser «Hvis du er gift», V). The codes are NAV's general
    /// condition and its four examples, nothing more.
    pub enum AssessedAloneReason {
        /// «du oppholder deg på et krisesenter».
        CrisisCentre,
        /// «du lever i skjul fra en voldelig ektefelle».
        HidingFromViolentSpouse,
        /// «du prøver å komme deg bort fra et tvangsekteskap».
        EscapingForcedMarriage,
        /// «ektefellen din soner i fengsel».
        SpouseInPrison,
        /// NAV's general condition: the spouse does not provide for you, even though the spouse has
        /// income («ikke blir forsørget av den du er gift med, selv om ektefellen din har inntekter»).
        SpouseDoesNotProvide,
    }
}

code_enum! {
    /// Which education an adult of the household is in (`situation.student`). Higher education: students
    /// are as a rule expected to live on Lånekassen's loan and grant, and studielån is used before stønad
    /// (Helsetilsynet, V). Upper-secondary school (videregående): the pupil's Lånekassen stipend is weighed
    /// by what it is meant to cover (the ministry's answer of 2005, V).
    pub enum StudentKind {
        /// University, university college or fagskole (Lånekassen's «høyere utdanning»).
        HigherEducation,
        /// Videregående skole (upper-secondary school), for an adult pupil.
        UpperSecondary,
    }
}

/// Facts about the household beyond its members and their ages (`situation.assessedAlone`,
/// `adultChildAtHome`, `adultChildInUpperSecondary`, `samvaerChildren`, `saerkullChildren`, `student`):
/// each gives a notice and none changes an amount (read only with the core feature `situation-facts`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SituationFacts {
    /// A married person applying as one adult (with `householdType` `single` only), and why.
    pub assessed_alone: Option<AssessedAloneReason>,
    /// A child aged 18 or over lives with the household. Guidance only: an adult child is not a person
    /// of this household's estimate (NAV: «Barn over 18 år har rett til å bli vurdert selvstendig»), and
    /// no rate or amount changes.
    pub adult_child_at_home: bool,
    /// A child aged 18 or over attends ordinary upper-secondary school (videregående), living at home or
    /// not: the parents may have to provide for them during it (barneloven § 68 second paragraph).
    pub adult_child_in_upper_secondary: bool,
    /// The applicant has children who live elsewhere, with samvær (visits). Guidance only: the costs of
    /// samvær belong to livsopphold and NAV assesses them by the extent of samvær (NAV «Hvis du har barn»).
    pub samvaer_children: bool,
    /// Særkullsbarn: a child of only one of the two adults lives here. Guidance only: parts of the family
    /// may be assessed on their own (NAV «Hvis du har barn»); the estimate takes the household together.
    pub saerkull_children: bool,
    /// An adult of the household studies, and where (guidance only: no amount changes).
    pub student: Option<StudentKind>,
}

/// Optional facts about the household's situation that refine the guidance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    /// An emergency today (no food, nowhere to sleep).
    pub emergency: EmergencyInput,
    /// Facts about the household beyond its members (notices only).
    pub facts: SituationFacts,
    /// Per adult, in the order of `adults`; missing entries mean "nothing reported", extra ones are ignored.
    pub adults: Vec<AdultSituation>,
}


code_enum! {
    /// The quick check's one question about who lives together (the volunteer's four answers).
    pub enum QuickWho {
        /// Lives alone (with or without children).
        Single,
        /// Married, or samboere with children together: two adults assessed together.
        Together,
        /// Samboer without children together: assessed alone.
        Alone,
        /// Shares a home with other adults.
        Shared,
    }
}

impl QuickWho {
    /// The household type, the number of adults and, for samboere, whether they have common children.
    pub fn household(self) -> (HouseholdType, usize, Option<bool>) {
        match self {
            QuickWho::Single => (HouseholdType::Single, 1, None),
            QuickWho::Together => (HouseholdType::Married, 2, None),
            QuickWho::Alone => (HouseholdType::Cohabiting, 1, Some(false)),
            QuickWho::Shared => (HouseholdType::SharedHousing, 1, None),
        }
    }
}

impl IncomeKind {
    /// Where the page offers the kind: the common ones first, those that come with children, then
    /// the rest (a presentation hint carried in the schema, not a rule).
    pub fn group(self) -> &'static str {
        use IncomeKind::*;
        match self {
            WorkNet | Aap | Dagpenger | Sykepenger | Uforetrygd | Bostotte | StudentSupport | Other => "common",
            Barnetrygd | UtvidetBarnetrygd | Kontantstotte | Barnebidrag | Overgangsstonad | ChildWorkIncome => "children",
            Introduksjonsstonad | Kvalifiseringsstonad | OtherNavBenefit => "more",
        }
    }
}
