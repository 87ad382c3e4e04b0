#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A figure's source is the sentence a reader checks its number against (the page, the
//! tooltip and the CSV say "traced to the sentence it came from"): `check` refuses a
//! figure whose sentence does not print its value or its change, so that no page cites a
//! sentence cut before its number (tester s-test23 #14, #25).

mod common;

use common::*;
use std::process::{Command, Output};

fn check(name: &str, json: &str) -> Output {
    let dir = std::path::PathBuf::from(path("target/test-check-source")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // No text beside: the file alone, so that only the figures' own sentences are read.
    let file = dir.join("r.json");
    std::fs::write(&file, json).unwrap();
    Command::new(env!("CARGO_BIN_EXE_report-charts"))
        .args(["check", file.to_str().unwrap()])
        .output()
        .expect("the command runs")
}

fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn check_passes_a_file_whose_sentences_print_every_number() {
    let o = check("whole", &mutated(|_| {}));
    assert!(o.status.success(), "{}", said(&o));
}

#[test]
fn check_refuses_a_figure_whose_sentence_is_cut_before_its_value() {
    let json = mutated(|v| {
        let gdp = figure(v, "gdp");
        // The sentence as a list cut before its number would leave it: the words, no 800.
        let source = gdp["source"].as_str().unwrap();
        let cut = source.split("800").next().unwrap().to_string();
        gdp["source"] = cut.into();
    });
    let o = check("cut-value", &json);
    assert!(!o.status.success(), "{}", said(&o));
    assert!(said(&o).contains("figures[0].value"), "{}", said(&o));
}

#[test]
fn check_refuses_a_figure_whose_sentence_does_not_print_its_change() {
    let json = mutated(|v| {
        let gdp = figure(v, "gdp");
        let source = gdp["source"].as_str().unwrap().replace("4.3%", "");
        gdp["source"] = source.into();
    });
    let o = check("cut-change", &json);
    assert!(!o.status.success(), "{}", said(&o));
    assert!(said(&o).contains("figures[0].change.value"), "{}", said(&o));
}
