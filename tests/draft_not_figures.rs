#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers a work report prints that are no figure of its year: the pool a ranking is
//! taken among, a place counted from either end of a ranking, the things the report
//! says it will see to, an amount that only classes what follows it. The sentences are
//! short ones of our own.

mod common;

use common::sentences::{only, skipped};
use report_charts::shared::model::SkipReason;

#[test]
fn the_pool_a_ranking_is_taken_among_is_no_figure() {
    for (s, number) in [
        ("在全国31个省份中排名第8", "31"),
        ("退出全国168个重点城市空气质量后10位", "168"),
        ("在全球500家企业中位列第36", "500"),
        ("在26个城市中排名第5", "26"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // A pool that ranks nothing is what the year reached.
    for (s, value) in [
        ("航线辐射全国75个城市", 75.0),
        ("全国31个省份全部参展", 31.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn a_place_counted_from_either_end_of_a_ranking_is_a_rank() {
    for (s, number) in [
        ("空气质量退出全国后10位", "10"),
        ("营商环境进入全国前5名", "5"),
        ("退出全国168个重点城市空气质量后20名", "20"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Rank), "{s}");
    }
}

#[test]
fn the_things_a_report_says_it_will_see_to_are_no_figure() {
    for (s, number) in [("突出抓好3件事", "3"), ("今年重点办好5件事，", "5")] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // Things done are counted: 民生实事 are the year's work.
    assert_eq!(only("完成10件民生实事").value, Some(10.0));
}

#[test]
fn an_amount_over_which_a_noun_is_classed_is_no_figure() {
    for (s, number) in [
        ("引进总投资超10亿元项目", "10"),
        ("经受住用电负荷超过1亿千瓦考验", "1"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // An amount that closes its clause, or goes on with what it was used for, is one.
    for (s, value) in [
        ("完成投资超10亿元，", 10.0),
        ("筹集资金超过10亿元用于技术改造", 10.0),
        ("实现营业收入超100亿元规模", 100.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn an_amount_the_class_of_a_share_reaches_is_no_figure() {
    for (s, number, share) in [
        ("全县95%以上的村集体经营性收入超过10万元", "10", 95.0),
        ("80%的规上企业营业收入超过1亿元", "1", 80.0),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
        assert_eq!(only(s).value, Some(share), "{s}");
    }
}
