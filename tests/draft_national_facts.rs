#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Round 60 (issue 18): numbers a work report prints that are no figure of its year, and
//! facts it states among its goals, each said in sentences of our own: the nation named
//! by its people; a target said again where the report says why it
//! chose it (提出…，主要是…); the size of the year's cohort of graduates and what the
//! country has, stated in the plan's part as facts, not goals.

mod common;

use common::sentences::{figures, only, skipped};
use common::{by_value, drafted, status_in, work_report};
use report_charts::shared::model::{ChangeKind, SkipReason, Status};

#[test]
fn the_nation_named_by_its_people_is_no_figure() {
    let cases = [
        ("近9亿中国人的饭碗必须端在自己手上", "9"),
        ("全力保障好9亿人的粮食安全", "9"),
        ("凝聚9亿人民的智慧和力量", "9"),
        ("建设36个民族共同团结奋斗的美好家园", "36"),
    ];
    for (s, n) in cases {
        assert_eq!(
            skipped(s, n),
            Some(SkipReason::Label),
            "{s}: {:?}",
            figures(s)
        );
    }
    // People a sentence counts stay a figure: those the year reached, or what a place has.
    for (s, v) in [
        ("今年再解决3200万人的安全饮水问题", 3200.0),
        ("涉及10.5万人的保交房任务全部完成", 10.5),
        ("全市近300万人口的城乡居民", 300.0),
        ("全省有55个少数民族", 55.0),
        ("累计建成120个民族团结进步示范社区", 120.0),
    ] {
        let f = figures(s);
        assert!(f.iter().any(|f| f.value == Some(v)), "{s}: {f:?}");
    }
}

/// A county's report whose goals are set, then explained after 提出 in `explained`.
fn explained_goals(explained: &str) -> String {
    work_report(
        "某县",
        2026,
        "全县生产总值增长5.1%。",
        &format!("地区生产总值增长6%左右，居民消费价格涨幅2.5%左右。\n这里要着重说明，{explained}"),
    )
}

#[test]
fn a_target_said_again_after_ti_chu_where_the_report_says_why_is_no_second_figure() {
    for explained in [
        "提出地区生产总值增长6%左右，主要是考虑了就业和风险等多种因素。",
        "提出居民消费价格涨幅2.5%左右，综合考虑了去年价格的翘尾因素。",
        "提出今年地区生产总值增长6%左右的目标，综合考虑了需要和可能。",
        "提出6%左右的地区生产总值增长目标，综合考虑了发展的需要和可能。",
    ] {
        let r = drafted("county", &explained_goals(explained));
        let again: Vec<_> = (r.figures.iter())
            .filter(|f| f.source.contains("提出"))
            .collect();
        assert!(again.is_empty(), "{explained}: {again:#?}");
        assert_eq!(status_in(&r, "增长6%左右，居民"), Status::Target);
    }
    // A number the goals did not set, after 提出, is a figure of its own.
    let r = drafted(
        "county",
        &explained_goals("提出城镇新增就业1.2万人，主要是考虑了就业压力。"),
    );
    assert_eq!(by_value(&r, 1.2).map(|f| f.status), Some(Status::Target));
}

/// The goals of a province's plan, then `more` in a paragraph of its own.
fn goals(more: &str) -> String {
    format!("地区生产总值增长6%左右。\n{more}")
}

#[test]
fn the_years_cohort_of_graduates_and_what_the_country_has_are_facts_among_the_goals() {
    for (targets, quote) in [
        (
            "今年高校毕业生95万人，要实施好就业促进计划。",
            "高校毕业生95万人",
        ),
        (
            "今年高校毕业生超过95万人，要加强就业指导。",
            "高校毕业生超过95万人",
        ),
        ("今年高校毕业生120多万人，再创新高。", "高校毕业生120多万人"),
        ("我国有2.1亿在校学生，要把教育办好。", "有2.1亿在校学生"),
        ("全省有3000多万劳动力，要稳住就业。", "有3000多万劳动力"),
    ] {
        let text = work_report("某省", 2026, "全省生产总值增长5.1%。", &goals(targets));
        let r = drafted("province", &text);
        assert_eq!(status_in(&r, quote), Status::Result, "{targets}");
    }
    // A forecast of the cohort (预计, 将) and a goal for it stay goals.
    for (targets, quote) in [
        (
            "预计今年高校毕业生超过95万人，要加强就业指导。",
            "毕业生超过95万人",
        ),
        (
            "今年高校毕业生将高达95万人，要加强就业指导。",
            "毕业生将高达95万人",
        ),
        ("高校毕业生留省就业17万人。", "留省就业17万人"),
    ] {
        let text = work_report("某省", 2026, "全省生产总值增长5.1%。", &goals(targets));
        let r = drafted("province", &text);
        assert_eq!(status_in(&r, quote), Status::Target, "{targets}");
    }
}

#[test]
fn figures_the_text_names_as_goals_or_as_the_next_five_years_are_targets_in_a_review_too() {
    let review = "全县生产总值增长5.1%。\n但是，全县没有实现年初确定的单位生产总值能耗降低3.5%左右、主要污染物排放总量减少1.5%的目标。\n规划纲要提出了单位生产总值能耗降低16%左右、用水总量减少7%等目标。\n规划纲要提出，今后五年地区生产总值年均增长6.5%。";
    let text = work_report("某县", 2026, review, "地区生产总值增长6%左右。");
    let r = drafted("county", &text);
    for v in [3.5, 1.5, 16.0, 7.0, 6.5] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("{v}: {:#?}", r.figures));
        assert_eq!(f.status, Status::Target, "{v}: {f:#?}");
    }
    // A goal met, said as a result, stays one.
    let review = "全县生产总值增长6.2%，超过年初确定的目标。";
    let r = drafted(
        "county",
        &work_report("某县", 2026, review, "地区生产总值增长6%左右。"),
    );
    assert_eq!(by_value(&r, 6.2).map(|f| f.status), Some(Status::Result));
}

