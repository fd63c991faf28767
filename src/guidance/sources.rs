//! Legal sources cited by the guidance (vilkår, rights, KVP, nødhjelp). Every reference and URL is
//! copied from `shared/domain/rules-and-rates.md` §§ C–E unless its doc comment says otherwise; the
//! reference text is the official Norwegian name of the source, shown as the link text on the page.

use crate::source::{Source, LOVDATA_SOTJL};

const ASD_AKTIVITETSPLIKT: &str = "https://www.regjeringen.no/no/dokumentarkiv/regjeringen-solberg/asd/Tema-og-redaksjonelt-innhold/aktivitetsplikt-for-mottakere-av-sosialhjelp/id2009224/";
const INFOSKRIV_2_2013: &str = "http://docplayer.me/2565606-Informasjonsskriv-nr-2-2013.html";
const PROP_13_L: &str = "https://www.regjeringen.no/no/dokumenter/prop.-13-l-20162017/id2518665/?ch=2";
const SF_ENKELTVEDTAK: &str = "https://www.statsforvalteren.no/nb/troms-finnmark/helse-omsorg-sosial/sosialhjelp/krav-til-enkeltvedtak/";
const SF_KLAGE: &str = "https://www.statsforvalteren.no/nb/troms-finnmark/helse-omsorg-sosial/sosialhjelp/behandle-klager-pa-enkeltvedtak/";
const NAV_KVP_STONAD: &str = "https://www.nav.no/no/NAV+og+samfunn/Samarbeid/For+kommunen/Relatert+informasjon/kvalifiseringsst%C3%B8nad-og-andre-%C3%B8konomiske-ordninger";
const AREMARK_NAV: &str = "https://www.aremark.kommune.no/nav.516110.no.html";

// ---- C.1 § 20 vilkår -------------------------------------------------------------------------

/// § 20: conditions may be attached to a grant, within legal limits (reference C.1, V).
pub const SOTJL_20: Source = Source { reference: "sosialtjenesteloven § 20", url: LOVDATA_SOTJL };

/// Practice under § 20: stønad without conditions as the main rule, typical conditions, NAV's
/// follow-up, documentation is not a vilkår (reference C.1, V; seed 002 l.596-605, l.1692-1695).
pub const VILKAR_PRACTICE: Source = Source {
    reference: "sosialtjenesteloven § 20; Fylkesmannen i Oslo og Akershus, informasjonsskriv nr. 2/2013",
    url: INFOSKRIV_2_2013,
};

/// § 20 third paragraph, in force 1 January 2017: a decision may reduce stønad on breach (reference C.1, V).
pub const SOTJL_20_REDUCTION: Source = Source {
    reference: "sosialtjenesteloven § 20 tredje ledd (fra 1.1.2017, Prop. 13 L (2016–2017))",
    url: PROP_13_L,
};

/// The 2015 text requiring the grant decision to warn of reduction; in force today only by inference
/// (reference C.1 V for the 2015 text, C.2 I for today).
pub const REDUCTION_WARNING: Source = Source {
    reference: "LOV-2015-04-24-20 (endring i sosialtjenesteloven § 20: reduksjon bare når vedtaket har informert om det)",
    url: "https://lovdata.no/dokument/NL/lov/2015-04-24-20",
};

/// Reductions only down to what is forsvarlig (Helsetilsynet 1995, by analogy; reference C.2 (c), I).
pub const REDUCTION_LIMIT: Source = Source {
    reference: "Helsetilsynet: tolkningsuttalelse om vilkår og reduksjon av ytelser etter sosialtjenesteloven",
    url: "https://www.helsetilsynet.no/regelverk/tolkningsuttalelser/helse-omsorgstjenester/Om-retten-vilkaar-ytingar-sosialtenestelova-kap-4/",
};

/// Children's needs in the assessment (R35 4.18.2.6; reference C.2 (c), I for its use in reductions).
pub const CHILDREN_NEEDS: Source = Source {
    reference: "Rundskriv R35 pkt. 4.18.2.6 (barns behov)",
    url: "https://www.helsetilsynet.no/rettigheter-klagemuligheter/sosiale-tjenester-i-nav/okonomisk-stonad-til-livsopphold/",
};

/// The ministry's 2014 answer: NAV may reduce or postpone payment; no fixed level (reference C.2 (b), V).
pub const REDUCTION_2014_ANSWER: Source = Source {
    reference: "Stortinget, skriftlig spørsmål og svar (2014): reduksjon eller utsatt utbetaling ved brudd på vilkår",
    url: "https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=60101",
};

