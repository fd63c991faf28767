//! The household as the user describes it, deserialised from JSON (CLI) or a JS object (wasm).
//! Amounts are read as exact decimals from strings (`"12 500,50"` and `"12500.50"` both work) or
//! numbers; every problem is reported with the JSON path of its field (see [`crate::error`]).

use crate::error::{ErrorCode, FieldError, InputErrors};
use core::fmt;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::str::FromStr;

/// Household category, which selects the adult rate (Enslige / Ektepar-samboere / Person i bofellesskap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum HouseholdType {
    /// One adult living alone (with or without children).
    Single,
    /// Married or cohabiting couple (ektepar/samboere), with or without children.
    Couple,
    /// One adult sharing a home with other adults (bofellesskap), e.g. a shared flat.
    SharedHousing,
}

/// What an income is; decides whether it counts (§ 18) in the assessed month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
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

/// One person; only the age in whole years in the assessed month matters here.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Age in whole years.
    #[serde(deserialize_with = "de_whole")]
    pub age: i64,
}

/// A labelled amount (an "other necessary expense").
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledAmount {
    /// What it is, in the user's words.
    #[serde(default)]
    pub label: String,
    /// Kroner per month.
    #[serde(deserialize_with = "de_amount")]
    pub amount: Decimal,
}

/// Monthly expenses that lie outside the guideline rates (all optional, default 0).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Expenses {
    /// Rent, or mortgage interest and instalments, and shared costs (felleskostnader).
    #[serde(default, deserialize_with = "de_amount")]
    pub housing: Decimal,
    /// Electricity and heating.
    #[serde(default, deserialize_with = "de_amount")]
    pub electricity: Decimal,
    /// Home and contents insurance.
    #[serde(default, deserialize_with = "de_amount")]
    pub insurance: Decimal,
    /// Barnehage and SFO/AKS.
    #[serde(default, deserialize_with = "de_amount")]
    pub childcare: Decimal,
    /// Other necessary expenses, each with a label.
    #[serde(default)]
    pub other: Vec<LabelledAmount>,
}

/// One income received in the month.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    /// What kind of income.
    pub kind: IncomeKind,
    /// Kroner per month, net of tax.
    #[serde(deserialize_with = "de_amount")]
    pub amount: Decimal,
    /// Optional description.
    #[serde(default)]
    pub label: Option<String>,
}

/// One table of a caller-supplied rate set (a kommune's rates, or newer state rates).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomTable {
    /// First month, `YYYY-MM`.
    pub effective_from: String,
    /// Last month (inclusive), `YYYY-MM`; open-ended when absent.
    #[serde(default)]
    pub effective_to: Option<String>,
    /// Enslige.
    #[serde(deserialize_with = "de_amount")]
    pub single: Decimal,
    /// Ektepar/samboere (together).
    #[serde(deserialize_with = "de_amount")]
    pub couple: Decimal,
    /// Person i bofellesskap.
    #[serde(deserialize_with = "de_amount")]
    pub shared_housing: Decimal,
    /// Per child 0–5.
    #[serde(rename = "child0to5", deserialize_with = "de_amount")]
    pub child0to5: Decimal,
    /// Per child 6–10.
    #[serde(rename = "child6to10", deserialize_with = "de_amount")]
    pub child6to10: Decimal,
    /// Per child 11–17.
    #[serde(rename = "child11to17", deserialize_with = "de_amount")]
    pub child11to17: Decimal,
    /// Where the figures come from (URL or decision), shown with the label.
    #[serde(default)]
    pub source: Option<String>,
}

/// A caller-supplied rate set that replaces the state tables; its label appears in the explanation.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRates {
    /// Whose rates these are, e.g. "Bergen kommune 2024".
    pub label: String,
    /// Tables in chronological order, without gaps or overlaps.
    pub tables: Vec<CustomTable>,
}

/// The household and month to assess: the input format of the CLI and the JS API.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HouseholdInput {
    /// Month assessed, `YYYY-MM`; the caller's current month when absent.
    #[serde(default)]
    pub month: Option<String>,
    /// Household category.
    pub household_type: HouseholdType,
    /// The adults (one, or two for a couple).
    #[serde(default)]
    pub adults: Vec<Person>,
    /// Children under 18 the household provides for.
    #[serde(default)]
    pub children: Vec<Person>,
    /// Expenses outside the guideline rates.
    #[serde(default)]
    pub expenses: Expenses,
    /// Incomes received in the month.
    #[serde(default)]
    pub incomes: Vec<Income>,
    /// Money available now (bank balance, cash).
    #[serde(default, deserialize_with = "de_amount")]
    pub liquid_funds: Decimal,
    /// Optional rates replacing the state tables.
    #[serde(default)]
    pub custom_rates: Option<CustomRates>,
    /// Optional facts that refine the vilkår and rights guidance (see [`crate::guidance`]).
    #[serde(default)]
    pub situation: crate::guidance::Situation,
}

