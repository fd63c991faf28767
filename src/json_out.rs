//! The estimate and its errors as JSON text, written by hand: the same text `serde_json::to_string`
//! writes from the `Serialize` derives (tests below compare the two on every case file and on
//! generated households), without serde_json's serialiser, which was 8 KB gzip of the first screen's
//! wasm (docs/performance.md). The page's first module uses this; the CLI and the whole API keep
//! serde (their size does not matter, and the derives stay the definition of the format).
//!
//! Only what crosses to the page on every keystroke is here: [`estimate_reply`] and
//! [`amount_reply`]. A new field in one of these types needs a line here too; the comparison tests
//! fail until it has one.

use crate::law::{ChildBand, Confidence, Rates};
use crate::rules::decision::DecisionCheck;
use crate::rules::livsopphold::{Alternative, AmountRange, Estimate, Line, Notice, Outcome, Totals};
use crate::rules::rates::{RateTable, TableCaveat, TableKind};
use crate::{FieldError, InputErrors, YearMonth};
use rust_decimal::Decimal;
use std::fmt::Write;

/// `{"ok":true,"estimate":{…}}` or `{"ok":false,"errors":[…]}`, as the page's `estimate()` returns.
/// The estimate's `decisionCheck` is written when it has one (the whole API's estimate).
pub fn estimate_reply(result: &Result<Estimate, InputErrors>) -> String {
    reply(result, Some(decision_check))
}

/// [`estimate_reply`] for an estimate made without the decision check (the first screen's module,
/// which then carries no code for it).
pub fn estimate_reply_without_decision(result: &Result<Estimate, InputErrors>) -> String {
    reply(result, None)
}

