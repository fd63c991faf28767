//! The native CLI: file and stdin input, JSON output, exit codes, and batch (JSON lines) mode.
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sosialhjelp"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // The CLI may exit (e.g. on a bad --today) before reading stdin: a broken pipe is not a failure.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    let out = child.wait_with_output().expect("the CLI ends");
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).expect("UTF-8 output"))
}

#[test]
fn readme_example_file_gives_the_hand_computed_amount() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/family.json");
    let (code, out) = run(&[path], b"");
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    // 13100 + 3850 + 5150 + 14500 + 1200 + 250 + 1500 + 350.50 = 39900.50 need;
    // counted 18000 + 2100 = 20100 (barnetrygd 3032 kept out, 2024); funds 1500;
    // 39900.50 − 20100 − 1500 = 18300.50 → 18301.
    assert_eq!(v["totals"]["need"], "39900.50");
    assert_eq!(v["totals"]["keptOutIncome"], "3032");
    assert_eq!(v["totals"]["difference"], "18300.50");
    assert_eq!(v["totals"]["amount"], "18301");
    assert_eq!(v["outcome"]["kind"], "support");
}

#[test]
fn stdin_and_default_month() {
    let (code, out) = run(&["--today", "2023-07", "-"], br#"{"householdType":"single","adults":[{"age":40}]}"#);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(v["month"], "2023-07");
    assert_eq!(v["totals"]["amount"], "7550"); // Enslige from 1 Jul 2023
}

#[test]
fn bad_input_exits_2_with_json_errors() {
    let (code, out) = run(&[], br#"{"householdType": "married","adults":[{"age":34}],"liquidFunds":"-3"}"#);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON errors");
    assert_eq!(v["errors"][0]["field"], "adults");
    assert_eq!(v["errors"][0]["code"], "wrongAdultCount");
    assert_eq!(v["errors"][1]["field"], "liquidFunds");
    assert_eq!(v["errors"][1]["code"], "negative");
    let (code, out) = run(&["--today", "2024-13"], b"{}");
    assert_eq!(code, 2);
    assert!(out.contains("monthMalformed"));
}

#[test]
fn batch_mode_streams_one_line_per_household() {
    let input = b"{\"month\":\"2024-01\",\"householdType\":\"single\",\"adults\":[{\"age\":30}]}\n\n{\"householdType\":\"x\"}\n\xff\n{\"month\":\"2022-07\",\"householdType\":\"married\",\"adults\":[{\"age\":30},{\"age\":31}]}\n";
    let (code, out) = run(&["--batch"], input);
    assert_eq!(code, 0);
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["estimate"]["totals"]["amount"], "7850");
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["errors"][0]["code"], "unknownValue");
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[2]["errors"][0]["code"], "invalidJson");
    assert_eq!(lines[3]["estimate"]["totals"]["amount"], "11150"); // Ektepar 1 Jul 2022
}
