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
