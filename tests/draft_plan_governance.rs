#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Periods and plan years read as the text says (issue 18, tester s-test16's findings C1
//! and C2): a year a sentence prints governs it over the five years its paragraph opened
//! with, which reach only the figures their own words govern; a plan's goals (二、主要目标,
//! 到2030年, a 展望2030年 list's —— items) are targets of their year, never results; and a
//! plan outline is of its base year, not its horizon. Short texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{Report, Status};

/// The figure of `r` whose value (or, without one, whose change) prints as `value`.
fn figure_of(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    let f = r.figures.iter().find(|f| {
        f.value == Some(value)
            || f.value.is_none() && f.change.as_ref().is_some_and(|c| c.value == value)
    });
    f.unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

/// A plan outline's review of the five years before it.
const REVIEW: &str = "青禾县“十五五”规划纲要（摘要）

一、发展基础

“十四五”时期，全县综合实力明显增强。2025年全县地区生产总值达到412.6亿元，五年年均增长6.2%；一般公共预算收入达到31.5亿元。“十四五”时期，全县累计完成固定资产投资1520亿元。
";

#[test]
fn a_year_a_sentence_prints_governs_it_over_the_five_years_before_it() {
    let r = drafted("review", REVIEW);
    // (value, label, period)
    let cases = [
        (412.6, "地区生产总值", None),
        (31.5, "一般公共预算收入", None),
        (6.2, "地区生产总值", Some("“十四五”时期")),
        (1520.0, "固定资产投资", Some("“十四五”时期")),
    ];
    for (value, label, period) in cases {
        let f = figure_of(&r, value);
        assert!(f.label.zh.ends_with(label), "{value}: {}", f.label.zh);
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), period, "{value}");
        assert_eq!(f.status, Status::Result, "{value}");
    }
}

/// Goals of a plan in prose, under a heading of goals and in a list of them.
const GOALS: &str = "青禾县“十五五”规划纲要（摘要）

二、主要目标

到2030年，单位地区生产总值能耗下降12%，为约束性指标；粮食综合生产能力稳定在86万吨以上；森林覆盖率保持在58%。“十五五”期间，研发经费投入年均增长9%以上，累计新增城镇就业12.5万人。
";

/// The same goals as a 展望 list whose items stand in paragraphs of their own.
const LIST: &str = "青禾县“十五五”规划纲要（摘要）

展望2030年，全县经济社会发展的主要目标是：

——经济质量明显提升。地区生产总值年均增长5.5%左右。

——生态环境持续改善。细颗粒物（PM2.5）平均浓度降至26微克/立方米，地表水优良比例达到95%。

到2030年，全县新增高新技术企业320家，建成5G基站6800个。
";

#[test]
fn a_plans_goals_are_targets_of_their_year_and_never_results() {
    // (text, value, status, period)
    let cases = [
        (GOALS, 12.0, Status::Target, "2030年"),
        (GOALS, 86.0, Status::Target, "2030年"),
        (GOALS, 58.0, Status::Target, "2030年"),
        (GOALS, 9.0, Status::Target, "“十五五”时期"),
        (GOALS, 12.5, Status::Target, "“十五五”时期"),
        (LIST, 5.5, Status::Target, "2030年"),
        (LIST, 26.0, Status::Target, "2030年"),
        (LIST, 95.0, Status::Target, "2030年"),
        (LIST, 6800.0, Status::Target, "2030年"),
        // A goal counted over the plan's years (新增) is of its five years.
        (LIST, 320.0, Status::Target, "“十五五”时期"),
    ];
    for (text, value, status, period) in cases {
        let r = drafted("plan", text);
        let f = figure_of(&r, value);
        assert_eq!(f.status, status, "{value}: {:#?}", f);
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            Some(period),
            "{value}"
        );
        assert_eq!(r.meta.year, 2025, "a plan outline is of its base year");
    }
    let r = drafted("plan", GOALS);
    assert!(figure_of(&r, 12.5).cumulative, "累计 over the plan's years");
}

#[test]
fn a_sentence_opens_with_one_year_and_not_with_a_date_a_span_or_a_base() {
    use report_charts::draft::years::opening_year;
    let cases = [
        ("2025年全县地区生产总值达到412.6亿元", Some("2025年")),
        ("到2030年，森林覆盖率保持在58%", Some("到2030年")),
        ("展望2030年，全县主要目标是", Some("展望2030年")),
        ("2025年1月，全县召开大会", None),
        ("2021—2025年，全县年均增长6.2%", None),
        ("2020年以来，全县累计完成投资1520亿元", None),
        ("比2020年增长38%", None),
        ("全县地区生产总值达到412.6亿元", None),
    ];
    for (sentence, want) in cases {
        assert_eq!(opening_year(sentence).as_deref(), want, "{sentence}");
    }
}