/// Reads a [`HouseholdInput`] from any serde deserializer, turning serde's errors into a
/// [`FieldError`] with the path of the failing field.
pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<HouseholdInput, InputErrors>
where
    D::Error: fmt::Display,
{
    serde_path_to_error::deserialize(d).map_err(|e| {
        let path = e.path().to_string();
        let msg = e.inner().to_string();
        InputErrors::from(classify(path, &msg))
    })
}

/// Reads a [`HouseholdInput`] from JSON text.
pub fn from_json(json: &str) -> Result<HouseholdInput, InputErrors> {
    let mut d = serde_json::Deserializer::from_str(json);
    let input = from_deserializer(&mut d).map_err(|mut e| {
        // serde_json reports syntax errors through the same channel; tell them apart by message.
        for fe in &mut e.errors {
            if fe.code == ErrorCode::WrongType && fe.limit.as_deref() == Some("syntax") {
                fe.code = ErrorCode::InvalidJson;
                fe.field.clear();
                fe.limit = None;
            }
        }
        e
    })?;
    d.end().map_err(|_| FieldError::new("", ErrorCode::InvalidJson))?;
    Ok(input)
}

/// Maps serde's error text to a code. Our own visitors prefix their codes with `@`.
fn classify(path: String, msg: &str) -> FieldError {
    let path = if path == "." { String::new() } else { path };
    let join = |name: &str| if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
    let quoted = || msg.split('`').nth(1).unwrap_or("").to_string();
    if let Some(rest) = msg.strip_prefix('@') {
        let code = match rest.split(' ').next().unwrap_or("") {
            "empty" => ErrorCode::Empty,
            "tooLarge" => ErrorCode::TooLarge,
            "wrongType" => ErrorCode::WrongType,
            _ => ErrorCode::NotANumber,
        };
        return FieldError::new(path, code);
    }
    if msg.starts_with("missing field") {
        FieldError::new(join(&quoted()), ErrorCode::MissingField)
    } else if msg.starts_with("unknown field") {
        // serde_path_to_error already ends the path with the unknown key.
        let name = quoted();
        let field = if path == name || path.ends_with(&format!(".{name}")) { path } else { join(&name) };
        FieldError::new(field, ErrorCode::UnknownField)
    } else if msg.starts_with("unknown variant") {
        FieldError::new(path, ErrorCode::UnknownValue)
    } else if msg.starts_with("invalid type") || msg.starts_with("invalid value") || msg.starts_with("invalid length") {
        FieldError::new(path, ErrorCode::WrongType)
    } else if msg.contains(" at line ") || msg.starts_with("EOF") || msg.starts_with("expected") {
        // serde_json syntax errors ("expected value at line 1 column 3", "EOF while parsing …").
        FieldError::with_limit(path, ErrorCode::WrongType, "syntax")
    } else if msg.contains("recursion limit") || msg.contains("number out of range") {
        FieldError::new(path, ErrorCode::TooLarge)
    } else {
        FieldError::new(path, ErrorCode::WrongType)
    }
}

/// Parses the text of an amount exactly. Spaces (also non-breaking) may group thousands, and a
/// comma may be the decimal mark (Norwegian style: `12 500,50`). Exponents, `NaN`, `Infinity`,
/// and mixed `.`/`,` are rejected.
pub fn parse_amount(s: &str) -> Result<Decimal, ErrorCode> {
    let mut clean = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            ' ' | '\u{a0}' | '\u{202f}' => {}
            ',' => clean.push('.'),
            c => clean.push(c),
        }
    }
    if clean.is_empty() {
        return Err(ErrorCode::Empty);
    }
    let body = clean.strip_prefix('-').unwrap_or(&clean);
    let mut dots = 0;
    let mut digits = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => digits += 1,
            '.' => dots += 1,
            _ => return Err(ErrorCode::NotANumber),
        }
    }
    if digits == 0 || dots > 1 || (s.contains(',') && s.contains('.')) {
        return Err(ErrorCode::NotANumber);
    }
    if digits > 28 {
        return Err(ErrorCode::TooLarge);
    }
    Decimal::from_str(&clean).map_err(|_| ErrorCode::TooLarge)
}

