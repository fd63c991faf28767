//! Native CLI over the same core as the page: a household as JSON in (file or stdin), the estimate
//! with its explanation as JSON out. Bad input: a JSON `{"errors": [...]}` on stdout and exit code 2.
//!
//! ```text
//! sosialhjelp [--today YYYY-MM] [FILE | -]            one household: estimate, guidance, sources
//! sosialhjelp --quick [--today YYYY-MM] [FILE | -]    the volunteer's quick check
//! sosialhjelp --what-if AMOUNT [--today YYYY-MM] [FILE | -]  the estimate against extra work income
//! sosialhjelp --batch [--output full|totals|csv] [--jobs N] [--today YYYY-MM] [FILE | -]
//! sosialhjelp --sources                               every legal source by id
//! sosialhjelp --schema                                the input vocabulary, limits and codes
//! ```
//!
//! The estimate names its legal sources by id (`"source": "sotjl18"`); the single-household output
//! adds `"guidance"` and `"sources": {id: {reference, url}}` for the ids it used. `--batch` leaves
//! both out (one table for all is `--sources`, which the page's build writes to `dist/sources.json`).
//!
//! `--batch` reads JSON lines (one household per line) and writes one line per input line, in
//! order, streaming with bounded memory (blocks of [`BLOCK`] bytes, estimated in chunks of [`CHUNK`] lines
//! taken in turn by `--jobs` threads,
//! default: every core). `--output full` (the default) writes `{"line":N,"estimate":{…}}`;
//! `totals` writes `{"line":N,"outcome":…,"totals":{…}}`; `csv` writes a header and one row per
//! line. A line with errors is `{"line":N,"errors":[…]}` (in CSV: the codes in the last column).
//! Blank lines are skipped. A summary goes to stderr; the exit code is 0 when the input could be
//! read, even if some lines had errors; 74 when the output could not be written.

/// mimalloc instead of the system allocator: `--batch` allocates per line on every thread (Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use sosialhjelp::json::Tape;
use sosialhjelp::law::{Source, SourceId, STATE_TABLE_SOURCES};
use sosialhjelp::rules::livsopphold::Outcome;
use sosialhjelp::rules::rates::TableCaveat;
use sosialhjelp::{input, ErrorCode, FieldError, InputErrors, YearMonth};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: sosialhjelp [--quick | --what-if AMOUNT | --batch [--output full|totals|csv] [--jobs N]] [--today YYYY-MM] [FILE | -]\n\
Reads a household as JSON (see README) and prints the estimate, its guidance and sources as JSON.\n\
--quick          the volunteer's quick check ({\"who\",\"children\",\"housing\",\"income\",\"funds\"})\n\
--what-if AMOUNT the estimate with AMOUNT more net work income a month (as people write it), the\n\
                 curve from 0 and where the support ends\n\
--batch          JSON lines in (one household per line), one line out per household\n\
--output FORMAT  for --batch: full (estimate, default), totals (outcome and sums) or csv\n\
--jobs N         for --batch: threads (default: the number of cores)\n\
--sources        print every legal source the rules cite: {id: {reference, url}}\n\
--schema         print the input vocabulary, limits and result codes the page uses\n\
--today YYYY-MM  month used when the input has no \"month\" (default: the current month, UTC)\n";

/// Bytes of input estimated together in `--batch` (about 13 000 households): bounds the memory (a
/// block in, its results out).
const BLOCK: usize = 4 << 20;

/// Lines estimated as one unit of work in `--batch` (a thread takes the next chunk when done).
const CHUNK: usize = 256;

/// The current month in UTC, from the system clock (civil-from-days, proleptic Gregorian); an
/// error, not a guess, if the clock is before 1970 or beyond the calendar.
fn current_month() -> Result<YearMonth, FieldError> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| FieldError::new("--today", ErrorCode::MonthMalformed))?
        .as_secs();
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    u16::try_from(year).ok().and_then(|y| YearMonth::new(y, month as u8)).ok_or_else(|| FieldError::new("--today", ErrorCode::MonthMalformed))
}