fn reply(result: &Result<Estimate, InputErrors>, decision: Option<fn(&mut String, &DecisionCheck)>) -> String {
    let mut out = String::with_capacity(4096);
    match result {
        Ok(e) => {
            out.push_str(r#"{"ok":true,"estimate":"#);
            estimate(&mut out, e, decision);
            out.push('}');
        }
        Err(e) => errors_reply(&mut out, &e.errors),
    }
    out
}

/// `{"ok":true,"value":"12500"}` or `{"ok":false,"code":…,"readings":[…]}`, as `readAmount()` returns.
pub fn amount_reply(result: &Result<Decimal, crate::amount::Unreadable>) -> String {
    let mut out = String::with_capacity(64);
    match result {
        Ok(d) => {
            out.push_str(r#"{"ok":true,"value":"#);
            display_str(&mut out, d);
            out.push('}');
        }
        Err(e) => {
            out.push_str(r#"{"ok":false,"code":"#);
            code(&mut out, e.code.pascal_name());
            out.push_str(r#","readings":["#);
            for (i, r) in e.readings.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                display_str(&mut out, r);
            }
            out.push_str("]}");
        }
    }
    out
}

fn errors_reply(out: &mut String, errors: &[FieldError]) {
    out.push_str(r#"{"ok":false,"errors":["#);
    for (i, e) in errors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = Obj::new(out);
        o.key("field");
        string(o.out, &e.field);
        o.key("code");
        code(o.out, e.code.pascal_name());
        if let Some(limit) = &e.limit {
            o.key("limit");
            string(o.out, limit);
        }
        if !e.readings.is_empty() {
            o.key("readings");
            o.out.push('[');
            for (j, r) in e.readings.iter().enumerate() {
                if j > 0 {
                    o.out.push(',');
                }
                string(o.out, r);
            }
            o.out.push(']');
        }
        o.end();
    }
    out.push_str("]}");
}

/// An object being written: keys with commas between them.
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }
    fn key(&mut self, k: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(k);
        self.out.push_str("\":");
    }
    fn decimal(&mut self, k: &str, d: Decimal) {
        self.key(k);
        display_str(self.out, &d);
    }
    fn end(self) {
        self.out.push('}');
    }
}

/// A JSON string with serde_json's escapes: `"`, `\`, and control characters (`\n` and the like by
/// name, the rest as `\u00XX`); everything else as it is.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // `get`, not indexing: no panic path (with its formatting code) in the module.
        out.push_str(s.get(start..i).unwrap_or_default());
        if esc.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// A value's `Display` text as a JSON string (decimals, months: text without escapes).
fn display_str(out: &mut String, v: &impl std::fmt::Display) {
    out.push('"');
    let _ = write!(out, "{v}");
    out.push('"');
}

/// A code's serialised name: serde's camelCase of the variant (the first letter lower-cased).
fn code(out: &mut String, pascal: &str) {
    out.push('"');
    if let Some(&first) = pascal.as_bytes().first() {
        out.push(char::from(first.to_ascii_lowercase()));
        out.push_str(pascal.get(1..).unwrap_or_default());
    }
    out.push('"');
}

fn month(out: &mut String, m: YearMonth) {
    display_str(out, &m);
}

fn estimate(out: &mut String, e: &Estimate, decision: Option<fn(&mut String, &DecisionCheck)>) {
    let mut o = Obj::new(out);
    o.key("month");
    month(o.out, e.month);
    o.key("outcome");
    outcome(o.out, e.outcome);
    o.key("totals");
    totals(o.out, &e.totals);
    if let Some(r) = &e.amount_range {
        o.key("amountRange");
        amount_range(o.out, r);
    }
    if let Some(t) = &e.rate_table {
        o.key("rateTable");
        rate_table(o.out, t);
    }
    o.key("lines");
    list(o.out, &e.lines, line);
    if !e.alternatives.is_empty() {
        o.key("alternatives");
        list(o.out, &e.alternatives, alternative);
    }
    o.key("notices");
    list(o.out, &e.notices, notice);
    o.key("guidanceKey");
    string(o.out, &e.guidance_key);
    o.key("documents");
    list(o.out, &e.documents, |out, d| code(out, d.pascal_name()));
    if let (Some(d), Some(write)) = (&e.decision_check, decision) {
        o.key("decisionCheck");
        write(o.out, d);
    }
    o.end();
}

fn decision_check(out: &mut String, d: &DecisionCheck) {
    let mut o = Obj::new(out);
    o.decimal("granted", d.granted);
    o.decimal("estimated", d.estimated);
    o.decimal("difference", d.difference);
    o.key("parts");
    list(o.out, &d.parts, |out, p| {
        let mut o = Obj::new(out);
        o.key("part");
        code(o.out, p.part.pascal_name());
        o.decimal("estimated", p.estimated);
        o.decimal("granted", p.granted);
        o.decimal("difference", p.difference);
        o.end();
    });
    o.key("notes");
    list(o.out, &d.notes, |out, n| {
        let mut o = Obj::new(out);
        o.key("code");
        code(o.out, n.code.pascal_name());
        o.key("source");
        code(o.out, n.source.pascal_name());
        o.end();
    });
    o.end();
}

fn list<T>(out: &mut String, items: &[T], f: fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        f(out, item);
    }
    out.push(']');
}

