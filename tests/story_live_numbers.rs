#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A live number (a figure on no chart, marked in the article) says what every describer
//! says of its figure: its status and its period, also when it is printed only as a change
//! (issue 18, tester s-test11's finding 5). Short texts of our own.

mod common;

use common::story::{self, attr, mark_of};
use common::*;
use report_charts::shared::model::Lang;

const TEXT: &str = "一、2025年工作回顾
前三季度，全县规模以上工业增加值增长6.4%。1—11月，全县固定资产投资增长3.9%。
二、2026年工作安排
“十五五”期间，全县地区生产总值年均增长5%以上。
";

#[test]
fn a_live_number_printed_only_as_a_change_says_its_status_and_period() {
    let mut r = drafted("live", TEXT);
    // Every figure on no chart: each is a live number of the article.
    r.charts.clear();
    let cases = [
        ("增长6.4%", Lang::Zh, "前三季度增长6.4%"),
        ("增长3.9%", Lang::Zh, "1—11月增长3.9%"),
        ("年均增长5%以上", Lang::Zh, "“十五五”时期目标年均增长5%以上"),
        ("增长6.4%", Lang::En, "first three quarters up 6.4%"),
        ("增长3.9%", Lang::En, "January–November up 3.9%"),
        (
            "年均增长5%以上",
            Lang::En,
            "target average annual growth of at least 5%",
        ),
    ];
    for (quote, lang, said) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| f.source.contains(quote))
            .unwrap_or_else(|| panic!("no figure of «{quote}»: {:#?}", r.figures));
        let html = story::page(&r, lang, Some(TEXT));
        let mark = mark_of(&html, &f.id);
        for name in ["aria-label", "title"] {
            assert!(
                attr(mark, name).contains(said),
                "{quote} ({lang:?}) {name}: {mark}"
            );
        }
    }
}
