//! Calendar months (`YYYY-MM`), the unit in which rules and rates take effect.
//!
//! Every guideline table and every rule change in the reference takes effect on the first day of a
//! month, so a month is precise enough and keeps dates free of day-of-month arithmetic.

use core::fmt;
use serde::{Serialize, Serializer};

/// A calendar month, ordered chronologically. Serialised as `"YYYY-MM"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Calendar year, 1000–9999.
    pub year: u16,
    /// Month of the year, 1–12.
    pub month: u8,
}

impl YearMonth {
    /// Builds a month; `None` unless `1 <= month <= 12` and the year has four digits.
    pub const fn new(year: u16, month: u8) -> Option<Self> {
        if month >= 1 && month <= 12 && year >= 1000 && year <= 9999 {
            Some(YearMonth { year, month })
        } else {
            None
        }
    }

    /// The following month (saturating at 9999-12).
    pub fn next(self) -> Self {
        match self.month {
            12 if self.year < 9999 => YearMonth { year: self.year + 1, month: 1 },
            12 => self,
            m => YearMonth { year: self.year, month: m + 1 },
        }
    }

    /// Parses exactly `YYYY-MM` (what `<input type="month">` gives); anything else is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        let b = s.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return None;
        }
        let digits = |r: core::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        Self::new(year, month)
    }
}

/// Shorthand for writing effective dates in rule tables; only valid literals are written there
/// (checked by the tests), so the `const` panic can never be reached at run time.
pub(crate) const fn ym(year: u16, month: u8) -> YearMonth {
    match YearMonth::new(year, month) {
        Some(m) => m,
        None => panic!("invalid month literal in a rule table"),
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_months() {
        assert_eq!(YearMonth::parse("2024-01"), Some(ym(2024, 1)));
        assert_eq!(YearMonth::parse("2022-12"), Some(ym(2022, 12)));
        assert_eq!(ym(2022, 9).to_string(), "2022-09");
    }

    #[test]
    fn rejects_malformed_months() {
        for bad in ["", "2024", "2024-1", "2024-13", "2024-00", "24-01-01", "2024/01", "２０２４-01", "abcd-ef", "0999-01", "2024-01 "] {
            assert_eq!(YearMonth::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(ym(2022, 8) < ym(2022, 9));
        assert!(ym(2021, 12) < ym(2022, 1));
    }
}
