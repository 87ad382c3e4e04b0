#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels a new user's texts of their own drew with words that are no part of what is
//! counted (issue 18, s-test21 A6): the words that give a cause (主要是…下降12.6%). The
//! texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};

#[test]
fn the_words_that_give_a_cause_are_no_part_of_the_label() {
    let r = drafted(
        "cause",
        "2025年，全县建筑业总产值下降3.5%，主要是房屋建筑施工面积下降8.4%。",
    );
    let f = by_value(&r, 8.4).unwrap_or_else(|| panic!("{:#?}", r.figures));
    assert_eq!(f.label.zh, "房屋建筑施工面积");
}
