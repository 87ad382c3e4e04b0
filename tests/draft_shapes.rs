#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Shapes of printed numbers that are general to Chinese reports, not to one text: a
//! change in brackets, a comparison written 比全国高, a number grouped by commas, units
//! that open with another unit's character, a speed that names a railway, a page's
//! reader counts. The sentences are short ones of our own.

mod common;

use common::sentences::{only, read};
use report_charts::draft::text;
use report_charts::shared::model::{ChangeKind, SkipReason};

#[test]
fn a_change_in_brackets_is_the_change_of_the_figure_before_it() {
    for (s, value, change) in [
        ("全县生产总值286.4亿元（增长5.8%）", 286.4, 5.8),
        ("全县生产总值286.4亿元(增长5.8%)", 286.4, 5.8),
        ("一般公共预算收入18.2亿元（同口径增长4.1%）", 18.2, 4.1),
        (
            "实现地区生产总值312亿元（按可比价格计算，比上年增长6.2%）",
            312.0,
            6.2,
        ),
    ] {
        let f = only(s);
        assert_eq!(f.value, Some(value), "{s}");
        assert_eq!(f.change.map(|c| c.value), Some(change), "{s}");
    }
}

#[test]
fn a_bracket_that_names_a_part_keeps_its_change_apart() {
    let r = read("工业投资52亿元（其中技改投资增长12%）");
    let first = &r.figures[0];
    assert_eq!((first.value, first.change.is_none()), (Some(52.0), true));
}

#[test]
fn a_comparison_written_bi_then_higher_is_the_compare_of_the_figure_before() {
    for (s, kind, reference, points) in [
        (
            "全县生产总值增长5.8%，比全国高0.8个百分点",
            ChangeKind::Above,
            "全国",
            0.8,
        ),
        (
            "规上工业增加值增长8.3%，增速比全市平均水平快1.2个百分点",
            ChangeKind::Above,
            "全市平均水平",
            1.2,
        ),
        (
            "居民消费价格上涨0.6%，比全省低0.2个百分点",
            ChangeKind::Below,
            "全省",
            0.2,
        ),
    ] {
        let f = only(s);
        let c = f.compare.unwrap_or_else(|| panic!("{s}: no compare"));
        assert_eq!(
            (c.kind, c.reference.as_deref(), c.value),
            (kind, Some(reference), points),
            "{s}"
        );
    }
}

#[test]
fn a_comparison_with_a_time_is_never_a_compare_with_a_place() {
    for s in [
        "全县生产总值增长5.8%，比上年高0.8个百分点",
        "规上工业增加值增长8.3%，增速比1—10月快1.2个百分点",
    ] {
        let r = read(s);
        assert!(r.figures.iter().all(|f| f.compare.is_none()), "{s}: {r:?}");
    }
    // 比重提高: a word that opens with 比 compares nothing.
    let f = only("民生支出比重提高1.2个百分点");
    assert!(f.compare.is_none() && f.change.is_some(), "{f:?}");
}

#[test]
fn a_number_grouped_by_commas_is_one_number() {
    let f = only("全县生产总值达到1,286.4亿元，增长5.8%");
    assert_eq!(f.value, Some(1286.4));
    assert_eq!(f.change.map(|c| c.value), Some(5.8));
    assert_eq!(only("新增城镇就业12,350人").value, Some(12350.0));
    // Two numbers apart, not a group of three: 2,35 is no thousands.
    let r = read("全县生产总值2,35亿元");
    assert!(r.figures.iter().all(|f| f.value != Some(235.0)), "{r:?}");
}

#[test]
fn a_unit_that_opens_with_another_units_character_is_read_whole() {
    for (s, unit) in [
        ("保障航班起降1.5万架次", "万架次"),
        ("客运班车发送旅客120万辆次", "万辆次"),
        ("开行城乡公交1200班次", "班次"),
    ] {
        assert_eq!(only(s).unit, unit, "{s}");
    }
}

#[test]
fn the_speed_a_railway_is_built_for_names_the_railway() {
    let r = read("建成时速350公里高速铁路120公里");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(r.figures[0].value, Some(120.0));
    assert!(r.skips.contains(&("350".to_string(), SkipReason::Label)));
    // A speed reached is a figure.
    assert_eq!(only("试验列车时速达到453公里").value, Some(453.0));
}

#[test]
fn a_pages_reader_counts_and_publishing_time_are_no_sentences() {
    let lines = [
        "2026年青禾县政府工作报告",
        "发布时间：2026年01月20日 10:15",
        "浏览次数：1024次",
        "阅读量：3000",
        "一、2025年工作回顾",
        "全县生产总值286.4亿元，增长5.8%。",
        "一般公共预算收入18.2亿元，增长4.1%。",
        "新增城镇就业3200人。",
        "二、2026年工作安排",
        "地区生产总值增长6%左右。",
        "一般公共预算收入增长5%。",
    ];
    // As pages print them: a line each, or a blank line between lines.
    for page in [lines.join("\n"), lines.join("\n\n")] {
        let o = text::outline(&page);
        let texts: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("浏览") && !t.contains("发布") && !t.contains("阅读")),
            "{texts:?}"
        );
    }
}

