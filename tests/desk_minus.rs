#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A number printed with a minus sign (同比增速为-1.2%), added by the desk as a figure:
//! the figure decides it (its mark, `check`'s coverage and the page's text read its value
//! with the sentence's sign alike), a second press adds no copy, and the data file the
//! editor publishes passes `check` (the tester's s9 findings 1 and 2: the number stayed
//! undecided, each press added one more figure, and the published file failed `check`).
//! A short text of our own.

use report_charts::check::{self, validate};
use report_charts::draft::coverage;
use report_charts::edit::desk;
use report_charts::publish::prose::{self, Run};
use serde_json::{json, Value};

const TEXT: &str = "年末生猪存栏112.3万头，同比增速为-1.2%。\n";
const SENTENCE: &str = "年末生猪存栏112.3万头，同比增速为-1.2%";

/// The mark of number `number` in the marks of `doc`.
fn mark(doc: &Value, number: &str) -> Value {
    let lines: Value =
        serde_json::from_str(&desk::marks_json(TEXT, &doc.to_string()).unwrap()).unwrap();
    let found = (lines.as_array().unwrap().iter())
        .flat_map(|l| l["marks"].as_array().unwrap().clone())
        .find(|m| m["number"] == number);
    found.unwrap_or_else(|| panic!("no mark of {number} in {lines}"))
}

/// The drafted file with the figure the editor's 添加为数字 adds for 1.2, as its script
/// adds it (at the mark's place, in place of the draft's `unread` skip), then labelled
/// and confirmed by the desk.
fn added() -> Value {
    let mut doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    let m = mark(&doc, "1.2");
    assert_eq!(m["status"], "undecided", "{m}");
    let proposed = desk::propose_json(TEXT, &doc.to_string(), SENTENCE, "1.2", "zh").unwrap();
    let mut f: Value = serde_json::from_str(&proposed).unwrap();
    f["id"] = json!("hog-growth");
    f["label"] = json!({"zh": "生猪存栏同比增速"});
    f.as_object_mut().unwrap().remove("draft");
    let at = m["insert_at"].as_u64().unwrap() as usize;
    doc["figures"].as_array_mut().unwrap().insert(at, f);
    if let Some(k) = m["skip"].as_u64() {
        doc["skips"].as_array_mut().unwrap().remove(k as usize);
    }
    doc
}

#[test]
fn the_figure_added_for_a_number_printed_with_a_minus_sign_decides_it() {
    let doc = added();
    let m = mark(&doc, "1.2");
    assert_eq!(m["status"], "figure", "{m}");
    let f = &doc["figures"][m["figure"].as_u64().unwrap() as usize];
    assert_eq!(f["value"], json!(-1.2), "{f}");
}

#[test]
fn a_second_press_on_a_number_a_figure_holds_adds_no_copy_and_says_so_in_the_interfaces_language() {
    let doc = added();
    // One language a message, the interface's.
    let cases = [
        ("zh", "「1.2」已是一个数字，不再添加"),
        ("en", "\"1.2\" is already a figure's; none added"),
    ];
    for (lang, says) in cases {
        let again = desk::propose_json(TEXT, &doc.to_string(), SENTENCE, "1.2", lang);
        assert_eq!(
            again.expect_err("a second press adds no copy"),
            says,
            "{lang}"
        );
    }
}

#[test]
fn the_data_file_the_editor_publishes_passes_check_and_marks_the_figure_in_the_text() {
    // 发布 writes the data file as 保存 does: the desk's document, pretty-printed.
    let published = check::pretty(&added().to_string()).unwrap();
    let report = validate::load("linhe-2025.json", &published).unwrap();
    let uncovered: Vec<String> = coverage::uncovered(TEXT, &report)
        .into_iter()
        .map(|u| u.number)
        .collect();
    assert_eq!(uncovered, Vec::<String>::new());
    // On no chart, the figure is a mark of the page's text, its minus sign inside the
    // mark (tester s-test23 #24: outside it, the mark reads as a positive number).
    let runs = prose::runs(&report, SENTENCE, &format!("{SENTENCE}。"));
    let marked: Vec<(String, String)> = (runs.iter())
        .filter_map(|r| match r {
            Run::Figure { id, text } => Some((id.clone(), text.clone())),
            Run::Text(_) | Run::Break => None,
        })
        .collect();
    assert!(
        marked.contains(&("hog-growth".to_string(), "-1.2".to_string())),
        "{runs:?}"
    );
}

#[test]
fn a_number_left_undecided_shows_the_desk_the_minus_sign_its_sentence_prints() {
    let doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    let m = mark(&doc, "1.2");
    assert_eq!(m["status"], "undecided", "{m}");
    assert_eq!(m["shown"], "-1.2", "the desk reads the sign: {m}");
    // The unsigned number stays what a skip names and what a figure is proposed for.
    assert_eq!(m["number"], "1.2", "{m}");
    let plain = mark(&doc, "112.3");
    assert_eq!(plain["shown"], "112.3", "{plain}");
}