/// Writes `value` as pretty JSON to stdout; false when it could not be written (a closed pipe, a
/// full disk), which the caller reports with exit code 74.
fn print_json<T: serde::Serialize>(value: &T) -> bool {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).is_ok() && writeln!(out).is_ok() && out.flush().is_ok()
}

fn exit_printed(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        eprintln!("sosialhjelp: cannot write the output");
        ExitCode::from(74)
    }
}

/// Every source by its id, as the estimate names them.
fn sources_table() -> BTreeMap<String, Source> {
    SourceId::ALL
        .iter()
        .filter_map(|&id| match serde_json::to_value(id) {
            Ok(serde_json::Value::String(name)) => Some((name, id.source())),
            _ => None,
        })
        .chain(STATE_TABLE_SOURCES.iter().map(|(id, s)| ((*id).to_owned(), *s)))
        .collect()
}

/// The sources a result names (every `"source"` id in it), for the single-household output.
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
    if !print_json(&errors) {
        eprintln!("sosialhjelp: cannot write the output");
        return ExitCode::from(74);
    }
    ExitCode::from(2)
}

/// What `--batch` writes per household.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Full,
    Totals,
    Csv,
}

/// A `--batch` output line (JSON).
#[derive(serde::Serialize)]
#[serde(untagged, rename_all_fields = "camelCase")]
enum Line<'a> {
    Estimate {
        line: u64,
        estimate: &'a sosialhjelp::Estimate,
    },
    Errors {
        line: u64,
        errors: &'a [FieldError],
    },
}

const CSV_HEADER: &str = "line,outcome,reason,need,countedIncome,keptOutIncome,ownFunds,difference,amount,amountLow,amountHigh,ratesCaveat,errors\n";

