#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers the draft decided are no figures on grounds a desk must check (a number it
//! took for part of a label, a number of a heading or a deck under the title) reach the
//! desk's list of numbers to decide, as the draft's unsure numbers do, until the desk
//! picks a reason (issue 18 §4, s-test20 E6 and X1). A short text of our own.

use report_charts::edit::desk;
use serde_json::Value;

const TEXT: &str = "东山区经济运行综述\n\n一、经济总量突破900亿元\n\n\
    2025年，全区地区生产总值完成906.3亿元，增长5.8%。\n\n二、工业和企业\n\n\
    规上工业增加值增长7.2%。年营业收入超50亿元的企业达到36家。\n";

/// The mark of number `number` of the line that holds `line`, in the marks of `doc`.
fn mark(doc: &Value, line: &str, number: &str) -> Value {
    let lines: Value =
        serde_json::from_str(&desk::marks_json(TEXT, &doc.to_string()).unwrap()).unwrap();
    let found = (lines.as_array().unwrap().iter())
        .filter(|l| l["text"].as_str().unwrap().contains(line))
        .flat_map(|l| l["marks"].as_array().unwrap().clone())
        .find(|m| m["number"] == number);
    found.unwrap_or_else(|| panic!("no mark of {number} in {lines}"))
}

#[test]
fn a_number_the_draft_skipped_as_a_headings_or_a_labels_is_undecided_until_the_desk_picks_a_reason()
{
    for (line, number, reason) in [
        ("突破900亿元", "900", "heading"),
        ("超50亿元", "50", "label"),
    ] {
        let mut doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
        let m = mark(&doc, line, number);
        assert_eq!(m["status"], "undecided", "{m}");
        assert_eq!(m["reason"], reason, "the draft's reason is kept: {m}");
        // The desk picks a reason, as the editor's offer writes it: decided.
        let k = m["skip"].as_u64().unwrap() as usize;
        doc["skips"][k]["reason"] = reason.into();
        doc["skips"][k].as_object_mut().unwrap().remove("draft");
        assert_eq!(mark(&doc, line, number)["status"], "skipped");
    }
}

#[test]
fn a_year_the_draft_skipped_is_decided_as_before() {
    let doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    assert_eq!(mark(&doc, "2025年，全区", "2025")["status"], "skipped");
}

#[test]
fn the_marks_of_a_file_change_when_the_desk_decides_a_drafted_skip() {
    use report_charts::check::raw::ReportFile;
    use report_charts::edit::desk::marked::{print, print_text};
    let mut doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    let file = |d: &Value| -> ReportFile { serde_json::from_value(d.clone()).unwrap() };
    let before = print(&file(&doc), print_text(TEXT));
    let k = (doc["skips"].as_array().unwrap().iter())
        .position(|s| s["draft"] == true)
        .expect("a drafted skip");
    doc["skips"][k].as_object_mut().unwrap().remove("draft");
    assert_ne!(print(&file(&doc), print_text(TEXT)), before);
}
