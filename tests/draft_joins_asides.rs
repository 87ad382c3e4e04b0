#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What stands between an amount and its change in a report or a 统计公报 and belongs to
//! neither (a note in brackets, a standing of its growth, a mark the amount passed, how
//! far it came back to a past year's level), and what a name may close with (a note of
//! what it counts). Each split the amount from its change; the sentences are short ones
//! of our own, none a corpus text's.

mod common;

use common::sentences::{figures, only, read, shape, skipped};
use report_charts::shared::model::{ChangeKind, SkipReason};

/// The amount 520亿元 with its growth of 6.1%, as every sentence below prints them.
fn amount_with_growth() -> (Option<f64>, String, Option<(ChangeKind, f64)>) {
    (
        Some(520.0),
        "亿元".to_string(),
        Some((ChangeKind::Growth, 6.1)),
    )
}

#[test]
fn a_note_in_brackets_between_an_amount_and_its_change_is_stepped_over() {
    for s in [
        "全区实现地区生产总值520亿元（预计数，下同），增长6.1%",
        "全区实现地区生产总值520亿元，比上年（下同）增长6.1%",
        "全区实现地区生产总值520亿元（快报数，按现价），比上年增长6.1%",
    ] {
        assert_eq!(shape(&only(s)), amount_with_growth(), "{s}");
    }
    // A bracket with a change of its own is no note: the change in it is the amount's.
    let f = only("全区实现地区生产总值520亿元（按可比价格计算，比上年增长6.1%）");
    assert_eq!(shape(&f), amount_with_growth());
}

#[test]
fn the_value_of_the_time_a_change_is_reckoned_from_is_left_for_the_desk() {
    for s in [
        "全区社会消费品零售总额210亿元，较上年同期（197.8亿元）增长6.2%",
        "全区社会消费品零售总额210亿元，比上年（197.8亿元）增长6.2%",
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.as_ref().map(|c| c.value)),
            (Some(210.0), Some(6.2)),
            "{s}"
        );
        assert_eq!(skipped(s, "197.8"), Some(SkipReason::Unread), "{s}");
    }
}

#[test]
fn a_standing_of_the_growth_or_the_increase_joins_the_amount_to_its_change() {
    for s in [
        "全区实现地区生产总值520亿元，增量居全市第1，增长6.1%",
        "全区实现地区生产总值520亿元，增速居全市第3位，增长6.1%",
        "全区实现地区生产总值520亿元，总量和增速均居全市第2位，增长6.1%",
        "全区实现地区生产总值520亿元，排名全市第3位，增长6.1%",
        "全区实现地区生产总值520亿元，列全市第3位，增长6.1%",
        "全区实现地区生产总值520亿元，位次较上年前移2位，增长6.1%",
        "全区实现地区生产总值520亿元，排名上升3位，增长6.1%",
    ] {
        assert_eq!(shape(&only(s)), amount_with_growth(), "{s}");
    }
}

#[test]
fn a_mark_the_amount_before_passed_leaves_the_change_with_the_amount() {
    for s in [
        "全区实现地区生产总值520亿元，突破500亿元大关，增长6.1%",
        "全区实现地区生产总值520亿元，首次突破500亿元，增长6.1%",
        "全区实现地区生产总值520亿元、迈上500亿元台阶、增长6.1%",
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        assert_eq!(shape(&r.figures[0]), amount_with_growth(), "{s}");
        assert_eq!(skipped(s, "500"), Some(SkipReason::Unread), "{s}");
    }
    // A level above the amount is no mark it passed: a goal of its own.
    let r = read("全区实现地区生产总值520亿元，力争突破600亿元");
    assert!(r.figures.iter().any(|f| f.value == Some(600.0)), "{r:?}");
}

#[test]
fn how_far_an_amount_came_back_to_a_past_year_leaves_the_growth_with_the_amount() {
    for (s, amount, unit, growth) in [
        (
            "全区实现旅游总收入86亿元，恢复至2019年的112%，增长15%",
            86.0,
            "亿元",
            15.0,
        ),
        (
            "全区接待游客1200万人次，恢复到2019年同期的98.5%，增长9%",
            1200.0,
            "万人次",
            9.0,
        ),
        (
            "全区接待游客1200万人次，相当于2019年的105%，增长9%",
            1200.0,
            "万人次",
            9.0,
        ),
    ] {
        let f = figures(s);
        let amount = f.iter().find(|f| f.value == Some(amount)).unwrap();
        assert_eq!(
            (
                amount.unit.as_str(),
                amount.change.as_ref().map(|c| c.value)
            ),
            (unit, Some(growth)),
            "{s}"
        );
        assert!(
            f.iter()
                .filter(|f| f.unit == "%")
                .all(|f| f.change.is_none()),
            "{s}: {f:?}"
        );
    }
}

#[test]
fn a_note_of_what_a_name_counts_closes_the_name() {
    for (s, label) in [
        (
            "全区固定资产投资（不含农户）增长7.3%",
            "固定资产投资（不含农户）",
        ),
        (
            "全区固定资产投资（不含农户）比上年增长7.3%",
            "固定资产投资（不含农户）",
        ),
        (
            "全区固定资产投资（含高新区）完成210亿元，增长7.3%",
            "固定资产投资（含高新区）",
        ),
    ] {
        assert_eq!(only(s).label, label, "{s}");
    }
}

#[test]
fn a_papers_words_for_the_amount_and_its_base_join_the_amount_to_its_change() {
    for s in [
        "全区实现地区生产总值520亿元，这一数字比上年增长6.1%",
        "全区实现地区生产总值520亿元，相比上年增长6.1%",
        "全区实现地区生产总值520亿元，同比去年增长6.1%",
    ] {
        assert_eq!(shape(&only(s)), amount_with_growth(), "{s}");
    }
}

#[test]
fn last_years_value_said_after_the_amount_is_no_figure_and_keeps_the_change_with_it() {
    for s in [
        "全区实现地区生产总值520亿元，上年同期为490亿元，增长6.1%",
        "全区实现地区生产总值520亿元，2024年为490亿元，增长6.1%",
        "全区实现地区生产总值520亿元，比上年的490亿元增长6.1%",
    ] {
        assert_eq!(shape(&only(s)), amount_with_growth(), "{s}");
        assert_eq!(skipped(s, "490"), Some(SkipReason::Unread), "{s}");
    }
}
