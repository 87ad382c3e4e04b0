#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A tester's drafts of texts of their own (issue 18 §1 status and period, §4 unsure
//! means undecided, s-test20): a horizon year (到2030年) at the end of a district's
//! summary that must not become the year of 今年's targets, a narrower place's numbers in
//! a city's press conference, and a WeChat 图解 post read line by line. The texts are
//! short ones of our own, with invented figures.

mod common;

use common::drafted;
use report_charts::shared::model::{Figure, Report, SkipReason, Status};

fn by_value(r: &Report, value: f64) -> Option<&Figure> {
    (r.figures.iter())
        .find(|f| f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
}

fn period(f: &Figure) -> Option<&str> {
    f.period.as_ref().map(|p| p.zh.as_str())
}

fn skip_reason(r: &Report, number: &str) -> Option<SkipReason> {
    (r.skips.iter())
        .find(|s| s.number == number)
        .map(|s| s.reason)
}

/// A district's report in a city paper: last year's results, this year's targets, and a
/// horizon at the end.
const HORIZON_LAST: &str = "青山区政府工作报告：稳中求进\n\n\
    1月8日，青山区十七届人大四次会议开幕。\n\n\
    2025年，全区地区生产总值完成812.4亿元，增长5.9%；今年，全区地区生产总值力争增长6%以上。\n\n\
    去年固定资产投资增长7.1%，今年固定资产投资预期增长7.5%左右。\n\n\
    今年城镇调查失业率控制在5.5%以内。\n\n\
    到2030年，全区地区生产总值力争突破1100亿元。";

#[test]
fn a_horizon_year_at_the_end_never_becomes_the_year_of_this_years_targets() {
    let r = drafted("horizon-last", HORIZON_LAST);
    for value in [6.0, 7.5, 5.5] {
        let f = by_value(&r, value).expect("this year's goal is read");
        assert_ne!(f.status, Status::Result, "{f:?}");
        assert_ne!(period(f), Some("2030年"), "今年 is not 2030: {f:?}");
    }
    let horizon = by_value(&r, 1100.0).expect("the horizon goal is read");
    assert_eq!(period(horizon), Some("2030年"), "{horizon:?}");
}

#[test]
fn this_years_targets_keep_the_period_they_had_without_the_horizon_sentence() {
    let cut = HORIZON_LAST
        .rsplit_once("\n\n")
        .expect("a last paragraph")
        .0;
    let without = drafted("horizon-cut", cut);
    let with = drafted("horizon-last", HORIZON_LAST);
    for value in [6.0, 7.5, 5.5] {
        let a = by_value(&without, value).expect("read without the horizon");
        let b = by_value(&with, value).expect("read with the horizon");
        assert_eq!(period(a), period(b), "{b:?}");
    }
}

/// A city's press conference where a reporter asks about one of its districts.
const PRESS_CONFERENCE: &str = "西江市2025年经济运行情况新闻发布会实录\n\
    时间：2026年1月20日上午9:30\n\n\
    周文：初步核算，2025年全市实现地区生产总值4216.3亿元，同比增长5.8%。社会消费品零售总额1520.4亿元，增长4.6%。\n\n\
    记者（西江日报）：请问临河区去年表现如何？\n\
    答：临河区去年实现地区生产总值866.2亿元，增长7.2%，高于全市平均水平1.4个百分点，拉动全市经济增长1.3个百分点。区内新能源汽车产量达到31.6万辆，占全市的五成以上。\n\n\
    主持人：今天的发布会到此结束。";

#[test]
fn a_districts_pull_on_the_citys_growth_is_no_figure_of_the_city() {
    let r = drafted("press-district", PRESS_CONFERENCE);
    for value in [866.2, 7.2, 1.4, 1.3] {
        assert!(
            by_value(&r, value).is_none(),
            "{value} is the district's: {:?}",
            by_value(&r, value)
        );
    }
    assert_eq!(skip_reason(&r, "1.3"), Some(SkipReason::OtherSubject));
    let city = by_value(&r, 4216.3).expect("the city's own GDP is read");
    assert_eq!(city.status, Status::Result, "{city:?}");
}

#[test]
fn a_pull_that_cannot_join_its_figure_is_left_for_the_desk_not_named_growth() {
    let r = drafted(
        "pull-second",
        "全市规模以上工业增加值增长8.2%，高于全省平均水平1.1个百分点，拉动全市经济增长2.4个百分点。",
    );
    assert!(by_value(&r, 2.4).is_none(), "{:?}", by_value(&r, 2.4));
    assert!(
        r.skips.iter().any(|s| s.number == "2.4"),
        "2.4 is asked of the desk: {:?}",
        r.skips
    );
    assert!(
        !r.figures.iter().any(|f| f.label.zh == "经济增长"),
        "{:?}",
        r.figures
    );
}

#[test]
fn a_sentence_opened_by_within_the_district_is_the_districts_in_a_city_report() {
    let r = drafted("press-district", PRESS_CONFERENCE);
    assert!(by_value(&r, 31.6).is_none(), "{:?}", by_value(&r, 31.6));
    assert_eq!(skip_reason(&r, "31.6"), Some(SkipReason::OtherSubject));
}

#[test]
fn a_districts_run_of_clauses_is_its_own_up_to_the_next_subject() {
    let r = drafted(
        "district-run",
        "西江市2025年经济运行情况\n\n\
         2025年全市实现地区生产总值4216.3亿元，增长5.8%。\n\n\
         临河区实现地区生产总值866.2亿元，增长7.2%，新签约亿元以上项目45个；全市新增城镇就业6.3万人。",
    );
    assert!(by_value(&r, 45.0).is_none(), "{:?}", by_value(&r, 45.0));
    assert_eq!(skip_reason(&r, "45"), Some(SkipReason::OtherSubject));
    let jobs = by_value(&r, 6.3).expect("the city's own jobs after 全市 are read");
    assert_eq!(jobs.status, Status::Result, "{jobs:?}");
}
