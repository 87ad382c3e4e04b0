#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The period of a breakdown (分门类看，…) that names none (issue 18, s-test21 C2): after
//! a paragraph that printed one period only, it is that period's; after one that printed
//! two (1—11月份 and then 11月份), the text does not say which, and its numbers are left
//! for the desk, never dated with the nearer one. The texts are short ones of our own,
//! with invented figures.

mod common;

use common::{by_value, drafted, period};

#[test]
fn a_breakdown_after_two_periods_is_left_for_the_desk() {
    let r = drafted(
        "breakdown-mixed",
        "2025年1—10月份清河市经济运行情况\n\
         一、工业生产平稳。1—10月份，全市规模以上工业增加值同比增长5.9%。\
         10月份，规模以上工业增加值同比增长6.6%。分门类看，采矿业增加值增长3.7%，\
         制造业增加值增长6.1%。\n",
    );
    for (value, number) in [(3.7, "3.7"), (6.1, "6.1")] {
        if let Some(f) = by_value(&r, value) {
            panic!("{number} drafted with period {:?}: {f:?}", period(f));
        }
        assert!(r.skips.iter().any(|s| s.number == number), "{:?}", r.skips);
    }
}

#[test]
fn a_breakdown_after_one_period_is_of_that_period() {
    let r = drafted(
        "breakdown-one",
        "2025年1—10月份清河市经济运行情况\n\
         一、工业生产平稳。1—10月份，全市规模以上工业增加值同比增长5.9%。\
         分门类看，采矿业增加值增长3.7%，制造业增加值增长6.1%。\n",
    );
    for value in [3.7, 6.1] {
        let f = by_value(&r, value).unwrap_or_else(|| panic!("{:#?}", r.skips));
        assert_eq!(period(f), Some("1—10月"), "{f:?}");
    }
}
