#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A new user's drafts of texts of their own that still named or dated figures wrong
//! (issue 18 §1 "A period on the figure" and §6 "Labels", s-test18 and s-test19): a
//! goal's verb after its subject (确保, 将), a list of levels read as a place (省市县),
//! a multiple or last year's result with no subject in its clause, a goal list after a
//! list of items, a share whose subject is the clause before, verbs kept in labels, a
//! pull put on a contribution; and periods: 前11个月, a span of years in mid-sentence, the
//! plan year of 今年…将 where the text says which year its report reviews, and a sentence
//! in a paragraph opened by a part of the year (1—11月，…) that names none. The texts are
//! short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted, period};
use report_charts::shared::model::{ChangeKind, Figure, Report, Status};

fn unread(r: &Report, number: &str) -> bool {
    r.skips.iter().any(|s| s.number == number)
}

fn label(r: &Report, value: f64) -> &str {
    by_value(r, value)
        .map(|f| f.label.zh.as_str())
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

#[test]
fn a_goals_verb_after_its_subject_is_no_part_of_the_label() {
    let r = drafted(
        "aim",
        "今年全县固定资产投资确保增长8%以上，城镇新增就业6000人以上。",
    );
    assert_eq!(label(&r, 8.0), "固定资产投资");
    let r = drafted(
        "will",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%。\n\
         今年，全县地区生产总值将达到200亿元，一般公共预算收入将突破15.5亿元。",
    );
    assert_eq!(label(&r, 200.0), "地区生产总值");
    assert_eq!(label(&r, 15.5), "一般公共预算收入");
}

#[test]
fn this_years_goals_take_the_plan_year_where_the_text_reviews_the_year_before() {
    let r = drafted(
        "will-year",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%。\n\
         今年，全县地区生产总值将达到200亿元，一般公共预算收入将突破15.5亿元。",
    );
    for value in [200.0, 15.5] {
        let f = by_value(&r, value).unwrap();
        assert_eq!(f.status, Status::Target, "{f:?}");
        assert_eq!(period(f), Some("2026年"), "{f:?}");
    }
}

#[test]
fn a_list_of_levels_before_a_noun_is_no_place_name() {
    let r = drafted(
        "levels",
        "报告提出，今年实施重点项目110个，年度计划投资120亿—130亿元，其中省市县长项目12个。",
    );
    assert_eq!(label(&r, 12.0), "省市县长项目");
}

#[test]
fn a_multiple_of_an_earlier_year_is_named_after_what_it_multiplies_or_left() {
    let r = drafted(
        "multiple",
        "过去五年，全县地区生产总值年均增长6.4%，2025年达到186.3亿元，是2020年的1.3倍。",
    );
    match by_value(&r, 1.3) {
        Some(f) => assert!(f.label.zh.starts_with("地区生产总值"), "{f:?}"),
        None => assert!(unread(&r, "1.3"), "{:?}", r.skips),
    }
}

#[test]
fn last_years_result_after_this_years_goal_is_the_goals_indicator_beside_it() {
    let r = drafted(
        "goal-first",
        "今年地区生产总值预期增长6%，去年实际增长6.2%。",
    );
    let goal = by_value(&r, 6.0).unwrap();
    let done = by_value(&r, 6.2).unwrap();
    assert_eq!(goal.status, Status::Target, "{goal:?}");
    assert_eq!(done.status, Status::Result, "{done:?}");
    assert_eq!(done.label.zh, "地区生产总值");
    let k = |f: &Figure| r.figures.iter().position(|g| g.id == f.id).unwrap();
    assert!(
        (r.charts.iter()).any(|c| c.figures.contains(&k(goal)) && c.figures.contains(&k(done))),
        "{:#?}",
        r.charts
    );
    let r = drafted(
        "goal-first-amount",
        "今年一般公共预算收入预期达到16亿元，去年实际完成15.2亿元。",
    );
    assert_eq!(label(&r, 15.2), "一般公共预算收入");
}

#[test]
fn a_goal_list_after_a_list_of_items_is_named_by_those_items_or_left() {
    let r = drafted(
        "goal-list",
        "去年全县接待游客1260万人次，旅游总收入突破150亿元，分别增长12.3%和15.1%；\
         今年分别力争达到1400万人次和170亿元。",
    );
    for (value, number, item) in [(1400.0, "1400", "接待游客"), (170.0, "170", "旅游总收入")]
    {
        match by_value(&r, value) {
            Some(f) => {
                assert_eq!(f.label.zh, item, "{f:?}");
                assert_eq!(f.status, Status::Target, "{f:?}");
            }
            None => assert!(unread(&r, number), "{number}: {:?}", r.skips),
        }
    }
    assert!(
        r.figures.iter().all(|f| f.label.zh != "今年"),
        "{:#?}",
        r.figures
    );
}

#[test]
fn a_share_of_a_whole_is_named_after_the_figure_its_clause_follows() {
    let r = drafted(
        "belt-road",
        "对共建“一带一路”国家进出口2.31万亿元，增长9.1%，占全省外贸比重提升至47.5%，\
         较上年同期提高1.3个百分点。",
    );
    assert_eq!(label(&r, 47.5), "对共建“一带一路”国家进出口占全省外贸比重");
}

#[test]
fn the_verb_that_brings_a_figure_is_no_part_of_its_label() {
    let r = drafted(
        "verbs",
        "全省跨境电商综试区实现进出口2860亿元，占全国的12.6%。\n\
         全省累计培育省级以上开发区142个，认定省级商贸流通龙头企业50家、“浙江老字号”企业36家。",
    );
    assert_eq!(label(&r, 2860.0), "跨境电商综试区进出口");
    assert_eq!(label(&r, 142.0), "省级以上开发区");
    assert_eq!(label(&r, 50.0), "省级商贸流通龙头企业");
}

#[test]
fn a_pull_is_the_growths_and_a_contribution_names_whose_it_is() {
    let r = drafted(
        "pull",
        "1—11月，高技术制造业增加值增长10.2%，对规上工业增长的贡献率为35.4%，\
         拉动规上工业增长2.1个百分点。",
    );
    let share = by_value(&r, 35.4).unwrap();
    assert_eq!(share.label.zh, "高技术制造业对规上工业增长的贡献率");
    let pulled = |f: &Figure| {
        let pull = |c: &Option<_>| matches!(c, Some(c) if pulls(c));
        pull(&f.change) || pull(&f.compare)
    };
    assert!(!pulled(share), "a share pulls nothing: {share:?}");
    match r.figures.iter().find(|f| pulled(f)) {
        Some(f) => assert_eq!(f.label.zh, "高技术制造业增加值", "{f:?}"),
        None => assert!(unread(&r, "2.1"), "{:?}", r.skips),
    }
}

fn pulls(c: &report_charts::shared::model::Change) -> bool {
    c.kind == ChangeKind::Pull && c.value == 2.1
}

#[test]
fn an_estimate_of_last_year_is_named_by_what_it_counts() {
    let r = drafted(
        "estimate",
        "据初步统计，预计去年全县地区生产总值增长6.2%，一般公共预算收入增长5.1%，均超额完成年度目标。",
    );
    assert_eq!(label(&r, 6.2), "地区生产总值");
}

#[test]
fn the_first_months_of_a_year_are_the_figures_period() {
    let r = drafted(
        "months",
        "前11个月，全省规模以上工业增加值同比增长6.8%，增速比全国高0.9个百分点。",
    );
    let f = by_value(&r, 6.8).unwrap();
    assert!(matches!(period(f), Some("前11个月" | "1—11月")), "{f:?}");
}

#[test]
fn a_period_opening_a_paragraph_reaches_its_later_sentences_or_leaves_them_to_the_desk() {
    let r = drafted(
        "paragraph",
        "1—11月，全省新设外商投资企业1286家，同比增长15.2%。全省跨境电商综试区实现进出口2860亿元，占全国的12.6%。\n\
         全省累计培育省级以上开发区142个，认定省级商贸流通龙头企业50家。",
    );
    match by_value(&r, 2860.0) {
        Some(f) => assert_eq!(period(f), Some("1—11月"), "{f:?}"),
        None => assert!(unread(&r, "2860"), "{:?}", r.skips),
    }
}

#[test]
fn levels_before_a_noun_are_each_items_own_or_left() {
    let r = drafted("labs", "全年新增市级和区级以上重点实验室分别为8家和3家。");
    for (value, number, item) in [
        (8.0, "8", "市级重点实验室"),
        (3.0, "3", "区级以上重点实验室"),
    ] {
        match by_value(&r, value) {
            // The verb the list opens with (新增) stays on the first item, as printed.
            Some(f) => {
                let named = f.label.zh.strip_prefix("新增").unwrap_or(&f.label.zh);
                assert_eq!(named, item, "{f:?}");
            }
            None => assert!(unread(&r, number), "{number}: {:?}", r.skips),
        }
    }
}

#[test]
fn a_span_of_years_in_mid_sentence_is_the_figures_period() {
    let r = drafted("span", "全区2021—2025年累计完成固定资产投资1520亿元。");
    let f = by_value(&r, 1520.0).unwrap();
    assert_eq!(period(f), Some("2021—2025年"), "{f:?}");
    assert_eq!(f.label.zh, "固定资产投资", "{f:?}");
}