/// One input line's output, appended to `out`. Returns whether it was estimated.
fn batch_line<'a>(n: u64, line: &'a [u8], tape: &mut Tape<'a>, today: YearMonth, output: Output, out: &mut Vec<u8>) -> bool {
    let parsed = input::from_json_bytes_in(line, tape);
    let ok = match output {
        Output::Full => match parsed.and_then(|i| sosialhjelp::estimate(&i, today)) {
            Ok(e) => {
                let _ = serde_json::to_writer(&mut *out, &Line::Estimate { line: n, estimate: &e });
                true
            }
            Err(e) => {
                let _ = serde_json::to_writer(&mut *out, &Line::Errors { line: n, errors: &e.errors });
                false
            }
        },
        Output::Totals => match parsed.and_then(|i| sosialhjelp::totals(&i, today)) {
            Ok(s) => {
                // Written by hand (the batch's hot path); tests/cli.rs checks it against `full`.
                let t = s.totals;
                let (kind, reason) = outcome_names(s.outcome);
                out.extend_from_slice(br#"{"line":"#);
                put_u64(out, n);
                out.extend_from_slice(br#","outcome":{"kind":""#);
                out.extend_from_slice(kind.as_bytes());
                out.push(b'"');
                if let Some(r) = reason {
                    out.extend_from_slice(br#","reason":""#);
                    out.extend_from_slice(r.as_bytes());
                    out.push(b'"');
                }
                // Names of a known length each (copied without a call).
                put_field(out, br#"},"totals":{"need":""#, t.need);
                put_field(out, br#"","countedIncome":""#, t.counted_income);
                put_field(out, br#"","keptOutIncome":""#, t.kept_out_income);
                put_field(out, br#"","ownFunds":""#, t.own_funds);
                put_field(out, br#"","difference":""#, t.difference);
                put_field(out, br#"","amount":""#, t.amount);
                out.extend_from_slice(br#""}"#);
                if let Some(r) = s.amount_range {
                    out.extend_from_slice(br#","amountRange":{"low":""#);
                    put_decimal(out, r.low);
                    out.extend_from_slice(br#"","high":""#);
                    put_decimal(out, r.high);
                    out.extend_from_slice(br#""}"#);
                }
                if let Some(c) = s.rates_caveat {
                    out.extend_from_slice(br#","ratesCaveat":"#);
                    let _ = serde_json::to_writer(&mut *out, &c);
                }
                out.push(b'}');
                true
            }
            Err(e) => {
                let _ = serde_json::to_writer(&mut *out, &Line::Errors { line: n, errors: &e.errors });
                false
            }
        },
        Output::Csv => match parsed.and_then(|i| sosialhjelp::totals(&i, today)) {
            Ok(s) => {
                let (outcome, reason) = outcome_names(s.outcome);
                let t = s.totals;
                let _ = write!(
                    out,
                    "{n},{outcome},{},{},{},{},{},{},{},",
                    reason.unwrap_or(""),
                    t.need,
                    t.counted_income,
                    t.kept_out_income,
                    t.own_funds,
                    t.difference,
                    t.amount
                );
                if let Some(r) = s.amount_range {
                    let _ = write!(out, "{},{}", r.low, r.high);
                } else {
                    out.push(b',');
                }
                let _ = write!(out, ",{},", s.rates_caveat.map_or("", caveat_name));
                true
            }
            Err(e) => {
                let codes: Vec<String> = e.errors.iter().map(|f| format!("{}:{}", f.field, code_name(&f.code))).collect();
                let _ = write!(out, "{n},error,,,,,,,,,,,\"{}\"", codes.join(" ").replace('"', "\"\""));
                false
            }
        },
    };
    out.push(b'\n');
    ok
}

/// A decimal as its `Display` text (what the full output writes: the mantissa's digits with a point
/// before the last `scale` of them), without the general formatter; a mantissa beyond 64 bits
/// through it. tests/cli.rs compares the totals output with the full one.
fn put_decimal(out: &mut Vec<u8>, d: rust_decimal::Decimal) {
    let m = d.mantissa();
    let scale = d.scale() as usize;
    if m.unsigned_abs() >= 1 << 63 || scale > 19 {
        let _ = write!(out, "{d}");
        return;
    }
    if d.is_sign_negative() {
        out.push(b'-');
    }
    let mut digits = [b'0'; 40];
    let mut i = put_digits(&mut digits, m.unsigned_abs() as u64);
    // At least one digit before the point.
    i = i.min(digits.len() - scale - 1);
    let point = digits.len() - scale;
    out.extend_from_slice(&digits[i..point]);
    if scale > 0 {
        out.push(b'.');
        out.extend_from_slice(&digits[point..]);
    }
}

/// `name` (a fixed text), then `d` as [`put_decimal`] writes it.
#[inline(always)]
fn put_field<const N: usize>(out: &mut Vec<u8>, name: &[u8; N], d: rust_decimal::Decimal) {
    out.extend_from_slice(name);
    put_decimal(out, d);
}

/// Writes the decimal digits of `n` at the end of `digits` (none for 0); returns where they start.
fn put_digits(digits: &mut [u8; 40], mut n: u64) -> usize {
    // Two digits at a time (half the divisions).
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
    let mut i = digits.len();
    while n >= 10 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n != 0 {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    i
}

/// `n` in decimal, as `Display` writes it.
fn put_u64(out: &mut Vec<u8>, n: u64) {
    let mut digits = [b'0'; 40];
    let i = put_digits(&mut digits, n).min(digits.len() - 1);
    out.extend_from_slice(&digits[i..]);
}

/// The index of the first `\n` in `b`, eight bytes at a time (splitting the block into lines byte
/// by byte was a twentieth of the batch, on the one thread that hands the lines out).
fn find_newline(b: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut words = b.chunks_exact(8);
    let mut i = 0;
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) ^ (u64::from(b'\n') * LO);
        // A zero byte of `x`: the lowest flagged byte is exact (little-endian, borrows only go up).
        let hit = x.wrapping_sub(LO) & !x & HI;
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    words.remainder().iter().position(|&c| c == b'\n').map(|p| i + p)
}

/// The outcome's `kind` and `reason` as the JSON output names them (tests/cli.rs checks them against
/// the serialised estimate).
fn outcome_names(o: Outcome) -> (&'static str, Option<&'static str>) {
    use sosialhjelp::rules::livsopphold::{CannotEstimateReason as C, NoTopUpReason as N};
    match o {
        Outcome::Support => ("support", None),
        Outcome::NoTopUp(N::IncomeCovers) => ("noTopUp", Some("incomeCovers")),
        Outcome::NoTopUp(N::FundsCover) => ("noTopUp", Some("fundsCover")),
        Outcome::CannotEstimate(C::NoAdult) => ("cannotEstimate", Some("noAdult")),
        Outcome::CannotEstimate(C::ApplicantUnder18) => ("cannotEstimate", Some("applicantUnder18")),
    }
}

/// The caveat's `kind`, as the JSON output names it.
fn caveat_name(c: TableCaveat) -> &'static str {
    match c {
        TableCaveat::GapPeriod { .. } => "gapPeriod",
        TableCaveat::Outdated => "outdated",
    }
}

/// An error code's serialised name (`"negative"`).
fn code_name(code: &ErrorCode) -> String {
    match serde_json::to_value(code) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// Fills `buf` (which may hold the start of a line) from `input` up to [`BLOCK`] bytes, or more for
/// a line longer than that. Returns whether the input has ended.
fn fill(input: &mut dyn Read, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    // A line longer than a block makes the block grow until the line ends. read_to_end appends
    // into the spare capacity without zeroing it first.
    let want = if buf.len() >= BLOCK / 2 { BLOCK } else { BLOCK - buf.len() };
    buf.reserve(want);
    let got = Read::take(&mut *input, want as u64).read_to_end(buf)?;
    Ok(got < want)
}

/// Streams JSON lines. The input is read in blocks of [`BLOCK`] bytes; the whole lines of a block
/// are estimated on `jobs` threads (the calling one among them), which take chunks of [`CHUNK`] lines
/// in turn, borrowing them from the block (nothing is copied per line); the results are written in
/// order. (The two vCPUs here behave like one core's two hyperthreads: two threads do 1.5× one.) (Reading the next block while
/// the threads work was tried: no faster on two cores, docs/performance.md.)
fn batch(mut input: Box<dyn Read>, today: YearMonth, output: Output, jobs: usize) -> ExitCode {
    // Each chunk's output (about 50 KB, ending with a newline) is written as it is: stdout's own
    // line buffer passes it through, where a BufWriter would copy it first.
    let mut out = std::io::stdout().lock();
    if output == Output::Csv && out.write_all(CSV_HEADER.as_bytes()).is_err() {
        return ExitCode::from(74);
    }
    let read_error = |e: std::io::Error| {
        eprintln!("sosialhjelp: cannot read input: {e}");
        ExitCode::from(66)
    };
    let (mut ok, mut bad) = (0u64, 0u64);
    let mut n = 0u64;
    let mut block: Vec<u8> = Vec::with_capacity(BLOCK);
    let mut results: Vec<std::sync::Mutex<(Vec<u8>, u64)>> = Vec::new();
    let mut eof = match fill(&mut *input, &mut block) {
        Ok(eof) => eof,
        Err(e) => return read_error(e),
    };
    loop {
        // The whole lines; at the end of the input also the last one without a newline.
        let end = if eof { block.len() } else { block.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) };
        let (whole, rest) = block.split_at(end);
        let mut lines: Vec<(u64, &[u8])> = Vec::new();
        let mut left = whole;
        while !left.is_empty() {
            let (line, after) = left.split_at(find_newline(left).map_or(left.len(), |p| p + 1));
            left = after;
            n += 1;
            if !line.iter().all(u8::is_ascii_whitespace) {
                lines.push((n, line));
            }
        }
        let rest_len = rest.len();
        // Chunks of CHUNK lines handed out one at a time (an atomic counter), so a thread that
        // finishes early takes the next chunk instead of waiting; the calling thread works too.
        // Each chunk's output has its own buffer (reused from block to block), written in order.
        let chunks: Vec<&[(u64, &[u8])]> = lines.chunks(CHUNK).collect();
        if results.len() < chunks.len() {
            results.resize_with(chunks.len(), || std::sync::Mutex::new((Vec::new(), 0)));
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let work = || {
            // One parsed-line tape per thread and block, refilled line after line.
            let mut tape = Tape::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(chunk) = chunks.get(i) else { break };
                let Ok(mut slot) = results[i].lock() else { break };
                let (res, good) = &mut *slot;
                res.clear();
                *good = 0;
                for &(n, line) in *chunk {
                    *good += u64::from(batch_line(n, line, &mut tape, today, output, res));
                }
            }
        };
        std::thread::scope(|s| {
            for _ in 1..jobs.min(chunks.len()) {
                s.spawn(work);
            }
            work();
        });
        let mut good_in_block = 0;
        for slot in &results[..chunks.len()] {
            let Ok(slot) = slot.lock() else { return ExitCode::from(70) };
            if out.write_all(&slot.0).is_err() {
                return ExitCode::from(74);
            }
            good_in_block += slot.1;
        }
        ok += good_in_block;
        bad += lines.len() as u64 - good_in_block;
        if eof {
            break;
        }
        drop(lines);
        // Keep the incomplete last line, then read on after it.
        block.drain(..block.len() - rest_len);
        let next_eof = fill(&mut *input, &mut block);
        eof = match next_eof {
            Ok(eof) => eof,
            Err(e) => return read_error(e),
        };
    }
    if out.flush().is_err() {
        return ExitCode::from(74);
    }
    eprintln!("sosialhjelp: {ok} estimated, {bad} with errors");
    ExitCode::SUCCESS
}

fn read_all(path: Option<&str>) -> Result<String, ExitCode> {
    let mut bytes = Vec::new();
    let read = match path {
        None | Some("-") => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    };
    if let Err(e) = read {
        eprintln!("sosialhjelp: cannot read input: {e}");
        return Err(ExitCode::from(66));
    }
    String::from_utf8(bytes).map_err(|_| fail(FieldError::new("", ErrorCode::InvalidJson).into()))
}

/// One household: the estimate with its guidance and the sources both name.
fn single(text: &str, today: YearMonth) -> ExitCode {
    let household = match input::from_json(text) {
        Ok(h) => h,
        Err(e) => return fail(e),
    };
    let (estimate, guidance) = match (sosialhjelp::estimate(&household, today), sosialhjelp::guidance(&household, today)) {
        (Ok(e), Ok(g)) => (e, g),
        (Err(e), _) | (_, Err(e)) => return fail(e),
    };
    let mut value = match (serde_json::to_value(&estimate), serde_json::to_value(&guidance)) {
        (Ok(serde_json::Value::Object(mut map)), Ok(g)) => {
            map.insert("guidance".into(), g);
            serde_json::Value::Object(map)
        }
        _ => return fail(FieldError::new("", ErrorCode::Internal).into()),
    };
    let mut used = BTreeMap::new();
    sources_used(&value, &sources_table(), &mut used);
    if let (serde_json::Value::Object(map), Ok(used)) = (&mut value, serde_json::to_value(used)) {
        map.insert("sources".into(), used);
    }
    exit_printed(print_json(&value))
}

fn main() -> ExitCode {
    let mut today = None;
    let mut path = None;
    let (mut batch_mode, mut quick) = (false, false);
    let mut what_if: Option<String> = None;
    let mut output = Output::Full;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--batch" => batch_mode = true,
            "--quick" => quick = true,
            "--what-if" => match args.next() {
                Some(amount) => what_if = Some(amount),
                None => {
                    eprint!("{USAGE}");
                    return ExitCode::from(64);
                }
            },
            "--sources" => return exit_printed(print_json(&sources_table())),
            "--schema" => return exit_printed(print_json(&sosialhjelp::meta::schema())),
            "--output" => match args.next().as_deref() {
                Some("full") => output = Output::Full,
                Some("totals") => output = Output::Totals,
                Some("csv") => output = Output::Csv,
                _ => {
                    eprint!("{USAGE}");
                    return ExitCode::from(64);
                }
            },
            "--jobs" => match args.next().and_then(|j| j.parse::<usize>().ok()).filter(|&j| (1..=256).contains(&j)) {
                Some(j) => jobs = j,
                None => {
                    eprint!("{USAGE}");
                    return ExitCode::from(64);
                }
            },
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
    let today = match today.map_or_else(current_month, Ok) {
        Ok(m) => m,
        Err(e) => return fail(e.into()),
    };
    if batch_mode {
        let reader: Box<dyn Read> = match path.as_deref() {
            None | Some("-") => Box::new(std::io::stdin()),
            Some(p) => match std::fs::File::open(p) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    eprintln!("sosialhjelp: cannot read input: {e}");
                    return ExitCode::from(66);
                }
            },
        };
        return batch(reader, today, output, jobs);
    }
    let text = match read_all(path.as_deref()) {
        Ok(t) => t,
        Err(code) => return code,
    };
    if let Some(extra) = what_if {
        return match input::from_json(&text).and_then(|h| sosialhjelp::what_if(&h, today, &extra)) {
            Ok(w) => exit_printed(print_json(&w)),
            Err(e) => fail(e),
        };
    }
    if quick {
        return match input::quick_from_json(&text).and_then(|q| sosialhjelp::quick_check(&q, today)) {
            Ok(q) => exit_printed(print_json(&q)),
            Err(e) => fail(e),
        };
    }
    single(&text, today)
}

#[cfg(test)]
mod tests {
    use super::{find_newline, put_decimal, put_u64};
    use rust_decimal::Decimal;

    #[test]
    fn put_u64_and_find_newline_agree_with_std() {
        for n in [0u64, 1, 9, 10, 99, 100, 12_345, u64::MAX] {
            let mut out = Vec::new();
            put_u64(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
        for len in 0..40 {
            for at in 0..=len {
                let mut b = vec![b'x'; len];
                if at < len {
                    b[at] = b'\n';
                }
                for &fill in &[b'\t', b'\x0b', 0x8a, 0x0a ^ 0x80, 0xff, 0x00, 0x09] {
                    let mut c = b.clone();
                    c.iter_mut().filter(|x| **x == b'x').take(3).for_each(|x| *x = fill);
                    assert_eq!(find_newline(&c), c.iter().position(|&x| x == b'\n'), "{c:?}");
                }
                assert_eq!(find_newline(&b), b.iter().position(|&x| x == b'\n'));
            }
        }
    }

    #[test]
    fn put_decimal_writes_what_display_writes() {
        let mut values = vec![Decimal::ZERO, -Decimal::ZERO, Decimal::new(0, 2), -Decimal::new(0, 2), Decimal::MAX, Decimal::MIN];
        for m in [0i64, 1, 5, 9, 10, 99, 100, 12_500, 1_560_432, 999_999_999_999, i64::MAX, i64::MIN + 1] {
            for scale in [0, 1, 2, 3, 7, 19, 20, 28] {
                values.push(Decimal::new(m, scale));
                values.push(-Decimal::new(m, scale));
            }
        }
        for d in values {
            let mut out = Vec::new();
            put_decimal(&mut out, d);
            assert_eq!(String::from_utf8(out).unwrap(), d.to_string(), "{d:?}");
        }
    }
}
