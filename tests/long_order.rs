#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The long image says 按阅读顺序: its charts follow the story page's order, each after
//! the words of its figures, not the data's array (a draft proposes its 预期目标 charts
//! first; the tester's s10 finding 13).

mod common;

use common::*;
use report_charts::publish::long::{self, Kind};
use report_charts::shared::model::{Lang, Report};

/// A district's summary of our own, a review then its targets, with no heading: the
/// draft proposes the targets' chart before the review's charts.
const TEXT: &str = "南山区2025年经济运行简况

全年全区地区生产总值486.2亿元，比上年增长5.4%。一般公共预算收入31.6亿元，增长2.8%。
规模以上工业增加值增长6.1%，其中高技术制造业增加值增长12.3%，装备制造业增加值增长8.4%。
社会消费品零售总额203.5亿元，增长4.6%；进出口总额58.7亿元，增长3.9%，其中出口41.2亿元，增长5.1%。
全年新增城镇就业1.2万人，城镇调查失业率5.1%。

今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%，固定资产投资增长4%以上，社会消费品零售总额增长5%。
";

/// The ids of the charts of the story page, in the page's order.
fn page_order(r: &Report) -> Vec<String> {
    let html = zh_story_page(r, TEXT);
    let mut out: Vec<String> = Vec::new();
    for piece in html.split("id=\"chart-").skip(1) {
        let id = piece.split('"').next().unwrap().to_string();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

#[test]
fn the_long_images_charts_follow_the_story_pages_order() {
    let r = drafted("nanshan", TEXT);
    let array: Vec<&str> = r.charts.iter().map(|c| c.id.as_str()).collect();
    let page = page_order(&r);
    // The draft proposes the targets' chart before the review's: the array is no order
    // of the page here, so the test tells the two apart.
    assert!(page.len() >= 3, "{page:?}");
    assert_ne!(array, page.iter().map(String::as_str).collect::<Vec<_>>());
    for lang in [Lang::Zh, Lang::En] {
        let long: Vec<String> = long::blocks(&r, lang)
            .unwrap()
            .into_iter()
            .filter_map(|b| match b.kind {
                Kind::Chart(id) => Some(id),
                _ => None,
            })
            .fold(Vec::new(), |mut out, id| {
                if !out.contains(&id) {
                    out.push(id);
                }
                out
            });
        assert_eq!(long, page, "the data's array is {array:?}");
    }
}
