#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft of every real text of the tune corpus passes `check` as it is and covers
//! every number of its text. The corpus stays outside the repository
//! (`../tune-corpus/gzbg-2026/`, or the folder `TUNE_CORPUS` names); where it is absent
//! the test says so and passes. Only the tune half is read here: the test half measures
//! the draft and is drafted by `make score` alone.

mod common;

use common::path;
use report_charts::check::validate;
use report_charts::draft;
use report_charts::draft::coverage;

fn corpus() -> std::path::PathBuf {
    std::env::var_os("TUNE_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(path("../tune-corpus/gzbg-2026")))
}

#[test]
fn every_tune_corpus_text_is_drafted_into_a_file_check_accepts_covering_every_number() {
    let dir = corpus();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no tune corpus at {}: skipped", dir.display());
        return;
    };
    let mut texts: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
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
