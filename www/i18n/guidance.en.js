// English messages for the guidance part of the result: vilkår, aktivitetsplikt, brudd på vilkår,
// rights, kvalifiseringsprogrammet, nødhjelp and what the estimate cannot know.
// The same keys and {placeholders} as guidance.nb.js (checked by tests/i18n.mjs); one key per line.
// Plain English for readers with English as a second language. Norwegian terms the user will meet
// at NAV are kept in parentheses and explained where they first appear.

const messages = {
  // ---- Section titles and texts the renderer puts around the items ----
  sectionEmergency: "Emergency help (nødhjelp): help today",
  sectionVilkar: "Conditions (vilkår)",
  sectionAktivitetsplikt: "Activity duty (aktivitetsplikt)",
  sectionBreach: "If you do not follow a condition (brudd på vilkår)",
  sectionRights: "Your rights",
  sectionKvp: "The qualification programme (kvalifiseringsprogrammet, KVP)",
  sectionCannotKnow: "What the estimate does not know",
  adultLabel: "adult {n}, {age} years old",
  adultSingleLabel: "{age} years old",
  kvpWho: "Adult {n} ({age} years old)",
  kvpWhoSingle: "You ({age} years old)",
  groundsHeading: "You have told us this, and it may give you an exception:",
  activitiesHeading: "Examples of activities",
  kvpAmountsHeading: "About this much qualification benefit (kvalifiseringsstønad)",
  kvpAmount: "{who}: about {monthly} a month ({yearly} a year), before tax and before deductions for income.",
  kvpAmountUnder25: "{who}: about {monthly} a month ({yearly} a year), before tax and before deductions for income. That is two thirds, because the age is under 25.",
  kvpNotComputed: "{who}: {reason}",
  kvpG: "We have used the basic amount (grunnbeløpet, G) of {value}, which applies from {from}.",
  incomeEffectsHeading: "How the incomes you have entered affect the qualification benefit",
  incomeEffectLine: "{kind}: {effect}",
  officeFinderText: "Find your nearest NAV office",
  confidenceV2: "(From an unofficial source. Check with NAV.)",
  confidenceI: "(Uncertain: worked out by us, not confirmed by an official source.)",
  sourcePrefix: "Source:",
  statusPrefix: "Status:",

  // ---- Status of the aktivitetsplikt for one adult ----
  applies: "The activity duty applies.",
  exemptionMayApply: "The activity duty applies, but you may have reasons for an exception.",
  notBefore2017: "No activity duty in this month. It started on 1 January 2017.",
  age30OrOver: "No activity duty. You are 30 years old or older.",
  emergencySuspends: "Does not apply now, because you are in an emergency.",
  under18: "Not assessed. You are under 18 years old.",

  // ---- Exemption grounds (tungtveiende grunner) ----
  inWork: "You are working.",
  activeThroughOtherBenefit: "You are already in an activity through another benefit from the state or the municipality.",
  healthOrSocial: "Your health or your life situation makes it hard for you to take part in an activity.",
  otherWeightyReason: "You have another important reason, for example that you care for children or other people.",

  // ---- Vilkår (§ 20) ----
  vilkarNotRequired: "You have a right to social assistance (økonomisk sosialhjelp) when you cannot support yourself. The main rule is that you get the help without any demands.",
  vilkarMayBeSet: "But NAV can set conditions (vilkår). A condition is a demand you must meet to get the money. The condition must help you to manage on your own (sosialtjenesteloven § 20).",
  vilkarExampleJobSeeking: "Example: You must apply for jobs and write down which jobs you have applied for.",
  vilkarExampleRegisterJobSeeker: "Example: You must register as a job seeker on nav.no.",
  vilkarExampleMeasures: "Example: You must take part in courses, NAV measures (tiltak) or work training.",
  vilkarExampleReduceExpenses: "Example: You must make your expenses smaller, for example find a cheaper place to live.",
  vilkarExampleOtherBenefits: "Example: You must apply for other money first, for example housing allowance (bostøtte).",
  vilkarExampleWorkTasks: "Example: You must do suitable work tasks in the municipality where you live. This is written in the law.",
  vilkarLimitConnection: "A condition must be closely linked to the decision. The decision (vedtak) is NAV's written answer in your case.",
  vilkarLimitBurden: "A condition must not be unreasonably hard for you.",
  vilkarLimitFreedom: "A condition must not limit your freedom in an unreasonable way.",
  vilkarLimitLawful: "A condition must not break the law.",
  vilkarInDecision: "The conditions must be written in the decision. Read the decision. Ask your NAV adviser (veileder) if something is unclear.",
  vilkarDocumentationNotVilkar: "NAV can ask for papers that show what you need, for example a bank statement or a receipt for your rent. That is not a condition, and NAV cannot make it a condition.",
  vilkarSetTogether: "Conditions should be made together with you. Say what you think. NAV must give great weight to your opinion.",
  vilkarNavFollowsUp: "If NAV sets a condition, NAV must also follow you up.",

  // ---- Aktivitetsplikt (§ 20 a) ----
  dutyApplies: "You must take part in an activity if you are under 30 years old and get social assistance (økonomisk sosialhjelp). This is called the activity duty (aktivitetsplikt, sosialtjenesteloven § 20 a). NAV must set conditions about activity, unless weighty reasons (tungtveiende grunner) speak against it.",
  dutyPurpose: "The goal is that you get a job or start education, or manage on your own in another way.",
  dutyIndividual: "NAV must choose the activity based on you and your situation. The activity must make it easier for you to get a job.",
  dutyTellGrounds: "Weighty reasons (tungtveiende grunner) are important reasons why you cannot take part in an activity, for example your health or your life situation. Tell NAV if this is true for you.",
  dutyNotInEmergency: "The activity duty does not apply when you are in an emergency.",
  dutyOtherConditions: "NAV can also set other conditions than activity.",
  dutyExemptionMayApply: "What you have told us may be weighty reasons. If so, NAV must not set conditions about activity. NAV decides this. Tell your adviser about your situation.",
  dutyCaringDuties: "You care for someone. Tell NAV about it. It may count as a weighty reason, but this is not certain.",
  dutyEducationAsActivity: "Education can be your activity. Ask NAV if your education can count.",
  dutyEmergencySuspends: "You have said that you are in an emergency. Then the conditions do not apply to emergency help (nødhjelp). NAV must help you anyway.",
  dutyNotBefore2017: "The activity duty for people under 30 years old started on 1 January 2017. Before that, it did not exist. But NAV could still set conditions, also about activity (sosialtjenesteloven § 20).",
  dutyAge30OrOver: "You are 30 years old or older. Then you do not have the activity duty. But NAV can still set conditions, also about activity (sosialtjenesteloven § 20).",
  dutyNearAgeLimit: "You are 29 years old. The activity duty applies until you turn 30. We have used your age in the month you chose. Ask NAV when the duty ends for you.",
  dutyUnder18: "You are under 18 years old. Then your parents have a duty to support you. Contact NAV to get help.",

  // ---- What the activity can be ----
  activityFollowUp: "Meetings with your adviser, and small tasks between the meetings.",
  activityJobSeeking: "Looking for work: register as a job seeker, keep a log of the jobs you apply for, or go to a job-seeking course.",
  activityLowThreshold: "A low-threshold offer (lavterskeltilbud) in the municipality. These are activities with few demands, for example a meeting place or a work group.",
  activityJobCentre: "A job centre or activity centre in the municipality, where you come on fixed days.",
  activityWorkTraining: "Work training or a work placement (praksis) at a workplace.",
  activityStateMeasures: "Measures (tiltak) from NAV, for example follow-up, work training or courses (AMO courses).",
  activityEducation: "Education: finish upper secondary school (videregående skole), learn Norwegian, or other training.",
  activityHealthFirst: "If your health must come first: go to a doctor or follow a treatment.",

  // ---- Brudd på vilkår ----
  breachNeedsDecision: "If you do not follow a condition, NAV can reduce your payment (stønad). Then NAV must make a new decision (vedtak, sosialtjenesteloven § 20 tredje ledd).",
  breachBefore2017: "In this month, NAV could reduce the payment, or wait with the payment until you had met the condition. The rule about reducing the payment came into the law on 1 January 2017.",
  breachOnlyIfWarned: "NAV can only reduce the payment if your decision said that this could happen. Look for this in the decision.",
  breachProportionate: "What NAV takes away must be in proportion to what has happened. You must still have enough to live a decent life (leve forsvarlig).",
  breachChildren: "The needs of the children must be taken care of, also if the payment is reduced.",
  breachEmergencyHelp: "You always have a right to emergency help (nødhjelp). NAV can never hold back help when you are in acute need.",
  breachNoFixedAmount: "There is no fixed rule for how much NAV can take away. That is why we do not calculate an amount.",
  breachAppeal: "You can appeal (klage) against a decision to reduce the payment.",

  // ---- Dine rettigheter ----
  rightInformationAdvice: "You have a right to information, advice and guidance from NAV. This means help to solve or prevent problems (sosialtjenesteloven § 17).",
  rightEconomicAdvice: "You can get free help with your money, for example with a budget and with debt. This is called financial advice (økonomisk rådgivning).",
  rightIndividualPlan: "If you need help from several services over a long time, you have a right to an individual plan (individuell plan). It is one plan for all the help you get (sosialtjenesteloven § 28).",
  rightWrittenDecision: "You have a right to a written decision (vedtak). The decision must explain why NAV has decided what it has decided, and how you can appeal (klage).",
  rightComplaint: "If you disagree with the decision, you can appeal (klage). The deadline is 3 weeks from the day you got the decision.",
  rightComplaintRoute: "Send the appeal to your NAV office. If the NAV office does not agree with you, NAV sends the appeal on to the County Governor (Statsforvalteren). The County Governor is the state's office in your county.",
  rightLateComplaint: "If the deadline has passed, you can still appeal. Your appeal may be handled, but not if more than 1 year has passed.",
  rightComplaintCouple: "If you applied together as a married couple, you can both appeal. If you are cohabitants (samboere), only the person who applied can appeal.",
  rightParticipation: "You have a right to take part in the decisions in your case. NAV must listen to you and give great weight to what you think (sosialtjenesteloven § 42).",
  proposalRightToActivity: "You may read about a “right to activity” (rett til aktivitet). This was a proposal in the Storting (the Norwegian parliament) in 2018. It is not law, so you cannot demand it.",
  proposalCloseFollowUp: "The same is true for a “right to close follow-up” (rett til tett oppfølging). That was also only a proposal.",

  // ---- Kvalifiseringsprogrammet (KVP) ----
  kvpWhoFor: "The qualification programme (kvalifiseringsprogrammet, KVP) is for you if you are of working age, have a much lower ability to work and earn money, and get no money or very little money to live on from the National Insurance scheme (folketrygden) or other schemes in NAV.",
  kvpIsRight: "If you meet the conditions, you have a right to take part. The municipality cannot say no because the programme is full.",
  kvpNotEveryKommuneBefore2010: "Before 2010, not all municipalities had a duty to offer the programme.",
  kvpFullTime: "The programme is full-time, 37.5 hours a week.",
  kvpDurationFrom2019: "The programme lasts up to 2 years. If you have special reasons, it can be extended by up to 1 year. You can take part from the age of 18.",
  kvpDurationBefore2019: "In this month, the programme lasted up to 1 year, and it could be extended. You could take part from the age of 19.",
  kvpIndividualPlan: "If you are in the programme, you have a right to an individual plan.",
  kvpStonad2G: "In the programme, you get qualification benefit (kvalifiseringsstønad). It is 2 G a year. G is the basic amount (grunnbeløpet) in the National Insurance scheme (folketrygden). G changes on 1 May every year.",
  kvpUnder25TwoThirds: "If you are under 25 years old, you get two thirds of 2 G.",
  kvpOwnCalculation: "We have calculated the monthly amounts ourselves: the yearly amount divided by 12, rounded to whole kroner. They are not NAV's figures.",
  kvpNoG: "We do not know how large the basic amount (G) was in this month. That is why we do not show an amount. Ask NAV.",
  kvpReducedByWork: "Pay from work makes the benefit smaller. The more you earn, the more is taken away.",
  kvpReducedByBenefits: "Unemployment benefit (dagpenger), sickness benefit (sykepenger) and parental benefit (foreldrepenger) are taken away krone for krone.",
  kvpReducedByAbsence: "If you are away from the programme without a valid reason, the benefit becomes smaller.",
  kvpNotReducedBy: "Housing allowance (bostøtte), child support (barnebidrag), child benefit (barnetrygd) and cash-for-care benefit (kontantstøtte) do not make the benefit smaller.",
  kvpHalfTimeJob: "You can have a job of up to 50 percent next to the programme.",
  kvpTaxable: "You pay tax on the benefit, and the benefit gives you pension rights.",
  kvpTopUp: "If the benefit does not cover what you need, you can also get social assistance (økonomisk sosialhjelp).",
  kvpBarnetilleggAskNav: "If you support children, you can get a child supplement (barnetillegg). We do not know how much it is now. Ask NAV.",

  // ---- Why no KVP amount, and the G caveat ----
  noGKnown: "not calculated, because we do not know how large the basic amount (G) was this month.",
  belowMinimumAge: "not calculated, because you are under the age limit for the programme this month.",
  calculationLimit: "not calculated, because the numbers became too large.",
  newerGMayApply: "A newer basic amount (G) may apply to this month. We have used the newest one we know.",

  // ---- How an income affects kvalifiseringsstønad ----
  reducesProportionally: "makes the benefit smaller, depending on how much you earn.",
  reducesKroneForKrone: "makes the benefit smaller krone for krone.",
  doesNotReduce: "does not make the benefit smaller.",
  effectUnknownAskNav: "we do not know. Ask NAV.",

  // ---- Nødhjelp ----
  emergencyHelpToday: "If you have no food or no place to sleep tonight, NAV must help you today. This is called emergency help (nødhjelp, sosialtjenesteloven § 18).",
  emergencySayNoFood: "Say this to NAV: “I have no food and no money for food. I need emergency help today.” In Norwegian: «Jeg har ikke mat og ikke penger til mat. Jeg trenger nødhjelp i dag.»",
  emergencyShelterTonight: "If you have no place to sleep tonight, NAV must help you find a temporary place to stay (sosialtjenesteloven § 27).",
  emergencySayNoShelter: "Say this to NAV: “I have no place to sleep tonight. I need a temporary place to stay.” In Norwegian: «Jeg har ikke noe sted å sove i natt. Jeg trenger et midlertidig sted å bo.»",
  emergencyGoToOffice: "Go to or call the NAV office in the municipality where you are, today.",
  emergencyNoConditions: "You must get emergency help even if you do not meet the conditions, and no matter why you are in need.",
  emergencyCovers: "Emergency help can cover food, the hygiene products you must have, necessary travel, necessary dental treatment, and bills that must be paid so that your electricity is not cut off.",
  emergencyOralDecision: "NAV can give you an answer right away, by talking to you. You must get the decision in writing as soon as possible.",
  emergencyLocalAmount: "The municipality decides how much emergency help you get. Emergency help only covers what you need now.",

  // ---- What the estimate cannot know ----
  cannotKnowResidence: "If you live in Norway legally and have a permanent address in Norway (lovlig opphold og fast bosted). You must have this to get a full right to support.",
  cannotKnowAssets: "If you own other things of value than the money you have entered, for example savings, a car or a home. NAV can ask you to use them first.",
  cannotKnowHousingCost: "If NAV thinks that your housing costs are reasonable.",
  cannotKnowIndividualAssessment: "What NAV decides when they look at your situation. The answer can be more or less than the estimate.",
  cannotKnowKvpEligibility: "If you meet the conditions for the qualification programme (KVP). NAV decides this.",
  cannotKnowExemption: "If NAV thinks that you have weighty reasons (tungtveiende grunner) against activity.",

  // ---- Income kinds (labels in the KVP income list) ----
  incomeKinds: {
    workNet: "Pay (lønn)",
    aap: "Work assessment allowance (AAP)",
    dagpenger: "Unemployment benefit (dagpenger)",
    sykepenger: "Sickness benefit (sykepenger)",
    uforetrygd: "Disability benefit (uføretrygd)",
    overgangsstonad: "Transitional benefit for single parents (overgangsstønad)",
    introduksjonsstonad: "Introduction benefit (introduksjonsstønad)",
    kvalifiseringsstonad: "Qualification benefit (kvalifiseringsstønad)",
    otherNavBenefit: "Other benefit from NAV (annen ytelse fra NAV)",
    bostotte: "Housing allowance (bostøtte)",
    barnetrygd: "Child benefit (barnetrygd)",
    utvidetBarnetrygd: "Extended child benefit (utvidet barnetrygd)",
    kontantstotte: "Cash-for-care benefit (kontantstøtte)",
    barnebidrag: "Child support (barnebidrag)",
    childWorkIncome: "The children's own pay (barnas egen lønn)",
    studentSupport: "Student loans and grants from Lånekassen (lån og stipend)",
    other: "Other income (annen inntekt)",
  },
};


export default messages;
