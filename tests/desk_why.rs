#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An undecided number says why the draft left it (tester s-test21 E4), asked of the
//! drafter's wasm (`desk::whys_json`): the cause `check` gives, in both languages, for the
//! text pane's tooltip and the panel of choices. A short text of our own.

use report_charts::draft::{glossary::Glossary, unread};
use report_charts::edit::desk;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Skip, SkipReason, UnreadCause};
use serde_json::{json, Value};

const TEXT: &str = "江川市2025年经济运行情况\n\
全市地区生产总值4862.3亿元，实际增长5.8%。\n\
指标 2025年计划 2025年完成 2026年计划\n\
地区生产总值增长（%） 6左右 5.8 5.5左右\n";

/// What `whys_json` answers for `asked` ([sentence, number, reason or null] each), asked
/// as the editor does: a line each, its fields parted by tabs.
fn whys(asked: &Value) -> Vec<Value> {
    let lines: Vec<String> = (asked.as_array().unwrap().iter())
        .map(|a| {
            let field = |i: usize| a[i].as_str().unwrap_or("").to_string();
            [field(0), field(1), field(2)].join("\t")
        })
        .collect();
    let answer: Value = serde_json::from_str(&desk::whys_json(&lines.join("\n")).unwrap()).unwrap();
    answer.as_array().unwrap().clone()
}

/// The words `check` gives cause `cause`, as the answer holds them.
fn worded(cause: UnreadCause) -> Value {
    json!({ "zh": msg::draft::unread_cause(cause, Lang::Zh), "en": msg::draft::unread_cause(cause, Lang::En) })
}

#[test]
fn every_undecided_number_of_a_draft_says_why_in_both_languages_as_check_does() {
    let doc = desk::draft_json(TEXT).unwrap();
    let lines: Value = serde_json::from_str(&desk::marks_json(TEXT, &doc).unwrap()).unwrap();
    let glossary = Glossary::bundled().unwrap();
    let mut asked = Vec::new();
    let mut expected = Vec::new();
    for line in lines.as_array().unwrap() {
        for m in line["marks"].as_array().unwrap() {
            if m["status"] != "undecided" {
                continue;
            }
            asked.push(json!([line["text"], m["number"], m["reason"]]));
            let skip = Skip {
                number: m["number"].as_str().unwrap().into(),
                sentence: line["text"].as_str().unwrap().into(),
                reason: SkipReason::Unread,
            };
            expected.push(worded(unread::cause(&skip, &glossary)));
        }
    }
    assert!(
        !asked.is_empty(),
        "the table's cells are left for the desk: {lines}"
    );
    assert_eq!(whys(&Value::from(asked)), expected);
    // The table's row, which its header does not make clear, says so.
    assert!(
        expected.contains(&worded(UnreadCause::TableRow)),
        "{expected:?}"
    );
}

#[test]
fn a_number_skipped_for_another_reason_or_one_the_draft_reads_has_no_why() {
    let cases = json!([
        // A year the desk left undecided: the draft skips it as a year, no unread cause.
        ["2025年，全市新增经营主体1.9万户", "2025", null],
        // A skip of reason label says why itself.
        ["全区5000平方米以上楼宇入驻率83.46%", "5000", "label"],
        // A figure the draft reads.
        ["全市新增经营主体1.9万户", "1.9", null],
    ]);
    assert_eq!(whys(&cases), vec![Value::Null; 3]);
}

#[test]
fn a_number_nothing_names_that_the_draft_would_leave_unread_says_why() {
    // A change in 倍, which no change kind holds: unread by the draft, undecided with no
    // skip once the desk removed it.
    let sentence = "工业用电量同比下降2倍";
    assert_eq!(desk::skip_reason(sentence, "2"), Ok(Some("unread")));
    let answer = whys(&json!([[sentence, "2", null], [sentence, "2", "unread"]]));
    assert_eq!(answer[0], answer[1]);
    assert_eq!(answer[0], worded(UnreadCause::TimesChange));
}

#[test]
fn a_question_whose_line_has_not_three_fields_is_an_error() {
    assert!(desk::whys_json("一句\t5").is_err());
    assert!(desk::whys_json("一句\t5\t\t多").is_err());
    assert_eq!(desk::whys_json(""), Ok("[]".to_string()));
}
