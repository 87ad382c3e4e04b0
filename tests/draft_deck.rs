#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A county paper's story whose headline is marked (a column tag, a colon, a number) and
//! whose dateline names its place and day (本报云溪1月10日电（记者…）): the headline is the
//! title, the dateline is the page's, and `meta.deck` is the deck the paper prints under
//! the headline, as printed, never the headline, the deck and the byline glued (issue 18,
//! s-test18 B3, s-test19 D3; s-test20: a printed subhead is the deck's proposal). A text
//! of our own.

mod common;

use common::drafted;

const STORY: &str = "聚焦县两会｜云溪县：今年GDP力争增长6%
固投增长7%以上 城镇新增就业5000人以上

本报云溪1月10日电（记者 林川 通讯员 何青）1月9日，云溪县第十六届人民代表大会第五次会议开幕，县长许明作政府工作报告。

报告显示，去年全县实现地区生产总值168.2亿元，增长5.9%，今年力争增长6%左右。去年一般公共预算收入完成12.6亿元，增长4.8%。
";

#[test]
fn a_marked_headline_over_a_deck_and_a_dateline_is_the_title_and_never_the_deck() {
    let r = drafted("story", STORY);
    assert_eq!(r.meta.title.zh, "聚焦县两会｜云溪县：今年GDP力争增长6%");
    let deck = &r.meta.deck.zh;
    for never in ["聚焦县两会", "本报", "记者", "通讯员"] {
        assert!(!deck.contains(never), "{never}: {deck}");
    }
    assert_eq!(deck, "固投增长7%以上 城镇新增就业5000人以上");
    assert_eq!(r.meta.author.zh, "记者 林川 通讯员 何青");
    // The dateline's words are no figure's, nor is the deck's.
    for f in &r.figures {
        assert!(
            !f.source.contains("本报") && !f.source.contains("固投"),
            "{}",
            f.source
        );
    }
}
