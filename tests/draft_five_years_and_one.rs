#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Five years and one year in one sentence (issue 18, s-test21 D1–D3): a review of the
//! five years prints the sum or average of the five, then the last year's figure of the
//! same indicator (年均增长6.4%，2025年增长6.0%). The number after the year is that year's,
//! named as the indicator, never the five years', never labelled with the year alone. The
//! texts are short ones of our own, with invented figures. So too a 今年 goal in a
//! paragraph of the “十五五” goals (D5: 今年, not the plan's five years) and the
//! year a head names before its colon (B1: 2024年决算数：…).

mod common;

use common::{by_value, drafted, period};
use report_charts::shared::model::Report;

/// A county's work report of 2026 whose review of five years is `review`.
fn five_year_report(review: &str) -> String {
    format!(
        "2026年清河县政府工作报告\n一、过去五年工作回顾\n{review}\n\
         二、2026年主要目标\n今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%。\n"
    )
}

fn figure(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    by_value(r, value).unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

const FIVE: [&str; 4] = ["过去五年", "五年", "这五年", "“十四五”时期"];

#[test]
fn the_years_growth_after_the_five_years_average_is_that_years_and_the_indicators() {
    let r = drafted(
        "year-growth",
        &five_year_report("过去五年，全县地区生产总值年均增长6.4%，2025年增长6%。"),
    );
    let year = figure(&r, 6.0);
    assert_eq!(year.label.zh, "地区生产总值", "{year:?}");
    assert!(!FIVE.contains(&period(year).unwrap_or("")), "{year:?}");
    assert_eq!(period(figure(&r, 6.4)), Some("过去五年"));
}

#[test]
fn the_years_amount_after_the_five_years_sum_is_that_years_and_the_indicators() {
    let r = drafted(
        "year-amount",
        &five_year_report(
            "过去五年，一般公共预算收入五年累计完成58.3亿元，2025年完成12.9亿元。\
             五年新增城镇就业2.6万人，2025年新增5400人。",
        ),
    );
    for (value, label) in [(12.9, "一般公共预算收入"), (5400.0, "新增城镇就业")] {
        let f = figure(&r, value);
        assert_eq!(f.label.zh, label, "{f:?}");
        assert!(!FIVE.contains(&period(f).unwrap_or("")), "{f:?}");
    }
}

#[test]
fn this_years_goal_in_a_paragraph_of_the_five_year_plans_goals_is_this_years() {
    let r = drafted(
        "this-year-in-plan",
        "2026年清河县政府工作报告\n一、过去五年工作回顾\n过去五年，全县地区生产总值年均增长6.4%。\n\
         二、“十五五”时期目标和2026年工作安排\n\
         “十五五”时期的主要目标是：到2030年，全县地区生产总值突破300亿元，\
         城乡居民人均可支配收入年均增长6%以上。今年要新增城镇就业5200人以上，实施重点项目90个。\n",
    );
    for value in [5200.0, 90.0] {
        let f = figure(&r, value);
        assert_eq!(period(f), Some("2026年"), "{f:?}");
        assert_ne!(
            f.status,
            report_charts::shared::model::Status::Result,
            "{f:?}"
        );
    }
    assert_eq!(period(figure(&r, 300.0)), Some("2030年"));
}

#[test]
fn the_year_a_sentences_head_names_before_its_colon_is_every_figure_after_it() {
    let r = drafted(
        "final-accounts",
        "关于清河县2025年预算执行情况和2026年预算草案的报告\n一、2025年预算执行情况\n\
         全县一般公共预算收入完成21.4亿元，增长3.1%。\n\
         2024年决算数：一般公共预算收入20.76亿元，一般公共预算支出52.3亿元。\n\
         二、2026年预算草案\n2026年全县一般公共预算收入预计22.2亿元，增长3.7%左右。\n",
    );
    for value in [20.76, 52.3] {
        assert_eq!(period(figure(&r, value)), Some("2024年"), "{value}");
    }
    assert_eq!(period(figure(&r, 21.4)), None);
}
