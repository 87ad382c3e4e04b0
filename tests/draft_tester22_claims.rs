#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a drafted page of a real report claimed falsely (issue 18 §3, s-test22): a
//! target beside a "last year" that is another indicator (a figure whose label is only
//! the end of the target's, a stock beside a yearly flow, a growth of another basis).
//! The texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted, period};
use report_charts::shared::model::{ChangeKind, Figure, Report, Status};

/// The figure a targets chart sets beside the target of `value` as last year's, if any.
fn last_year_of(r: &Report, value: f64) -> Option<&Figure> {
    let is_target = |f: &Figure| {
        f.status != Status::Result
            && (f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
    };
    let k = r
        .figures
        .iter()
        .position(is_target)
        .unwrap_or_else(|| panic!("no target of {value}: {:#?}", r.figures));
    let c = r
        .charts
        .iter()
        .find(|c| c.kind.name() == "targets" && c.figures.contains(&k))
        .unwrap_or_else(|| panic!("the target of {value} is on no targets chart"));
    let at = c.figures.iter().position(|&j| j == k)?;
    let before = &r.figures[c.figures[at.checked_sub(1)?]];
    (before.status == Status::Result).then_some(before)
}

#[test]
fn a_target_never_stands_beside_a_result_labelled_by_the_last_word_of_its_label() {
    let r = drafted(
        "firms",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%。\
         6家企业获评省级智能工厂。\n\
         今年，力争新增规模以上工业企业50家、省级专精特新企业30家、高新技术企业40家。",
    );
    let before = last_year_of(&r, 50.0);
    assert!(
        before.is_none(),
        "新增规模以上工业企业 beside {before:?}: the text gives no last year's value"
    );
}

#[test]
fn a_yearly_target_stands_beside_last_years_flow_never_the_stock_to_date() {
    let r = drafted(
        "parks",
        "报告回顾，2025年全市新增公园12座、累计达到310座，新建绿道25公里、累计达到420公里。\n\
         今年，力争新增公园10座、新建绿道20公里、新增绿地100公顷。",
    );
    for (target, flow) in [(10.0, 12.0), (20.0, 25.0)] {
        let before = last_year_of(&r, target).map(|f| (f.value, f.cumulative));
        assert_eq!(before, Some((Some(flow), false)), "the target of {target}");
    }
}

#[test]
fn a_growth_target_stands_beside_the_headline_growth_never_one_of_another_basis() {
    let r = drafted(
        "basis",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%，\
         地方一般公共预算收入达86.5亿元、增长1.7%（同口径增长2.5%以上）。\n\
         今年主要预期目标是：地区生产总值增长5%左右，地方一般公共预算收入增长1.5%左右，\
         固定资产投资增长4%以上。",
    );
    let before = last_year_of(&r, 1.5).and_then(|f| f.change.as_ref().map(|c| c.value));
    assert_ne!(before, Some(2.5), "同口径 2.5% beside the target");
}

#[test]
fn this_years_goal_that_counts_new_ones_is_this_years_in_the_last_year_of_a_plan() {
    let r = drafted(
        "last-plan-year",
        "政府工作报告\n\
         一、2024年工作回顾\n\
         过去一年，全县地区生产总值186.3亿元，增长5%。城镇新增就业3600人。\n\
         二、2025年政府工作任务\n\
         今年是“十四五”规划收官之年。要高质量完成“十四五”规划目标任务。\n\
         今年发展主要预期目标是：地区生产总值增长5%左右；城镇调查失业率5.5%左右，\
         城镇新增就业3000人以上；居民消费价格涨幅2%左右。\n\
         实施更加积极的财政政策。今年合计新增政府债务总规模11.86亿元、比上年增加2.9亿元。\n",
    );
    for value in [3000.0, 11.86] {
        let f = by_value(&r, value).unwrap_or_else(|| panic!("no figure of {value}"));
        assert_eq!(period(f), Some("2025年"), "{f:?}");
    }
}

#[test]
fn a_list_of_rises_once_more_is_of_rises_named_by_its_items_never_levels() {
    let r = drafted(
        "rises",
        "今年主要预期目标是：地区生产总值增长5%左右。\n\
         职工医保和城乡居民养老保险人均补助标准分别再提高40元和10元。",
    );
    for (value, item) in [(40.0, "职工医保"), (10.0, "城乡居民养老保险")] {
        let f = by_value(&r, value).unwrap_or_else(|| panic!("no figure of {value}"));
        let rise = f.change.as_ref().map(|c| (c.kind, c.value));
        assert_eq!(
            (f.value, rise),
            (None, Some((ChangeKind::Added, value))),
            "{f:?}"
        );
        assert!(f.label.zh.starts_with(item), "{f:?}");
    }
}

#[test]
fn a_figure_whose_clause_names_nothing_is_on_no_chart() {
    let r = drafted(
        "unnamed",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%。\n\
         经营主体总量接近60万户，上市公司达18家，外贸实绩企业突破900家，\
         高新技术企业数量实现翻番、达1200家。",
    );
    for c in &r.charts {
        for f in r.figures_of(c) {
            assert_ne!(f.label.zh, "未命名", "{} draws {f:?}", c.id);
        }
    }
}

#[test]
fn a_subject_of_two_nouns_that_end_alike_keeps_the_first_in_the_label() {
    let r = drafted(
        "halls",
        "报告回顾，2025年全县地区生产总值186.3亿元，增长6.2%。\n\
         全县文化馆、图书馆举办公益讲座320场，新增养老床位360张、托育托位120个。",
    );
    let f = by_value(&r, 320.0).unwrap_or_else(|| panic!("no figure of 320"));
    assert!(f.label.zh.starts_with("文化馆、图书馆"), "{f:?}");
    let f = by_value(&r, 120.0).unwrap_or_else(|| panic!("no figure of 120"));
    assert!(!f.label.zh.contains("床位"), "{f:?}");
}

#[test]
fn a_budgets_arrangements_are_labelled_without_their_verbs_and_charted_as_arrangements() {
    let r = drafted(
        "arranged",
        "政府工作报告\n过去一年，全县地区生产总值186.3亿元，增长5%。\n\
         今年发展主要预期目标是：地区生产总值增长5%左右；城镇新增就业3000人以上。\n\
         实施更加积极的财政政策。今年赤字率拟按3.5%左右安排，赤字规模2.1亿元；\
         拟发行专项债券8.6亿元；拟安排转移支付资金12亿元；本级预算内投资拟安排3亿元。",
    );
    for (value, label) in [
        (3.5, "赤字率"),
        (8.6, "专项债券"),
        (12.0, "转移支付资金"),
        (3.0, "本级预算内投资"),
    ] {
        let f = by_value(&r, value).unwrap_or_else(|| panic!("no figure of {value}"));
        assert_eq!(f.label.zh, label, "{f:?}");
    }
    let k = r.figures.iter().position(|f| f.value == Some(2.1)).unwrap();
    let c = r
        .charts
        .iter()
        .find(|c| c.figures.contains(&k))
        .expect("the arrangements' chart");
    let title = &c.title.zh;
    assert!(title.contains("安排") && !title.contains("目标"), "{title}");
}

#[test]
fn a_total_that_describes_the_projects_counted_after_it_is_on_no_chart() {
    let r = drafted(
        "projects",
        "政府工作报告\n一、2025年工作回顾\n过去一年，全县地区生产总值186.3亿元，增长5%。\n\
         二、2026年工作安排\n扩大有效投资。抓好总投资1200亿元的86个县重点项目，\
         新开工重大项目40个，推动沿江等5条高速公路建设。",
    );
    let k = r
        .figures
        .iter()
        .position(|f| f.value == Some(1200.0))
        .expect("the total investment stays a figure, for the desk");
    for c in &r.charts {
        assert!(!c.figures.contains(&k), "{} draws 总投资1200亿元", c.id);
    }
}

#[test]
fn a_target_of_another_verb_never_stands_beside_last_years_result() {
    let r = drafted(
        "beds",
        &common::work_report(
            "青川市",
            2026,
            "全市新增养老床位820张、护理型床位460张，新建社区食堂12家。",
            "改建300张护理型床位，新增养老床位600张，新建社区食堂10家。",
        ),
    );
    let before = last_year_of(&r, 300.0);
    assert!(
        before.is_none(),
        "改建护理型床位 beside {before:?}: 新增 is another measure"
    );
    let same = last_year_of(&r, 600.0).and_then(|f| f.value);
    assert_eq!(same, Some(820.0), "新增养老床位 beside last year's 新增");
}
