//! How an amount is read: one rule for the page, the JS API and the CLI.
//!
//! People write kroner the Norwegian way, and the tool must never turn «12.500» into 12,50 kr. The
//! rule for **text** (a JSON string, or what someone typed into the page):
//!
//! | written                               | read as        | why |
//! |---------------------------------------|----------------|-----|
//! | `12500`, `12 500`, `1 234 567`        | 12 500 …       | spaces group thousands (also no-break and thin spaces) |
//! | `12.500`, `1.234.567`                 | 12 500 …       | dots group thousands, as in Norwegian |
//! | `12 500,50`, `12.500,50`, `12,5`      | 12 500,50 …    | a comma is the decimal mark |
//! | `7850.25`, `12.5`                     | 7 850,25, 12,5 | one dot *not* followed by exactly three digits is a decimal point |
//! | `1,234,567`, `1,234.50`               | 1 234 567 …    | several commas, or a comma before the decimal point, can only group |
//! | `kr 12 500`, `12 500 kr`, `NOK 12500` | 12 500         | the currency is allowed before or after |
//! | `12 500,-`                            | 12 500         | «,-» means whole kroner |
//! | `-5`, `−5`                            | −5             | read; the checks of the field then say an amount cannot be negative |
//!
//! What has more than one reading is an error with the readings as suggestions, never a guess:
//! `12,500` (12 500 or 12,5?), `12 50` (1 250 or 12,50?). What cannot be read is an error too, with a
//! suggestion where one is obvious (`9k` → «did you mean 9 000?»); `12.5.0`, `1.23.456` and `abc` have
//! none. Groups after the first must have exactly three digits.
//!
//! **Numbers** (a JSON number, or a JS number passed to the wasm API) are not text a person typed:
//! they are read by the machine rule, `-?digits(.digits)?`, where the dot is always the decimal point
//! (`12.500` as a JSON number is twelve and a half, as JSON defines it).
//!
//! Zeros beyond the øre say nothing and are dropped (`7 950,000` → 7 950); real extra decimals stay,
//! so the field check can report them. Nothing here uses floating point.

use crate::error::ErrorCode;
use rust_decimal::Decimal;

/// Why a text is not an amount, with the readings a person may have meant (as exact decimals).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// `notANumber`, `ambiguousAmount`, `empty`, `tooLarge` or `tooManyDecimals`.
    pub code: ErrorCode,
    /// Suggestions, most likely first; empty when there is no sensible one.
    pub readings: Vec<Decimal>,
}

impl Unreadable {
    fn new(code: ErrorCode) -> Self {
        Unreadable { code, readings: Vec::new() }
    }
    fn suggest(code: ErrorCode, readings: Vec<Decimal>) -> Self {
        let mut unique: Vec<Decimal> = Vec::with_capacity(readings.len());
        for r in readings {
            if !unique.contains(&r) {
                unique.push(r);
            }
        }
        Unreadable { code, readings: unique }
    }
}

impl From<ErrorCode> for Unreadable {
    fn from(code: ErrorCode) -> Self {
        Unreadable::new(code)
    }
}

/// Reads an amount written by a person (see the module documentation for the rule).
pub fn read_text(text: &str) -> Result<Decimal, Unreadable> {
    // The common spellings read without the general rule's copy: native only (the batch's speed);
    // the first screen's wasm does without it (its size budget). Same values (tests below).
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(d) = read_common(text.as_bytes()) {
        return Ok(d);
    }
    let b = normalize(text);
    let b = strip_currency(trim(&b));
    if b.is_empty() {
        return Err(if text.trim().is_empty() { ErrorCode::Empty } else { ErrorCode::NotANumber }.into());
    }
    let (negative, body) = match b.split_first() {
        Some((b'-', rest)) => (true, trim(rest)),
        _ => (false, b),
    };
    let value = read_unsigned(body)?;
    Ok(if negative { -value } else { value })
}

