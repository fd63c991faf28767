// Nynorsk messages for the guidance part of the result: vilkår, aktivitetsplikt, brot på vilkår,
// rettar, kvalifiseringsprogrammet, naudhjelp and what the estimate cannot know.
// The same keys and {placeholders} as guidance.nb.js (checked by tests/i18n.mjs); one key per line.
// Klarspråk: korte setningar, orda til brukaren, juridiske omgrep forklarte første gong dei kjem.

const messages = {
  // ---- Section titles and texts the renderer puts around the items ----
  sectionEmergency: "Naudhjelp: hjelp i dag",
  sectionVilkar: "Vilkår",
  sectionAktivitetsplikt: "Aktivitetsplikt",
  sectionBreach: "Brot på vilkår",
  sectionRights: "Rettane dine",
  sectionKvp: "Kvalifiseringsprogrammet",
  sectionCannotKnow: "Kva anslaget ikkje veit",
  adultLabel: "vaksen {n}, {age} år",
  adultSingleLabel: "{age} år",
  kvpWho: "Vaksen {n} ({age} år)",
  kvpWhoSingle: "Du ({age} år)",
  groundsHeading: "Dette har du fortalt oss, og det kan gi unntak:",
  activitiesHeading: "Døme på aktivitet",
  kvpAmountsHeading: "Omtrent så mykje kvalifiseringsstønad",
  kvpAmount: "{who}: omtrent {monthly} i månaden ({yearly} i året), før skatt og før trekk for inntekt.",
  kvpAmountUnder25: "{who}: omtrent {monthly} i månaden ({yearly} i året), før skatt og før trekk for inntekt. Det er to tredjedelar, fordi alderen er under 25 år.",
  kvpNotComputed: "{who}: {reason}",
  kvpG: "Vi har brukt grunnbeløpet (G) {value}, som gjeld frå {from}.",
  incomeEffectsHeading: "Slik påverkar inntektene du har oppgitt, kvalifiseringsstønaden",
  incomeEffectLine: "{kind}: {effect}",
  officeFinderText: "Finn næraste NAV-kontor",
  confidenceV2: "(Henta frå ei uoffisiell kjelde. Sjekk med NAV.)",
  confidenceI: "(Usikkert: utleidd, ikkje stadfesta i ei offisiell kjelde.)",
  sourcePrefix: "Kjelde:",
  statusPrefix: "Status:",

  // ---- Status of the aktivitetsplikt for one adult ----
  applies: "Aktivitetsplikta gjeld.",
  exemptionMayApply: "Aktivitetsplikta gjeld, men du kan ha grunnar til unntak.",
  notBefore2017: "Inga aktivitetsplikt i denne månaden. Ho kom 1. januar 2017.",
  age30OrOver: "Inga aktivitetsplikt. Du er 30 år eller eldre.",
  emergencySuspends: "Gjeld ikkje no, fordi du er i ein naudsituasjon.",
  under18: "Ikkje vurdert. Du er under 18 år.",

  // ---- Exemption grounds (tungtvegande grunnar) ----
  inWork: "Du er i arbeid.",
  activeThroughOtherBenefit: "Du er allereie i aktivitet gjennom ei anna yting frå staten eller kommunen.",
  healthOrSocial: "Helsa di eller livssituasjonen din gjer det vanskeleg å vere i aktivitet.",
  otherWeightyReason: "Du har ein annan viktig grunn, til dømes omsorg for barn eller andre.",

  // ---- Vilkår (§ 20) ----
  vilkarNotRequired: "Du har rett til økonomisk sosialhjelp når du ikkje kan forsørgje deg sjølv. Hovudregelen er at du får hjelpa utan krav.",
  vilkarMayBeSet: "NAV kan likevel stille vilkår. Eit vilkår er eit krav du må oppfylle for å få pengane. Vilkåret skal hjelpe deg til å klare deg sjølv (sosialtjenesteloven § 20).",
  vilkarExampleJobSeeking: "Døme: Du skal søkje jobbar og skrive ned kva jobbar du har søkt.",
  vilkarExampleRegisterJobSeeker: "Døme: Du skal registrere deg som arbeidssøkjar på nav.no.",
  vilkarExampleMeasures: "Døme: Du skal delta på kurs, tiltak eller arbeidstrening.",
  vilkarExampleReduceExpenses: "Døme: Du skal gjere utgiftene dine mindre, til dømes finne ein billegare bustad.",
  vilkarExampleOtherBenefits: "Døme: Du skal søkje om andre pengar først, til dømes bustøtte.",
  vilkarExampleWorkTasks: "Døme: Du skal gjere passande arbeidsoppgåver i kommunen der du bur. Dette står i lova.",
  vilkarLimitConnection: "Eit vilkår må ha nær samanheng med vedtaket. Vedtaket er den skriftlege avgjerda frå NAV i saka di.",
  vilkarLimitBurden: "Eit vilkår kan ikkje vere urimeleg tungt for deg.",
  vilkarLimitFreedom: "Eit vilkår kan ikkje avgrense fridomen din på ein urimeleg måte.",
  vilkarLimitLawful: "Eit vilkår kan ikkje bryte lova.",
  vilkarInDecision: "Vilkåra skal stå i vedtaket. Les vedtaket. Spør rettleiaren din viss noko er uklart.",
  vilkarDocumentationNotVilkar: "NAV kan be om papir som viser kva du treng, til dømes kontoutskrift eller kvittering for husleige. Det er ikkje eit vilkår, og NAV kan ikkje gjere det til eit vilkår.",
  vilkarSetTogether: "Vilkår bør lagast saman med deg. Sei kva du meiner. NAV skal leggje stor vekt på det.",
  vilkarNavFollowsUp: "Set NAV eit vilkår, må NAV også følgje deg opp.",

  // ---- Aktivitetsplikt (§ 20 a) ----
  dutyApplies: "Du må vere i aktivitet viss du er under 30 år og får økonomisk sosialhjelp. Det blir kalla aktivitetsplikt (sosialtjenesteloven § 20 a). NAV skal setje vilkår om aktivitet, viss ikkje tungtvegande grunnar talar mot det.",
  dutyPurpose: "Målet er at du skal kome i jobb eller utdanning, eller klare deg sjølv på ein annan måte.",
  dutyIndividual: "NAV skal velje aktiviteten ut frå deg og situasjonen din. Aktiviteten skal gjere det lettare for deg å få jobb.",
  dutyTellGrounds: "Tungtvegande grunnar er viktige grunnar til at du ikkje kan vere i aktivitet, til dømes helsa di eller livssituasjonen din. Fortel NAV viss dette gjeld deg.",
  dutyNotInEmergency: "Aktivitetsplikta gjeld ikkje når du er i ein naudsituasjon.",
  dutyOtherConditions: "NAV kan også stille andre vilkår enn aktivitet.",
  dutyExemptionMayApply: "Det du har fortalt, kan vere tungtvegande grunnar. Då skal NAV ikkje setje vilkår om aktivitet. Det er NAV som bestemmer. Fortel rettleiaren din om situasjonen din.",
  dutyCaringDuties: "Du har omsorg for nokon. Fortel NAV om det. Det kan telje som ein tungtvegande grunn, men det er ikkje sikkert.",
  dutyEducationAsActivity: "Utdanning kan vere aktiviteten din. Spør NAV om utdanninga di kan telje.",
  dutyEmergencySuspends: "Du har sagt at du er i ein naudsituasjon. Då gjeld ikkje vilkåra for naudhjelpa. NAV skal hjelpe deg same kva.",
  dutyNotBefore2017: "Aktivitetsplikta for personar under 30 år kom 1. januar 2017. Før det fanst ho ikkje. NAV kunne likevel stille vilkår, også om aktivitet (sosialtjenesteloven § 20).",
  dutyAge30OrOver: "Du er 30 år eller eldre. Då har du ikkje aktivitetsplikt. NAV kan likevel stille vilkår, også om aktivitet (sosialtjenesteloven § 20).",
  dutyNearAgeLimit: "Du er 29 år. Aktivitetsplikta gjeld til du fyller 30. Vi har brukt alderen din i månaden du valde. Spør NAV når plikta sluttar for deg.",
  dutyUnder18: "Du er under 18 år. Då har foreldra dine plikt til å forsørgje deg. Ta kontakt med NAV for å få hjelp.",

  // ---- What the activity can be ----
  activityFollowUp: "Samtalar med rettleiaren din, og små oppgåver mellom samtalane.",
  activityJobSeeking: "Jobbsøking: registrere deg som arbeidssøkjar, skrive jobblogg eller gå på jobbsøkjarkurs.",
  activityLowThreshold: "Eit lågterskeltilbod i kommunen. Det er aktivitetar med få krav, til dømes ein møtestad eller ei arbeidsgruppe.",
  activityJobCentre: "Eit jobbsenter eller aktivitetssenter i kommunen, der du møter opp faste dagar.",
  activityWorkTraining: "Arbeidstrening eller praksis på ein arbeidsplass.",
  activityStateMeasures: "Tiltak frå NAV, til dømes oppfølging, arbeidstrening eller kurs (AMO-kurs).",
  activityEducation: "Utdanning: fullføre vidaregåande skule, lære norsk eller anna opplæring.",
  activityHealthFirst: "Viss helsa må kome først: gå til lege eller følgje ei behandling.",

  // ---- Brot på vilkår ----
  breachNeedsDecision: "Følgjer du ikkje eit vilkår, kan NAV setje ned stønaden. Då må NAV lage eit nytt vedtak (sosialtjenesteloven § 20 tredje ledd).",
  breachBefore2017: "I denne månaden kunne NAV setje ned stønaden eller vente med å betale til vilkåret var oppfylt. Regelen om å setje ned stønaden kom inn i lova 1. januar 2017.",
  breachOnlyIfWarned: "NAV kan berre setje ned stønaden viss vedtaket ditt sa at det kunne skje. Sjå etter dette i vedtaket.",
  breachProportionate: "Det NAV trekkjer, må stå i forhold til det som har skjedd. Du skal framleis ha nok til å leve forsvarleg.",
  breachChildren: "Behova til barna skal takast vare på, også viss stønaden blir sett ned.",
  breachEmergencyHelp: "Du har alltid rett til naudhjelp. NAV kan aldri halde tilbake hjelp når du er i naud.",
  breachNoFixedAmount: "Det finst ingen fast regel for kor mykje NAV kan trekkje. Difor reknar vi ikkje ut eit beløp.",
  breachAppeal: "Du kan klage på eit vedtak om å setje ned stønaden.",

  // ---- Rettane dine ----
  rightInformationAdvice: "Du har rett til opplysning, råd og rettleiing frå NAV. Det betyr hjelp til å løyse eller hindre problem (sosialtjenesteloven § 17).",
  rightEconomicAdvice: "Du kan få gratis hjelp med økonomien din, til dømes med budsjett og gjeld. Det blir kalla økonomisk rådgiving.",
  rightIndividualPlan: "Treng du hjelp frå fleire tenester over lang tid, har du rett til ein individuell plan. Det er éin plan for all hjelpa du får (sosialtjenesteloven § 28).",
  rightWrittenDecision: "Du har rett til eit skriftleg vedtak. Vedtaket skal forklare kvifor NAV har bestemt det dei har bestemt, og korleis du kan klage.",
  rightComplaint: "Er du usamd i vedtaket, kan du klage. Fristen er 3 veker frå du fekk vedtaket.",
  rightComplaintRoute: "Send klaga til NAV-kontoret ditt. Får du ikkje medhald der, sender NAV klaga vidare til Statsforvaltaren. Statsforvaltaren er kontoret til staten i fylket.",
  rightLateComplaint: "Har fristen gått ut, kan du likevel klage. Klaga kan bli behandla, men ikkje når det har gått meir enn 1 år.",
  rightComplaintCouple: "Søkte de saman som ektepar, kan de begge klage. Er de sambuarar, er det den som søkte, som kan klage.",
  rightParticipation: "Du har rett til å vere med på å bestemme i saka di. NAV skal høyre på deg og leggje stor vekt på det du meiner (sosialtjenesteloven § 42).",
  proposalRightToActivity: "Du kan lese om ein «rett til aktivitet». Det var eit forslag i Stortinget i 2018. Det står ikkje i lova, så du kan ikkje krevje det.",
  proposalCloseFollowUp: "Det same gjeld ein «rett til tett oppfølging». Det var også berre eit forslag.",

  // ---- Kvalifiseringsprogrammet (KVP) ----
  kvpWhoFor: "Kvalifiseringsprogrammet (KVP) er for deg som er i yrkesaktiv alder, har mykje lågare evne til å arbeide og tene pengar, og får ingen eller svært lite pengar å leve av frå folketrygda eller andre ordningar i NAV.",
  kvpIsRight: "Oppfyller du vilkåra, har du rett til å vere med. Kommunen kan ikkje seie nei fordi det er fullt.",
  kvpNotEveryKommuneBefore2010: "Før 2010 hadde ikkje alle kommunar plikt til å tilby programmet.",
  kvpFullTime: "Programmet er på heiltid, 37,5 timar i veka.",
  kvpDurationFrom2019: "Programmet varer i opptil 2 år. Har du særlege grunnar, kan det forlengjast med opptil 1 år. Du kan vere med frå du er 18 år.",
  kvpDurationBefore2019: "I denne månaden varte programmet i opptil 1 år, og det kunne forlengjast. Du kunne vere med frå du var 19 år.",
  kvpIndividualPlan: "Er du med i programmet, har du rett til ein individuell plan.",
  kvpStonad2G: "I programmet får du kvalifiseringsstønad. Stønaden er 2 G i året. G er grunnbeløpet i folketrygda. G blir endra 1. mai kvart år.",
  kvpUnder25TwoThirds: "Er du under 25 år, får du to tredjedelar av 2 G.",
  kvpOwnCalculation: "Beløpa for kvar månad har vi rekna ut sjølve: årsbeløpet delt på 12, runda av til heile kroner. Det er ikkje tal frå NAV.",
  kvpNoG: "Vi veit ikkje kor stort grunnbeløpet (G) var i denne månaden. Difor viser vi ikkje noko beløp. Spør NAV.",
  kvpReducedByWork: "Løn frå arbeid gjer stønaden mindre. Jo meir du tener, jo meir blir trekt frå.",
  kvpReducedByBenefits: "Dagpengar, sjukepengar og foreldrepengar blir trekte frå krone for krone.",
  kvpReducedByAbsence: "Er du borte frå programmet utan gyldig grunn, blir stønaden mindre.",
  kvpNotReducedBy: "Bustøtte, barnebidrag, barnetrygd og kontantstøtte gjer ikkje stønaden mindre.",
  kvpHalfTimeJob: "Du kan ha ein jobb på opptil 50 prosent ved sida av programmet.",
  kvpTaxable: "Du betaler skatt av stønaden, og du tener opp pensjon av stønaden.",
  kvpTopUp: "Dekkjer ikkje stønaden det du må ha, kan du få økonomisk sosialhjelp i tillegg.",
  kvpBarnetilleggAskNav: "Forsørgjer du barn, kan du få barnetillegg. Vi veit ikkje kor stort det er no. Spør NAV.",

  // ---- Why no KVP amount, and the G caveat ----
  noGKnown: "ikkje rekna ut, fordi vi ikkje veit kor stort grunnbeløpet (G) var denne månaden.",
  belowMinimumAge: "ikkje rekna ut, fordi du er under aldersgrensa for programmet denne månaden.",
  calculationLimit: "ikkje rekna ut, fordi tala vart for store.",
  newerGMayApply: "Eit nyare grunnbeløp kan gjelde for denne månaden. Vi har brukt det nyaste vi kjenner.",

  // ---- How an income affects kvalifiseringsstønad ----
  reducesProportionally: "gjer stønaden mindre etter kor mykje du tener.",
  reducesKroneForKrone: "gjer stønaden mindre krone for krone.",
  doesNotReduce: "gjer ikkje stønaden mindre.",
  effectUnknownAskNav: "vi veit ikkje. Spør NAV.",

  // ---- Naudhjelp ----
  emergencyHelpToday: "Har du ikkje mat eller ein stad å sove i natt, skal NAV hjelpe deg i dag. Det blir kalla naudhjelp (sosialtjenesteloven § 18).",
  emergencySayNoFood: "Sei dette til NAV: «Eg har ikkje mat og ikkje pengar til mat. Eg treng naudhjelp i dag.»",
  emergencyShelterTonight: "Har du ikkje ein stad å sove i natt, skal NAV hjelpe deg å finne ein mellombels stad å bu (sosialtjenesteloven § 27).",
  emergencySayNoShelter: "Sei dette til NAV: «Eg har ingen stad å sove i natt. Eg treng ein mellombels stad å bu.»",
  emergencyGoToOffice: "Gå til eller ring NAV-kontoret i kommunen der du er, i dag.",
  emergencyNoConditions: "Du skal få naudhjelp sjølv om du ikkje oppfyller vilkår, og same kvifor du er i naud.",
  emergencyCovers: "Naudhjelp kan dekkje mat, dei hygieneartiklane du må ha, nødvendige reiser, nødvendig tannbehandling og rekningar som må betalast så straumen ikkje blir stengd.",
  emergencyOralDecision: "NAV kan gi deg svar munnleg med ein gong. Du skal få vedtaket skriftleg så snart som mogleg.",
  emergencyLocalAmount: "Kommunen bestemmer kor mykje du får i naudhjelp. Naudhjelp dekkjer berre det du treng no.",

  // ---- Kva anslaget ikkje veit ----
  cannotKnowResidence: "Om du har lovleg opphald og fast bustad i Noreg. Det må du ha for å få full rett til stønad.",
  cannotKnowAssets: "Om du har andre verdiar enn pengane du har oppgitt, til dømes sparing, bil eller bustad. NAV kan be deg bruke dei først.",
  cannotKnowHousingCost: "Om NAV meiner at buutgiftene dine er rimelege.",
  cannotKnowIndividualAssessment: "Kva NAV kjem fram til når dei vurderer situasjonen din. Svaret kan bli meir eller mindre enn anslaget.",
  cannotKnowKvpEligibility: "Om du oppfyller vilkåra for kvalifiseringsprogrammet. Det avgjer NAV.",
  cannotKnowExemption: "Om NAV meiner at du har tungtvegande grunnar mot aktivitet.",

  // ---- Income kinds (labels in the KVP income list) ----
  incomeKinds: {
    workNet: "Løn",
    aap: "Arbeidsavklaringspengar (AAP)",
    dagpenger: "Dagpengar",
    sykepenger: "Sjukepengar",
    uforetrygd: "Uføretrygd",
    overgangsstonad: "Overgangsstønad",
    introduksjonsstonad: "Introduksjonsstønad",
    kvalifiseringsstonad: "Kvalifiseringsstønad",
    otherNavBenefit: "Anna yting frå NAV",
    bostotte: "Bustøtte",
    barnetrygd: "Barnetrygd",
    utvidetBarnetrygd: "Utvida barnetrygd",
    kontantstotte: "Kontantstøtte",
    barnebidrag: "Barnebidrag",
    childWorkIncome: "Løn som barna tener sjølve",
    studentSupport: "Lån og stipend frå Lånekassen",
    other: "Anna inntekt",
  },
};

/** The section titles, in the order the renderer shows them (naudhjelp only when reported). */
export const sectionTitles = [
  { key: "emergency", title: messages.sectionEmergency },
  { key: "vilkar", title: messages.sectionVilkar },
  { key: "aktivitetsplikt", title: messages.sectionAktivitetsplikt },
  { key: "breach", title: messages.sectionBreach },
  { key: "rights", title: messages.sectionRights },
  { key: "kvp", title: messages.sectionKvp },
  { key: "cannotKnow", title: messages.sectionCannotKnow },
];

export default messages;
