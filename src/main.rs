//! Native CLI over the same core as the page: a household as JSON in (file or stdin), the estimate
//! with its explanation as JSON out. Bad input: a JSON `{"errors": [...]}` on stdout and exit code 2.
//!
//! ```text
//! sosialhjelp [--today YYYY-MM] [FILE | -]
//! sosialhjelp --batch [--today YYYY-MM] [FILE | -]
//! sosialhjelp --sources
//! ```
//!
//! The estimate names its legal sources by id (`"source": "sotjl18"`); the single-household output
//! adds `"sources": {id: {reference, url}}` for the ids it used, `--batch` leaves them out (one table
//! for all is `--sources`, which the page's build writes to `dist/sources.json`).
//!
//! `--batch` reads JSON lines (one household per line) and writes one compact JSON line per input
//! line, in order, streaming with constant memory: `{"line":N,"estimate":{…}}` or
//! `{"line":N,"errors":[…]}`. Blank lines are skipped. A summary goes to stderr; the exit code is 0
//! when the input could be read, even if some lines had errors.

use sosialhjelp::source::{Source, SourceId};
use sosialhjelp::{estimate_json, ErrorCode, FieldError, InputErrors, YearMonth};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: sosialhjelp [--batch] [--today YYYY-MM] [FILE | -]\n\
Reads a household as JSON (see README) and prints the estimate as JSON.\n\
--batch          JSON lines in (one household per line), one JSON line out per household\n\
--sources        print every legal source the rules cite: {id: {reference, url}}\n\
--today YYYY-MM  month used when the input has no \"month\" (default: the current month, UTC)\n";

/// The current month in UTC, from the system clock (civil-from-days, proleptic Gregorian).
fn current_month() -> YearMonth {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    YearMonth::new(year as u16, month as u8).unwrap_or(YearMonth { year: 2026, month: 1 })
}

fn print_json<T: serde::Serialize>(value: &T) {
    let mut out = std::io::stdout().lock();
    let _ = serde_json::to_writer_pretty(&mut out, value);
    let _ = writeln!(out);
}

/// Every source by its id, as the estimate names them.
fn sources_table() -> BTreeMap<String, Source> {
    SourceId::ALL
        .iter()
        .filter_map(|&id| match serde_json::to_value(id) {
            Ok(serde_json::Value::String(name)) => Some((name, id.source())),
            _ => None,
        })
        .collect()
}

/// The sources an estimate names (every `"source"` id in it), for the single-household output.
fn sources_used(value: &serde_json::Value, table: &BTreeMap<String, Source>, out: &mut BTreeMap<String, Source>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("source", serde_json::Value::String(id)) => {
                        if let Some(s) = table.get(id) {
                            out.insert(id.clone(), *s);
                        }
                    }
                    _ => sources_used(v, table, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| sources_used(v, table, out)),
        _ => {}
    }
}

fn fail(errors: InputErrors) -> ExitCode {
    print_json(&errors);
    ExitCode::from(2)
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum BatchLine<'a> {
    Ok { line: u64, estimate: &'a sosialhjelp::Estimate },
    Err { line: u64, errors: &'a [FieldError] },
}

/// Streams JSON lines: one household in, one result out, constant memory.
fn batch(input: Box<dyn std::io::BufRead>, today: YearMonth) -> ExitCode {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut ok, mut bad) = (0u64, 0u64);
    let mut buf = Vec::new();
    let mut input = input;
    let mut n = 0u64;
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("sosialhjelp: cannot read input: {e}");
                return ExitCode::from(66);
            }
        }
        n += 1;
        let text = String::from_utf8_lossy(&buf);
        if text.trim().is_empty() {
            continue;
        }
        let result = match core::str::from_utf8(&buf) {
            Ok(s) => estimate_json(s, today),
            Err(_) => Err(FieldError::new("", ErrorCode::InvalidJson).into()),
        };
        let written = match &result {
            Ok(e) => {
                ok += 1;
                serde_json::to_writer(&mut out, &BatchLine::Ok { line: n, estimate: e })
            }
            Err(e) => {
                bad += 1;
                serde_json::to_writer(&mut out, &BatchLine::Err { line: n, errors: &e.errors })
            }
        };
        if written.is_err() || out.write_all(b"\n").is_err() {
            return ExitCode::from(74);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(74);
    }
    eprintln!("sosialhjelp: {ok} estimated, {bad} with errors");
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut today = None;
    let mut path = None;
    let mut batch_mode = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--batch" => batch_mode = true,
            "--sources" => {
                print_json(&sources_table());
                return ExitCode::SUCCESS;
            }
            "--today" => match args.next().as_deref().and_then(YearMonth::parse) {
                Some(m) => today = Some(m),
                None => return fail(FieldError::new("--today", ErrorCode::MonthMalformed).into()),
            },
            _ if path.is_none() => path = Some(a),
            _ => {
                eprint!("{USAGE}");
                return ExitCode::from(64);
            }
        }
    }
    let today = today.unwrap_or_else(current_month);
    if batch_mode {
        let reader: Box<dyn std::io::BufRead> = match path.as_deref() {
            None | Some("-") => Box::new(std::io::BufReader::new(std::io::stdin())),
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    eprintln!("sosialhjelp: cannot read input: {e}");
                    return ExitCode::from(66);
                }
            },
        };
        return batch(reader, today);
    }
    let mut bytes = Vec::new();
    let read = match path.as_deref() {
        None | Some("-") => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    };
    if let Err(e) = read {
        eprintln!("sosialhjelp: cannot read input: {e}");
        return ExitCode::from(66);
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return fail(FieldError::new("", ErrorCode::InvalidJson).into());
    };
    match estimate_json(&text, today) {
        Ok(estimate) => {
            let mut value = match serde_json::to_value(&estimate) {
                Ok(v) => v,
                Err(_) => return fail(FieldError::new("", ErrorCode::Overflow).into()),
            };
            let mut used = BTreeMap::new();
            sources_used(&value, &sources_table(), &mut used);
            if let (serde_json::Value::Object(map), Ok(used)) = (&mut value, serde_json::to_value(used)) {
                map.insert("sources".into(), used);
            }
            print_json(&value);
            ExitCode::SUCCESS
        }
        Err(errors) => fail(errors),
    }
}
