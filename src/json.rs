//! A JSON value that borrows from the text it was parsed from: what the input reader walks, in the
//! CLI and in the browser (the page's object arrives as `JSON.stringify` text). Strings without
//! escapes and every number are `&str` slices of the input. A small parser of its own, so neither
//! the browser nor `--batch` pays for a general one: no floats (a number is kept as its exact text,
//! so `12.50` is never a float), nothing built that the reader does not need.
//!
//! The parser writes a [`Tape`]: the values as a flat list of tokens in document order, an array or
//! object first and its contents after it (an object's entries as key, value, key, value…). The
//! reader walks it through [`Value`]; `--batch` keeps one tape per thread and refills it line after
//! line, so a household is parsed without allocating (the tree of [`Json`], built from a tape, is
//! for callers that want one).
//!
//! It accepts exactly what serde_json accepts (RFC 8259; tested against it in the tests below and in
//! `tests/properties.rs`): the same whitespace, numbers, escapes (a lone surrogate is an error), at
//! most 127 nested arrays and objects, nothing after the value. Of a key given twice, the last
//! counts, as in `serde_json::Value`.

use std::borrow::Cow;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as its exact text.
    Number(&'a str),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object, its entries in order (a repeated key: the last one counts).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// The deepest nesting of arrays and objects accepted (serde_json's recursion limit, 128, counts
/// the level that fails).
const MAX_DEPTH: usize = 127;

impl<'a> Json<'a> {
    /// Parses `text`; `None` when it is not one well-formed JSON value.
    pub fn parse(text: &'a str) -> Option<Json<'a>> {
        Some(Tape::new().parse(text)?.to_json())
    }

    /// Parses UTF-8 `bytes`; `None` when they are not one well-formed JSON value (or not UTF-8).
    pub fn parse_bytes(bytes: &'a [u8]) -> Option<Json<'a>> {
        Json::parse(std::str::from_utf8(bytes).ok()?)
    }

    /// The value of an object's key (the last, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// One token of a [`Tape`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as its exact text.
    Number(&'a str),
    /// A string (also an object's key).
    String(Cow<'a, str>),
    /// An array of `len` items; `size` tokens with this one and its items' (the next `size - 1`).
    Array { size: usize, len: usize },
    /// An object of `len` entries, each a key and a value; `size` tokens with this one.
    Object { size: usize, len: usize },
}

impl Tok<'_> {
    /// How many tokens the value that starts with this one takes.
    fn size(&self) -> usize {
        match self {
            Tok::Array { size, .. } | Tok::Object { size, .. } => *size,
            _ => 1,
        }
    }
}

/// A parsed JSON text as a flat list of [`Tok`]s, reusable for the next text.
#[derive(Clone, Debug, Default)]
pub struct Tape<'a> {
    toks: Vec<Tok<'a>>,
}

impl<'a> Tape<'a> {
    /// An empty tape.
    pub fn new() -> Tape<'a> {
        Tape { toks: Vec::with_capacity(64) }
    }

    /// Parses `text` into the tape (replacing what it held); `None` when it is not one well-formed
    /// JSON value (the tape is then empty).
    pub fn parse(&mut self, text: &'a str) -> Option<Value<'_, 'a>> {
        self.toks.clear();
        let mut p = Parser { s: text, b: text.as_bytes(), i: 0, depth: 0, out: &mut self.toks };
        let ok = p.value().is_some() && {
            p.ws();
            p.i == text.len()
        };
        if !ok {
            self.toks.clear();
            return None;
        }
        self.root()
    }

    /// Parses UTF-8 `bytes` into the tape; `None` when they are not one well-formed JSON value (or
    /// not UTF-8).
    pub fn parse_bytes(&mut self, bytes: &'a [u8]) -> Option<Value<'_, 'a>> {
        self.toks.clear();
        self.parse(std::str::from_utf8(bytes).ok()?)
    }

    /// The value parsed last (`None` when the last text was not well-formed).
    pub fn root(&self) -> Option<Value<'_, 'a>> {
        let size = self.toks.first()?.size();
        Some(Value(self.toks.get(..size)?))
    }
}

/// A value on a [`Tape`]: its tokens (the first is the value's own).
#[derive(Clone, Copy, Debug)]
pub struct Value<'t, 'a>(&'t [Tok<'a>]);

impl<'t, 'a> Value<'t, 'a> {
    /// The value's own token (`Null` for an empty value, which a tape never holds).
    pub fn tok(&self) -> &'t Tok<'a> {
        self.0.first().unwrap_or(&Tok::Null)
    }

    /// An array's items in order (none for any other value).
    pub fn items(&self) -> Items<'t, 'a> {
        match self.0 {
            [Tok::Array { len, .. }, rest @ ..] => Items { rest, left: *len },
            _ => Items { rest: &[], left: 0 },
        }
    }

    /// An object's entries in order, repeated keys included (none for any other value).
    pub fn entries(&self) -> Entries<'t, 'a> {
        match self.0 {
            [Tok::Object { len, .. }, rest @ ..] => Entries { rest, left: *len },
            _ => Entries { rest: &[], left: 0 },
        }
    }

    /// The value of an object's key (the last, if repeated).
    pub fn get(&self, key: &str) -> Option<Value<'t, 'a>> {
        self.entries().filter(|(k, _)| k.as_ref() == key).last().map(|(_, v)| v)
    }

    /// The value as a tree.
    pub fn to_json(&self) -> Json<'a> {
        match self.tok() {
            Tok::Null => Json::Null,
            Tok::Bool(b) => Json::Bool(*b),
            Tok::Number(n) => Json::Number(n),
            Tok::String(s) => Json::String(s.clone()),
            Tok::Array { .. } => Json::Array(self.items().map(|v| v.to_json()).collect()),
            Tok::Object { .. } => Json::Object(self.entries().map(|(k, v)| (k.clone(), v.to_json())).collect()),
        }
    }
}

