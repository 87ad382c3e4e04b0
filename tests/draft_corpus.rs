#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft of every real text of the tune corpus passes `check` as it is and covers
//! every number of its text. The corpus stays outside the repository
//! (`../shared/corpus/gzbg-2026/` as `make score` reads it, or the folder `TUNE_CORPUS`
//! names); where it is absent the test says so and passes. Only the tune half is read
//! here (the texts whose truth list says `"half": "tune"`, or every text of a
//! `TUNE_CORPUS`): the test half measures the draft and is drafted by `make score` alone.

mod common;

use common::path;
use report_charts::check::validate;
use report_charts::draft;
use report_charts::draft::coverage;

/// The corpus folder, and whether every text of it is a tune text.
fn corpus() -> (std::path::PathBuf, bool) {
    match std::env::var_os("TUNE_CORPUS") {
        Some(dir) => (std::path::PathBuf::from(dir), true),
        None => (path("../shared/corpus/gzbg-2026").into(), false),
    }
}

/// True when the truth list of the text `name` (anhui.txt) files it in the tune half.
fn tune(name: &str) -> bool {
    let list = path(&format!(
        "tests/truth/gzbg-2026/{}.json",
        name.trim_end_matches(".txt")
    ));
    std::fs::read_to_string(list)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .is_some_and(|v| v["half"] == "tune")
}

#[test]
fn every_tune_corpus_text_is_drafted_into_a_file_check_accepts_covering_every_number() {
    let (dir, all_tune) = corpus();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no tune corpus at {}: skipped", dir.display());
        return;
    };
    let mut texts: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| all_tune || tune(&p.file_name().unwrap().to_string_lossy()))
        .collect();
    assert!(!texts.is_empty(), "no tune text in {}", dir.display());
    texts.sort();
    let mut failures = Vec::new();
    for p in &texts {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(p).unwrap();
        let d = draft::draft(&text).unwrap();
        let json = draft::to_json(&d).unwrap();
        match validate::load(&name, &json) {
            Err(e) => failures.push(format!("{name}: the draft does not pass check:\n{e}")),
            Ok(report) => {
                let missing = coverage::uncovered(&text, &report);
                if !missing.is_empty() {
                    failures.push(format!("{name}: uncovered {missing:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
