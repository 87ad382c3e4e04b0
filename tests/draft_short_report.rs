#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A short text a desk pastes gets the charts it supports: its headline figures as the
//! lead graphic, its two targets as a 预期目标 chart, within the rule of one cards chart in
//! three as `data/README.md` reads it for one or two charts (issue 18). Texts of our own.

use report_charts::check::validate::{self, advice};
use report_charts::draft;

fn kinds(text: &str) -> Vec<(String, bool)> {
    let d = draft::draft(text).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("short.json", &json).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !advice::advice(&r).iter().any(|p| p.path == "charts"),
        "{json}"
    );
    r.charts
        .iter()
        .map(|c| (c.kind.name().to_string(), c.lead))
        .collect()
}

#[test]
fn a_short_county_text_gets_its_headline_figures_and_its_two_targets_charted() {
    let text = "2025年某县经济运行情况
一、2025年经济运行
2025年，全县地区生产总值286.4亿元，增长5.8%。一般公共预算收入15.2亿元，增长3.1%。
二、2026年主要目标
2026年，全县固定资产投资增长6%左右，社会消费品零售总额增长4%以上。
";
    assert_eq!(
        kinds(text),
        [("cards".to_string(), true), ("targets".to_string(), false)]
    );
}

#[test]
fn a_text_of_headline_figures_alone_keeps_its_lead_graphic() {
    let text = "一、2025年工作回顾
全县地区生产总值286.4亿元，增长5.8%。一般公共预算收入15.2亿元，增长3.1%。
";
    assert_eq!(kinds(text), [("cards".to_string(), true)]);
}

#[test]
fn one_cards_chart_in_three_allows_a_report_of_one_or_two_charts_one_cards_chart_lead_or_not() {
    // (cards charts, all charts) → too many. A two-chart post whose cards chart is the
    // desk's own (its results beside a targets chart) is told nothing it could honestly
    // fix (tester s-test20 E4).
    let cases = [
        (1, 1, false),
        (1, 2, false),
        (2, 2, true),
        (1, 3, false),
        (2, 5, true),
        (2, 6, false),
        (2, 3, true),
    ];
    for (cards, all, too_many) in cases {
        assert_eq!(
            advice::too_many_cards(cards, all),
            too_many,
            "{cards} of {all}"
        );
    }
}
