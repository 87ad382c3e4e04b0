#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A sentence that a goal cue opens sets goals in all its clauses (issue 18, the second
//! tester's C1): 报告提出，今年…预期增长6%左右，一般公共预算收入增长4%，城镇新增就业
//! 3.5万人以上 is three targets of the same year, never a target and two results; a
//! clause that looks back itself (去年…) stays a result. None of them reaches a chart of
//! results, and a target's 上年 slot takes only a result the text prints for the year
//! before. Short texts of our own.

mod common;

use common::drafted;
use report_charts::shared::charts::targets;
use report_charts::shared::model::{Figure, Report, Status};

/// The figure of `r` whose source has `quote` and whose value or change is `value`.
fn figure<'a>(r: &'a Report, quote: &str, value: f64) -> &'a Figure {
    r.figures
        .iter()
        .find(|f| {
            f.source.contains(quote)
                && (f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
        })
        .unwrap_or_else(|| panic!("no {value} in «{quote}»: {:#?}", r.figures))
}

/// A city paper's story of a report of 2025, read in 2026 (its dateline says so).
fn story(goals: &str) -> String {
    format!(
        "东湖市两会开幕\n发布时间：2026-01-20 09:00\n报告显示，2025年全市地区生产总值达到812.4亿元，增长5.7%。\n{goals}\n记者了解到，本次大会会期4天。\n"
    )
}

const THIS_YEAR: &str =
    "报告提出，今年全市地区生产总值预期增长6%左右，一般公共预算收入增长4%，城镇新增就业3.5万人以上。";
const NAMED_YEAR: &str =
    "报告提出，2026年全市地区生产总值预期增长6%左右，一般公共预算收入增长4%，城镇新增就业3.5万人以上。";
const WILL: &str =
    "据介绍，今年全市将安排重点项目260个，年度计划投资930亿元，其中产业项目占比不低于55%。";
const LOOKS_BACK: &str =
    "报告提出，今年全市地区生产总值预期增长6%左右，去年一般公共预算收入增长4%。";

#[test]
fn every_clause_of_a_sentence_a_goal_cue_opens_is_a_goal_of_the_same_year() {
    // (the goals' line, a figure's words, its value or change, its status and period)
    let cases = [
        (THIS_YEAR, "今年", 6.0, Status::Target, Some("2026年")),
        (THIS_YEAR, "今年", 4.0, Status::Target, Some("2026年")),
        (THIS_YEAR, "今年", 3.5, Status::Target, Some("2026年")),
        (NAMED_YEAR, "2026年", 4.0, Status::Target, Some("2026年")),
        (NAMED_YEAR, "2026年", 3.5, Status::Target, Some("2026年")),
        (WILL, "将安排", 260.0, Status::Target, Some("2026年")),
        (WILL, "将安排", 55.0, Status::Target, Some("2026年")),
        (LOOKS_BACK, "去年", 4.0, Status::Result, None),
    ];
    for (goals, quote, value, status, period) in cases {
        let r = drafted("story", &story(goals));
        let f = figure(&r, quote, value);
        assert_eq!(f.status, status, "{goals}: {value}");
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            period,
            "{goals}: {value}"
        );
        assert_eq!(r.meta.year, 2025, "{goals}");
        for c in r.charts.iter().filter(|c| c.kind != targets::KIND) {
            for g in r.figures_of(c) {
                assert_eq!(g.status, Status::Result, "{goals}: {} on {}", g.id, c.id);
            }
        }
    }
}

#[test]
fn a_targets_last_year_slot_takes_only_a_result_printed_for_the_year_before() {
    // (the text, whether the target of 一般公共预算收入 has a result of last year beside it)
    let both = format!(
        "{}{}\n今年全市主要预期目标是：一般公共预算收入增长4%，城镇新增就业3.5万人以上。\n",
        story(""),
        "2025年一般公共预算收入增长3.1%。"
    );
    let cases = [
        // The goals said twice: the first sentence's clauses are no results of 2025.
        (
            format!(
                "{}今年全市主要预期目标是：一般公共预算收入增长4%，城镇新增就业3.5万人以上。\n",
                story(THIS_YEAR)
            ),
            false,
        ),
        (both, true),
        // A report of no known year: its result is of no known year, never 2026's year before.
        (
            "东湖市两会开幕\n报告显示，全市地区生产总值达到812.4亿元，增长5.7%。一般公共预算收入增长3.1%。\n报告提出，2026年全市主要预期目标是：一般公共预算收入增长4%，城镇新增就业3.5万人以上，地区生产总值增长6%左右。\n".to_string(),
            false,
        ),
    ];
    for (text, paired) in cases {
        let r = drafted("story", &text);
        let beside = r
            .charts
            .iter()
            .filter(|c| c.kind == targets::KIND)
            .any(|c| {
                r.figures_of(c)
                    .any(|f| f.status == Status::Result && f.label.zh.contains("一般公共预算收入"))
            });
        assert_eq!(beside, paired, "{text}: {:#?}", r.charts);
        for c in r.charts.iter().filter(|c| c.kind == targets::KIND) {
            for f in r.figures_of(c).filter(|f| f.status == Status::Result) {
                assert!(
                    !f.source.contains("今年"),
                    "{}: 上年 from «{}»",
                    c.id,
                    f.source
                );
            }
        }
    }
}
