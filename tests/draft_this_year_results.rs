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
