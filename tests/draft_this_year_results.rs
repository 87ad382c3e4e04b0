#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a story of the year's plans says of 今年 and of last year (issue 18 §4, the last
//! testers' leftovers): a count of 今年 without a goal word, in a text whose 今年 is the
//! plan year, is left for the desk; a result of last year before 确保 or 力争 in its
//! sentence stays last year's result; a target stands beside last year's result of its
//! indicator wherever the text gives it, and never beside another indicator's. Short
//! texts of our own, with figures of no real place.

mod common;

use common::drafted;
use report_charts::shared::model::{Figure, Report, SkipReason, Status};

/// The figure of `r` whose value or change is `value`, if any.
fn figure_of(r: &Report, value: f64) -> Option<&Figure> {
    r.figures
        .iter()
        .find(|f| f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
}

/// A city paper's summary of last year, the year's goals, and the reporter's `line`.
fn story(goals: bool, line: &str) -> String {
    let goals = if goals {
        "2026年，全市地区生产总值预期增长5.5%左右。\n"
    } else {
        ""
    };
    format!("宁州市2025年经济运行情况\n2025年，全市地区生产总值2418.6亿元，增长6.2%。\n{goals}记者从会上获悉，{line}\n")
}

#[test]
fn a_count_of_this_year_without_a_goal_word_in_a_story_of_the_plan_year_is_left_for_the_desk() {
    // (goals of 2026 in the text, the reporter's line, its number drawn as a result)
    let cases = [
        (true, "今年全市新开工项目300个。", None),
        // A word of what is done already: a count so far, a result.
        (true, "今年全市已开工项目300个。", Some(Status::Result)),
        // 今年以来 is a span so far, no plan.
        (true, "今年以来全市新开工项目300个。", Some(Status::Result)),
        // No goal of a later year: the text's 今年 is no plan year it says.
        (false, "今年全市新开工项目300个。", Some(Status::Result)),
    ];
    for (goals, line, want) in cases {
        let r = drafted("story", &story(goals, line));
        assert_eq!(figure_of(&r, 300.0).map(|f| f.status), want, "{line}");
        let unread = r
            .skips
            .iter()
            .any(|s| s.number == "300" && s.reason == SkipReason::Unread);
        assert_eq!(unread, want.is_none(), "{line}: {:?}", r.skips);
        // Last year's result and the year's goal are read as before.
        assert_eq!(figure_of(&r, 2418.6).unwrap().status, Status::Result);
    }
}

#[test]
fn a_result_of_last_year_before_a_goal_word_in_its_sentence_stays_a_result() {
    // (sentence, the status of 2418.6, of the 6% after the goal word)
    let cases = [
        (
            "去年实现地区生产总值2418.6亿元，今年确保增长6%。",
            Status::Result,
        ),
        (
            "2025年全市地区生产总值2418.6亿元，2026年力争增长6%。",
            Status::Result,
        ),
        // A figure that does not look back is the goal's, the safe side.
        ("全市地区生产总值2418.6亿元，力争增长6%。", Status::Target),
    ];
    for (sentence, amount) in cases {
        let r = drafted("goal", &format!("宁州市2025年经济运行情况\n{sentence}\n"));
        assert_eq!(figure_of(&r, 2418.6).unwrap().status, amount, "{sentence}");
        let goal = figure_of(&r, 6.0).unwrap();
        assert_eq!(goal.status, Status::Target, "{sentence}");
    }
}

/// A city's report of its ten projects of 2025, and those of 2026 in its last paragraph.
const PROJECTS: &str = "南岭市2025年十件民生实事完成情况
一、老旧小区。改造城镇老旧小区136个，惠及居民4.2万户。
二、养老服务。新增养老床位2600张。
三、居民增收。城镇居民人均可支配收入51280元，增长4.6%。
2026年，市政府拟办十件实事，新增养老床位2000张，改造老旧小区120个，居民人均可支配收入增长5%左右。
";

#[test]
fn a_target_stands_beside_last_years_result_of_its_indicator_from_another_paragraph() {
    let r = drafted("projects", PROJECTS);
    let chart = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "targets")
        .expect("a targets chart");
    let rows: Vec<&Figure> = r.figures_of(chart).collect();
    let before = |value: f64| {
        let at = rows.iter().position(|f| figure_of(&r, value) == Some(f));
        at.and_then(|k| k.checked_sub(1)).map(|k| rows[k])
    };
    // 改造城镇老旧小区136个 of 2025 beside 改造老旧小区120个 of 2026: one indicator.
    let housing = before(120.0).expect("改造老旧小区 on the chart");
    assert_eq!(housing.value, Some(136.0), "{}", housing.label.zh);
    assert_eq!(before(2000.0).and_then(|f| f.value), Some(2600.0));
    // 城镇居民 are a part of 居民: never last year's result of all residents.
    let income = before(5.0);
    assert!(
        income.is_none_or(|f| f.status != Status::Result),
        "{income:?}"
    );
}
