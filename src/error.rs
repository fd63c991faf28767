//! The one error type of the crate: a list of field errors, each naming the field (a JSON path such
//! as `adults[1].age`) and a machine-readable code. The page shows each beside its field through the
//! message catalogue; the CLI prints the list as JSON.

use serde::Serialize;

code_enum! {
    /// What is wrong with a field. Serialised in camelCase (`"ageOutOfRange"`), the key of the message.
    pub enum ErrorCode {
        /// The input is not well-formed JSON (or not valid UTF-8).
        InvalidJson,
        /// A value has the wrong JSON type (e.g. an object where a number was expected).
        WrongType,
        /// A required field is absent.
        MissingField,
        /// A field the format does not know (a typo would otherwise be silently ignored).
        UnknownField,
        /// An enumerated value (household type, income kind) that does not exist.
        UnknownValue,
        /// Text that is not a number (including `NaN`, `Infinity`); `readings` may suggest what was
        /// meant (`9k` → 9000). See [`crate::amount`] for the reading rule.
        NotANumber,
        /// An amount with more than one reading (`12,500`: 12 500 or 12,5?); `readings` lists them.
        AmbiguousAmount,
        /// An empty string where a value was expected.
        Empty,
        /// A negative amount.
        Negative,
        /// A limit of 0 kr (the kommune's housing limit): leave the field out instead.
        ZeroLimit,
        /// More than two decimals (øre) in an amount.
        TooManyDecimals,
        /// An amount or count beyond any real household (the limit is in `limit`).
        TooLarge,
        /// An age that is not a whole number of years.
        NotWholeYears,
        /// An adult's age above 120.
        AgeOutOfRange,
        /// A child's age outside 0–17.
        ChildAgeOutOfRange,
        /// The number of adults does not fit the household type (spouses, and samboere with common
        /// children, need two; others one).
        WrongAdultCount,
        /// A field that does not apply to this household (e.g. `commonChildren` when not samboere).
        NotApplicable,
        /// A part larger than the whole it is part of (barnetrygd on the account above the money on it).
        ExceedsTotal,
        /// More entries in a list than allowed (children, incomes, expenses).
        TooMany,
        /// A text longer than allowed.
        TooLong,
        /// A month not written as `YYYY-MM`.
        MonthMalformed,
        /// A month before the first state table (January 2002).
        MonthBeforeFirstTable,
        /// A month after December 2100.
        MonthTooLate,
        /// A custom rate table list with no tables.
        RatesEmpty,
        /// Custom tables not in chronological order.
        RatesNotOrdered,
        /// Two custom tables cover the same month.
        RatesOverlap,
        /// A month between two custom tables that none covers.
        RatesGap,
        /// A custom table that ends before it starts.
        RatesEndBeforeStart,
        /// The assessed month is not covered by the custom tables.
        MonthNotCovered,
        /// A custom table lacks a rate this household needs (the category is in `field`).
        RateMissing,
        /// A custom table gives child rates twice: its own age bands and the three fixed categories.
        ChildBandsTwice,
        /// A custom table's own child age bands leave an age of 0–17 uncovered, or cover one twice.
        ChildBandsNotCovering,
        /// A sum exceeded the range of exact decimal arithmetic.
        Overflow,
        /// The result could not be handed over (never expected; a bug to report).
        Internal,
    }
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// JSON path of the field, e.g. `children[2].age`; empty for the whole input.
    pub field: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// The limit that was broken, when there is one (e.g. `"120"`), for the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// What an unreadable or ambiguous amount may have meant, as exact decimals (`["12500", "12.5"]`),
    /// most likely first; the page asks «did you mean …?». Empty for other errors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<String>,
}

impl FieldError {
    /// An error without a limit.
    pub fn new(field: impl Into<String>, code: ErrorCode) -> Self {
        FieldError { field: field.into(), code, limit: None, readings: Vec::new() }
    }
    /// An error that names the limit broken.
    pub fn with_limit(field: impl Into<String>, code: ErrorCode, limit: impl ToString) -> Self {
        FieldError { field: field.into(), code, limit: Some(limit.to_string()), readings: Vec::new() }
    }
}

/// All problems found in one input (never empty when returned as an error).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputErrors {
    /// The problems, in the order of the fields.
    pub errors: Vec<FieldError>,
}

impl InputErrors {
    /// Whether `field` has an error with `code` (convenient in tests).
    pub fn has(&self, field: &str, code: ErrorCode) -> bool {
        self.errors.iter().any(|e| e.field == field && e.code == code)
    }
}

impl From<FieldError> for InputErrors {
    fn from(e: FieldError) -> Self {
        InputErrors { errors: vec![e] }
    }
}

impl core::fmt::Display for InputErrors {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {:?}", if e.field.is_empty() { "(input)" } else { &e.field }, e.code)?;
        }
        Ok(())
    }
}

impl std::error::Error for InputErrors {}
