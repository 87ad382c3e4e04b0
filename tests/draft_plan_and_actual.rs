#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A plan and what was done, in one sentence (issue 18, s-test21 A1–A5): a 计划执行情况
//! report prints each indicator's plan for the year under review and its result side by
//! side (…计划增长8%，实际增长8.6%). The plan's number is a target (a limit where its
//! words bound it), never a result, never the value or change of the result; the label
//! names the indicator, not the plan; the result after 实际 is the result. The texts are
//! short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::shared::model::{Report, Status};

/// A county's 计划执行情况 report of 2025 with `review` as its review's paragraph.
fn plan_report(review: &str) -> String {
    format!(
        "关于清河县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\
         一、2025年计划执行情况\n{review}\n\
         二、2026年计划草案\n2026年，全县地区生产总值预期增长6%左右，规模以上工业增加值预期增长7%左右。\n"
    )
}

fn status(r: &Report, value: f64) -> Status {
    by_value(r, value)
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
        .status
}

fn label(r: &Report, value: f64) -> &str {
    by_value(r, value)
        .map(|f| f.label.zh.as_str())
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

#[test]
fn a_plans_growth_before_the_actual_one_is_a_target_and_the_actual_a_result() {
    let r = drafted(
        "plan-growth",
        &plan_report(
            "2025年，全县经济平稳运行。规模以上工业增加值计划增长8%，实际增长8.6%；\
             建筑业总产值计划增长6%，实际下降1.5%。",
        ),
    );
    for plan in [8.0, 6.0] {
        assert_eq!(status(&r, plan), Status::Target, "{plan}: {:#?}", r.figures);
    }
    for done in [8.6, 1.5] {
        assert_eq!(status(&r, done), Status::Result, "{done}: {:#?}", r.figures);
    }
    assert_eq!(label(&r, 8.0), "规模以上工业增加值");
    assert_eq!(label(&r, 8.6), "规模以上工业增加值");
    assert_eq!(label(&r, 6.0), "建筑业总产值");
    assert_eq!(label(&r, 1.5), "建筑业总产值");
}

#[test]
fn a_plans_number_is_never_the_value_or_change_of_the_result_after_it() {
    let r = drafted(
        "plan-amount",
        &plan_report(
            "2025年，全县经济平稳运行。农村居民人均可支配收入计划增长7%，实际完成21860元，\
             增长7.2%。商品零售价格涨幅计划控制在3%左右，实际上涨1.1%。",
        ),
    );
    assert_eq!(status(&r, 7.0), Status::Target, "{:#?}", r.figures);
    let done = by_value(&r, 21860.0).unwrap();
    assert_eq!(done.status, Status::Result, "{done:?}");
    assert_eq!(done.change.as_ref().map(|c| c.value), Some(7.2), "{done:?}");
    assert_eq!(done.label.zh, "农村居民人均可支配收入");
    // The 3% plan is no level whose change is the 1.1% actual rise.
    for f in r.figures.iter().filter(|f| f.value == Some(3.0)) {
        assert_ne!(f.status, Status::Result, "{f:?}");
        assert!(f.change.is_none(), "{f:?}");
        assert_eq!(f.label.zh, "商品零售价格涨幅", "{f:?}");
    }
    if let Some(f) = by_value(&r, 1.1) {
        assert_eq!(f.status, Status::Result, "{f:?}");
        assert_ne!(f.value, Some(3.0), "{f:?}");
    } else {
        assert!(r.skips.iter().any(|s| s.number == "1.1"), "{:?}", r.skips);
    }
}

#[test]
fn a_bound_held_to_before_the_actual_one_is_a_limit() {
    let r = drafted(
        "plan-bound",
        &plan_report("2025年，全县经济平稳运行。城镇登记失业率控制在4%以内，实际为3.2%。"),
    );
    assert_eq!(status(&r, 4.0), Status::Limit, "{:#?}", r.figures);
    assert_eq!(status(&r, 3.2), Status::Result, "{:#?}", r.figures);
}

#[test]
fn a_result_that_reached_its_plan_stays_a_result() {
    let r = drafted(
        "plan-met",
        &plan_report(
            "2025年，全县经济平稳运行。全县实现旅游收入48.6亿元，完成年度计划的108.2%，增长6.4%。",
        ),
    );
    assert_eq!(status(&r, 48.6), Status::Result, "{:#?}", r.figures);
    assert_eq!(status(&r, 108.2), Status::Result, "{:#?}", r.figures);
}
