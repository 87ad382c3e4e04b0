#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The text pane shows every line the desk pasted (tester s-test21 E8): a dateline, a
//! byline and a bureau's signature, which the draft leaves out of the text, stand where
//! they are printed, their numbers marked as the draft skipped them. A text of our own.

use report_charts::edit::desk;
use serde_json::Value;

const TEXT: &str = "政府工作报告\n\
——2026年1月10日在石门县第十八届人民代表大会第五次会议上\n\
县长 李明\n\
各位代表：\n\
现在，我代表县人民政府向大会报告工作，请予审议。\n\
一、2025年工作回顾\n\
全县地区生产总值320.5亿元，增长5.8%。一般公共预算收入18.6亿元，增长4.2%。\n\
二、2026年工作安排\n\
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n\
石门县统计局 2026-01-08\n";

/// The lines of the text pane for `TEXT` under its draft.
fn lines() -> Vec<Value> {
    let doc = desk::draft_json(TEXT).unwrap();
    let lines: Value = serde_json::from_str(&desk::marks_json(TEXT, &doc).unwrap()).unwrap();
    lines.as_array().unwrap().clone()
}

#[test]
fn a_dateline_and_a_signature_the_draft_leaves_out_are_shown_where_they_stand() {
    let lines = lines();
    let texts: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
    let at = |part: &str| {
        texts
            .iter()
            .position(|t| t.contains(part))
            .unwrap_or_else(|| panic!("no line has {part}: {texts:?}"))
    };
    let dateline = at("第十八届人民代表大会");
    let signature = at("石门县统计局");
    for k in [dateline, signature] {
        assert_eq!(lines[k]["left"], true, "{}", lines[k]);
        assert!(lines[k]["paragraph"].is_null(), "{}", lines[k]);
        assert_eq!(lines[k]["heading"], false, "{}", lines[k]);
    }
    // In the order printed: after the title, before the first sentence; the signature last.
    assert!(
        at("政府工作报告") < dateline && dateline < at("320.5"),
        "{texts:?}"
    );
    assert_eq!(signature, texts.len() - 1, "{texts:?}");
    // The lines of the text itself are no lines left out.
    assert_eq!(lines[at("320.5")]["left"], false);
}

#[test]
fn the_numbers_of_a_line_left_out_are_marked_as_the_draft_skipped_them() {
    let lines = lines();
    let left: Vec<&Value> = lines.iter().filter(|l| l["left"] == true).collect();
    let marks: Vec<&Value> = left
        .iter()
        .flat_map(|l| l["marks"].as_array().unwrap())
        .collect();
    // 2026, 1 and 10 of the dateline; 2026, 01 and 08 of the signature.
    assert!(marks.len() >= 6, "{left:?}");
    for m in marks {
        assert_eq!(m["status"], "skipped", "{m}");
        assert_eq!(m["reason"], "page", "{m}");
    }
}

#[test]
fn a_text_with_no_line_left_out_shows_none() {
    let text = "全县地区生产总值320.5亿元，增长5.8%。";
    let doc = desk::draft_json(text).unwrap();
    let lines: Value = serde_json::from_str(&desk::marks_json(text, &doc).unwrap()).unwrap();
    let lines = lines.as_array().unwrap();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l["left"] == false), "{lines:?}");
}
