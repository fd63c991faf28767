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

#[test]
fn batch_outputs_totals_and_csv_with_the_same_figures_as_full() {
    let input = b"{\"month\":\"2024-01\",\"householdType\":\"single\",\"adults\":[{\"age\":30}]}\n{\"householdType\":\"x\"}\n{\"month\":\"2024-06\",\"householdType\":\"cohabiting\",\"commonChildren\":false,\"adults\":[{\"age\":30}],\"expenses\":{\"housing\":\"5000\"}}\n{\"month\":\"2026-06\",\"householdType\":\"single\",\"adults\":[{\"age\":16}]}\n{\"month\":\"2011-06\",\"householdType\":\"married\",\"adults\":[{\"age\":30},{\"age\":31}],\"incomes\":[{\"kind\":\"workNet\",\"amount\":\"90000\"}]}\n";
    let (code, full) = run(&["--batch", "--jobs", "2"], input);
    assert_eq!(code, 0);
    let (code, totals) = run(&["--batch", "--output", "totals", "--jobs", "2"], input);
    assert_eq!(code, 0);
    let full: Vec<serde_json::Value> = full.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    let totals: Vec<serde_json::Value> = totals.lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(totals.len(), 5);
    for (f, t) in full.iter().zip(&totals) {
        assert_eq!(f["estimate"]["rateTable"]["caveat"], t["ratesCaveat"], "{t}");
        assert_eq!(f["line"], t["line"]);
        assert_eq!(f["estimate"]["totals"], t["totals"], "{t}");
        assert_eq!(f["estimate"]["outcome"], t["outcome"], "{t}");
        assert_eq!(f["estimate"]["amountRange"], t["amountRange"], "{t}");
        assert_eq!(f["errors"], t["errors"]);
    }
    // Samboer without common children: Person i bofellesskap 6600 + 5000 = 11600; Enslige 7850 + 5000 = 12850.
    assert_eq!(totals[2]["amountRange"], serde_json::json!({"low": "11600", "high": "12850"}));

    let (code, csv) = run(&["--batch", "--output", "csv", "--jobs", "1"], input);
    assert_eq!(code, 0);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "line,outcome,reason,need,countedIncome,keptOutIncome,ownFunds,difference,amount,amountLow,amountHigh,ratesCaveat,errors");
    assert_eq!(rows[1], "1,support,,7850,0,0,0,7850,7850,,,,");
    assert_eq!(rows[2], "2,error,,,,,,,,,,,\"householdType:unknownValue\"");
    assert_eq!(rows[3], "3,support,,11600,0,0,0,11600,11600,11600,12850,,");
    assert_eq!(rows[4], "4,cannotEstimate,applicantUnder18,0,0,0,0,0,0,,,,");
    assert!(rows[5].starts_with("5,noTopUp,incomeCovers,") && rows[5].ends_with(",,,gapPeriod,"), "{}", rows[5]);
}

#[test]
fn batch_keeps_the_order_of_many_lines_on_several_threads() {
    // More lines than one block (8192), so blocks and threads both split them.
    let mut input = Vec::new();
    for i in 0..20_000 {
        input.extend_from_slice(format!("{{\"month\":\"2024-01\",\"householdType\":\"single\",\"adults\":[{{\"age\":30}}],\"expenses\":{{\"housing\":\"{i}\"}}}}\n").as_bytes());
    }
    // From a file: a pipe would fill with output while this test is still writing the input.
    let path = std::env::temp_dir().join(format!("sosialhjelp-cli-order-{}.jsonl", std::process::id()));
    std::fs::write(&path, &input).expect("temp file");
    let (code, out) = run(&["--batch", "--output", "csv", "--jobs", "3", path.to_str().expect("UTF-8 path")], b"");
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0);
    for (i, row) in out.lines().skip(1).enumerate() {
        let cols: Vec<&str> = row.split(',').collect();
        assert_eq!(cols[0], (i + 1).to_string());
        assert_eq!(cols[8], (7850 + i).to_string(), "{row}");
    }
    assert_eq!(out.lines().count(), 20_001);
}

