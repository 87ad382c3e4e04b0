#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A sentence's numbers joined as its words join them: a comparison or a contribution to
//! the figure before it, an old value and a new one, a change past a word between, a
//! list of values then changes; and the numbers that are no figure of their own (inside
//! a label or a condition, a date written with dashes). Short sentences of our own.

mod common;

use common::sentences::{self, read};
use report_charts::shared::model::{SkipReason, Status};

#[test]
fn a_comparison_or_contribution_attaches_to_the_figure_before_it() {
    let cases = [
        (
            "规上工业增加值增长7.2%，高于全省平均水平1.1个百分点",
            "above",
            "全省平均水平",
            1.1,
        ),
        (
            "固定资产投资增长3.4%，低于全市平均水平0.4个百分点",
            "below",
            "全市平均水平",
            0.4,
        ),
        (
            "工业投资增长12.6%，拉动全部投资增长4.6个百分点",
            "pull",
            "全部投资",
            4.6,
        ),
        (
            "社会消费品零售总额增长6.3%，快于全国1.8个百分点",
            "above",
            "全国",
            1.8,
        ),
        // 增速 names the growth before it, not a thing of its own.
        (
            "工业增加值增长8.1%，增速高于全市平均水平1.3个百分点",
            "above",
            "全市平均水平",
            1.3,
        ),
        (
            "地区生产总值180.2亿元，增长5.4%，增速低于全省平均水平0.5个百分点",
            "below",
            "全省平均水平",
            0.5,
        ),
        // A change of the rate since another period is the desk's; the comparison after
        // it is still the growth's.
        (
            "1—9月，工业增加值增长5.1%，比1—8月提高0.2个百分点，高于全省平均水平0.7个百分点",
            "above",
            "全省平均水平",
            0.7,
        ),
    ];
    for (s, kind, reference, v) in cases {
        let figures = sentences::figures(s);
        assert_eq!(figures.len(), 1, "{s}: {figures:?}");
        let c = figures[0].compare.as_ref().unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (c.kind.name(), c.reference.as_deref(), c.value),
            (kind, Some(reference), v),
            "{s}"
        );
        assert!(figures[0].change.is_some(), "{s}");
    }
}

#[test]
fn a_comparison_that_cannot_be_attached_is_left_unread_never_a_figure_without_a_subject() {
    // Each sentence, and its number of points that no figure can take with certainty.
    let cases = [
        ("工业企业达到120家，增速高于全市平均水平1.2个百分点", "1.2"),
        ("工业增加值增长5.1%，比1—8月提高0.2个百分点", "0.2"),
        ("工业增加值增长5.1%，增速比上年回落0.3个百分点", "0.3"),
    ];
    for (s, n) in cases {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {:?}", r.figures);
        assert!(r.figures[0].compare.is_none(), "{s}: {:?}", r.figures);
        assert!(
            r.skips.contains(&(n.to_string(), SkipReason::Unread)),
            "{s}: {:?}",
            r.skips
        );
    }
}

#[test]
fn an_old_value_and_a_new_one_are_one_figure_whichever_way_it_went() {
    let f = &sentences::figures("城镇居民人均可支配收入从38650元增长到45210元")[0];
    let c = f.change.as_ref().unwrap();
    assert_eq!(
        (f.value, c.kind.name(), c.value),
        (Some(45210.0), "from", 38650.0)
    );
    let f = &sentences::figures("地区生产总值从2020年的210.5亿元增长到2025年的286.4亿元")[0];
    assert_eq!(
        (f.value, f.change.as_ref().unwrap().value),
        (Some(286.4), 210.5)
    );
}

#[test]
fn a_word_between_the_number_and_its_change_does_not_cut_the_link() {
    let cases = [
        ("实现工业增加值310.5亿元，可比增长6.1%", 6.1),
        ("全体居民人均可支配收入41250元，名义增长5.3%", 5.3),
        (
            "城镇居民人均可支配收入5.2万元，扣除价格因素实际增长4.8%",
            4.8,
        ),
        ("全县生产总值320亿元，按现价计算增长6.2%", 6.2),
        ("外贸进出口增长8.4%，总额突破800亿元", 8.4),
    ];
    for (s, growth) in cases {
        let figures = sentences::figures(s);
        assert_eq!(figures.len(), 1, "{s}: {figures:?}");
        assert!(figures[0].value.is_some(), "{s}");
        assert_eq!(
            figures[0].change.as_ref().map(|c| c.value),
            Some(growth),
            "{s}"
        );
    }
    let f = &sentences::figures("居民消费价格涨幅2%左右")[0];
    assert_eq!(f.change.as_ref().map(|c| c.kind.name()), Some("growth"));
}

#[test]
fn a_number_inside_a_label_or_a_condition_is_a_label_skip() {
    let cases = [
        ("年营业收入超50亿元的企业达36家", "50", 36.0),
        ("建成5万吨级泊位3个", "5", 3.0),
    ];
    for (s, skipped, figure) in cases {
        let read = read(s);
        assert!(
            read.skips
                .iter()
                .any(|(n, r)| n == skipped && r.name() == "label"),
            "{s}: {read:?}"
        );
        assert_eq!(read.figures.len(), 1, "{s}: {read:?}");
        assert_eq!(read.figures[0].value, Some(figure), "{s}");
    }
}

#[test]
fn a_list_of_values_then_changes_pairs_them_and_names_its_items() {
    let figures =
        sentences::figures("城乡居民人均可支配收入分别达4.6万元、2.1万元，增长4.2%、6.3%");
    let got: Vec<(&str, Option<f64>, Option<f64>)> = figures
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value,
                f.change.as_ref().map(|c| c.value),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", Some(4.6), Some(4.2)),
            ("农村居民人均可支配收入", Some(2.1), Some(6.3)),
        ]
    );
}

#[test]
fn a_date_written_with_dashes_is_a_date_skip() {
    let read = read("时间：2026-01-20");
    assert!(read.figures.is_empty(), "{read:?}");
    let reasons: Vec<&str> = read.skips.iter().map(|(_, r)| r.name()).collect();
    assert_eq!(reasons, ["date", "date", "date"]);
}

#[test]
fn results_that_say_around_or_plan_stay_results() {
    let text = "过去一年工作回顾\n\n过去一年，全区实现营业收入3200亿元左右，完成年度计划的112.5%，城镇新增就业1.2万人以上。\n\n民生\n\n全区新建幼儿园8所。\n";
    let r = common::drafted("t", text);
    assert_eq!(r.figures.len(), 4, "{:#?}", r.figures);
    assert!(
        r.figures.iter().all(|f| f.status == Status::Result),
        "{:#?}",
        r.figures
    );
}

#[test]
fn changes_of_two_items_keep_their_qualifiers_and_their_names() {
    let figures = sentences::figures("城乡居民人均可支配收入分别增长6%左右和7%左右");
    let got: Vec<(&str, Option<&str>)> = figures
        .iter()
        .map(|f| {
            let c = f.change.as_ref().unwrap();
            (f.label.as_str(), c.qualifier.map(|q| q.zh()))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", Some("左右")),
            ("农村居民人均可支配收入", Some("左右")),
        ]
    );
    let figures = sentences::figures("城乡居民人均可支配收入年均增长5.3%、8.1%");
    let got: Vec<(&str, f64)> = figures
        .iter()
        .map(|f| (f.label.as_str(), f.change.as_ref().unwrap().value))
        .collect();
    assert_eq!(
        got,
        [
            ("城镇居民人均可支配收入", 5.3),
            ("农村居民人均可支配收入", 8.1)
        ]
    );
}
