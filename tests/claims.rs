//! Which numbers of its sentence a figure holds (`draft::coverage::claims`): one rule for
//! `check`'s coverage and the editor's marks, so that the editor never counts as
//! undecided a number that `check` says a figure holds (a range's upper end, a
//! comparison's points).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use report_charts::check::printed;
use report_charts::check::{raw, validate};
use report_charts::draft;
use report_charts::draft::coverage;
use report_charts::edit::desk;

/// The number `printed` of `sentence`, as the text's reading finds it.
fn number(sentence: &str, printed: &str) -> printed::Number {
    printed::numbers(sentence)
        .into_iter()
        .find(|n| n.text == printed)
        .unwrap_or_else(|| panic!("no {printed} in {sentence}"))
}

#[test]
fn a_figure_holds_every_number_it_prints_and_no_other() {
    // (sentence, figure as the data file has it, number, held)
    let cases = [
        ("产值120亿元", r#"{"value": 120}"#, "120", true),
        ("目标为6—6.5", r#"{"value": 6, "to": 6.5}"#, "6.5", true),
        (
            "增长6.1%",
            r#"{"change": {"kind": "growth", "value": 6.1}}"#,
            "6.1",
            true,
        ),
        (
            "增长6%—6.5%",
            r#"{"change": {"kind": "growth", "value": 6, "to": 6.5}}"#,
            "6.5",
            true,
        ),
        (
            "由37个压缩为10个",
            r#"{"value": 10, "change": {"kind": "from", "value": 37}}"#,
            "37",
            true,
        ),
        (
            "增长8.4%，高于全市平均水平1.2个百分点",
            r#"{"change": {"kind": "growth", "value": 8.4}, "compare": {"kind": "above", "value": 1.2}}"#,
            "1.2",
            true,
        ),
        (
            "增长3.1%，低于全省平均水平0.4个百分点",
            r#"{"change": {"kind": "growth", "value": 3.1}, "compare": {"kind": "below", "value": 0.4}}"#,
            "0.4",
            true,
        ),
        (
            "增长9%，拉动全部投资增长4.6个百分点",
            r#"{"change": {"kind": "growth", "value": 9}, "compare": {"kind": "pull", "value": 4.6}}"#,
            "4.6",
            true,
        ),
        (
            "增长6.9%，比1—10月提高0.3个百分点",
            r#"{"change": {"kind": "growth", "value": 6.9}}"#,
            "0.3",
            false,
        ),
        ("产值120亿元，增长5%", r#"{"value": 120}"#, "5", false),
        // A value with the sign its sentence prints; a range's dash is no sign.
        ("同比增速为-1.2%", r#"{"value": -1.2}"#, "1.2", true),
        ("同比增速为-1.2%", r#"{"value": 1.2}"#, "1.2", false),
        ("目标为5-5.5", r#"{"value": 5, "to": 5.5}"#, "5.5", true),
    ];
    for (sentence, figure, printed, held) in cases {
        let f: raw::Figure = serde_json::from_str(figure).unwrap();
        assert_eq!(
            coverage::claims(&f, sentence, &number(sentence, printed)),
            held,
            "{printed} of {sentence} by {figure}"
        );
    }
}

/// A short text of our own with a range, a comparison, a contribution and a from-change.
const TEXT: &str = "青山区2025年经济运行情况\n\
全年地区生产总值完成300.5亿元，增长5.8%，增速高于全市平均水平1.1个百分点。\n\
工业投资增长12%，拉动全部投资增长3.2个百分点。\n\
规模以上工业增加值增长7.2%，比前三季度提高0.3个百分点，高于全市平均水平0.9个百分点。\n\
2026年主要预期目标是：地区生产总值增长6%—6.5%。\n";

#[test]
fn the_editor_marks_undecided_exactly_the_numbers_check_finds_uncovered() {
    let drafted = draft::draft(TEXT).unwrap();
    let json = draft::to_json(&drafted).unwrap();
    let report = validate::load("qingshan.json", &json).unwrap();
    let uncovered: Vec<(String, String)> = coverage::uncovered(TEXT, &report)
        .into_iter()
        .map(|u| (u.sentence, u.number))
        .collect();
    let lines: Vec<serde_json::Value> =
        serde_json::from_str(&desk::marks_json(TEXT, &json).unwrap()).unwrap();
    let mut undecided = Vec::new();
    for l in &lines {
        for m in l["marks"].as_array().unwrap() {
            // A skip of reason `unread` covers its number for `check`, and is the
            // desk's to decide in the editor: the one difference, by design.
            let unread = m["reason"] == "unread";
            if m["status"] == "undecided" && !unread {
                undecided.push((
                    l["text"].as_str().unwrap().to_string(),
                    m["number"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    assert_eq!(undecided, uncovered);
    // The numbers the tester found marked undecided are the draft's figures'.
    for held in ["6.5", "1.1", "3.2", "0.9"] {
        let status = lines
            .iter()
            .flat_map(|l| l["marks"].as_array().unwrap())
            .find(|m| m["number"] == held)
            .map(|m| m["status"].as_str().unwrap().to_string());
        assert!(
            matches!(status.as_deref(), Some("charted" | "figure")),
            "{held}: {status:?}"
        );
    }
}