#[test]
fn a_standing_with_its_place_between_a_figure_and_its_change_joins_them() {
    for s in [
        "全县生产总值286.4亿元，总量居全市第3位，增长5.8%",
        "全县生产总值286.4亿元、稳居全市前3、增长5.8%",
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.map(|c| c.value)),
            (Some(286.4), Some(5.8)),
            "{s}"
        );
    }
    // A clause with a number of its own names a figure of its own.
    let r = read("全县生产总值286.4亿元，居全市第3位，工业增加值增长5.8%");
    assert!(r.figures[0].change.is_none(), "{r:?}");
}

#[test]
fn the_basis_a_change_is_reckoned_on_joins_it_to_its_figure() {
    for s in [
        "一般公共预算收入18.2亿元，扣除留抵退税因素后增长4.1%",
        "一般公共预算收入18.2亿元，剔除一次性因素增长4.1%",
        "一般公共预算收入18.2亿元，按可比口径增长4.1%",
        "一般公共预算收入18.2亿元，按同口径计算增长4.1%",
    ] {
        let f = only(s);
        assert_eq!(
            (f.value, f.change.map(|c| c.value)),
            (Some(18.2), Some(4.1)),
            "{s}"
        );
    }
}

#[test]
fn a_second_change_of_one_figure_keeps_the_rate_and_the_sum_stands_apart() {
    // Round 66: the truth lists write the rate on the figure and the sum it rose by as a
    // change of the same name beside it (the data file holds one change a figure).
    let r = read("外贸进出口总额70亿元，比上年增加5亿元、增长7.7%");
    let shapes: Vec<_> = (r.figures.iter())
        .map(|f| (f.value, f.change.as_ref().map(|c| (c.kind, c.value))))
        .collect();
    assert_eq!(
        shapes,
        [
            (Some(70.0), Some((ChangeKind::Growth, 7.7))),
            (None, Some((ChangeKind::Added, 5.0)))
        ],
        "{r:?}"
    );
}

#[test]
fn an_old_value_without_cong_before_it_is_the_change_of_the_new_one() {
    let f = only("农村居民人均可支配收入1.8万元提高到2.2万元");
    assert_eq!(f.value, Some(2.2));
    let c = f.change.unwrap();
    assert_eq!((c.kind, c.value), (ChangeKind::From, 1.8));
    // After a change word the number is the change's, not an old value.
    let r = read("新增高新技术企业300家，增长12%");
    assert!(r
        .figures
        .iter()
        .all(|f| f.change.as_ref().is_none_or(|c| c.kind != ChangeKind::From)));
}

#[test]
fn a_rate_is_read_whole_or_left_to_the_desk() {
    for (s, unit) in [
        ("一般工商业电价降至0.55元/千瓦时", "元/千瓦时"),
        ("新建商品住宅均价1.2万元/平方米", "万元/平方米"),
        ("耕地地力补贴120元/亩", "元/亩"),
        ("城乡低保标准800元/人·月", "元/人·月"),
        ("污水处理能力100万吨/日", "万吨/日"),
        ("农村低保标准6000元/年", "元/年"),
    ] {
        assert_eq!(only(s).unit, unit, "{s}");
    }
    // A rate per something the draft does not know is never cut at its slash.
    let r = read("港口作业收费降至8元/标准自然箱");
    assert!(r.figures.is_empty(), "{r:?}");
    assert!(r.skips.contains(&("8".to_string(), SkipReason::Unread)));
}

/// Topic titles of the draft of `text`, in order.
fn topic_titles(text: &str) -> Vec<String> {
    let d = report_charts::draft::draft(text).unwrap();
    d.sections
        .iter()
        .flat_map(|s| s.topics.iter())
        .filter_map(|t| t.title.as_ref()?.zh.clone())
        .collect()
}

#[test]
fn a_headings_number_printed_apart_from_its_words_keeps_them() {
    let text = [
        "2026年青禾县政府工作报告",
        "各位代表：",
        "一、2025年工作回顾",
        "过去一年，全县生产总值增长5.8%。",
        "(一) 产业发展提质增效。规上工业增加值增长8.3%。",
        "（二）",
        "民生福祉持续增进。",
        "新增城镇就业3200人。",
        "二、2026年工作安排",
        "地区生产总值增长6%左右。",
        "（一）扩大有效投资。新开工亿元以上项目40个。",
    ]
    .join("\n");
    let titles = topic_titles(&text);
    for want in ["(一)产业发展提质增效", "（二）民生福祉持续增进"] {
        assert!(titles.iter().any(|t| t == want), "{want}: {titles:?}");
    }
}
