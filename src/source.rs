//! Every legal source the rules cite, once: an id ([`SourceId`]) that travels in the result, and
//! the citation itself ([`SourceId::source`]: the reference as its official Norwegian title, which
//! is not translated, and a URL where a reader can check it). The estimate and the guidance carry
//! ids only, so a result stays small; the page loads the table (built from [`SourceId::ALL`] by the
//! CLI's `--sources`) when it shows sources, and the CLI prints the citations it used.
//!
//! Confidence marks (V, V2, I) and the sources behind each line are in the doc comments; the law
//! itself is in `shared/domain/rules-and-rates.md` and `law-update-2026-12.md` of the project's
//! reference.

use serde::Serialize;

/// A citation: a human-readable reference (§, rundskriv, point) and a URL where a reader can check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// e.g. `"sosialtjenesteloven § 18 tredje ledd"`.
    pub reference: &'static str,
    /// Public URL of the text (Lovdata, regjeringen.no, statsforvalteren.no, helsetilsynet.no, nav.no).
    pub url: &'static str,
}

/// Defines [`SourceId`] (a code enum: camelCase ids, `ALL`), a constant per source for the rules
/// (`SOTJL_18`), and [`SourceId::source`].
macro_rules! citations {
    ($( $(#[$doc:meta])* $variant:ident as $alias:ident => $reference:expr, $url:expr; )+) => {
        code_enum! {
            /// A legal source a rule cites. Serialised as its id (`"sotjl18"`).
            pub enum SourceId { $( $(#[$doc])* $variant, )+ }
        }
        $( $(#[$doc])* pub const $alias: SourceId = SourceId::$variant; )+
        impl SourceId {
            /// The citation: reference and URL.
            pub fn source(self) -> Source {
                match self { $( SourceId::$variant => Source { reference: $reference, url: $url }, )+ }
            }
        }
    };
}

/// Lovdata: the current text of sosialtjenesteloven (LOV-2009-12-18-131).
pub(crate) const LOVDATA_SOTJL: &str = "https://lovdata.no/dokument/NL/lov/2009-12-18-131";

/// NAV's page on økonomisk sosialhjelp, where its citizen texts («Dette kan du søke om», «Hvis du er
/// gift/samboer», «Klage») are published; the texts are also in navikt/sosialhjelp-veiviser-ny.
pub(crate) const NAV_SOSIALHJELP: &str = "https://www.nav.no/okonomisk-sosialhjelp";

/// NAV's code with G by period (familie-ef-personhendelse, `Grunnbeløp.kt`).
const NAV_G_CODE: &str = "https://github.com/navikt/familie-ef-personhendelse/blob/583d382cc8a7426070047421b75282258b3d210c/src/main/kotlin/no/nav/familie/ef/personhendelse/inntekt/endring/Grunnbel%C3%B8p.kt";

/// A URL cited by more than one source.
pub(crate) const ASD_AKTIVITETSPLIKT: &str = "https://www.regjeringen.no/no/dokumentarkiv/regjeringen-solberg/asd/Tema-og-redaksjonelt-innhold/aktivitetsplikt-for-mottakere-av-sosialhjelp/id2009224/";
/// A URL cited by more than one source.
pub(crate) const SF_ENKELTVEDTAK: &str = "https://www.statsforvalteren.no/nb/troms-finnmark/helse-omsorg-sosial/sosialhjelp/krav-til-enkeltvedtak/";
/// A URL cited by more than one source.
pub(crate) const SF_KLAGE: &str = "https://www.statsforvalteren.no/nb/troms-finnmark/helse-omsorg-sosial/sosialhjelp/behandle-klager-pa-enkeltvedtak/";
/// A URL cited by more than one source.
pub(crate) const NAV_KVP_STONAD: &str = "https://www.nav.no/no/NAV+og+samfunn/Samarbeid/For+kommunen/Relatert+informasjon/kvalifiseringsst%C3%B8nad-og-andre-%C3%B8konomiske-ordninger";
/// A URL cited by more than one source.
pub(crate) const AREMARK_NAV: &str = "https://www.aremark.kommune.no/nav.516110.no.html";
/// A URL cited by more than one source.
pub(crate) const NAV_KVP_PERSON: &str = "https://nav.no/no/Person/Flere%2btema/Sosiale%2btjenester/Kvalifiseringsprogrammet";
/// A URL cited by more than one source.
pub(crate) const INFOSKRIV_2_2013: &str = "http://docplayer.me/2565606-Informasjonsskriv-nr-2-2013.html";
/// A URL cited by more than one source.
pub(crate) const PROP_13_L: &str = "https://www.regjeringen.no/no/dokumenter/prop.-13-l-20162017/id2518665/?ch=2";

citations! {
    /// § 18: the right to stønad til livsopphold for those who cannot provide for themselves.
    Sotjl18 as SOTJL_18 => "sosialtjenesteloven § 18", LOVDATA_SOTJL;

    /// § 18 third paragraph as amended by Prop. 87 L (2021–2022), in force 1 September 2022: barnetrygd is kept out.
    Sotjl18ThirdBarnetrygd as SOTJL_18_3_BARNETRYGD => "sosialtjenesteloven § 18 tredje ledd (Prop. 87 L (2021–2022), fra 1.9.2022)", "https://www.regjeringen.no/no/dokumenter/prop.-87-l-20212022/id2907723/?ch=3";

    /// Barnetrygd before 1 September 2022: the kommune could count it as income, and most did (the
    /// amendment had not yet been made; Prop. 87 L (2021–2022) describes the earlier practice).
    BarnetrygdBefore2022 as BARNETRYGD_BEFORE_2022 => "sosialtjenesteloven § 18 (før endringen 1.9.2022, Prop. 87 L (2021–2022))", "https://www.regjeringen.no/no/dokumenter/prop.-87-l-20212022/id2907723/?ch=3";

    /// Barnetrygd paid in the assessed month may not be counted that month or the next, also not as
    /// savings (Statsforvalteren i Østfold, Buskerud, Oslo og Akershus, «Avklaring barnetrygd og
    /// sosialhjelp», 25.04.2023, after a letter from the Directorate; V).
    BarnetrygdInFunds as BARNETRYGD_IN_FUNDS => "sosialtjenesteloven § 18 tredje ledd; Statsforvalteren: avklaring barnetrygd og sosialhjelp (2023)", "https://prod.statsforvalteren.no/nn/ostfold-buskerud-oslo-og-akershus/helse-omsorg-og-sosialtenester/okonomisk-sosialhjelp/avklaring-barnetrygd-og-sosialhjelp";

    /// Prop. 1 S (2025–2026) proposed amending § 18 third paragraph so that barnetrygd counts as income
    /// again (Barneombudet's letter to the ministry, V). Whether Stortinget adopted it is unknown (GAP).
    BarnetrygdChangeProposed as BARNETRYGD_CHANGE_PROPOSED => "Prop. 1 S (2025–2026): forslag om endring av sosialtjenesteloven § 18 tredje ledd (Barneombudet)", "https://www.barneombudet.no/vart-arbeid/brev-til-myndighetene/foresporsel-om-innsyn-i-underlagsdokumentasjon-prop-1-s-2025-2026-okonomisk-sosialhjelp-og-forslag-om-endring-av-sosialtjenesteloven";

    /// Samboere have no mutual duty of maintenance; unless they have children together, each is in
    /// principle assessed on their own (the minister, Dokument 15:202 (2000–2001), V; NAV's citizen text
    /// «Hvis du er samboer», navikt/sosialhjelp-veiviser-ny, V).
    Cohabitants as COHABITANTS => "Dokument nr. 15:202 (2000–2001), svar fra sosialministeren: samboere vurderes selvstendig", "https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=21575";

    /// § 18 third paragraph (Prop. 147 L (2014–2015)): children's income from spare-time and holiday work is kept out.
    Sotjl18ThirdChildWork as SOTJL_18_3_CHILD_WORK => "sosialtjenesteloven § 18 tredje ledd (Prop. 147 L (2014–2015))", "https://regjeringen.no/no/dokumenter/prop.-147-l-20142015/id2423165/?ch=2";

    /// Before the law (2016), the 2012 rundskriv said children's income from spare-time and holiday work
    /// «bør ikke» reduce the stønad: a recommendation (Prop. 147 L (2014–2015) describes it; I).
    ChildWorkPractice as CHILD_WORK_PRACTICE => "Rundskriv (2012), beskrevet i Prop. 147 L (2014–2015): anbefalt praksis, ikke lov", "https://regjeringen.no/no/dokumenter/prop.-147-l-20142015/id2423165/?ch=2";

    /// The ministry (2015): the system of the law is that all income counts unless specifically exempted.
    AllIncomeCounts as ALL_INCOME_COUNTS => "Statlige veiledende retningslinjer (ASD 2015): all inntekt skal tas med", "https://www.statsforvalteren.no/nb/portal/Arkiv-Nyheter/2015/08/Statlige-veiledende-retningslinjer-for-okonomisk-stonad/";

    /// Subsidiarity: own means (bank deposits, savings) are used before stønad.
    OwnMeansFirst as OWN_MEANS_FIRST => "sosialtjenesteloven § 18 (subsidiær ytelse: egne midler brukes først)", "https://www.helsetilsynet.no/rettigheter-klagemuligheter/sosiale-tjenester-i-nav/okonomisk-stonad-til-livsopphold/";

    /// Housing, electricity/heating and insurance lie outside the guideline rates and are assessed individually.
    CostsOutsideRates as COSTS_OUTSIDE_RATES => "Rundskriv A-3/2023 (bolig, strøm, oppvarming og forsikring holdes utenfor satsene)", "https://www.regjeringen.no/no/dokumenter/rundskriv-a-32023-statlege-rettleiande-retningslinjer-for-okonomisk-stonad-for-2024/id3020040/";

    /// Other necessary individual expenses (transport, health, children's leisure …) are part of
    /// livsopphold and assessed individually (NAV: «Dette kan du søke om», «å leve», V).
    NecessaryExpenses as NECESSARY_EXPENSES => "sosialtjenesteloven § 18; NAV: Dette kan du søke om (utgifter til å leve)", NAV_SOSIALHJELP;

    /// Children's needs: barnehage, SFO, leisure (R35 pkt. 4.18.2.6; helsetilsynet.no, V).
    ChildrenNeeds as CHILDREN_NEEDS => "Rundskriv R35 pkt. 4.18.2.6 (barns behov)", "https://www.helsetilsynet.no/rettigheter-klagemuligheter/sosiale-tjenester-i-nav/okonomisk-stonad-til-livsopphold/";

    /// Housing costs NAV covers: rent, kommunale avgifter, felleskostnader in a borettslag or sameie,
    /// and interest on a mortgage; too high costs can lead to a vilkår to reduce them (NAV: «Dette kan du
    /// søke om», «å bo», V).
    HousingCosts as HOUSING_COSTS => "NAV: Dette kan du søke om (boutgifter: husleie, kommunale avgifter, felleskostnader, renter)", NAV_SOSIALHJELP;

    /// Mortgage instalments are capital saving: NAV asks you to seek a period without instalments from
    /// the bank (NAV: «Dette kan du søke om», V); covering them is an exception after a concrete
    /// assessment (the minister, 2001, qid=21775, V).
    MortgageInstalments as MORTGAGE_INSTALMENTS => "NAV: Dette kan du søke om («Har du boliglån vil vi be deg søke banken om en periode der du ikke betaler avdrag»)", NAV_SOSIALHJELP;

    /// One-off necessary needs (dental care, furniture, deposit, arrears that threaten the home or the
    /// power) are part of livsopphold under § 18 and assessed there first; § 19 («kan») comes after
    /// (NAV: «Dette kan du søke om», V; the Directorate's review, seed 002 of the project's reference).
    OneOffNeeds as ONE_OFF_NEEDS => "sosialtjenesteloven § 18, deretter § 19; NAV: Dette kan du søke om", NAV_SOSIALHJELP;

    /// The guideline rates are adjusted every year: «justert årleg sidan 2006» (A-3/2023, V).
    RatesAdjustedYearly as RATES_ADJUSTED_YEARLY => "Rundskriv A-3/2023 (satsane er justert årleg sidan 2006)", "https://www.regjeringen.no/no/dokumenter/rundskriv-a-32023-statlege-rettleiande-retningslinjer-for-okonomisk-stonad-for-2024/id3020040/";

    /// The guideline rates only guide; NAV must make an individual assessment (R35 pkt. 4.18.1.5).
    Veiledende as VEILEDENDE => "Rundskriv R35 pkt. 4.18.1.5; statlige veiledende retningslinjer", "https://www.regjeringen.no/no/dokumenter/statlige-veiledende-retningslinjer-for-u/id710434/";

    /// Parents' duty of maintenance for children under 18 (barneloven § 66).
    ParentsDuty as PARENTS_DUTY => "barneloven § 66 (foreldres forsørgelsesplikt)", "https://lovdata.no/dokument/NL/lov/1981-04-08-7";

    /// § 20: conditions may be attached to a grant, within legal limits (reference C.1, V).
    Sotjl20 as SOTJL_20 => "sosialtjenesteloven § 20", LOVDATA_SOTJL;

    /// The right to help (§ 18) and that NAV can attach conditions (§ 20): NAV's citizen text «Dette bør
    /// du vite» says «Ofte vil vi stille ett eller flere krav til deg i vedtaket» (V). Since 2017 NAV
    /// *shall* set activity conditions for under-30s (§ 20 a), so «no conditions as the main rule» (the
    /// 2013 infoskriv) is no longer said.
    VilkarRight as VILKAR_RIGHT => "sosialtjenesteloven §§ 18 og 20; NAV: Dette bør du vite", NAV_SOSIALHJELP;

    /// Practice under § 20: typical conditions, NAV's follow-up, documentation is not a vilkår (the
    /// Directorate's review of practice and Fylkesmannen i Oslo og Akershus' infoskriv 2/2013; V).
    VilkarPractice as VILKAR_PRACTICE => "sosialtjenesteloven § 20; Fylkesmannen i Oslo og Akershus, informasjonsskriv nr. 2/2013", INFOSKRIV_2_2013;

    /// § 20 third paragraph, in force 1 January 2017: a decision may reduce stønad on breach; a
    /// reduction is an enkeltvedtak, normally with advance notice (forvaltningsloven § 16) (V).
    Sotjl20Reduction as SOTJL_20_REDUCTION => "sosialtjenesteloven § 20 tredje ledd (fra 1.1.2017, Prop. 13 L (2016–2017)); forvaltningsloven § 16", PROP_13_L;

    /// A reduction on breach needs a warning in the grant decision: «Ved brudd på vilkår kan stønaden
    /// reduseres helt eller delvis, forutsatt at det i vedtaket om stønad er informert om muligheten for
    /// dette» (the minister, 6 April 2017, Dokument 15:938 (2016–2017), V). The 2015 amendment to § 20
    /// never entered into force and is not cited.
    ReductionWarning as REDUCTION_WARNING => "sosialtjenesteloven § 20 tredje ledd; Dokument nr. 15:938 (2016–2017), svar fra arbeids- og sosialministeren", "https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=68464";

    /// Reductions only down to what is forsvarlig (Helsetilsynet 1995, by analogy; reference C.2 (c), I).
    ReductionLimit as REDUCTION_LIMIT => "Helsetilsynet: tolkningsuttalelse om vilkår og reduksjon av ytelser etter sosialtjenesteloven", "https://www.helsetilsynet.no/regelverk/tolkningsuttalelser/helse-omsorgstjenester/Om-retten-vilkaar-ytingar-sosialtenestelova-kap-4/";

    /// The ministry's 2014 answer: NAV may reduce or postpone payment; no fixed level (reference C.2 (b), V).
    Reduction2014Answer as REDUCTION_2014_ANSWER => "Stortinget, skriftlig spørsmål og svar (2014): reduksjon eller utsatt utbetaling ved brudd på vilkår", "https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=60101";

    /// § 42 brukermedvirkning: services are designed together with the recipient (seed 002 l.623, l.1199-1207).
    Sotjl42 as SOTJL_42 => "sosialtjenesteloven § 42 (brukermedvirkning)", LOVDATA_SOTJL;

    /// § 20 a as the ministry explains it: duty, purpose, kinds of activity, emergency (reference C.2, V).
    Sotjl20a as SOTJL_20A => "sosialtjenesteloven § 20 a (Arbeids- og sosialdepartementet: aktivitetsplikt for mottakere av sosialhjelp)", ASD_AKTIVITETSPLIKT;

    /// § 20 a: the activity is chosen after an individual assessment (reference C.2, V).
    Sotjl20aIndividual as SOTJL_20A_INDIVIDUAL => "sosialtjenesteloven § 20 a (individuell vurdering av aktivitet)", "https://www.iveland.kommune.no/aktivitetsplikt-fra-1-januar.5942411-294426.html";

    /// Prop. 13 L (2016–2017): § 20 a took effect on 1 January 2017 (reference C.1, V).
    Prop13L2017 as PROP_13_L_2017 => "Prop. 13 L (2016–2017): aktivitetsplikt for mottakere under 30 år fra 1.1.2017", PROP_13_L;

    /// § 17 opplysning, råd og veiledning, including economic advice (reference C.4, V).
    Sotjl17 as SOTJL_17 => "sosialtjenesteloven § 17", LOVDATA_SOTJL;

    /// § 28 individuell plan (reference C.4, V).
    Sotjl28 as SOTJL_28 => "sosialtjenesteloven § 28 (individuell plan)", "http://helsetilsynet.no/no/Rettigheter-klagemuligheter/Sosiale-tjenester-i-Nav/Individuell-plan/";

    /// Enkeltvedtak: written, reasoned, with information on klage; oral in an emergency (reference C.3, V).
    DecisionForm as DECISION_FORM => "forvaltningsloven §§ 23–27; rundskriv R35 pkt. 5.41.2.6 og 5.41.2.7", SF_ENKELTVEDTAK;

    /// Klage within 3 weeks; late complaints not after 1 year (reference C.3, V).
    Klage as KLAGE => "sosialtjenesteloven § 47; forvaltningsloven §§ 28–29 (klagefrist 3 uker)", SF_KLAGE;

    /// The klage goes to the NAV office first, then to Statsforvalteren (reference C.3, V).
    KlageRoute as KLAGE_ROUTE => "Helsetilsynet: veileder i behandling av klagesaker etter sosialtjenesteloven, kap. 8", "https://helsetilsynet.no/publikasjoner/internserien/2023/veileder-i-behandling-av-klagesaker-etter-sosialtjenesteloven/8-statsforvalterens-undersokelse-og-proving-av-klagen?b=toc_785359";

    /// Who may complain in a couple's case (reference C.3, V).
    KlageCouple as KLAGE_COUPLE => "Helsetilsynet: veileder i behandling av klagesaker etter sosialtjenesteloven, pkt. 6.2.2", "https://www.helsetilsynet.no/publikasjoner/internserien/2023/veileder-i-behandling-av-klagesaker-etter-sosialtjenesteloven/6-betingelsene-for-a-behandle-en-klagesak/6-2-klageren-ma-ha-klagerett/6-2-2-fullmektig/";

    /// Lawful stay and fast bopel (a stay meant to last, not an address) are required for ordinary
    /// stønad; without lawful stay, help only in an emergency for a short time (FOR-2011-12-16-1251
    /// §§ 1, 2, 4, V).
    Residence as RESIDENCE => "forskrift om sosiale tjenester for personer uten fast bopel i Norge (FOR-2011-12-16-1251)", "https://lovdata.no/dokument/SF/forskrift/2011-12-16-1251";

    /// Assets: only what is not needed for livsopphold can be required sold; a person does not have to
    /// sell the home they live in; a car can be necessary (NAV to the kommuner, 2020, V).
    Assets as ASSETS => "NAV: flere kan ha krav på økonomisk stønad (om bolig, bil og sparing, 2020)", "https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/nyheter/koronavirus-flere-kan-ha-krav-pa-okonomisk-stonad";

    /// § 29: who KVP is for (working age with much reduced work capacity and no or very limited
    /// benefits under folketrygdloven or arbeidsmarkedsloven); a right when the conditions are met;
    /// statutory since 2010 (reference D.1, V).
    Sotjl29 as SOTJL_29 => "sosialtjenesteloven § 29 (kvalifiseringsprogram); Prop. 12 L (2018–2019)", "https://regjeringen.no/no/dokumenter/prop.-12-l-20182019/id2618154/?ch=3";

    /// KVP changes in force 1 January 2019: age 18, up to 2 years + 1 (reference D.1, V).
    Kvp2019 as KVP_2019 => "sosialtjenesteloven §§ 29–39, endret fra 1.1.2019 (Prop. 12 L (2018–2019))", "https://www.fylkesmannen.no/agder/helse-omsorg-og-sosialtjenester/Kvalifiseringsprogrammet/endringer-knyttet-til-kvalifiseringsprogrammet/";

    /// Forskrift 2011: full time, 37.5 hours; up to 1 year, extendable, before 2019 (reference D.1, V).
    KvpForskrift as KVP_FORSKRIFT => "forskrift om kvalifiseringsprogram og kvalifiseringsstønad (FOR-2011-12-21-1471)", "https://lovdata.no/dokument/SF/forskrift/2011-12-21-1471";

    /// KVP participants' right to an individuell plan: sosialtjenesteloven § 33 (§ 28 is the general
    /// rule) (V).
    KvpPlan as KVP_PLAN => "sosialtjenesteloven § 33 (individuell plan i kvalifiseringsprogrammet)", LOVDATA_SOTJL;

    /// Kvalifiseringsstønad from 1 July 2024: 2.041 G, 2/3 under 25, ages 18–67 (nav.no KVP page, V;
    /// the date from NAV's AAP code, `GUnit("2.041")` from 2024-07-01, V).
    KvpStonad2041 as KVP_STONAD_2041 => "NAV: Kvalifiseringsprogrammet («2,041 ganger grunnbeløpet»; fra 1.7.2024)", NAV_KVP_PERSON;

    /// KVP barnetillegg: «36 kroner dagen, 5 dager i uken» per child (nav.no KVP page, in the 2024 G
    /// period; V).
    KvpBarnetillegg2024 as KVP_BARNETILLEGG_2024 => "NAV: Kvalifiseringsprogrammet (barnetillegg 36 kroner dagen, 5 dager i uken, 2024)", NAV_KVP_PERSON;

    /// Kvalifiseringsstønad: 2 G, 2/3 under 25, what reduces it and what does not (reference D.2, V).
    KvpStonad as KVP_STONAD => "sosialtjenesteloven § 35; NAV: kvalifiseringsstønad og andre økonomiske ordninger", NAV_KVP_STONAD;

    /// Barnetillegg to kvalifiseringsstønad; the amount from 1 February 2023 is a GAP (reference D.2).
    KvpBarnetillegg as KVP_BARNETILLEGG => "NAV: kvalifiseringsstønad og andre økonomiske ordninger (barnetillegg)", "https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/kvalifiseringsprogrammet2/kvalifiseringsstonad-og-andre-okonomiske-ordninger";

    /// Help in a nødssituasjon regardless of conditions and of the cause (reference E.1, V).
    Emergency18 as EMERGENCY_18 => "sosialtjenesteloven § 18 (stønad i en nødssituasjon; Sivilombudet)", "https://www.sivilombudet.no/uttalelser/okonomisk-stonad-i-en-nodssituasjon/";

    /// What emergency help covers (rundskriv wording as a kommune repeats it; reference E.1, V2).
    EmergencyCovers as EMERGENCY_COVERS => "sosialtjenesteloven § 18; rundskriv R35 om nødssituasjon (gjengitt av Aremark kommune)", AREMARK_NAV;

    /// § 27: temporary accommodation when a person has nowhere to sleep the next night (reference E.1, V2).
    Sotjl27 as SOTJL_27 => "sosialtjenesteloven § 27 (midlertidig botilbud)", AREMARK_NAV;

    /// Nødhjelp amounts are set locally, e.g. Berg kommune (reference E.1, V2).
    EmergencyLocalAmount as EMERGENCY_LOCAL_AMOUNT => "Berg kommune: nødhjelp (lokale retningslinjer)", "https://www.berg.kommune.no/noedhjelp.443019.no.html";

    /// Where the nearest NAV office is found (named in the issue; not a legal source).
    NavOfficeFinder as NAV_OFFICE_FINDER => "nav.no: Finn NAV-kontor", "https://www.nav.no/sok-nav-kontor";

    /// Grunnbeløpet from 1 May 2015 (secondary source).
    G2015 as G_2015 => "Grunnbeløpet (G) fra 1.5.2015", "https://velferdsalliansen.no/arkiv/23-regulering-av-folketrygdens-grunnbelop-og-pensjoner?tmpl=component&print=1&layout=default";

    /// Grunnbeløpet from 1 May 2016 (secondary source).
    G2016 as G_2016 => "Grunnbeløpet (G) fra 1.5.2016", "https://www.regnskapnorge.no/faget/artikler/lonn--personal/folketrygdens-grunnbelop-er-okt-til-kr-92.576/";

    /// Grunnbeløpet from 1 May 2017 (secondary source).
    G2017 as G_2017 => "Grunnbeløpet (G) fra 1.5.2017", "https://www.regnskapnorge.no/faget/artikler/lonn--personal/folketrydens-grunnbelop-er-okt-til-93-634/";

    /// Grunnbeløpet from 1 May 2018 (verified).
    G2018 as G_2018 => "Grunnbeløpet (G) fra 1.5.2018", "https://www.nav.no/internett/no/NAV+og+samfunn/Kontakt+NAV/Utbetalinger/Grunnbelopet+i+folketrygden";

    /// Grunnbeløpet from 1 May 2019 (verified).
    G2019 as G_2019 => "Grunnbeløpet (G) fra 1.5.2019 (Prop. 1 S (2019–2020))", "https://www.statsbudsjettet.no/Statsbudsjettet-2020/Dokumenter1/Fagdepartementenes-proposisjoner/Arbeidsdepartementet/Prop-1-S-/Del-3-Omtale-av-sarlege-tema-/13-Grunnbelop-sartillegg-og-stonader-/";

    /// Grunnbeløpet from 1 May 2020 (secondary source).
    G2020 as G_2020 => "Grunnbeløpet (G) fra 1.5.2020", "http://www.aktuar.com/NIA-Nyheter.html";

    /// Grunnbeløpet from 1 May 2021 (secondary source).
    G2021 as G_2021 => "Grunnbeløpet (G) fra 1.5.2021", "http://www.aktuar.com/NIA-Nyheter.html";

    /// Grunnbeløpet from 1 May 2022 (secondary source).
    G2022 as G_2022 => "Grunnbeløpet (G) fra 1.5.2022", "http://www.aktuar.com/NIA-Nyheter.html";

    /// Grunnbeløpet from 1 May 2023 (secondary source).
    G2023 as G_2023 => "Grunnbeløpet (G) fra 1.5.2023", "https://creokultur.no/nyheter/trygdeoppgjoret-i-havn/";

    /// NAV's own code with G by period (familie-ef-personhendelse, `Grunnbeløp.kt`, commit 583d382):
    /// 2024-05 124 028, 2025-05 130 160, 2026-05 136 549 (V).
    GNavCode as G_NAV_CODE => "Grunnbeløpet (G) fra 1.5.2024, 1.5.2025 og 1.5.2026 (NAVs kildekode)", NAV_G_CODE;
}
