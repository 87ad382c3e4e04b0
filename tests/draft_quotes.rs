#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A quote that restates a figure is no second figure (issue 18, the tester's finding):
//! in a city paper's summary, a delegate's or an official's words (说：“…”, 「…」, “…。”
//! 一位代表说) that say again a goal the report gave are a skip of reason `restated`,
//! which the desk sees. Short texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{Report, SkipReason};

/// The goals, then the same growth of GDP in someone's words, in each way a paper
/// quotes them.
const GOALS: &str =
    "报告提出，2026年全市主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%。\n";

/// The figures of `r` whose change is `value`.
fn with_change(r: &Report, value: f64) -> usize {
    r.figures
        .iter()
        .filter(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .count()
}

#[test]
fn a_quote_that_restates_a_goal_is_a_skip_of_its_own_and_no_second_figure() {
    let quotes = [
        "市长表示：“全市地区生产总值增长5.5%左右，这个目标实干可期。”\n",
        "“今年的目标积极稳妥。地区生产总值增长5.5%左右，体现了稳中求进。”一位代表说，大家很有信心。\n",
        "代表李华认为：「地区生产总值增长5.5%左右，要靠实体经济支撑。」\n",
    ];
    for quote in quotes {
        let r = drafted("quoted", &[GOALS, quote].concat());
        assert_eq!(with_change(&r, 5.5), 1, "{quote}: {:#?}", r.figures);
        let skip = r.skips.iter().find(|k| k.number == "5.5");
        let skip = skip.unwrap_or_else(|| panic!("{quote}: no skip of 5.5: {:#?}", r.skips));
        assert_eq!(skip.reason, SkipReason::Restated, "{quote}");
        assert!(skip.sentence.contains("5.5%左右"), "{quote}");
    }
}

#[test]
fn a_figure_outside_a_quote_or_a_new_number_in_one_stays_a_figure() {
    // The goal restated in a sentence of the paper's own, and a quote with a number the
    // text gave nowhere before: neither is a restatement inside a quote.
    let cases = [
        ("会议强调，地区生产总值增长5.5%左右。\n", 5.5, 2),
        ("代表李华说：“园区工业投资增长8.2%，好于预期。”\n", 8.2, 1),
    ];
    for (added, value, figures) in cases {
        let r = drafted("quoted", &[GOALS, added].concat());
        assert_eq!(with_change(&r, value), figures, "{added}: {:#?}", r.figures);
        assert!(
            r.skips.iter().all(|k| k.reason != SkipReason::Restated),
            "{added}"
        );
    }
}