fn code_name(c: ErrorCode) -> &'static str {
    match c {
        ErrorCode::Empty => "@empty",
        ErrorCode::TooLarge => "@tooLarge",
        _ => "@notANumber",
    }
}

struct AmountVisitor;

impl<'de> Visitor<'de> for AmountVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("@wrongType an amount")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_amount(v).map_err(|c| E::custom(code_name(c)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // JSON numbers arrive as f64; their shortest decimal form is what the user wrote.
        if !v.is_finite() {
            return Err(E::custom("@notANumber"));
        }
        self.visit_str(&v.to_string())
    }
}

/// Deserialises an amount (see [`parse_amount`]).
pub fn de_amount<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(AmountVisitor)
}

struct WholeVisitor;

impl<'de> Visitor<'de> for WholeVisitor {
    type Value = i64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("@wrongType a whole number")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        Ok(v)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        i64::try_from(v).map_err(|_| E::custom("@tooLarge"))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        if !v.is_finite() {
            return Err(E::custom("@notANumber"));
        }
        self.visit_str(&v.to_string())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
        let d = parse_amount(v).map_err(|c| E::custom(code_name(c)))?;
        if !d.fract().is_zero() {
            // Marked by a sentinel the validator turns into NotWholeYears.
            return Ok(i64::MIN);
        }
        i64::try_from(d).map_err(|_| E::custom("@tooLarge"))
    }
}

/// Sentinel for an age given with a fraction (validation reports `NotWholeYears`).
pub const NOT_WHOLE: i64 = i64::MIN;

fn de_whole<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(WholeVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_parse_norwegian_and_plain_forms() {
        assert_eq!(parse_amount("12 500,50"), Ok(dec("12500.50")));
        assert_eq!(parse_amount("12\u{a0}500"), Ok(dec("12500")));
        assert_eq!(parse_amount("7850.25"), Ok(dec("7850.25")));
        assert_eq!(parse_amount(" 0 "), Ok(dec("0")));
        assert_eq!(parse_amount("-5"), Ok(dec("-5")));
    }

    #[test]
    fn amounts_reject_what_is_not_a_plain_number() {
        for bad in ["NaN", "Infinity", "-Infinity", "1e5", "1.200,50", "12.5.1", "abc", "-", ".", "1_000", "+5", "0x10"] {
            assert_eq!(parse_amount(bad), Err(ErrorCode::NotANumber), "{bad}");
        }
        assert_eq!(parse_amount(""), Err(ErrorCode::Empty));
        assert_eq!(parse_amount("   "), Err(ErrorCode::Empty));
        assert_eq!(parse_amount(&"9".repeat(40)), Err(ErrorCode::TooLarge));
    }

    #[test]
    fn serde_errors_name_the_field() {
        let e = from_json(r#"{"householdType":"single","adults":[{"age":"x"}]}"#).unwrap_err();
        assert!(e.has("adults[0].age", ErrorCode::NotANumber), "{e:?}");
        let e = from_json(r#"{"householdType":"single","adults":[{}]}"#).unwrap_err();
        assert!(e.has("adults[0].age", ErrorCode::MissingField), "{e:?}");
        let e = from_json(r#"{"householdType":"single","adultz":[]}"#).unwrap_err();
        assert!(e.has("adultz", ErrorCode::UnknownField), "{e:?}");
        let e = from_json(r#"{"householdType":"trio"}"#).unwrap_err();
        assert!(e.has("householdType", ErrorCode::UnknownValue), "{e:?}");
        let e = from_json(r#"{"householdType":"single","expenses":{"housing":{}}}"#).unwrap_err();
        assert!(e.has("expenses.housing", ErrorCode::WrongType), "{e:?}");
        let e = from_json(r#"{"householdType":"single","#).unwrap_err();
        assert!(e.has("", ErrorCode::InvalidJson), "{e:?}");
        let e = from_json(r#"{"householdType":"single"} x"#).unwrap_err();
        assert!(e.has("", ErrorCode::InvalidJson), "{e:?}");
        let e = from_json(r#"{}"#).unwrap_err();
        assert!(e.has("householdType", ErrorCode::MissingField), "{e:?}");
    }
}