fn outcome(out: &mut String, o: Outcome) {
    out.push_str(r#"{"kind":"#);
    match o {
        Outcome::Support => out.push_str(r#""support""#),
        Outcome::NoTopUp(r) => {
            out.push_str(r#""noTopUp","reason":"#);
            code(out, r.pascal_name());
        }
        Outcome::CannotEstimate(r) => {
            out.push_str(r#""cannotEstimate","reason":"#);
            code(out, r.pascal_name());
        }
    }
    out.push('}');
}

fn totals(out: &mut String, t: &Totals) {
    let mut o = Obj::new(out);
    o.decimal("need", t.need);
    o.decimal("countedIncome", t.counted_income);
    o.decimal("keptOutIncome", t.kept_out_income);
    o.decimal("ownFunds", t.own_funds);
    o.decimal("difference", t.difference);
    o.decimal("amount", t.amount);
    o.end();
}

fn amount_range(out: &mut String, r: &AmountRange) {
    let mut o = Obj::new(out);
    o.decimal("low", r.low);
    o.decimal("high", r.high);
    o.end();
}

fn rate_table(out: &mut String, t: &RateTable) {
    let mut o = Obj::new(out);
    o.key("kind");
    o.out.push_str(match t.kind {
        TableKind::State => r#""state""#,
        TableKind::Custom => r#""custom""#,
    });
    if let Some(label) = &t.label {
        o.key("label");
        string(o.out, label);
    }
    o.key("effectiveFrom");
    month(o.out, t.effective_from);
    if let Some(r) = t.rundskriv {
        o.key("rundskriv");
        string(o.out, r);
    }
    if let Some(c) = t.confidence {
        o.key("confidence");
        confidence(o.out, c);
    }
    if let Some(s) = t.source {
        o.key("source");
        string(o.out, s);
    }
    if !t.sources.is_empty() {
        o.key("sources");
        list(o.out, &t.sources, |out, s| string(out, s));
    }
    if let Some(c) = t.caveat {
        o.key("caveat");
        match c {
            TableCaveat::GapPeriod { gap_from } => {
                o.out.push_str(r#"{"kind":"gapPeriod","gapFrom":"#);
                month(o.out, gap_from);
                o.out.push('}');
            }
            TableCaveat::Outdated => o.out.push_str(r#"{"kind":"outdated"}"#),
        }
    }
    o.key("rates");
    rates(o.out, &t.rates);
    o.end();
}

fn rates(out: &mut String, r: &Rates) {
    let mut o = Obj::new(out);
    for (k, v) in [("single", r.single), ("couple", r.couple), ("sharedHousing", r.shared_housing)] {
        if let Some(v) = v {
            o.decimal(k, v);
        }
    }
    o.key("children");
    list(o.out, &r.children, child_band);
    o.end();
}

fn child_band(out: &mut String, b: &ChildBand) {
    let _ = write!(out, r#"{{"fromAge":{},"toAge":{},"amount":"{}"}}"#, b.from_age, b.to_age, b.amount);
}

fn line(out: &mut String, l: &Line) {
    let mut o = Obj::new(out);
    o.key("code");
    code(o.out, l.code.pascal_name());
    o.key("group");
    code(o.out, l.group.pascal_name());
    o.decimal("amount", l.amount);
    if let Some(c) = l.category {
        o.key("category");
        code(o.out, c.pascal_name());
    }
    for (k, v) in [("age", l.age), ("fromAge", l.from_age), ("toAge", l.to_age)] {
        if let Some(v) = v {
            o.key(k);
            let _ = write!(o.out, "{v}");
        }
    }
    if let Some(k) = l.income_kind {
        o.key("incomeKind");
        code(o.out, k.pascal_name());
    }
    if let Some(r) = l.income_rule {
        o.key("incomeRule");
        code(o.out, r.pascal_name());
    }
    if let Some(label) = &l.label {
        o.key("label");
        string(o.out, label);
    }
    o.key("source");
    code(o.out, l.source.pascal_name());
    if let Some(c) = l.confidence {
        o.key("confidence");
        confidence(o.out, c);
    }
    o.end();
}

fn confidence(out: &mut String, c: Confidence) {
    out.push_str(match c {
        Confidence::Verified => r#""V""#,
        Confidence::Secondary => r#""V2""#,
        Confidence::Inferred => r#""I""#,
    });
}

fn alternative(out: &mut String, a: &Alternative) {
    let mut o = Obj::new(out);
    o.key("code");
    code(o.out, a.code.pascal_name());
    o.key("outcome");
    outcome(o.out, a.outcome);
    o.key("totals");
    totals(o.out, &a.totals);
    o.end();
}

fn notice(out: &mut String, n: &Notice) {
    let mut o = Obj::new(out);
    o.key("code");
    code(o.out, n.code.pascal_name());
    o.key("source");
    code(o.out, n.source.pascal_name());
    if let Some(m) = n.month {
        o.key("month");
        month(o.out, m);
    }
    o.end();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    /// What serde_json writes for the same reply (the format's definition).
    fn serde_reply(result: &Result<Estimate, InputErrors>) -> String {
        match result {
            Ok(e) => format!(r#"{{"ok":true,"estimate":{}}}"#, serde_json::to_string(e).unwrap()),
            Err(e) => format!(r#"{{"ok":false,"errors":{}}}"#, serde_json::to_string(&e.errors).unwrap()),
        }
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        for s in ["", "a", "\"", "\\", "\n\r\t\u{8}\u{c}", "\u{0}\u{1f}\u{7f}", "æøå «» €", "a\"b\\c\u{1}d", "/"] {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn codes_are_named_as_serde_names_them() {
        fn check<T: serde::Serialize + Copy>(all: &[T], name: fn(T) -> &'static str) {
            for &c in all {
                let mut out = String::new();
                code(&mut out, name(c));
                assert_eq!(out, serde_json::to_string(&c).unwrap());
            }
        }
        use crate::rules::livsopphold::*;
        check(LineCode::ALL, LineCode::pascal_name);
        check(Group::ALL, Group::pascal_name);
        check(Category::ALL, Category::pascal_name);
        check(NoTopUpReason::ALL, NoTopUpReason::pascal_name);
        check(CannotEstimateReason::ALL, CannotEstimateReason::pascal_name);
        check(NoticeCode::ALL, NoticeCode::pascal_name);
        check(AlternativeCode::ALL, AlternativeCode::pascal_name);
        check(ErrorCode::ALL, ErrorCode::pascal_name);
        check(crate::vocab::IncomeKind::ALL, crate::vocab::IncomeKind::pascal_name);
        check(crate::law::IncomeRule::ALL, crate::law::IncomeRule::pascal_name);
        check(crate::law::SourceId::ALL, crate::law::SourceId::pascal_name);
        check(crate::rules::documents::DocumentCode::ALL, crate::rules::documents::DocumentCode::pascal_name);
        check(crate::rules::decision::DecisionPart::ALL, crate::rules::decision::DecisionPart::pascal_name);
        check(crate::rules::decision::DecisionNote::ALL, crate::rules::decision::DecisionNote::pascal_name);
    }

    #[test]
    fn replies_are_what_serde_json_writes() {
        // Every estimate and error case file (tests/cases), in both writers.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
        let mut n = 0;
        for sub in ["estimate", "errors", "guidance"] {
            let Ok(entries) = std::fs::read_dir(format!("{dir}/{sub}")) else { continue };
            for entry in entries.flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                let Ok(case) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
                let raw = match (case.get("input"), case.get("inputText").and_then(|t| t.as_str())) {
                    (Some(input), _) => input.to_string(),
                    (None, Some(text)) => text.to_owned(),
                    _ => continue,
                };
                let today = case.get("today").and_then(|t| t.as_str()).unwrap_or(if sub == "guidance" { "2024-06" } else { "2026-11" });
                let today = YearMonth::new(today[..4].parse().unwrap(), today[5..].parse().unwrap()).unwrap();
                let result = crate::estimate_json(&raw, today);
                assert_eq!(estimate_reply(&result), serde_reply(&result), "{}", entry.path().display());
                n += 1;
            }
        }
        assert!(n > 150, "only {n} case files read");
    }

    #[test]
    fn amount_replies_are_what_serde_json_writes() {
        for text in ["12 500", "12.500", "12,500", "abc", "", "-5", "1,5", "9k", "12 500,50"] {
            let r = crate::amount::read_text(text);
            let want = match &r {
                Ok(d) => serde_json::json!({"ok": true, "value": d.to_string()}).to_string(),
                Err(e) => serde_json::json!({"ok": false, "code": e.code, "readings": e.readings.iter().map(|r| r.to_string()).collect::<Vec<_>>()}).to_string(),
            };
            let got: serde_json::Value = serde_json::from_str(&amount_reply(&r)).unwrap();
            assert_eq!(got, serde_json::from_str::<serde_json::Value>(&want).unwrap(), "{text:?}");
        }
    }
}
