#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report whose title names no place is signed by the office that gives it (南溪市人民
//!政府 under 关于2025年十件民生实事完成情况的报告): the draft reads the place from that
//! byline when the text names no other (issue 18, tester s-test15 H5). Texts of our own.

mod common;

use common::drafted;
use report_charts::draft::meta::place_in_byline;

#[test]
fn a_byline_of_a_government_a_statistics_bureau_or_a_development_commission_names_the_place() {
    for (text, want) in [
        (
            "关于2025年民生实事的报告\n青石县人民政府\n全年完成。\n",
            Some("青石县"),
        ),
        ("2025年统计公报\n北湖区统计局\n全年平稳。\n", Some("北湖区")),
        ("计划执行情况\n南溪市发展和改革委员会\n", Some("南溪市")),
        // A sentence about a government, or an office of no one place, names none.
        ("民生实事报告\n市政府确定的实事全部完成。\n", None),
        ("民生实事报告\n青石县人民政府办公室\n", None),
        ("民生实事报告\n我市人民政府\n", None),
    ] {
        assert_eq!(place_in_byline(text).as_deref(), want, "{text}");
    }
}

#[test]
fn a_drafted_report_without_a_place_in_its_title_takes_its_bylines_place() {
    let text =
        "关于2025年十件民生实事完成情况的报告\n青石县人民政府\n2025年，全县累计投入资金8.6亿元。\n";
    let r = drafted("byline", text);
    let p = r.meta.place.as_ref().map(|p| p.zh.as_str());
    assert_eq!(p, Some("青石县"));
}