/// § 42 brukermedvirkning: services are designed together with the recipient (seed 002 l.623, l.1199-1207).
pub const SOTJL_42: Source = Source { reference: "sosialtjenesteloven § 42 (brukermedvirkning)", url: LOVDATA_SOTJL };

// ---- C.2 § 20 a aktivitetsplikt --------------------------------------------------------------

/// § 20 a as the ministry explains it: duty, purpose, kinds of activity, emergency (reference C.2, V).
pub const SOTJL_20A: Source = Source {
    reference: "sosialtjenesteloven § 20 a (Arbeids- og sosialdepartementet: aktivitetsplikt for mottakere av sosialhjelp)",
    url: ASD_AKTIVITETSPLIKT,
};

/// § 20 a: the activity is chosen after an individual assessment (reference C.2, V).
pub const SOTJL_20A_INDIVIDUAL: Source = Source {
    reference: "sosialtjenesteloven § 20 a (individuell vurdering av aktivitet)",
    url: "https://www.iveland.kommune.no/aktivitetsplikt-fra-1-januar.5942411-294426.html",
};

/// Prop. 13 L (2016–2017): § 20 a took effect on 1 January 2017 (reference C.1, V).
pub const PROP_13_L_2017: Source = Source {
    reference: "Prop. 13 L (2016–2017): aktivitetsplikt for mottakere under 30 år fra 1.1.2017",
    url: PROP_13_L,
};

// ---- C.3 / C.4 rights ------------------------------------------------------------------------

/// § 17 opplysning, råd og veiledning, including economic advice (reference C.4, V).
pub const SOTJL_17: Source = Source { reference: "sosialtjenesteloven § 17", url: LOVDATA_SOTJL };

/// § 28 individuell plan (reference C.4, V).
pub const SOTJL_28: Source = Source {
    reference: "sosialtjenesteloven § 28 (individuell plan)",
    url: "http://helsetilsynet.no/no/Rettigheter-klagemuligheter/Sosiale-tjenester-i-Nav/Individuell-plan/",
};

/// Enkeltvedtak: written, reasoned, with information on klage; oral in an emergency (reference C.3, V).
pub const DECISION_FORM: Source = Source {
    reference: "forvaltningsloven §§ 23–27; rundskriv R35 pkt. 5.41.2.6 og 5.41.2.7",
    url: SF_ENKELTVEDTAK,
};

/// Klage within 3 weeks; late complaints not after 1 year (reference C.3, V).
pub const KLAGE: Source = Source {
    reference: "sosialtjenesteloven § 47; forvaltningsloven §§ 28–29 (klagefrist 3 uker)",
    url: SF_KLAGE,
};

/// The klage goes to the NAV office first, then to Statsforvalteren (reference C.3, V).
pub const KLAGE_ROUTE: Source = Source {
    reference: "Helsetilsynet: veileder i behandling av klagesaker etter sosialtjenesteloven, kap. 8",
    url: "https://helsetilsynet.no/publikasjoner/internserien/2023/veileder-i-behandling-av-klagesaker-etter-sosialtjenesteloven/8-statsforvalterens-undersokelse-og-proving-av-klagen?b=toc_785359",
};

/// Who may complain in a couple's case (reference C.3, V).
pub const KLAGE_COUPLE: Source = Source {
    reference: "Helsetilsynet: veileder i behandling av klagesaker etter sosialtjenesteloven, pkt. 6.2.2",
    url: "https://www.helsetilsynet.no/publikasjoner/internserien/2023/veileder-i-behandling-av-klagesaker-etter-sosialtjenesteloven/6-betingelsene-for-a-behandle-en-klagesak/6-2-klageren-ma-ha-klagerett/6-2-2-fullmektig/",
};

/// Seed 000: the 2018 representative proposal of a right to activity and to close follow-up. A
/// proposal, not law. The URL (the committee's recommendation, Innst. 233 S (2017–2018)) is not in the
/// reference; it was found in the stored stortinget.no pages.
pub const PROPOSAL_132_S: Source = Source {
    reference: "Dokument 8:132 S (2017–2018) og Innst. 233 S (2017–2018) (forslag, ikke lov)",
    url: "https://www.stortinget.no/nn/Saker-og-publikasjonar/publikasjonar/Innstillingar/Stortinget/2017-2018/inns-201718-233s/?m=2",
};

