#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! One figure never drafted as two: a growth after an increase the desk decides, an
//! average over years after the year's change, the reference's number in brackets. The
//! sentences are short ones of our own.

mod common;

use common::sentences::{only, read, shape};
use report_charts::shared::model::{ChangeKind, SkipReason};

#[test]
fn a_growth_after_an_increase_left_to_the_desk_is_the_same_figures() {
    // The increase in another magnitude of the balance's unit is its change (round 59),
    // and the growth after it a second change, left to the desk: after a sum since the
    // year's start (比年初) it may be of another base, unlike 比上年增加50亿元、增长7.7%
    // (round 66). One figure still, never an unnamed one.
    let s = "存款余额2.1万亿元，比年初增加1200亿元，增长6.1%";
    let f = only(s);
    assert_eq!(
        shape(&f),
        (
            Some(2.1),
            "万亿元".to_string(),
            Some((ChangeKind::Added, 1200.0))
        ),
        "{s}"
    );
    assert!(read(s)
        .skips
        .contains(&("6.1".to_string(), SkipReason::Unread)));
}

#[test]
fn an_average_over_years_after_the_years_change_is_left_to_the_desk() {
    for (s, number) in [
        (
            "地区生产总值1.2万亿元，同比增长5.2%，两年平均增长4.8%",
            "4.8",
        ),
        ("规上工业增加值增长6.5%，两年平均增长5.8%", "5.8"),
        ("服务业增加值增长5%，近三年平均增长6%", "6"),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        assert!(
            r.skips.contains(&(number.to_string(), SkipReason::Unread)),
            "{s}"
        );
    }
}

#[test]
fn the_references_number_in_brackets_is_no_figure() {
    for (s, number) in [
        ("全省生产总值增长5.2%（全国5%）", "5"),
        ("城镇化率达到65.5%（全国平均为67%）", "67"),
    ] {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        assert!(
            r.skips.contains(&(number.to_string(), SkipReason::Unread)),
            "{s}"
        );
    }
}
