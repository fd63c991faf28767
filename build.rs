//! Reads the law as data (`law/*.toml`) and writes it as Rust constants into `$OUT_DIR/law.rs`, which
//! `src/law.rs` includes. The wasm module therefore carries the figures but no TOML parser. The
//! build fails, naming the file and the row, when the data is inconsistent: months out of order or
//! malformed, a gap row with figures, a source id that `law/sources.toml` does not define, child
//! bands that leave an age uncovered.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sources {
    source: Vec<SourceRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceRow {
    id: String,
    reference: String,
    url: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rates {
    table: Vec<TableRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct TableRow {
    from: String,
    rundskriv: String,
    #[serde(default)]
    gap: bool,
    confidence: Option<String>,
    single: Option<u32>,
    couple: Option<u32>,
    shared_housing: Option<u32>,
    children: Option<Vec<[u32; 3]>>,
    urls: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct GFile {
    known_until: String,
    g: Vec<GRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GRow {
    from: String,
    value: u32,
    confidence: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kvp {
    factor: Vec<Factor>,
    barnetillegg: Vec<Barnetillegg>,
    ages: KvpAges,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Factor {
    from: String,
    thousandths: u32,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Barnetillegg {
    from: String,
    to: String,
    per_day: u32,
    days_per_week: u8,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct KvpAges {
    min_before2019: u8,
    min_from2019: u8,
    changes2019: String,
    reduced_rate_under: u8,
    max_exclusive: u8,
    statutory_from: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Rules {
    adult_age: u8,
    aktivitetsplikt_from: String,
    aktivitetsplikt_under_age: u8,
    reduction_rule_from: String,
    barnetrygd_kept_out_from: String,
    child_work_in_law_from: String,
    barnetrygd_change_proposed_from: String,
    permanent_residence_self_support_from: String,
    supplerende_stonad_from: String,
    supplerende_stonad_age: u8,
    stromstotte_from: String,
    ungdomsgaranti_from: String,
    ungdomsgaranti_under_age: u8,
    income: Vec<IncomeRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncomeRow {
    kinds: Vec<String>,
    from: String,
    rule: String,
    source: String,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kommuner {
    spread: Spread,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Spread {
    year: u16,
    at_state: u16,
    above: u16,
    below: u16,
    highest: KommuneRate,
    lowest: KommuneRate,
    confidence: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KommuneRate {
    kommune: String,
    single: u32,
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = Path::new("law").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("law/{file}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("law/{file}: {e}"))
}

/// `"2024-07"` as the Rust expression `ym(2024, 7)`, after checking it.
fn month(file: &str, text: &str) -> String {
    let ok = text.len() == 7 && text.as_bytes()[4] == b'-' && text[..4].bytes().all(|b| b.is_ascii_digit()) && text[5..].bytes().all(|b| b.is_ascii_digit());
    let (y, m): (u16, u8) = (text[..4.min(text.len())].parse().unwrap_or(0), text.get(5..).and_then(|m| m.parse().ok()).unwrap_or(0));
    assert!(ok && (1..=12).contains(&m) && y >= 1000, "law/{file}: {text:?} is not a month (YYYY-MM)");
    format!("ym({y}, {m})")
}

fn confidence(file: &str, c: &str) -> &'static str {
    match c {
        "V" => "Confidence::Verified",
        "V2" => "Confidence::Secondary",
        "I" => "Confidence::Inferred",
        _ => panic!("law/{file}: confidence {c:?} is not V, V2 or I"),
    }
}

/// `sotjl18` → `Sotjl18`: the Rust variant of a source id.
fn variant(id: &str) -> String {
    let mut c = id.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// `"childWorkIncome"` → `ChildWorkIncome`.
fn pascal(name: &str) -> String {
    variant(name)
}

fn str_lit(s: &str) -> String {
    format!("{s:?}")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::from("// Generated by build.rs from law/*.toml. Do not edit: change the data.\n\n");

    // ---- sources -------------------------------------------------------------------------------
    let sources: Sources = read("sources.toml");
    let mut ids = BTreeSet::new();
    for s in &sources.source {
        assert!(ids.insert(s.id.clone()), "law/sources.toml: the id {:?} is defined twice", s.id);
        assert!(s.id.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && s.id.chars().all(|c| c.is_ascii_alphanumeric()), "law/sources.toml: id {:?} must be camelCase letters and digits", s.id);
        assert!(!s.reference.trim().is_empty() && (s.url.starts_with("https://") || s.url.starts_with("http://")), "law/sources.toml: {:?} needs a reference and an http(s) URL", s.id);
        assert!(!s.note.trim().is_empty(), "law/sources.toml: {:?} needs a note", s.id);
    }
    let known = |file: &str, id: &str| {
        assert!(ids.contains(id), "law/{file}: source {id:?} is not defined in law/sources.toml");
        format!("SourceId::{}", variant(id))
    };
    out.push_str("code_enum! {\n    /// A legal source a rule cites (law/sources.toml). Serialised as its id (`\"sotjl18\"`).\n    pub enum SourceId {\n");
    for s in &sources.source {
        let _ = writeln!(out, "        #[doc = {}]\n        {},", str_lit(&s.note), variant(&s.id));
    }
    out.push_str("    }\n}\n\nimpl SourceId {\n    /// The citation: reference and URL.\n    pub fn source(self) -> Source {\n        match self {\n");
    for s in &sources.source {
        let _ = writeln!(out, "            SourceId::{} => Source {{ reference: {}, url: {} }},", variant(&s.id), str_lit(&s.reference), str_lit(&s.url));
    }
    out.push_str("        }\n    }\n}\n\n");

    // ---- state rate tables ---------------------------------------------------------------------
    let rates: Rates = read("rates.toml");
    out.push_str("/// The state guideline tables, oldest first (law/rates.toml). Gap rows carry no figures.\npub static STATE_TABLES: &[StateTable] = &[\n");
    let mut prev: Option<String> = None;
    let mut table_sources = String::new();
    for t in &rates.table {
        let from = month("rates.toml", &t.from);
        if let Some(p) = &prev {
            assert!(p.as_str() < t.from.as_str(), "law/rates.toml: {} is not after {p}", t.from);
        }
        prev = Some(t.from.clone());
        if t.gap {
            assert!(t.single.is_none() && t.couple.is_none() && t.shared_housing.is_none() && t.children.is_none() && t.confidence.is_none(), "law/rates.toml {}: a gap row has no figures and no confidence", t.from);
            let _ = writeln!(out, "    StateTable {{ effective_from: {from}, rundskriv: {}, rates: None, confidence: None, source: None }},", str_lit(&t.rundskriv));
            continue;
        }
        let (Some(single), Some(couple), Some(shared), Some(children), Some(conf)) = (t.single, t.couple, t.shared_housing, &t.children, &t.confidence) else {
            panic!("law/rates.toml {}: a table needs single, couple, sharedHousing, children and confidence (or gap = true)", t.from)
        };
        assert!(!t.urls.is_empty(), "law/rates.toml {}: a table needs a source URL", t.from);
        let mut next_age = 0;
        for [lo, hi, _] in children {
            assert!(*lo == next_age && hi >= lo, "law/rates.toml {}: child bands must run from 0 without gaps or overlaps", t.from);
            next_age = hi + 1;
        }
        assert!(next_age == 18, "law/rates.toml {}: child bands must end at 17", t.from);
        let bands: Vec<String> = children.iter().map(|[lo, hi, kr]| format!("ChildBand::new({lo}, {hi}, {kr})")).collect();
        let _ = writeln!(
            out,
            "    StateTable {{ effective_from: {from}, rundskriv: {}, rates: Some(Rates::state({single}, {couple}, {shared}, &[{}])), confidence: Some({}), source: Some({}) }},",
            str_lit(&t.rundskriv),
            bands.join(", "),
            confidence("rates.toml", conf),
            str_lit(&format!("rates-{}", t.from))
        );
        let _ = writeln!(
            table_sources,
            "    ({}, Source {{ reference: {}, url: {} }}),",
            str_lit(&format!("rates-{}", t.from)),
            str_lit(&t.rundskriv),
            str_lit(&t.urls[0])
        );
    }
    out.push_str("];\n\n");
    // Apart from the tables, so that code which only computes (the first screen's wasm) does not
    // carry the URLs: the estimate names a table's source by id, as it names every other source.
    out.push_str("/// Where each state table's figures can be checked, by the id its `source` names (`rates-YYYY-MM`):\n/// the rundskriv and the first URL of law/rates.toml (`sosialhjelp --sources` lists them).\npub static STATE_TABLE_SOURCES: &[(&str, Source)] = &[\n");
    out.push_str(&table_sources);
    out.push_str("];\n\n");

    // ---- G -------------------------------------------------------------------------------------
    let g: GFile = read("g.toml");
    let _ = writeln!(out, "/// The last month the newest G row is known to be in force (law/g.toml).\npub const G_KNOWN_UNTIL: YearMonth = {};\n", month("g.toml", &g.known_until));
    out.push_str("/// Folketrygdens grunnbeløp from 1 May each year, oldest first (law/g.toml).\npub static G_TABLE: &[GRow] = &[\n");
    let mut prev: Option<String> = None;
    for r in &g.g {
        if let Some(p) = &prev {
            assert!(p.as_str() < r.from.as_str(), "law/g.toml: {} is not after {p}", r.from);
        }
        prev = Some(r.from.clone());
        let _ = writeln!(out, "    GRow {{ effective_from: {}, value: Decimal::from_parts({}, 0, 0, false, 0), confidence: {}, source: {} }},", month("g.toml", &r.from), r.value, confidence("g.toml", &r.confidence), known("g.toml", &r.source));
    }
    out.push_str("];\n\n");

    // ---- KVP -----------------------------------------------------------------------------------
    let kvp: Kvp = read("kvp.toml");
    out.push_str("/// Kvalifiseringsstønad as thousandths of G per year, by the month it took effect (law/kvp.toml).\npub static KVP_FACTORS: &[KvpFactor] = &[\n");
    for f in &kvp.factor {
        let _ = writeln!(out, "    KvpFactor {{ from: {}, thousandths: {}, source: {} }},", month("kvp.toml", &f.from), f.thousandths, known("kvp.toml", &f.source));
    }
    out.push_str("];\n\n/// The KVP barnetillegg where a figure is verified (law/kvp.toml).\npub static KVP_BARNETILLEGG: &[KvpBarnetillegg] = &[\n");
    for b in &kvp.barnetillegg {
        let _ = writeln!(out, "    KvpBarnetillegg {{ from: {}, to: {}, per_day: {}, days_per_week: {}, source: {} }},", month("kvp.toml", &b.from), month("kvp.toml", &b.to), b.per_day, b.days_per_week, known("kvp.toml", &b.source));
    }
    let a = &kvp.ages;
    let _ = write!(
        out,
        "];\n\n/// KVP ages and dates (law/kvp.toml).\npub const KVP: KvpAges = KvpAges {{ min_before_2019: {}, min_from_2019: {}, changes_2019: {}, reduced_rate_under: {}, max_exclusive: {}, statutory_from: {} }};\n\n",
        a.min_before2019,
        a.min_from2019,
        month("kvp.toml", &a.changes2019),
        a.reduced_rate_under,
        a.max_exclusive,
        month("kvp.toml", &a.statutory_from)
    );

    // ---- rules: dates, ages, income ------------------------------------------------------------
    let r: Rules = read("rules.toml");
    let _ = write!(
        out,
        "/// Effective dates and ages of the rules (law/rules.toml).\npub const RULES: RuleDates = RuleDates {{ adult_age: {}, aktivitetsplikt_from: {}, aktivitetsplikt_under_age: {}, reduction_rule_from: {}, barnetrygd_kept_out_from: {}, child_work_in_law_from: {}, barnetrygd_change_proposed_from: {}, permanent_residence_self_support_from: {}, supplerende_stonad_from: {}, supplerende_stonad_age: {}, stromstotte_from: {}, ungdomsgaranti_from: {}, ungdomsgaranti_under_age: {} }};\n\n",
        r.adult_age,
        month("rules.toml", &r.aktivitetsplikt_from),
        r.aktivitetsplikt_under_age,
        month("rules.toml", &r.reduction_rule_from),
        month("rules.toml", &r.barnetrygd_kept_out_from),
        month("rules.toml", &r.child_work_in_law_from),
        month("rules.toml", &r.barnetrygd_change_proposed_from),
        month("rules.toml", &r.permanent_residence_self_support_from),
        month("rules.toml", &r.supplerende_stonad_from),
        r.supplerende_stonad_age,
        month("rules.toml", &r.stromstotte_from),
        month("rules.toml", &r.ungdomsgaranti_from),
        r.ungdomsgaranti_under_age
    );
    const KINDS: [&str; 17] = ["workNet", "aap", "dagpenger", "sykepenger", "uforetrygd", "overgangsstonad", "introduksjonsstonad", "kvalifiseringsstonad", "otherNavBenefit", "bostotte", "barnetrygd", "utvidetBarnetrygd", "kontantstotte", "barnebidrag", "childWorkIncome", "studentSupport", "other"];
    const INCOME_RULES: [&str; 5] = ["counted", "countedBarnetrygdBeforeSep2022", "keptOutBarnetrygd", "keptOutChildWork", "keptOutChildWorkPractice"];
    out.push_str("/// How kinds of income are treated, by the month the rule applies from (law/rules.toml).\npub static INCOME_RULES: &[IncomeRow] = &[\n");
    for row in &r.income {
        assert!(INCOME_RULES.contains(&row.rule.as_str()), "law/rules.toml: unknown income rule {:?}", row.rule);
        let kinds: Vec<String> = row
            .kinds
            .iter()
            .map(|k| {
                assert!(KINDS.contains(&k.as_str()), "law/rules.toml: unknown income kind {k:?}");
                format!("IncomeKind::{}", pascal(k))
            })
            .collect();
        let _ = writeln!(
            out,
            "    IncomeRow {{ kinds: &[{}], from: {}, rule: IncomeRule::{}, source: {}, confidence: {} }},",
            kinds.join(", "),
            month("rules.toml", &row.from),
            pascal(&row.rule),
            known("rules.toml", &row.source),
            confidence("rules.toml", &row.confidence)
        );
    }
    out.push_str("];\n");

    // ---- kommuner ------------------------------------------------------------------------------
    let k: Kommuner = read("kommuner.toml");
    let sp = &k.spread;
    assert!(sp.lowest.single < sp.highest.single, "law/kommuner.toml: lowest above highest");
    let sources: Vec<String> = sp.sources.iter().map(|id| known("kommuner.toml", id)).collect();
    let _ = write!(
        out,
        "/// How far the kommuner's rates for a single adult differed from the state's (law/kommuner.toml).\npub const KOMMUNE_SPREAD: KommuneSpread = KommuneSpread {{ year: {}, at_state: {}, above: {}, below: {}, highest: KommuneRate {{ kommune: {}, single: Decimal::from_parts({}, 0, 0, false, 0) }}, lowest: KommuneRate {{ kommune: {}, single: Decimal::from_parts({}, 0, 0, false, 0) }}, confidence: {}, sources: &[{}] }};\n",
        sp.year,
        sp.at_state,
        sp.above,
        sp.below,
        str_lit(&sp.highest.kommune),
        sp.highest.single,
        str_lit(&sp.lowest.kommune),
        sp.lowest.single,
        confidence("kommuner.toml", &sp.confidence),
        sources.join(", ")
    );

    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("law.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