/// The values that follow each other on a tape, `left` of them.
fn split_value<'t, 'a>(rest: &mut &'t [Tok<'a>]) -> Option<Value<'t, 'a>> {
    let (v, after) = rest.split_at_checked(rest.first()?.size())?;
    *rest = after;
    Some(Value(v))
}

/// An array's items ([`Value::items`]).
#[derive(Clone, Debug)]
pub struct Items<'t, 'a> {
    rest: &'t [Tok<'a>],
    left: usize,
}

impl<'t, 'a> Iterator for Items<'t, 'a> {
    type Item = Value<'t, 'a>;
    fn next(&mut self) -> Option<Value<'t, 'a>> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        split_value(&mut self.rest)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Items<'_, '_> {}

/// An object's entries ([`Value::entries`]).
#[derive(Clone, Debug)]
pub struct Entries<'t, 'a> {
    rest: &'t [Tok<'a>],
    left: usize,
}

impl<'t, 'a> Iterator for Entries<'t, 'a> {
    type Item = (&'t Cow<'a, str>, Value<'t, 'a>);
    fn next(&mut self) -> Option<(&'t Cow<'a, str>, Value<'t, 'a>)> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let [Tok::String(key), rest @ ..] = self.rest else { return None };
        self.rest = rest;
        Some((key, split_value(&mut self.rest)?))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}

struct Parser<'a, 't> {
    /// The text, and the same as bytes: a string is sliced from `s` at its quotes, which are ASCII,
    /// so every slice is valid UTF-8 without checking it again.
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: usize,
    out: &'t mut Vec<Tok<'a>>,
}

/// The index of the first `"`, `\\` or control byte (< 0x20): where a string's plain run ends.
/// Eight bytes at a time (the per-byte test was a tenth of `--batch`), then byte by byte.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn stop_byte(b: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is below `n` (n <= 0x80): the classic "has less" test; the lowest flagged byte
    // is exact (a borrow only flags bytes above a true one, and little-endian order puts those later).
    let below = |x: u64, n: u64| x.wrapping_sub(n * LO) & !x & HI;
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().ok()?);
        let hit = below(w ^ (u64::from(b'"') * LO), 1) | below(w ^ (u64::from(b'\\') * LO), 1) | below(w, 0x20);
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).map(|p| i + p)
}