#[test]
fn schema_quick_check_and_bad_options() {
    let (code, out) = run(&["--schema"], b"");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON schema");
    assert_eq!(v["limits"]["maxChildren"], 20);
    assert!(v["codes"]["errorCode"].as_array().is_some_and(|c| c.iter().any(|x| x == "ambiguousAmount")));
    assert!(v["incomeKinds"].as_array().is_some_and(|k| k.iter().any(|x| x["kind"] == "barnetrygd" && x["group"] == "children")));
    // law/kommuner.toml, as law-update-2026-12.md § 6.5 gives it (KOSTRA 2023, V2).
    let spread = &v["kommuneSpread"];
    assert_eq!((spread["year"].as_u64(), spread["atState"].as_u64(), spread["above"].as_u64(), spread["below"].as_u64()), (Some(2023), Some(280), Some(37), Some(35)));
    assert_eq!((spread["highest"]["kommune"].as_str(), spread["highest"]["single"].as_str()), (Some("Bergen"), Some("9080")));
    assert_eq!((spread["lowest"]["kommune"].as_str(), spread["lowest"]["single"].as_str()), (Some("Bø"), Some("6494")));

    // 2024: Enslige 7850 + husleie 8000 = 15850 with no income: likely.
    let (code, out) = run(&["--quick", "--today", "2024-06"], br#"{"who":"single","housing":"8 000","income":"0"}"#);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!((v["verdict"].as_str(), v["low"].as_str()), (Some("likely"), Some("15850")));

    // The what-if: 2024-03, single adult 7 850 + rent 6 000 = 13 850; with «5.000» more work income
    // 8 850; the support ends at 13 850. A negative amount is refused at whatIfWork.
    let single = br#"{"month":"2024-03","householdType":"single","adults":[{"age":40}],"expenses":{"housing":"6000"}}"#;
    let (code, out) = run(&["--what-if", "5.000"], single);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!((v["atAsked"]["amount"].as_str(), v["supportEndsAt"].as_str()), (Some("8850"), Some("13850")));
    let (code, out) = run(&["--what-if", "-5"], single);
    assert!(code == 2 && out.contains("whatIfWork"), "{code} {out}");

    for args in [&["--batch", "--output", "xml"][..], &["--batch", "--jobs", "0"][..], &["a.json", "b.json"][..], &["--what-if"][..]] {
        let (code, _) = run(args, b"");
        assert_eq!(code, 64, "{args:?}");
    }
}

#[test]
fn the_single_output_carries_the_guidance_and_the_sources_it_names() {
    let (code, out) = run(&["--today", "2024-06", "-"], br#"{"householdType":"single","adults":[{"age":24}]}"#);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(v["guidance"]["aktivitetsplikt"][0]["status"], "applies");
    assert_eq!(v["guidance"]["key"], v["guidanceKey"]);
    let sources = v["sources"].as_object().expect("sources");
    assert!(sources.contains_key("sotjl20a") && sources.contains_key("sotjl18"), "{sources:?}");
}

#[test]
fn batch_reads_a_line_longer_than_its_block() {
    // The batch reads 4 MiB at a time; a 5 MB line must still be one line, and the next one too.
    let long = "x".repeat(5_000_000);
    let input = format!(
        "{{\"month\":\"2024-01\",\"householdType\":\"single\",\"adults\":[{{\"age\":30}}],\"expenses\":{{\"other\":[{{\"label\":\"{long}\",\"amount\":\"1\"}}]}}}}\n{{\"month\":\"2024-01\",\"householdType\":\"single\",\"adults\":[{{\"age\":30}}]}}"
    );
    let path = std::env::temp_dir().join(format!("sosialhjelp-cli-long-{}.jsonl", std::process::id()));
    std::fs::write(&path, input).expect("temp file");
    let (code, out) = run(&["--batch", "--output", "csv", path.to_str().expect("UTF-8 path")], b"");
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 3, "{out:.300}");
    assert_eq!(rows[1], "1,error,,,,,,,,,,,\"expenses.other[0].label:tooLong\"");
    assert_eq!(rows[2], "2,support,,7850,0,0,0,7850,7850,,,,");
}