/// The common spellings, read without the general rule's copy: digits without a leading zero,
/// grouped by single spaces or not («12500», «12 500»), and one or two decimals after a comma or a
/// dot («12 500,50», «7850.25»), at most 18 digits. The same value and scale the rule gives (tests:
/// `common_spellings_as_the_rule_reads_them`); `None` leaves anything else to the rule.
#[cfg(not(target_arch = "wasm32"))]
fn read_common(b: &[u8]) -> Option<Decimal> {
    if !matches!(b.first(), Some(b'1'..=b'9')) {
        return None;
    }
    let (mut n, mut digits, mut groups, mut group) = (0i64, 0u32, 1u32, 0u32);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' if digits < 18 => {
                n = n * 10 + i64::from(c - b'0');
                digits += 1;
                group += 1;
            }
            b'0'..=b'9' => return None,
            // Groups of thousands: the first has 1–3 digits, every later one exactly 3.
            b' ' if group == 3 || (groups == 1 && group < 3) => {
                groups += 1;
                group = 0;
            }
            _ => break,
        }
        i += 1;
    }
    if groups > 1 && group != 3 {
        return None;
    }
    let scale = match b.get(i..)? {
        [] => 0,
        [b'.' | b',', frac @ ..] if (1..=2).contains(&frac.len()) && frac.iter().all(u8::is_ascii_digit) && digits as usize + frac.len() <= 18 => {
            for &d in frac {
                n = n * 10 + i64::from(d - b'0');
            }
            frac.len() as u32
        }
        _ => return None,
    };
    Some(Decimal::new(n, scale))
}

/// Reads a number given as a number (JSON or JS), whose text is `-?digits(.digits)?`.
pub fn read_number(text: &str) -> Result<Decimal, Unreadable> {
    let b = text.as_bytes();
    let (negative, body) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let (int, frac) = match body.iter().position(|&c| c == b'.') {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, &[][..]),
    };
    let digits = |p: &[u8]| !p.is_empty() && p.iter().all(u8::is_ascii_digit);
    if !digits(int) || (body.len() > int.len() && !digits(frac)) {
        return Err(ErrorCode::NotANumber.into());
    }
    let value = decimal(int, frac)?;
    Ok(if negative { -value } else { value })
}

/// Reads a whole number of years written by a person or given as a number: digits, optionally
/// followed by a decimal part of zeros (`30`, `30,0`, `30.0`). Anything else is `notWholeYears`,
/// whose message asks for whole years (an age field never suggests a money format).
pub fn read_whole_years(text: &str, is_number: bool) -> Result<i64, ErrorCode> {
    // Plain digits without a leading zero («40»), read without the general rule's copy (native
    // only, as in `read_text`).
    #[cfg(not(target_arch = "wasm32"))]
    {
        let plain = text.as_bytes();
        if (1..=18).contains(&plain.len()) && plain[0] != b'0' && plain.iter().all(u8::is_ascii_digit) {
            return Ok(plain.iter().fold(0i64, |n, &d| n * 10 + i64::from(d - b'0')));
        }
    }
    let b = normalize(text);
    let t = trim(&b);
    if t.is_empty() {
        return Err(ErrorCode::Empty);
    }
    let (negative, body) = match t.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, t),
    };
    let (int, frac) = match body.iter().position(|&c| c == b'.' || (c == b',' && !is_number)) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, &[][..]),
    };
    if int.is_empty() || !int.iter().all(u8::is_ascii_digit) || !frac.iter().all(|&c| c == b'0') {
        return Err(ErrorCode::NotWholeYears);
    }
    let mut magnitude: i128 = 0;
    for &d in int {
        magnitude = magnitude.checked_mul(10).and_then(|m| m.checked_add(i128::from(d - b'0'))).ok_or(ErrorCode::TooLarge)?;
    }
    i64::try_from(if negative { -magnitude } else { magnitude }).map_err(|_| ErrorCode::TooLarge)
}