impl<'a> Parser<'a, '_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    #[inline]
    fn ws(&mut self) {
        // Compact JSON has none: one test for the common case.
        while let Some(&c) = self.b.get(self.i).filter(|&&c| c <= b' ') {
            if !matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                return;
            }
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek() == Some(c)).then(|| self.i += 1)
    }

    fn literal(&mut self, word: &[u8], v: Tok<'a>) -> Option<()> {
        if !self.b[self.i..].starts_with(word) {
            return None;
        }
        self.i += word.len();
        self.out.push(v);
        Some(())
    }

    fn value(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => {
                let s = self.string()?;
                self.out.push(Tok::String(s));
                Some(())
            }
            b't' => self.literal(b"true", Tok::Bool(true)),
            b'f' => self.literal(b"false", Tok::Bool(false)),
            b'n' => self.literal(b"null", Tok::Null),
            b'-' | b'0'..=b'9' => {
                let n = self.number()?;
                self.out.push(Tok::Number(n));
                Some(())
            }
            _ => None,
        }
    }

    /// After an array's or object's opening bracket: one level deeper, and a place for its token
    /// (set by [`Parser::close`] when it ends).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn open(&mut self) -> Option<usize> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.i += 1;
        self.out.push(Tok::Null);
        Some(self.out.len() - 1)
    }

    /// Sets the token of the array or object opened at `at`, `size` tokens with its contents.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn close(&mut self, at: usize, tok: impl FnOnce(usize) -> Tok<'a>) -> Option<()> {
        self.i += 1;
        self.depth -= 1;
        let size = self.out.len() - at;
        *self.out.get_mut(at)? = tok(size);
        Some(())
    }

    fn array(&mut self) -> Option<()> {
        let at = self.open()?;
        self.ws();
        let mut len = 0;
        if self.peek()? != b']' {
            loop {
                self.value()?;
                len += 1;
                self.ws();
                match self.peek()? {
                    b',' => self.i += 1,
                    b']' => break,
                    _ => return None,
                }
            }
        }
        self.close(at, |size| Tok::Array { size, len })
    }

    fn object(&mut self) -> Option<()> {
        let at = self.open()?;
        self.ws();
        let mut len = 0;
        if self.peek()? != b'}' {
            loop {
                self.ws();
                if self.peek()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                self.out.push(Tok::String(key));
                self.ws();
                self.eat(b':')?;
                self.value()?;
                len += 1;
                self.ws();
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        self.close(at, |size| Tok::Object { size, len })
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as its text.
    fn number(&mut self) -> Option<&'a str> {
        let start = self.i;
        let _ = self.eat(b'-');
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b'.').is_some() {
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            self.peek().filter(u8::is_ascii_digit)?;
            self.digits();
        }
        self.s.get(start..self.i)
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
    }

    /// A string at its opening quote; borrowed when it has no escapes.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn string(&mut self) -> Option<Cow<'a, str>> {
        let start = self.i + 1;
        self.i = start + stop_byte(self.b.get(start..)?)?;
        match self.b.get(self.i)? {
            b'"' => {
                let s = self.s.split_at_checked(self.i)?.0.get(start..)?;
                self.i += 1;
                Some(Cow::Borrowed(s))
            }
            b'\\' => self.escaped(start),
            _ => None,
        }
    }

    /// The rest of a string that started at `start` and has an escape at `self.i` (rare: kept out of
    /// the common path).
    #[cold]
    #[inline(never)]
    fn escaped(&mut self, start: usize) -> Option<Cow<'a, str>> {
        // Copy what came before, then decode.
        let mut out: Vec<u8> = self.b[start..self.i].to_vec();
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    // The copied bytes are whole UTF-8 sequences of the text and encoded chars.
                    return String::from_utf8(out).ok().map(Cow::Owned);
                }
                b'\\' => {
                    self.i += 1;
                    let c = self.peek()?;
                    self.i += 1;
                    match c {
                        b'"' | b'\\' | b'/' => out.push(c),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let ch = self.unicode_escape()?;
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return None,
                    }
                }
                0..=0x1f => return None,
                c => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    /// The four hex digits after `\u` (and a low surrogate's after a high one).
    fn hex4(&mut self) -> Option<u32> {
        let digits = self.b.get(self.i..self.i + 4)?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16)?;
        }
        self.i += 4;
        Some(n)
    }

    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                // A high surrogate must be followed by an escaped low one.
                if self.b.get(self.i..self.i + 2)? != b"\\u" {
                    return None;
                }
                self.i += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00))
            }
            0xDC00..=0xDFFF => None,
            n => char::from_u32(n),
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn stop_byte_finds_what_the_byte_by_byte_test_finds() {
        let naive = |b: &[u8]| b.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20);
        // Every stop byte and some bytes around it (below, above, UTF-8), at every position of a run
        // longer than one word.
        let fill = [b'a', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xc3, 0xff, b' ', 0x21, 0x5b, 0x5d];
        for &stop in &[b'"', b'\\', 0x00, 0x01, 0x1f, b'\n'] {
            for &f in &fill {
                for len in 0..20 {
                    for at in 0..=len {
                        let mut b = vec![f; len];
                        if at < len {
                            b[at] = stop;
                        }
                        assert_eq!(stop_byte(&b), naive(&b), "stop {stop:#x} fill {f:#x} len {len} at {at}");
                    }
                }
            }
        }
    }

    use super::*;
    use serde_json::Value;

    /// The same tree as serde_json's `Value` (with `arbitrary_precision`), value for value.
    fn same(j: &Json, v: &Value) -> bool {
        match (j, v) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            // serde_json writes the exponent as `e` with a sign (`1E3` → `1e+3`); the digits are the same.
            (Json::Number(a), Value::Number(b)) => {
                let mut ours = a.replace('E', "e");
                if let Some(at) = ours.find('e').filter(|&at| ours[at + 1..].starts_with(|c: char| c.is_ascii_digit())) {
                    ours.insert(at + 1, '+');
                }
                ours == b.to_string()
            }
            (Json::String(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(_), Value::Object(b)) => b.iter().all(|(k, y)| j.get(k).is_some_and(|x| same(x, y))),
            _ => false,
        }
    }

    #[test]
    fn parses_like_serde_json() {
        for text in [
            r#"{"a":1,"b":[true,false,null],"c":"x\"y\u00e6","d":{"e":-0.10e-3},"a":2}"#,
            r#"{"month":"2024-01","householdType":"single","adults":[{"age":30}],"expenses":{"housing":12.500}}"#,
            r#"[1e400, 18446744073709551616, -0, 0.000000000000000000000000001]"#,
            r#""just a string""#,
            "  {}  ",
        ] {
            let v: Value = serde_json::from_str(text).unwrap();
            let j = Json::parse(text).unwrap();
            assert!(same(&j, &v), "{text}");
        }
        assert_eq!(Json::parse(r#"{"a":1,"a":2}"#).unwrap().get("a"), Some(&Json::Number("2")));
        assert_eq!(Json::parse(r#"{"n":12.50}"#).unwrap().get("n"), Some(&Json::Number("12.50")));
        for bad in ["", "{", "{\"a\":1} x", "[1,]", "{'a':1}", "NaN", &format!("{}{}", "[".repeat(200), "]".repeat(200))] {
            assert!(Json::parse(bad).is_none(), "{bad:?}");
            assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad:?}");
        }
    }

    /// Accepts and rejects exactly what serde_json does, and reads the same values, over edge cases
    /// of every rule (tests/properties.rs adds random texts).
    #[test]
    fn agrees_with_serde_json_on_the_edges() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let mut texts: Vec<String> = [
            "0", "-0", "01", "1.", ".5", "1.5e", "1e+", "1E3", "-", "+1", "1e-7", "00", "-01", "1.0e+00", "123456789012345678901234567890",
            "\"\\u00e6\"", "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\uDE00\"", "\"\\uD83Dx\"", "\"\\uD83D\\u0041\"", "\"\\u00G0\"",
            "\"a\\qb\"", "\"tab\tinside\"", "\"\\/\\b\\f\\n\\r\\t\"", "\"æøå\"", "\"", "\"\\", "tru", "true ", " null", "nul", "falsey",
            "[1,]", "[,1]", "[1 2]", "{\"a\" 1}", "{\"a\":}", "{,}", "{\"a\":1,}", "{1:2}", "{\"a\":1}}", "[]]", "{}", "[]", " [ ] ",
            "\u{feff}{}", "{}\u{0}", "[\"\u{7f}\"]", "\n\r\t{}\n",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend([deep(126), deep(127), deep(128), deep(200)]);
        for text in &texts {
            let ours = Json::parse(text);
            let theirs = serde_json::from_str::<Value>(text);
            assert_eq!(ours.is_some(), theirs.is_ok(), "{text:?}: ours {ours:?}, serde_json {theirs:?}");
            if let (Some(j), Ok(v)) = (&ours, &theirs) {
                assert!(same(j, v), "{text:?}");
            }
        }
        // Bytes that are not UTF-8 inside a string.
        assert!(Json::parse_bytes(b"\"\xff\"").is_none());
        assert!(serde_json::from_slice::<Value>(b"\"\xff\"").is_err());
    }
}
