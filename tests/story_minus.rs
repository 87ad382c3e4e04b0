#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A negative figure is marked with its minus sign (tester s-test23 #24): the live
//! number of 人口自然增长率-0.96‰ on the story page, and its mark in the editor's text
//! pane, cover -0.96, never 0.96 with the sign left outside as if the number were
//! positive. A text of our own.

mod common;

use common::*;
use report_charts::edit::desk::marks;

const TEXT: &str = "清水县2025年国民经济和社会发展统计公报
一、人口
全年出生人口2810人，出生率6.91‰；死亡人口3302人，死亡率8.12‰；人口自然增长率-1.21‰。
";

#[test]
fn the_live_number_of_a_negative_figure_holds_its_minus_sign() {
    let r = drafted("qingshui", TEXT);
    let f = (r.figures.iter())
        .find(|f| f.value == Some(-1.21))
        .unwrap_or_else(|| panic!("{:#?}", r.figures));
    let html = zh_story_page(&r, TEXT);
    let at = html
        .find(&format!("data-figure=\"{}\"", f.id))
        .unwrap_or_else(|| panic!("{} is not marked", f.id));
    let mark = &html[at..];
    let shown = &mark[mark.find('>').unwrap() + 1..mark.find("</").unwrap()];
    let near: String = mark.chars().take(300).collect();
    assert_eq!(shown, "-1.21", "{near}");
}

#[test]
fn the_editors_mark_of_a_negative_figure_covers_its_minus_sign() {
    let (_, json) = drafted_json("qingshui", TEXT);
    let file: report_charts::check::raw::ReportFile = serde_json::from_str(&json).unwrap();
    let lines = marks::marks(TEXT, &file);
    let (line, m) = (lines.iter())
        .flat_map(|l| l.marks.iter().map(move |m| (l, m)))
        .find(|(_, m)| m.shown == "-1.21")
        .unwrap_or_else(|| panic!("no mark of -1.21"));
    let units: Vec<u16> = line.text.encode_utf16().collect();
    let marked = String::from_utf16(&units[m.start..m.end]).unwrap();
    assert_eq!(marked, "-1.21");
}