/// The text as ASCII bytes the rule looks at: no-break, narrow and thin spaces become a space, the
/// minus sign and dashes become `-`, letters become lower case, anything else outside ASCII `?`.
fn normalize(text: &str) -> Normalized {
    let mut n = Normalized { buf: [0; 48], len: 0, heap: Vec::new() };
    for c in text.chars() {
        let b = match c {
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t' => b' ',
            '\u{2212}' | '\u{2013}' | '\u{2014}' => b'-',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => b'?',
        };
        if n.heap.is_empty() && n.len < n.buf.len() {
            n.buf[n.len] = b;
            n.len += 1;
        } else {
            if n.heap.is_empty() {
                n.heap.extend_from_slice(&n.buf[..n.len]);
            }
            n.heap.push(b);
        }
    }
    n
}

/// [`normalize`]'s bytes: on the stack when the text is short (every real amount), else on the heap.
struct Normalized {
    buf: [u8; 48],
    len: usize,
    heap: Vec<u8>,
}

impl std::ops::Deref for Normalized {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        if self.heap.is_empty() { &self.buf[..self.len] } else { &self.heap }
    }
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|&c| c != b' ').unwrap_or(b.len());
    let end = b.iter().rposition(|&c| c != b' ').map_or(start, |i| i + 1);
    &b[start..end]
}

/// Removes a currency before or after the number (`kr`, `kr.`, `kroner`, `NOK`, any case) and the
/// «whole kroner» mark `,-` (also `.-` and with a dash).
fn strip_currency(b: &[u8]) -> &[u8] {
    const WORDS: [&[u8]; 4] = [b"kroner", b"kr.", b"kr", b"nok"];
    let number_edge = |c: Option<&u8>| matches!(c, Some(b' ' | b'-' | b'0'..=b'9'));
    let mut b = b;
    for w in WORDS {
        // «kr12» and «kr 12» are currency; «krone» is not a number anyway.
        if b.starts_with(w) && number_edge(b.get(w.len())) {
            b = trim(&b[w.len()..]);
            break;
        }
    }
    for _ in 0..2 {
        for w in WORDS {
            if b.len() > w.len() && b.ends_with(w) && number_edge(b.get(b.len() - w.len() - 1)) {
                b = trim(&b[..b.len() - w.len()]);
                break;
            }
        }
        if b.ends_with(b",-") || b.ends_with(b".-") {
            b = trim(&b[..b.len() - 2]);
        }
    }
    b
}