/// Lawful stay and fixed residence in Norway are required for full rights (reference C.4, V).
pub const RESIDENCE: Source = Source {
    reference: "forskrift om sosiale tjenester for personer uten fast bopel i Norge; rundskriv R35 pkt. 4.18.1",
    url: "https://www.helsetilsynet.no/dok-i-arbeid/veileder-i-behandling-av-klagesaker-etter-sosialtjenesteloven/10-klagetemaer/10-6-okonomisk-stonad/10-6-1-stonad-i-en-nodssituasjon/",
};

// ---- D KVP -----------------------------------------------------------------------------------

/// § 29: who KVP is for; a right when the conditions are met; statutory since 2010 (reference D.1, V).
pub const SOTJL_29: Source = Source {
    reference: "sosialtjenesteloven § 29 (kvalifiseringsprogram); Prop. 12 L (2018–2019)",
    url: "https://regjeringen.no/no/dokumenter/prop.-12-l-20182019/id2618154/?ch=3",
};

/// KVP changes in force 1 January 2019: age 18, up to 2 years + 1 (reference D.1, V).
pub const KVP_2019: Source = Source {
    reference: "sosialtjenesteloven §§ 29–39, endret fra 1.1.2019 (Prop. 12 L (2018–2019))",
    url: "https://www.fylkesmannen.no/agder/helse-omsorg-og-sosialtjenester/Kvalifiseringsprogrammet/endringer-knyttet-til-kvalifiseringsprogrammet/",
};

/// Forskrift 2011: full time, 37.5 hours; up to 1 year, extendable, before 2019 (reference D.1, V).
pub const KVP_FORSKRIFT: Source = Source {
    reference: "forskrift om kvalifiseringsprogram og kvalifiseringsstønad (FOR-2011-12-21-1471)",
    url: "https://lovdata.no/dokument/SF/forskrift/2011-12-21-1471",
};

/// Kvalifiseringsstønad: 2 G, 2/3 under 25, what reduces it and what does not (reference D.2, V).
pub const KVP_STONAD: Source = Source {
    reference: "sosialtjenesteloven § 35; NAV: kvalifiseringsstønad og andre økonomiske ordninger",
    url: NAV_KVP_STONAD,
};

/// Barnetillegg to kvalifiseringsstønad; the amount from 1 February 2023 is a GAP (reference D.2).
pub const KVP_BARNETILLEGG: Source = Source {
    reference: "NAV: kvalifiseringsstønad og andre økonomiske ordninger (barnetillegg)",
    url: "https://www.nav.no/no/nav-og-samfunn/samarbeid/for-kommunen/kvalifiseringsprogrammet2/kvalifiseringsstonad-og-andre-okonomiske-ordninger",
};

// ---- E nødhjelp ------------------------------------------------------------------------------

/// Help in a nødssituasjon regardless of conditions and of the cause (reference E.1, V).
pub const EMERGENCY_18: Source = Source {
    reference: "sosialtjenesteloven § 18 (stønad i en nødssituasjon; Sivilombudet)",
    url: "https://www.sivilombudet.no/uttalelser/okonomisk-stonad-i-en-nodssituasjon/",
};

/// What emergency help covers (rundskriv wording as a kommune repeats it; reference E.1, V2).
pub const EMERGENCY_COVERS: Source = Source {
    reference: "sosialtjenesteloven § 18; rundskriv R35 om nødssituasjon (gjengitt av Aremark kommune)",
    url: AREMARK_NAV,
};

/// § 27: temporary accommodation when a person has nowhere to sleep the next night (reference E.1, V2).
pub const SOTJL_27: Source = Source {
    reference: "sosialtjenesteloven § 27 (midlertidig botilbud)",
    url: AREMARK_NAV,
};

/// Nødhjelp amounts are set locally, e.g. Berg kommune (reference E.1, V2).
pub const EMERGENCY_LOCAL_AMOUNT: Source = Source {
    reference: "Berg kommune: nødhjelp (lokale retningslinjer)",
    url: "https://www.berg.kommune.no/noedhjelp.443019.no.html",
};

/// Where the nearest NAV office is found (named in the issue; not a legal source).
pub const NAV_OFFICE_FINDER: Source = Source { reference: "nav.no: Finn NAV-kontor", url: "https://www.nav.no/sok-nav-kontor" };
