#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! More numbers a report or a 统计公报 prints that are no figure of its year (after
//! `draft_not_figures.rs`): the threshold in brackets that says which units a statistic
//! counts, a run of years printed with 多 or 余, and the most a policy grants. The
//! sentences are short ones of our own, none a corpus text's.

mod common;

use common::sentences::{figures, only, skipped};
use report_charts::shared::model::SkipReason;

#[test]
fn a_threshold_in_brackets_says_which_units_are_counted_and_is_no_figure() {
    for (s, number, label) in [
        (
            "规模以上工业（年主营业务收入2000万元及以上）增加值增长7.2%",
            "2000",
            "规模以上工业（年主营业务收入2000万元及以上）增加值",
        ),
        (
            "限额以上（年销售额2000万元以上）批发企业零售额增长4.1%",
            "2000",
            "限额以上（年销售额2000万元以上）批发企业零售额",
        ),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
        let f = only(s);
        assert_eq!(f.label, label, "{s}");
        assert!(f.change.is_some(), "{s}");
    }
    // An amount in brackets after its name, with no threshold word, is read as before.
    assert_eq!(skipped("全区旅游总收入（含门票）86亿元", "86"), None);
}

#[test]
fn a_run_of_years_printed_with_more_than_its_number_is_a_duration() {
    for (s, number) in [
        ("古城拥有2500多年建城史", "2500"),
        ("大桥历时10余年建成通车", "10"),
        ("老街区已有300余年历史", "300"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Duration), "{s}");
    }
    // A measure in years stays a figure.
    assert_eq!(only("全市人均受教育年限达到11.2年").value, Some(11.2));
}

#[test]
fn the_most_a_policy_grants_is_left_to_the_desk() {
    for (s, number) in [
        ("对新认定的企业给予最高500万元奖励", "500"),
        ("对首台套装备给予最高300万元的补助", "300"),
        ("创业担保贷款最高可贷30万元贴息", "30"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
        assert!(figures(s).is_empty(), "{s}");
    }
    // A peak the year reached names no support: a figure.
    assert_eq!(only("景区单日最高接待游客12万人次").value, Some(12.0));
}

#[test]
fn an_amount_passed_in_words_no_qualifier_writes_is_left_to_the_desk() {
    for (s, number) in [
        ("全省地区生产总值跨过3万亿元、年均增长5.2%", "3"),
        ("全市地区生产总值站上5000亿元台阶，增长5.1%", "5000"),
        ("全县财政收入越过20亿元", "20"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
        // A change after it has no amount to go with (the draft leaves it to the desk too).
        let f = figures(s);
        assert!(f.iter().all(|f| f.value.is_none()), "{s}: {f:?}");
    }
    // A count of marks passed is a figure in 个; 跨越 is a qualifier the data file writes.
    assert_eq!(only("经济总量连续跨过3个万亿元大关").value, Some(3.0));
    assert_eq!(only("全省地区生产总值跨越3万亿元").value, Some(3.0));
}

#[test]
fn the_base_of_a_rate_a_distance_from_a_place_and_a_height_above_the_sea_say_where() {
    for (s, number) in [
        ("每10万人口拥有博物馆1.2个", "10"),
        ("每1万元地区生产总值能耗下降3.2%", "1"),
        ("位于距市区15公里的产业园新落户企业23家", "15"),
        ("距离中心城区30公里范围内的乡镇全部通公交", "30"),
        ("海拔5200米的哨所通上了光纤", "5200"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // The rate, and what stands at the place, are figures.
    assert_eq!(only("每10万人口拥有博物馆1.2个").value, Some(1.2));
    assert_eq!(
        only("位于距市区15公里的产业园新落户企业23家").value,
        Some(23.0)
    );
    // A distance a clause measures stays a figure.
    assert_eq!(only("平均通勤距离缩短至8.5公里").value, Some(8.5));
}

#[test]
fn a_count_of_what_the_text_named_before_it_is_no_figure() {
    for (s, number) in [
        ("以上3项工作均提前完成", "3"),
        ("上述5个项目全部开工", "5"),
        ("完成前述3项改革任务", "3"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Label), "{s}");
    }
    // 以上 after a class is no pointer back: 规模以上5家企业 counts companies.
    assert_eq!(only("规模以上5家企业实现利润增长").value, Some(5.0));
}

#[test]
fn how_far_a_measure_was_off_its_normal_is_left_to_the_desk() {
    for (s, number) in [
        ("全年平均气温17.2℃，比常年偏高0.5℃", "0.5"),
        ("全年降水量1200毫米，比常年偏多15%", "15"),
        ("全年日照时数1800小时，较常年偏少120小时", "120"),
    ] {
        assert_eq!(skipped(s, number), Some(SkipReason::Unread), "{s}");
        assert_eq!(figures(s).len(), 1, "{s}: {:?}", figures(s));
    }
}

#[test]
fn about_and_nearly_that_end_another_word_qualify_nothing() {
    for (s, value, label) in [
        ("全县重大项目签约12个", 12.0, "重大项目签约"),
        ("全市预约挂号1200万人次", 1200.0, "预约挂号"),
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.qualifier, f.label.as_str()),
            (Some(value), None, label),
            "{s}"
        );
    }
    // 约 and 近 alone are about and nearly.
    assert!(only("新签约项目金额约120亿元").qualifier.is_some());
    assert!(only("全年接待游客近1200万人次").qualifier.is_some());
}