/// The digits of a number and the separators between them: `groups[i]` and `groups[i + 1]` are
/// separated by `seps[i]` (`b' '`, `b'.'` or `b','`).
fn read_unsigned(body: &[u8]) -> Result<Decimal, Unreadable> {
    let mut groups: Vec<&[u8]> = Vec::new();
    let mut seps: Vec<u8> = Vec::new();
    let mut start = 0;
    for (i, &c) in body.iter().enumerate() {
        match c {
            b'0'..=b'9' => continue,
            b'.' | b',' | b' ' if i > start => {
                groups.push(&body[start..i]);
                seps.push(c);
                start = i + 1;
            }
            // Two separators in a row, or a separator first: «12..5», «,5», «12 ,5».
            b'.' | b',' | b' ' => return Err(ErrorCode::NotANumber.into()),
            _ => return Err(with_thousands_hint(body)),
        }
    }
    if start == body.len() {
        return Err(ErrorCode::NotANumber.into()); // ends with a separator
    }
    groups.push(&body[start..]);

    let count = |sep: u8| seps.iter().filter(|&&s| s == sep).count();
    let (dots, commas) = (count(b'.'), count(b','));
    let last = seps.last().copied();
    let nonzero = |g: &[u8]| g.iter().any(|&d| d != b'0');
    // Which mark is the decimal one, if any.
    let decimal_mark = match (dots, commas) {
        (0, 0) => None,
        (0, 1) => {
            // «12,500»: twelve and a half in Norwegian, twelve thousand five hundred in English. Only
            // when the comma is the one separator and what stands before it could be a first group of
            // thousands; «1234,500» and «1 234,500» can only be decimals.
            if seps.len() == 1 && groups[1].len() == 3 && groups[0].len() <= 3 && nonzero(groups[0]) {
                let readings = [decimal_groups(&groups, b""), decimal(groups[0], groups[1])];
                return Err(Unreadable::suggest(ErrorCode::AmbiguousAmount, readings.into_iter().filter_map(Result::ok).collect()));
            }
            Some(b',')
        }
        (_, 0) if dots >= 2 => None, // «1.234.567»: dots group
        (1, 0) => {
            // «12.500» groups thousands; «7850.25» and «0.500» have a decimal point.
            let lead = groups[groups.len() - 2];
            let thousands = last == Some(b'.') && groups[groups.len() - 1].len() == 3 && lead.len() <= 3 && nonzero(lead);
            if thousands { None } else { Some(b'.') }
        }
        (0, _) => None, // «1,234,567»: several commas can only group
        _ => {
            // Both: the last one is the decimal mark and must occur once («1.234,50», «1,234.50»).
            let mark = seps.iter().rev().copied().find(|&s| s != b' ');
            if count(mark.unwrap_or(b' ')) != 1 || last != mark {
                return Err(ErrorCode::NotANumber.into());
            }
            mark
        }
    };

    let (int_groups, int_seps, frac): (&[&[u8]], &[u8], &[u8]) = match decimal_mark {
        // The decimal mark must be the last separator: «12,50 0» is not a number.
        Some(mark) if last != Some(mark) => return Err(ErrorCode::NotANumber.into()),
        Some(_) => (&groups[..groups.len() - 1], &seps[..seps.len() - 1], groups[groups.len() - 1]),
        None => (&groups[..], &seps[..], &[][..]),
    };

    // Thousands groups: the first has 1–3 digits, every later one exactly 3.
    let well_grouped = int_seps.is_empty() || (int_groups[0].len() <= 3 && int_groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        if int_seps.iter().all(|&s| s == b' ') {
            // «12 50»: 1 250, or 12,50 with a space for a comma?
            let mut readings = vec![decimal_groups(int_groups, frac)];
            if int_seps.len() == 1 && frac.is_empty() && int_groups[1].len() <= 2 {
                readings.push(decimal(int_groups[0], int_groups[1]));
            }
            return Err(Unreadable::suggest(ErrorCode::AmbiguousAmount, readings.into_iter().filter_map(Result::ok).collect()));
        }
        return Err(ErrorCode::NotANumber.into());
    }
    // Dots and commas as group marks must not mix with each other.
    let mut marks = int_seps.iter().filter(|&&s| s != b' ');
    if let Some(first) = marks.next() {
        if marks.any(|s| s != first) {
            return Err(ErrorCode::NotANumber.into());
        }
    }
    decimal_groups(int_groups, frac).map_err(Unreadable::from)
}

/// «9k»: not a number, but a suggestion for «k» (thousands).
fn with_thousands_hint(body: &[u8]) -> Unreadable {
    if let Some(num) = body.strip_suffix(b"k") {
        // × 1000 on the mantissa (no decimal multiplication code in the wasm module).
        if let Ok(d) = read_unsigned(trim(num)) {
            if let Some(thousands) = d.mantissa().checked_mul(1000).and_then(|m| Decimal::try_from_i128_with_scale(m, d.scale()).ok()) {
                return Unreadable::suggest(ErrorCode::NotANumber, vec![thousands.normalize()]);
            }
        }
    }
    Unreadable::new(ErrorCode::NotANumber)
}

/// The groups' digits, in order, as the integer part, and `frac` as the decimals.
fn decimal_groups(groups: &[&[u8]], frac: &[u8]) -> Result<Decimal, ErrorCode> {
    // The digits side by side on the stack when they fit (every real amount), else on the heap.
    let len: usize = groups.iter().map(|g| g.len()).sum();
    let mut buf = [0u8; 40];
    let mut heap = Vec::new();
    let int: &mut [u8] = if len <= buf.len() {
        &mut buf[..len]
    } else {
        heap.resize(len, 0);
        &mut heap
    };
    let mut at = 0;
    for g in groups {
        int[at..at + g.len()].copy_from_slice(g);
        at += g.len();
    }
    decimal(int, frac)
}

