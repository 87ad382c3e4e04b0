#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Numbers a work report prints that are no figure of its year: the pool a ranking is
//! taken among, a place counted from either end of a ranking, the things the report
//! says it will see to, an amount that only classes what follows it. The sentences are
//! short ones of our own.

mod common;

use common::sentences::{figures, only, skipped};
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

#[test]
fn the_days_a_campaign_a_holiday_or_a_service_lasts_are_a_duration() {
    for (s, number) in [
        ("开展100天攻坚行动", "100"),
        ("开展为期30天的专项整治", "30"),
        ("启动60天安全生产大会战", "60"),
        ("政务服务365天不打烊", "365"),
        ("推行7天无理由退货", "7"),
        ("春节7天假期，全市接待游客180万人次", "7"),
        ("国庆假期8天，接待游客320万人次", "8"),
        ("中秋小长假3天，景区接待游客45万人次", "3"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Duration), "{s}");
    }
    // The days a year had, or that something took place on, are what the year reached.
    for (s, value) in [
        ("全年空气质量优良天数达到320天", 320.0),
        ("游客平均停留2.6天", 2.6),
        ("平均住院日缩短至7.5天", 7.5),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn ages_that_bound_a_group_of_people_are_no_figure() {
    for (s, numbers, figure) in [
        (
            "16—59岁劳动年龄人口为820万人",
            &["16", "59"][..],
            Some(820.0),
        ),
        ("15—64岁人口比重为68.2%", &["15", "64"], Some(68.2)),
        ("0—14岁人口为180万人", &["0", "14"], Some(180.0)),
        ("为65岁老年人免费体检12万人次", &["65"], Some(12.0)),
        ("今年72岁的李奶奶说", &["72"], None),
    ] {
        for n in numbers {
            assert_eq!(skipped(s, n), Some(SkipReason::Label), "{s}: {n}");
        }
        assert_eq!(figures(s).first().and_then(|f| f.value), figure, "{s}");
    }
    // An age a clause measures is a figure.
    for (s, value) in [
        ("人均预期寿命达到79.5岁", 79.5),
        ("户籍人口平均年龄42.3岁，", 42.3),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn the_indicators_a_plan_sets_are_no_figure_however_deep_their_kinds() {
    for (s, number) in [
        ("提出12项主要预期指标", "12"),
        ("共设置18项主要约束性指标", "18"),
        ("设立6项核心指标", "6"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // Indicators that did something are counted.
    assert_eq!(only("8项主要预期指标全部完成").value, Some(8.0));
}

#[test]
fn a_capacity_that_names_a_plant_or_a_station_is_no_figure() {
    for (s, number) in [
        ("建成投用全市首座1000吨/日垃圾焚烧发电厂", "1000"),
        ("新建日处理能力5万吨的污水处理厂2座", "5"),
        ("开工建设120万千瓦抽水蓄能电站", "120"),
        ("建成30万吨再生水厂", "30"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // A capacity the year reached is a figure.
    for (s, value) in [
        ("全市日处理污水能力达到150万吨", 150.0),
        ("新增垃圾处理能力3000吨/日，", 3000.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}

#[test]
fn a_count_of_what_the_text_lists_after_it_is_no_figure() {
    for (s, number) in [
        ("重点抓好以下8项工作：", "8"),
        ("努力完成以下6项重点任务", "6"),
        ("今年要着力做好以下5个方面工作", "5"),
        ("明年将推进以下12条措施落地", "12"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // 以下 after a number bounds it; the count after it counts.
    let f = only("年营收500万元以下的企业新增320家");
    assert_eq!(f.value, Some(320.0));
}

#[test]
fn the_period_of_a_rate_and_the_time_a_task_is_done_within_are_a_duration() {
    for (s, number) in [
        ("平均每3天新增1家企业", "3"),
        ("执行每周5天工作制", "5"),
        ("3个工作日内完成审批", "3"),
        ("群众诉求30天内办结", "30"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Duration), "{s}");
    }
    // A time a clause measures stays a figure, within or not.
    for (s, value) in [
        ("审批时限压缩至5个工作日", 5.0),
        ("企业开办时间压缩至2个工作日内", 2.0),
    ] {
        assert_eq!(only(s).value, Some(value), "{s}");
    }
}
