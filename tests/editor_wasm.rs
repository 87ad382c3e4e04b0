//! The editor's exports in the browser (src/edit/web.rs): what `www/editor.js` calls, with
//! no file system, answering with values or errors, never a panic. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features editor --test editor_wasm` (in `make test-wasm`).
#![cfg(all(target_arch = "wasm32", feature = "editor"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::edit::web::{
    draft_data, format_data, propose_figure, review, text_marks, vocabulary,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = include_str!("../data/xihu-2024.txt");
const DATA: &str = include_str!("../data/xihu-2024.json");

#[wasm_bindgen_test]
fn the_curated_file_saves_byte_for_byte_and_has_no_problems() {
    assert_eq!(format_data(DATA).ok().as_deref(), Some(DATA));
    let done: serde_json::Value =
        serde_json::from_str(&review("xihu-2024.json", TEXT, DATA, "zh").ok().unwrap()).unwrap();
    assert_eq!(done["done"], true);
}

#[wasm_bindgen_test]
fn a_report_drafts_marks_and_proposes_in_the_browser() {
    let json = draft_data(TEXT).ok().unwrap();
    let drafted: serde_json::Value =
        serde_json::from_str(&review("draft.json", TEXT, &json, "en").ok().unwrap()).unwrap();
    assert_eq!(drafted["problems"], serde_json::json!([]));
    let marks: serde_json::Value =
        serde_json::from_str(&text_marks(TEXT, &json).ok().unwrap()).unwrap();
    let lines = marks.as_array().unwrap();
    let charted = lines
        .iter()
        .flat_map(|l| l["marks"].as_array().unwrap())
        .filter(|m| m["status"] == "charted")
        .count();
    assert!(charted > 50, "{charted}");
    let first = lines
        .iter()
        .find(|l| !l["marks"].as_array().unwrap().is_empty())
        .unwrap();
    let sentence = first["text"].as_str().unwrap();
    let number = first["marks"][0]["number"].as_str().unwrap();
    let figure: serde_json::Value =
        serde_json::from_str(&propose_figure(TEXT, &json, sentence, number).ok().unwrap()).unwrap();
    assert_eq!(figure["source"], sentence);
    assert!(vocabulary().contains("\"unread\""));
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_or_a_problem_not_a_panic() {
    assert!(format_data("{").is_err());
    assert!(review("x.json", TEXT, "{", "zh")
        .ok()
        .unwrap()
        .contains("不是有效的 JSON"));
    assert!(text_marks(TEXT, "[1]").is_err());
    assert!(propose_figure(TEXT, DATA, "没有数字", "1").is_err());
    assert!(review("x.json", TEXT, "not json", "zh")
        .ok()
        .unwrap()
        .contains("\"done\":false"));
    assert!(text_marks("", DATA).is_ok());
}