/// `int.frac` as an exact decimal. More than 28 significant integer digits is too large for any
/// [`Decimal`]; more than 28 digits in all with over two decimals is too many decimals. Zeros
/// beyond the øre are dropped (`100,000` read as a decimal is 100).
fn decimal(int: &[u8], frac: &[u8]) -> Result<Decimal, ErrorCode> {
    let int = &int[int.iter().position(|&d| d != b'0').unwrap_or(int.len())..];
    if int.len() > 28 {
        return Err(ErrorCode::TooLarge);
    }
    if int.len() + frac.len() > 28 {
        return Err(if frac.len() > 2 { ErrorCode::TooManyDecimals } else { ErrorCode::TooLarge });
    }
    let mut mantissa: i128 = 0;
    for &d in int.iter().chain(frac) {
        mantissa = mantissa * 10 + i128::from(d - b'0');
    }
    let d = Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).map_err(|_| ErrorCode::TooLarge)?;
    Ok(if d.scale() > 2 && d.normalize().scale() <= 2 { d.normalize() } else { d })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn plain_years_as_the_rule_reads_them() {
        for t in ["1", "9", "17", "40", "130", "999999999999999999"] {
            let rule = trim(&normalize(t)).iter().fold(0i128, |n, &d| n * 10 + i128::from(d - b'0'));
            for is_number in [true, false] {
                assert_eq!(i128::from(read_whole_years(t, is_number).unwrap()), rule, "{t}");
            }
        }
    }

    #[test]
    fn common_spellings_as_the_rule_reads_them() {
        // The fast path of read_text against the general rule (normalize, strip, read_unsigned):
        // the same value and scale where it reads a text, and the rule's answer (value or error)
        // for every text it leaves alone.
        let rule = |t: &str| read_unsigned(strip_currency(trim(&normalize(t))));
        let mut texts: Vec<String> = ["1", "9", "10", "12500", "999999999999999999", "100000", "4000", "123456789012345678"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // Every spelling from a few digits, separators and endings, read or not.
        let heads = ["1", "12", "123", "1234", "12345", "0", "01", "10", "100", "9999999999999999", "99999999999999999", "999999999999999999", "1999999999999999999"];
        let middles = ["", " 000", " 500", " 50", " 5000", " 500 000", " 1 000", "  500", " ", " 5 000"];
        let tails = ["", ".5", ",5", ".50", ",50", ".00", ",00", ".500", ",500", ".", ",", ",-", ".5000", ",5 0", "a", " ", ".5.", ",05", ".0"];
        for h in heads {
            for m in middles {
                for t in tails {
                    texts.push(format!("{h}{m}{t}"));
                }
            }
        }
        let mut fast_count = 0;
        for t in &texts {
            let full = match rule(t) {
                Ok(d) if t.starts_with('-') => Ok(-d),
                r => r,
            };
            if let Some(fast) = read_common(t.as_bytes()) {
                fast_count += 1;
                let slow = full.clone().unwrap_or_else(|e| panic!("{t:?}: fast {fast}, rule {e:?}"));
                assert_eq!((fast, fast.scale()), (slow, slow.scale()), "{t:?}");
            }
            let got = read_text(t).map(|d| (d, d.scale()));
            assert_eq!(got, full.map(|d| (d, d.scale())), "{t:?}");
        }
        assert!(fast_count > 100, "{fast_count}");
    }

    fn ok(text: &str) -> String {
        match read_text(text) {
            Ok(d) => d.to_string(),
            Err(e) => panic!("{text:?}: {e:?}"),
        }
    }

    fn err(text: &str) -> (ErrorCode, Vec<String>) {
        match read_text(text) {
            Ok(d) => panic!("{text:?} was read as {d}"),
            Err(e) => (e.code, e.readings.iter().map(|r| r.to_string()).collect()),
        }
    }

    #[test]
    fn norwegian_spellings() {
        assert_eq!(ok("12500"), "12500");
        assert_eq!(ok("12 500"), "12500");
        assert_eq!(ok("12\u{a0}500"), "12500");
        assert_eq!(ok("12.500"), "12500");
        assert_eq!(ok("1.234.567"), "1234567");
        assert_eq!(ok("12 500,50"), "12500.50");
        assert_eq!(ok("12.500,50"), "12500.50");
        assert_eq!(ok("12,5"), "12.5");
        assert_eq!(ok("kr 12 500"), "12500");
        assert_eq!(ok("Kr. 12 500"), "12500");
        assert_eq!(ok("12 500 kr"), "12500");
        assert_eq!(ok("12 500,-"), "12500");
        assert_eq!(ok("12 500,- kr"), "12500");
        assert_eq!(ok("NOK 9000"), "9000");
        assert_eq!(ok("9000 kroner"), "9000");
        assert_eq!(ok("7850.25"), "7850.25");
        assert_eq!(ok("0.500"), "0.5");
        assert_eq!(ok("1,234,567"), "1234567");
        assert_eq!(ok("1,234.50"), "1234.50");
        assert_eq!(ok("-5"), "-5");
        assert_eq!(ok("−5"), "-5");
        assert_eq!(ok("7 950,000"), "7950");
    }

    #[test]
    fn what_is_ambiguous_or_unreadable_is_an_error_with_suggestions() {
        assert_eq!(err("12,500"), (ErrorCode::AmbiguousAmount, vec!["12500".into(), "12.5".into()]));
        assert_eq!(err("12 50"), (ErrorCode::AmbiguousAmount, vec!["1250".into(), "12.50".into()]));
        assert_eq!(err("9k"), (ErrorCode::NotANumber, vec!["9000".into()]));
        assert_eq!(err("12.5.0"), (ErrorCode::NotANumber, vec![]));
        assert_eq!(err("1.23.456"), (ErrorCode::NotANumber, vec![]));
        assert_eq!(err("abc"), (ErrorCode::NotANumber, vec![]));
        assert_eq!(err("12..5"), (ErrorCode::NotANumber, vec![]));
        assert_eq!(err(""), (ErrorCode::Empty, vec![]));
        assert_eq!(err("kr"), (ErrorCode::NotANumber, vec![]));
        assert_eq!(err("1e5"), (ErrorCode::NotANumber, vec![]));
    }

    #[test]
    fn numbers_use_the_machine_rule() {
        assert_eq!(read_number("12.500").map(|d| d.to_string()), Ok("12.5".into()));
        assert_eq!(read_number("-0.01").map(|d| d.to_string()), Ok("-0.01".into()));
        assert_eq!(read_number("1e5").map_err(|e| e.code), Err(ErrorCode::NotANumber));
        assert_eq!(read_number("NaN").map_err(|e| e.code), Err(ErrorCode::NotANumber));
    }

    #[test]
    fn whole_years() {
        assert_eq!(read_whole_years("30", false), Ok(30));
        assert_eq!(read_whole_years(" 30,0 ", false), Ok(30));
        assert_eq!(read_whole_years("30.0", true), Ok(30));
        assert_eq!(read_whole_years("30,5", false), Err(ErrorCode::NotWholeYears));
        assert_eq!(read_whole_years("tretti", false), Err(ErrorCode::NotWholeYears));
        assert_eq!(read_whole_years("-7", true), Ok(-7));
        assert_eq!(read_whole_years("9223372036854775807", true), Ok(i64::MAX));
        assert_eq!(read_whole_years("99999999999999999999", true), Err(ErrorCode::TooLarge));
    }

    #[test]
    fn limits() {
        assert_eq!(read_text(&"9".repeat(28)), Ok(Decimal::from_str(&"9".repeat(28)).unwrap()));
        assert_eq!(read_text(&"9".repeat(29)).map_err(|e| e.code), Err(ErrorCode::TooLarge));
        assert_eq!(read_text(&format!("0,{}1", "0".repeat(28))).map_err(|e| e.code), Err(ErrorCode::TooManyDecimals));
    }
}
