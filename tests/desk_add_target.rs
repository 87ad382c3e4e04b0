#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! 添加为数字 on a number the draft skipped as a goal (reason `target`) proposes a target
//! with the qualifier its sentence prints, whether or not a plan word stands before it:
//! never a result (tester s-test21 E3, E4's neighbour). Sentences of our own.

use report_charts::edit::desk;
use serde_json::Value;

const TEXT: &str = "石门县2025年经济运行情况\n\
全县地区生产总值320.5亿元，增长5.8%。\n\
全县上下奋力迈向500亿元以上的目标。\n";

const SENTENCE: &str = "全县上下奋力迈向500亿元以上的目标";

/// The draft of `TEXT`, as JSON, with its skips of reason `target` kept or taken out (the
/// desk unskipped the number before adding it).
fn doc(keep_skip: bool) -> Value {
    let mut doc: Value = serde_json::from_str(&desk::draft_json(TEXT).unwrap()).unwrap();
    let skips = doc["skips"].as_array_mut().unwrap();
    let target = |s: &Value| s["number"] == "500" && s["sentence"] == SENTENCE;
    assert!(
        skips.iter().any(|s| target(s) && s["reason"] == "target"),
        "the draft skips 500 as a goal: {skips:?}"
    );
    if !keep_skip {
        skips.retain(|s| !target(s));
    }
    doc
}

#[test]
fn a_number_skipped_as_a_goal_is_proposed_as_a_target_with_its_qualifier() {
    for keep_skip in [true, false] {
        let doc = doc(keep_skip).to_string();
        let proposed = desk::propose_json(TEXT, &doc, SENTENCE, "500", "zh").unwrap();
        let f: Value = serde_json::from_str(&proposed).unwrap();
        assert_eq!(f["status"], "target", "skip kept: {keep_skip}: {f}");
        assert_eq!(f["value"], 500.0, "{f}");
        assert_eq!(f["qualifier"], "以上", "{f}");
        assert_eq!(f["unit"]["zh"], "亿元", "{f}");
    }
}

#[test]
fn a_number_of_the_same_text_the_draft_reads_as_a_result_is_proposed_as_one() {
    // The desk removed the figure of 320.5: added again, it is the result it was.
    let mut doc = doc(true);
    let figures = doc["figures"].as_array_mut().unwrap();
    figures.retain(|f| f["value"] != 320.5);
    let sentence = "全县地区生产总值320.5亿元，增长5.8%";
    let proposed = desk::propose_json(TEXT, &doc.to_string(), sentence, "320.5", "zh").unwrap();
    let f: Value = serde_json::from_str(&proposed).unwrap();
    assert!(f["status"].is_null() || f["status"] == "result", "{f}");
}
