//! Legal sources cited by rules and explanations. Each rule in the core names one of these;
//! the page shows `reference` and links `url`. Text is the official Norwegian title of the source,
//! so it is not translated by the message catalogues.

use serde::Serialize;

/// A citation: a human-readable reference (§, rundskriv, point) and a URL where a reader can check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// e.g. `"sosialtjenesteloven § 18 tredje ledd"`.
    pub reference: &'static str,
    /// Public URL of the text (Lovdata, regjeringen.no, statsforvalteren.no, helsetilsynet.no).
    pub url: &'static str,
}

/// Lovdata: the current text of sosialtjenesteloven (LOV-2009-12-18-131).
pub(crate) const LOVDATA_SOTJL: &str = "https://lovdata.no/dokument/NL/lov/2009-12-18-131";

/// § 18: the right to stønad til livsopphold for those who cannot provide for themselves.
pub const SOTJL_18: Source = Source { reference: "sosialtjenesteloven § 18", url: LOVDATA_SOTJL };

/// § 18 third paragraph as amended by Prop. 87 L (2021–2022), in force 1 September 2022: barnetrygd is kept out.
pub const SOTJL_18_3_BARNETRYGD: Source = Source {
    reference: "sosialtjenesteloven § 18 tredje ledd (Prop. 87 L (2021–2022), fra 1.9.2022)",
    url: "https://www.regjeringen.no/no/dokumenter/prop.-87-l-20212022/id2907723/?ch=3",
};

/// Barnetrygd before 1 September 2022: counted like other income (the amendment had not yet been made).
pub const BARNETRYGD_BEFORE_2022: Source = Source {
    reference: "sosialtjenesteloven § 18 (før endringen 1.9.2022, Prop. 87 L (2021–2022))",
    url: "https://www.regjeringen.no/no/dokumenter/prop.-87-l-20212022/id2907723/?ch=3",
};

/// § 18 third paragraph (Prop. 147 L (2014–2015)): children's income from spare-time and holiday work is kept out.
pub const SOTJL_18_3_CHILD_WORK: Source = Source {
    reference: "sosialtjenesteloven § 18 tredje ledd (Prop. 147 L (2014–2015))",
    url: "https://regjeringen.no/no/dokumenter/prop.-147-l-20142015/id2423165/?ch=2",
};

/// The ministry (2015): the system of the law is that all income counts unless specifically exempted.
pub const ALL_INCOME_COUNTS: Source = Source {
    reference: "Statlige veiledende retningslinjer (ASD 2015): all inntekt skal tas med",
    url: "https://www.statsforvalteren.no/nb/portal/Arkiv-Nyheter/2015/08/Statlige-veiledende-retningslinjer-for-okonomisk-stonad/",
};

/// Subsidiarity: own means (bank deposits, savings) are used before stønad.
pub const OWN_MEANS_FIRST: Source = Source {
    reference: "sosialtjenesteloven § 18 (subsidiær ytelse: egne midler brukes først)",
    url: "https://www.helsetilsynet.no/rettigheter-klagemuligheter/sosiale-tjenester-i-nav/okonomisk-stonad-til-livsopphold/",
};

/// Housing, electricity/heating and insurance lie outside the guideline rates and are assessed individually.
pub const COSTS_OUTSIDE_RATES: Source = Source {
    reference: "Rundskriv A-3/2023 (bolig, strøm, oppvarming og forsikring holdes utenfor satsene)",
    url: "https://www.regjeringen.no/no/dokumenter/rundskriv-a-32023-statlege-rettleiande-retningslinjer-for-okonomisk-stonad-for-2024/id3020040/",
};

/// Other necessary individual expenses (e.g. children's needs, medicines) are part of livsopphold.
pub const NECESSARY_EXPENSES: Source = Source {
    reference: "sosialtjenesteloven § 18; rundskriv R35 pkt. 4.18.2.6 (barns behov)",
    url: "https://www.helsetilsynet.no/rettigheter-klagemuligheter/sosiale-tjenester-i-nav/okonomisk-stonad-til-livsopphold/",
};

/// The guideline rates only guide; NAV must make an individual assessment (R35 pkt. 4.18.1.5).
pub const VEILEDENDE: Source = Source {
    reference: "Rundskriv R35 pkt. 4.18.1.5; statlige veiledende retningslinjer",
    url: "https://www.regjeringen.no/no/dokumenter/statlige-veiledende-retningslinjer-for-u/id710434/",
};

/// § 19: stønad in special cases (one-off needs) even when § 18 gives nothing monthly.
pub const SOTJL_19: Source = Source { reference: "sosialtjenesteloven § 19", url: LOVDATA_SOTJL };

/// Parents' duty of maintenance for children under 18 (barneloven § 66).
pub const PARENTS_DUTY: Source = Source {
    reference: "barneloven § 66 (foreldres forsørgelsesplikt)",
    url: "https://lovdata.no/dokument/NL/lov/1981-04-08-7",
};
