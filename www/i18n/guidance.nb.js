// Bokmål messages for the guidance part of the result: vilkår, aktivitetsplikt, brudd på vilkår,
// rettigheter, kvalifiseringsprogrammet, nødhjelp and what the estimate cannot know.
// Every code src/guidance.rs can emit has a key here; tests/guidance.rs fails `cargo test` if one is
// missing (it reads this file as text and looks for `code:` keys, so keep one key per line).
// Placeholders: {name}. Klarspråk: short sentences, the user's words, legal terms explained on first use.

const messages = {
  // ---- Section titles and texts the renderer puts around the items ----
  sectionEmergency: "Nødhjelp: hjelp i dag",
  sectionVilkar: "Vilkår",
  sectionAktivitetsplikt: "Aktivitetsplikt",
  sectionBreach: "Brudd på vilkår",
  sectionRights: "Dine rettigheter",
  sectionKvp: "Kvalifiseringsprogrammet",
  sectionCannotKnow: "Hva anslaget ikke vet",
  adultLabel: "voksen {n}, {age} år",
  adultSingleLabel: "{age} år",
  kvpWho: "Voksen {n} ({age} år)",
  kvpWhoSingle: "Du ({age} år)",
  groundsHeading: "Dette har du fortalt oss, og det kan gi unntak:",
  activitiesHeading: "Eksempler på aktivitet",
  kvpAmountsHeading: "Omtrent så mye kvalifiseringsstønad",
  kvpAmount: "{who}: omtrent {monthly} i måneden ({yearly} i året), før skatt og før trekk for inntekt.",
  kvpAmountUnder25: "{who}: omtrent {monthly} i måneden ({yearly} i året), før skatt og før trekk for inntekt. Det er to tredjedeler, fordi alderen er under 25 år.",
  kvpNotComputed: "{who}: {reason}",
  kvpG: "Vi har brukt grunnbeløpet (G) {value}, som gjelder fra {from}.",
  incomeEffectsHeading: "Slik påvirker inntektene du har oppgitt kvalifiseringsstønaden",
  incomeEffectLine: "{kind}: {effect}",
  officeFinderText: "Finn nærmeste NAV-kontor",
  confidenceV2: "(Hentet fra en uoffisiell kilde. Sjekk med NAV.)",
  confidenceI: "(Usikkert: utledet, ikke bekreftet i en offisiell kilde.)",
  sourcePrefix: "Kilde:",
  statusPrefix: "Status:",

  // ---- Status of the aktivitetsplikt for one adult ----
  applies: "Aktivitetsplikten gjelder.",
  exemptionMayApply: "Aktivitetsplikten gjelder, men du kan ha grunner til unntak.",
  notBefore2017: "Ingen aktivitetsplikt i denne måneden. Den kom 1. januar 2017.",
  age30OrOver: "Ingen aktivitetsplikt. Du er 30 år eller eldre.",
  emergencySuspends: "Gjelder ikke nå, fordi du er i en nødssituasjon.",
  under18: "Ikke vurdert. Du er under 18 år.",

  // ---- Exemption grounds (tungtveiende grunner) ----
  inWork: "Du er i arbeid.",
  activeThroughOtherBenefit: "Du er allerede i aktivitet gjennom en annen ytelse fra staten eller kommunen.",
  healthOrSocial: "Helsen din eller livssituasjonen din gjør det vanskelig å være i aktivitet.",
  otherWeightyReason: "Du har en annen viktig grunn, for eksempel omsorg for barn eller andre.",

  // ---- Vilkår (§ 20) ----
  vilkarNotRequired: "Du har rett til økonomisk sosialhjelp når du ikke kan forsørge deg selv. Hovedregelen er at du får hjelpen uten krav.",
  vilkarMayBeSet: "NAV kan likevel stille vilkår. Et vilkår er et krav du må oppfylle for å få pengene. Vilkåret skal hjelpe deg til å klare deg selv (sosialtjenesteloven § 20).",
  vilkarExampleJobSeeking: "Eksempel: Du skal søke jobber og skrive ned hvilke jobber du har søkt.",
  vilkarExampleRegisterJobSeeker: "Eksempel: Du skal registrere deg som arbeidssøker på nav.no.",
  vilkarExampleMeasures: "Eksempel: Du skal delta på kurs, tiltak eller arbeidstrening.",
  vilkarExampleReduceExpenses: "Eksempel: Du skal gjøre utgiftene dine mindre, for eksempel finne en billigere bolig.",
  vilkarExampleOtherBenefits: "Eksempel: Du skal søke om andre penger først, for eksempel bostøtte.",
  vilkarExampleWorkTasks: "Eksempel: Du skal gjøre passende arbeidsoppgaver i kommunen der du bor. Dette står i loven.",
  vilkarLimitConnection: "Et vilkår må ha nær sammenheng med vedtaket. Vedtaket er NAVs skriftlige avgjørelse i saken din.",
  vilkarLimitBurden: "Et vilkår kan ikke være urimelig tungt for deg.",
  vilkarLimitFreedom: "Et vilkår kan ikke begrense friheten din på en urimelig måte.",
  vilkarLimitLawful: "Et vilkår kan ikke bryte loven.",
  vilkarInDecision: "Vilkårene skal stå i vedtaket. Les vedtaket. Spør veilederen din hvis noe er uklart.",
  vilkarDocumentationNotVilkar: "NAV kan be om papirer som viser hva du trenger, for eksempel kontoutskrift eller husleiekvittering. Det er ikke et vilkår, og NAV kan ikke gjøre det til et vilkår.",
  vilkarSetTogether: "Vilkår bør lages sammen med deg. Si hva du mener. NAV skal legge stor vekt på det.",
  vilkarNavFollowsUp: "Setter NAV et vilkår, må NAV også følge deg opp.",

  // ---- Aktivitetsplikt (§ 20 a) ----
  dutyApplies: "Du må være i aktivitet hvis du er under 30 år og får økonomisk sosialhjelp. Det kalles aktivitetsplikt (sosialtjenesteloven § 20 a). NAV skal sette vilkår om aktivitet, hvis ikke tungtveiende grunner taler mot det.",
  dutyPurpose: "Målet er at du skal komme i jobb eller utdanning, eller klare deg selv på en annen måte.",
  dutyIndividual: "NAV skal velge aktiviteten ut fra deg og situasjonen din. Aktiviteten skal gjøre det lettere for deg å få jobb.",
  dutyTellGrounds: "Tungtveiende grunner er viktige grunner til at du ikke kan være i aktivitet, for eksempel helsen din eller livssituasjonen din. Fortell NAV hvis dette gjelder deg.",
  dutyNotInEmergency: "Aktivitetsplikten gjelder ikke når du er i en nødssituasjon.",
  dutyOtherConditions: "NAV kan også stille andre vilkår enn aktivitet.",
  dutyExemptionMayApply: "Det du har fortalt, kan være tungtveiende grunner. Da skal NAV ikke sette vilkår om aktivitet. Det er NAV som bestemmer. Fortell veilederen din om situasjonen din.",
  dutyCaringDuties: "Du har omsorg for noen. Fortell NAV om det. Det kan telle som en tungtveiende grunn, men det er ikke sikkert.",
  dutyEducationAsActivity: "Utdanning kan være aktiviteten din. Spør NAV om utdanningen din kan telle.",
  dutyEmergencySuspends: "Du har sagt at du er i en nødssituasjon. Da gjelder ikke vilkårene for nødhjelpen. NAV skal hjelpe deg uansett.",
  dutyNotBefore2017: "Aktivitetsplikten for personer under 30 år kom 1. januar 2017. Før det fantes den ikke. NAV kunne likevel stille vilkår, også om aktivitet (sosialtjenesteloven § 20).",
  dutyAge30OrOver: "Du er 30 år eller eldre. Da har du ikke aktivitetsplikt. NAV kan likevel stille vilkår, også om aktivitet (sosialtjenesteloven § 20).",
  dutyNearAgeLimit: "Du er 29 år. Aktivitetsplikten gjelder til du fyller 30. Vi har brukt alderen din i måneden du valgte. Spør NAV når plikten slutter for deg.",
  dutyUnder18: "Du er under 18 år. Da har foreldrene dine plikt til å forsørge deg. Ta kontakt med NAV for å få hjelp.",

  // ---- What the activity can be ----
  activityFollowUp: "Samtaler med veilederen din, og små oppgaver mellom samtalene.",
  activityJobSeeking: "Jobbsøking: registrere deg som arbeidssøker, skrive jobblogg eller gå på jobbsøkerkurs.",
  activityLowThreshold: "Et lavterskeltilbud i kommunen. Det er aktiviteter med få krav, for eksempel en møteplass eller en arbeidsgruppe.",
  activityJobCentre: "Et jobbsenter eller aktivitetssenter i kommunen, der du møter opp faste dager.",
  activityWorkTraining: "Arbeidstrening eller praksis på en arbeidsplass.",
  activityStateMeasures: "Tiltak fra NAV, for eksempel oppfølging, arbeidstrening eller kurs (AMO-kurs).",
  activityEducation: "Utdanning: fullføre videregående skole, lære norsk eller annen opplæring.",
  activityHealthFirst: "Hvis helsen må komme først: gå til lege eller følge en behandling.",

  // ---- Brudd på vilkår ----
  breachNeedsDecision: "Følger du ikke et vilkår, kan NAV sette ned stønaden. Da må NAV lage et nytt vedtak (sosialtjenesteloven § 20 tredje ledd).",
  breachBefore2017: "I denne måneden kunne NAV sette ned stønaden eller vente med å betale til vilkåret var oppfylt. Regelen om å sette ned stønaden kom inn i loven 1. januar 2017.",
  breachOnlyIfWarned: "NAV kan bare sette ned stønaden hvis vedtaket ditt sa at det kunne skje. Se etter dette i vedtaket.",
  breachProportionate: "Det NAV trekker, må stå i forhold til det som har skjedd. Du skal fortsatt ha nok til å leve forsvarlig.",
  breachChildren: "Barnas behov skal tas vare på, også hvis stønaden blir satt ned.",
  breachEmergencyHelp: "Du har alltid rett til nødhjelp. NAV kan aldri holde tilbake hjelp når du er i nød.",
  breachNoFixedAmount: "Det finnes ingen fast regel for hvor mye NAV kan trekke. Derfor regner vi ikke ut et beløp.",
  breachAppeal: "Du kan klage på et vedtak om å sette ned stønaden.",

  // ---- Dine rettigheter ----
  rightInformationAdvice: "Du har rett til opplysning, råd og veiledning fra NAV. Det betyr hjelp til å løse eller hindre problemer (sosialtjenesteloven § 17).",
  rightEconomicAdvice: "Du kan få gratis hjelp med økonomien din, for eksempel med budsjett og gjeld. Det kalles økonomisk rådgivning.",
  rightIndividualPlan: "Trenger du hjelp fra flere tjenester over lang tid, har du rett til en individuell plan. Det er én plan for all hjelpen du får (sosialtjenesteloven § 28).",
  rightWrittenDecision: "Du har rett til et skriftlig vedtak. Vedtaket skal forklare hvorfor NAV har bestemt det de har bestemt, og hvordan du kan klage.",
  rightComplaint: "Er du uenig i vedtaket, kan du klage. Fristen er 3 uker fra du fikk vedtaket.",
  rightComplaintRoute: "Send klagen til NAV-kontoret ditt. Får du ikke medhold der, sender NAV klagen videre til Statsforvalteren. Statsforvalteren er statens kontor i fylket.",
  rightLateComplaint: "Har fristen gått ut, kan du likevel klage. Klagen kan bli behandlet, men ikke når det har gått mer enn 1 år.",
  rightComplaintCouple: "Søkte dere sammen som ektepar, kan dere begge klage. Er dere samboere, er det den som søkte, som kan klage.",
  rightParticipation: "Du har rett til å være med på å bestemme i saken din. NAV skal høre på deg og legge stor vekt på det du mener (sosialtjenesteloven § 42).",
  proposalRightToActivity: "Du kan lese om en «rett til aktivitet». Det var et forslag i Stortinget i 2018. Det står ikke i loven, så du kan ikke kreve det.",
  proposalCloseFollowUp: "Det samme gjelder en «rett til tett oppfølging». Det var også bare et forslag.",

  // ---- Kvalifiseringsprogrammet (KVP) ----
  kvpWhoFor: "Kvalifiseringsprogrammet (KVP) er for deg som er i yrkesaktiv alder, har mye lavere evne til å arbeide og tjene penger, og får ingen eller svært lite penger å leve av fra folketrygden eller andre ordninger i NAV.",
  kvpIsRight: "Oppfyller du vilkårene, har du rett til å være med. Kommunen kan ikke si nei fordi det er fullt.",
  kvpNotEveryKommuneBefore2010: "Før 2010 hadde ikke alle kommuner plikt til å tilby programmet.",
  kvpFullTime: "Programmet er på heltid, 37,5 timer i uken.",
  kvpDurationFrom2019: "Programmet varer i opptil 2 år. Har du særlige grunner, kan det forlenges med opptil 1 år. Du kan være med fra du er 18 år.",
  kvpDurationBefore2019: "I denne måneden varte programmet i opptil 1 år, og det kunne forlenges. Du kunne være med fra du var 19 år.",
  kvpIndividualPlan: "Er du med i programmet, har du rett til en individuell plan.",
  kvpStonad2G: "I programmet får du kvalifiseringsstønad. Den er 2 G i året. G er grunnbeløpet i folketrygden. G endres 1. mai hvert år.",
  kvpUnder25TwoThirds: "Er du under 25 år, får du to tredjedeler av 2 G.",
  kvpOwnCalculation: "Beløpene i måneden er vår utregning: årsbeløpet delt på 12, rundet til hele kroner. Det er ikke NAVs tall.",
  kvpNoG: "Vi vet ikke hvor stort grunnbeløpet (G) var i denne måneden. Derfor viser vi ikke noe beløp. Spør NAV.",
  kvpReducedByWork: "Lønn fra arbeid gjør stønaden mindre. Jo mer du tjener, jo mer blir trukket.",
  kvpReducedByBenefits: "Dagpenger, sykepenger og foreldrepenger blir trukket krone for krone.",
  kvpReducedByAbsence: "Er du borte fra programmet uten gyldig grunn, blir stønaden mindre.",
  kvpNotReducedBy: "Bostøtte, barnebidrag, barnetrygd og kontantstøtte gjør ikke stønaden mindre.",
  kvpHalfTimeJob: "Du kan ha en jobb på opptil 50 prosent ved siden av programmet.",
  kvpTaxable: "Du betaler skatt av stønaden, og du tjener opp pensjon av den.",
  kvpTopUp: "Dekker ikke stønaden det du må ha, kan du få økonomisk sosialhjelp i tillegg.",
  kvpBarnetilleggAskNav: "Forsørger du barn, kan du få barnetillegg. Vi vet ikke hvor stort det er nå. Spør NAV.",

  // ---- Why no KVP amount, and the G caveat ----
  noGKnown: "ikke beregnet, fordi vi ikke vet hvor stort grunnbeløpet (G) var denne måneden.",
  belowMinimumAge: "ikke beregnet, fordi du er under aldersgrensen for programmet denne måneden.",
  calculationLimit: "ikke beregnet, fordi tallene ble for store.",
  newerGMayApply: "Et nyere grunnbeløp kan gjelde for denne måneden. Vi har brukt det nyeste vi kjenner.",

  // ---- How an income affects kvalifiseringsstønad ----
  reducesProportionally: "blir trukket etter hvor mye du tjener.",
  reducesKroneForKrone: "blir trukket krone for krone.",
  doesNotReduce: "blir ikke trukket.",
  effectUnknownAskNav: "vi vet ikke. Spør NAV.",

  // ---- Nødhjelp ----
  emergencyHelpToday: "Har du ikke mat eller et sted å sove i natt, skal NAV hjelpe deg i dag. Det kalles nødhjelp (sosialtjenesteloven § 18).",
  emergencySayNoFood: "Si dette til NAV: «Jeg har ikke mat og ikke penger til mat. Jeg trenger nødhjelp i dag.»",
  emergencyShelterTonight: "Har du ikke et sted å sove i natt, skal NAV hjelpe deg å finne et midlertidig sted å bo (sosialtjenesteloven § 27).",
  emergencySayNoShelter: "Si dette til NAV: «Jeg har ikke noe sted å sove i natt. Jeg trenger et midlertidig sted å bo.»",
  emergencyGoToOffice: "Gå til eller ring NAV-kontoret i kommunen der du er, i dag.",
  emergencyNoConditions: "Du skal få nødhjelp selv om du ikke oppfyller vilkår, og uansett hvorfor du er i nød.",
  emergencyCovers: "Nødhjelp kan dekke mat, det du må ha av hygieneartikler, nødvendige reiser, nødvendig tannbehandling og regninger som må betales så strømmen ikke blir stengt.",
  emergencyOralDecision: "NAV kan gi deg svar muntlig med en gang. Du skal få vedtaket skriftlig så snart som mulig.",
  emergencyLocalAmount: "Kommunen bestemmer hvor mye du får i nødhjelp. Nødhjelp dekker bare det du trenger nå.",

  // ---- Hva anslaget ikke vet ----
  cannotKnowResidence: "Om du har lovlig opphold og fast bosted i Norge. Det må du ha for å få full rett til stønad.",
  cannotKnowAssets: "Om du har andre verdier enn pengene du har oppgitt, for eksempel sparing, bil eller bolig. NAV kan be deg bruke dem først.",
  cannotKnowHousingCost: "Om NAV mener at boutgiftene dine er rimelige.",
  cannotKnowIndividualAssessment: "Hva NAV kommer fram til når de vurderer din situasjon. Svaret kan bli mer eller mindre enn anslaget.",
  cannotKnowKvpEligibility: "Om du oppfyller vilkårene for kvalifiseringsprogrammet. Det avgjør NAV.",
  cannotKnowExemption: "Om NAV mener at du har tungtveiende grunner mot aktivitet.",

  // ---- Income kinds (labels in the KVP income list) ----
  incomeKinds: {
    workNet: "Lønn",
    aap: "Arbeidsavklaringspenger (AAP)",
    dagpenger: "Dagpenger",
    sykepenger: "Sykepenger",
    uforetrygd: "Uføretrygd",
    overgangsstonad: "Overgangsstønad",
    introduksjonsstonad: "Introduksjonsstønad",
    kvalifiseringsstonad: "Kvalifiseringsstønad",
    otherNavBenefit: "Annen ytelse fra NAV",
    bostotte: "Bostøtte",
    barnetrygd: "Barnetrygd",
    utvidetBarnetrygd: "Utvidet barnetrygd",
    kontantstotte: "Kontantstøtte",
    barnebidrag: "Barnebidrag",
    childWorkIncome: "Barnas egen lønn",
    studentSupport: "Lån og stipend fra Lånekassen",
    other: "Annen inntekt",
  },
};


export default messages;
