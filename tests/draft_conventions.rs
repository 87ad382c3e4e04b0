#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 56 (issue 18 §2): conventions the tune lists disagreed on, settled in
//! tests/truth/README.md and read so by the draft, each said in sentences of our own.

mod common;

use common::sentences::{figures, only, skipped};
use report_charts::shared::model::SkipReason;

#[test]
fn a_plans_count_of_indicators_and_its_split_into_kinds_are_label_skips() {
    for (s, numbers) in [
        (
            "规划纲要设定了今后五年四大类18个主要指标，包括人均收入增长等11个预期性指标，以及森林覆盖率等7个约束性指标。",
            &["18", "11", "7"][..],
        ),
        (
            "纲要提出六大类30个主要指标，包括19个预期性指标、11个约束性指标。",
            &["30", "19", "11"][..],
        ),
        (
            "以上共计24项指标，其中预期性指标15项、约束性指标9项。",
            &["24", "15", "9"][..],
        ),
    ] {
        for n in numbers {
            assert_eq!(skipped(s, n), Some(SkipReason::Label), "{s}: {n}");
        }
        assert!(
            figures(s).iter().all(|f| f.unit != "个" && f.unit != "项"),
            "{s}: {:?}",
            figures(s)
        );
    }
}

#[test]
fn indicators_that_did_something_stay_figures_after_a_plans_count() {
    // The second clause says what six indicators did: no setting verb leads to it.
    let s = "上一个规划共设置25项指标，人均预期寿命等6项指标未能如期完成。";
    assert_eq!(skipped(s, "25"), Some(SkipReason::Label), "{s}");
    let f = figures(s);
    assert_eq!(f.len(), 1, "{s}: {f:?}");
    assert_eq!((f[0].value, f[0].unit.as_str()), (Some(6.0), "项"));
    let f = only("生态环境8项约束性指标全部完成");
    assert_eq!((f.value, f.unit.as_str()), (Some(8.0), "项"));
}

#[test]
fn a_policy_known_by_its_count_of_articles_is_a_name_with_words_between() {
    for (s, n) in [
        ("制定实施25条抗旱保供水硬措施", "25"),
        ("出台优化营商环境46条改革举措", "46"),
        ("推出支持外贸企业15条配套政策", "15"),
        ("印发促进消费22条具体措施", "22"),
    ] {
        assert_eq!(skipped(s, n), Some(SkipReason::Name), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
}

#[test]
fn a_count_of_measures_in_xiang_or_of_things_in_tiao_stays_a_figure() {
    for (s, v, unit) in [
        ("实施稳外贸28项举措", 28.0, "项"),
        ("新开通公交线路12条", 12.0, "条"),
        ("建成12条农村公路，配套完善管护措施", 12.0, "条"),
        ("整治14条城市的黑臭水体措施", 14.0, "条"),
    ] {
        let f = figures(s);
        assert!(
            f.iter().any(|f| f.value == Some(v) && f.unit == unit),
            "{s}: {f:?}"
        );
    }
}

#[test]
fn a_mark_passed_before_the_level_reached_is_a_label_and_the_level_the_figure() {
    for (s, mark, level, label) in [
        (
            "全市地区生产总值突破9000亿元、达到9321亿元",
            "9000",
            9321.0,
            "地区生产总值",
        ),
        (
            "社会消费品零售总额迈上3000亿元台阶，达到3125亿元",
            "3000",
            3125.0,
            "社会消费品零售总额",
        ),
        (
            "进出口总额跨越8000亿元大关，稳步达到8216亿元",
            "8000",
            8216.0,
            "进出口总额",
        ),
    ] {
        assert_eq!(skipped(s, mark), Some(SkipReason::Label), "{s}");
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(level), "亿元"), "{s}");
        assert!(f.label.contains(label), "{s}: {}", f.label);
    }
}

#[test]
fn a_mark_passed_with_no_level_after_it_stays_the_figure() {
    for (s, v, unit) in [
        ("粮食总产量迈上300亿斤台阶", 300.0, "亿斤"),
        ("全省地区生产总值突破2万亿元，增长5.2%", 2.0, "万亿元"),
    ] {
        let f = figures(s);
        assert!(
            f.iter().any(|f| f.value == Some(v) && f.unit == unit),
            "{s}: {f:?}"
        );
    }
}

#[test]
fn a_threshold_a_place_is_the_first_past_names_the_class() {
    for (s, n) in [
        ("成为西部首个经济总量突破2万亿元的省会城市", "2"),
        ("宁波舟山港成为全国唯一年货物吞吐量超过12亿吨的港口", "12"),
        ("我市成为全省第一个常住人口超过1000万的城市", "1000"),
    ] {
        assert_eq!(skipped(s, n), Some(SkipReason::Label), "{s}");
        assert!(figures(s).is_empty(), "{s}: {:?}", figures(s));
    }
    // A threshold of one thing, with no first, is that thing's own figure.
    let f = only("建成总投资超300亿元的临港新能源基地");
    assert_eq!((f.value, f.unit.as_str()), (Some(300.0), "亿元"));
}