#[test]
fn a_sum_over_years_already_past_and_last_years_part_of_it_are_results_among_the_goals() {
    let goals = "地区生产总值增长6%左右。\n从2021年到2024年年均超收12亿元，其中去年超收15亿元，今年要用好这些资金。";
    let r = drafted(
        "county",
        &work_report("某县", 2026, "全县生产总值增长5.1%。", goals),
    );
    for v in [12.0, 15.0] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("{v}: {:#?}", r.figures));
        assert_eq!(f.status, Status::Result, "{v}: {f:#?}");
    }
    // A span that reaches into the plan's years is the plan's.
    let goals = "地区生产总值增长6%左右。\n从2026年到2030年年均增收12亿元。";
    let r = drafted(
        "county",
        &work_report("某县", 2026, "全县生产总值增长5.1%。", goals),
    );
    assert_eq!(by_value(&r, 12.0).map(|f| f.status), Some(Status::Target));
}

#[test]
fn a_look_back_under_a_heading_of_plans_is_an_aside_the_next_paragraphs_plans_do_not_go_on_with() {
    let goals = "地区生产总值增长6%左右。\n一年来，我们大力发展文化事业，有效扩大了内需。新的一年，我们要更加重视文化建设。\n要继续推进文化体制改革，繁荣文化市场。\n建设保障性住房3000套，改造老旧小区住房2800套。";
    let r = drafted(
        "county",
        &work_report("某县", 2026, "全县生产总值增长5.1%。", goals),
    );
    for v in [3000.0, 2800.0] {
        let f = by_value(&r, v).unwrap_or_else(|| panic!("{v}: {:#?}", r.figures));
        assert_eq!(f.status, Status::Target, "{v}: {f:#?}");
    }
    // Its own paragraph's figures stay the review's.
    let goals = "地区生产总值增长6%左右。\n一年来，全县新建文化站12个。";
    let r = drafted(
        "county",
        &work_report("某县", 2026, "全县生产总值增长5.1%。", goals),
    );
    assert_eq!(by_value(&r, 12.0).map(|f| f.status), Some(Status::Result));
}

#[test]
fn one_rate_of_change_that_several_names_each_had_is_one_figure_under_their_names() {
    for (s, kind, v) in [
        (
            "全县化学需氧量、氨氮排放量分别下降2%",
            ChangeKind::Decline,
            2.0,
        ),
        (
            "二氧化硫、氮氧化物排放量要分别下降3%",
            ChangeKind::Decline,
            3.0,
        ),
        (
            "城镇和农村居民人均可支配收入分别增长5%",
            ChangeKind::Growth,
            5.0,
        ),
    ] {
        let f = only(s);
        let c = f.change.as_ref().unwrap_or_else(|| panic!("{s}: {f:?}"));
        assert_eq!((c.kind, c.value, f.value), (kind, v, None), "{s}");
        assert!(
            f.label.contains('、') || f.label.contains('和'),
            "{s}: {f:?}"
        );
    }
    // A count or an amount said once for several names is no one's: the desk's.
    assert_eq!(
        skipped("高新技术企业、科技型中小企业分别达到860家", "860"),
        Some(SkipReason::Unread)
    );
}

#[test]
fn how_many_people_a_task_reaches_with_yi_shang_is_its_figure_not_a_class() {
    for (s, v, unit) in [
        ("今年要完成20万以上农村贫困人口脱贫任务", 20.0, "万"),
        ("完成30万人次以上农民工职业技能提升培训任务", 30.0, "万人次"),
        (
            "从基金结余中拿出10亿元，用于15万人次以上的职工技能提升和转岗培训",
            15.0,
            "万人次",
        ),
    ] {
        let f = figures(s);
        let f = f
            .iter()
            .find(|f| f.value == Some(v))
            .unwrap_or_else(|| panic!("{s}: {f:?}"));
        assert_eq!(f.unit, unit, "{s}");
    }
    // A bound of the people a class is of stays the class's.
    assert_eq!(
        skipped("覆盖全市1万人以上的乡镇", "1"),
        Some(SkipReason::Label)
    );
}

#[test]
fn editions_held_in_a_row_are_a_duration_and_the_people_who_took_part_and_a_stay_made_longer_are_figures(
) {
    let s = "连续举办6届全县创业活动周、超过12万人次参与";
    assert_eq!(skipped(s, "6"), Some(SkipReason::Duration));
    let f = only(s);
    assert_eq!((f.value, f.unit.as_str()), (Some(12.0), "万人次"), "{f:?}");
    assert_eq!(f.label, "参与", "{f:?}");
    let f = only("入境旅客停留时间延长至144小时");
    assert_eq!((f.value, f.unit.as_str()), (Some(144.0), "小时"), "{f:?}");
    // A class of the people counted stays a class: 超1000人企业.
    assert_eq!(
        skipped("引进员工超1000人企业", "1000"),
        Some(SkipReason::Label)
    );
}

#[test]
fn a_bracket_of_a_tax_is_no_figure() {
    assert_eq!(
        skipped("保持9%一档的税率不变", "9"),
        Some(SkipReason::Label)
    );
    let s = "对年应纳税所得额50万元至200万元部分，再减半征收";
    for n in ["50", "200"] {
        assert_eq!(
            skipped(s, n),
            Some(SkipReason::Label),
            "{n}: {:?}",
            figures(s)
        );
    }
    // A rate that a tax is set at stays a figure.
    assert!(skipped("增值税税率降至9%", "9").is_none());
}
