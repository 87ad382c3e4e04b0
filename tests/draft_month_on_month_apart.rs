#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! 同比 and 环比 of one indicator in one sentence (issue 18, s-test21 C1): 同比上涨0.8%，
//! 环比下降0.3% are two changes on two bases, the year before and the month before. Two
//! cards of one label and one period side by side would read as two values of one
//! change; no drafted chart sets them together. The texts are short ones of our own,
//! with invented figures.

mod common;

use common::drafted;
use report_charts::shared::model::Report;

/// The index of the figure whose change is `value`.
fn of_change(r: &Report, value: f64) -> usize {
    r.figures
        .iter()
        .position(|f| f.change.as_ref().is_some_and(|c| c.value == value))
        .unwrap_or_else(|| panic!("no change of {value}: {:#?}", r.figures))
}

#[test]
fn a_month_on_month_change_is_never_charted_beside_the_same_indicators_year_on_year_one() {
    let r = drafted(
        "mom",
        "2025年1—10月份清河市经济运行情况\n清河市统计局 2025-11-18\n\
         1—10月份，全市经济运行稳中向好。\n\
         一、工业生产较快增长。1—10月份，全市规模以上工业增加值同比增长5.9%。\
         10月份，规模以上工业增加值同比增长6.6%。\n\
         二、投资降幅收窄。1—10月份，全市固定资产投资同比下降2.4%。其中，工业投资增长8.1%，\
         基础设施投资增长2.6%，房地产开发投资下降12.9%。\n\
         三、物价温和上涨。10月份，全市居民消费价格同比上涨0.8%，环比下降0.3%。\
         1—10月份平均，居民消费价格同比上涨0.4%。\n\
         四、外贸增长较快。1—10月份，全市进出口总额2710.6亿元，同比增长7.7%，\
         其中出口1690.2亿元，增长10.4%。\n\
         上半年，全市地区生产总值2210.5亿元，按不变价格计算，同比增长5.1%。\n",
    );
    for (year_on_year, month_on_month) in [(0.8, 0.3)] {
        let (a, b) = (of_change(&r, year_on_year), of_change(&r, month_on_month));
        assert_eq!(r.figures[a].label.zh, r.figures[b].label.zh);
        for c in &r.charts {
            assert!(
                !(c.figures.contains(&a) && c.figures.contains(&b)),
                "{} and {} on one chart: {c:#?}",
                year_on_year,
                month_on_month
            );
        }
    }
}
