#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An undecided number says why the draft left it (tester s-test21 E4): its mark carries
//! the cause `check` gives, in both languages, for the tooltip and the panel of choices.
//! A short text of our own.

use report_charts::draft::{glossary::Glossary, unread};
use report_charts::edit::desk;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Skip, SkipReason};
use serde_json::Value;

const TEXT: &str = "江川市2025年经济运行情况\n\
全市地区生产总值4862.3亿元，实际增长5.8%。\n\
指标 2025年计划 2025年完成 2026年计划\n\
地区生产总值增长（%） 6左右 5.8 5.5左右\n";

#[test]
fn every_undecided_number_of_a_draft_says_why_in_both_languages_and_no_other_does() {
    let doc = desk::draft_json(TEXT).unwrap();
    let lines: Value = serde_json::from_str(&desk::marks_json(TEXT, &doc).unwrap()).unwrap();
    let glossary = Glossary::bundled().unwrap();
    let mut undecided = 0;
    for line in lines.as_array().unwrap() {
        for m in line["marks"].as_array().unwrap() {
            if m["status"] != "undecided" {
                assert!(m["why"].is_null(), "{m}");
                continue;
            }
            undecided += 1;
            let skip = Skip {
                number: m["number"].as_str().unwrap().into(),
                sentence: line["text"].as_str().unwrap().into(),
                reason: SkipReason::Unread,
            };
            let cause = unread::cause(&skip, &glossary);
            for (lang, key) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                assert_eq!(m["why"][key], msg::draft::unread_cause(cause, lang), "{m}");
            }
        }
    }
    assert!(
        undecided > 0,
        "the table's cells are left for the desk: {lines}"
    );
}
