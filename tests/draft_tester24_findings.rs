#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a new user found wrong in the drafts of a district report and a county 公报 of
//! their own (issue 18, the tester's s-test24): marks passed in turn read as a level with
//! the indicator's growth a year (F2), 达 kept as a qualifier (F11), a rate below zero
//! given by 为 left undecided (F12), one 户 of one sentence in two English units (F17).
//! The texts are short ones of our own, with invented figures.

mod common;

use common::{by_value, drafted};
use report_charts::draft::charts::title_of;
use report_charts::shared::model::{ChangeKind, Report, SkipReason};

/// The figure of `r` whose value or change is `value`, failing with every figure when none is.
fn figure_of(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    by_value(r, value).unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

/// The reason `r` skips `number` for, if it does.
fn skipped(r: &Report, number: &str) -> Option<SkipReason> {
    r.skips
        .iter()
        .find(|s| s.number == number)
        .map(|s| s.reason)
}

const MARKS: &str = "云溪区政府工作报告\n\n\
一、“十四五”发展成就\n\n\
五年来，全区地区生产总值先后跨越千亿元、1300亿元台阶，年均增长5.9%。\
一般公共预算收入相继突破60亿元、80亿元大关，年均增长4.2%。\n";

#[test]
fn marks_passed_in_turn_are_no_level_of_any_figure() {
    let r = drafted("marks", MARKS);
    for v in [1300.0, 60.0, 80.0] {
        assert!(
            r.figures.iter().all(|f| f.value != Some(v)),
            "{v} drawn as a level: {:#?}",
            r.figures
        );
    }
    for n in ["1300", "60", "80"] {
        assert_eq!(skipped(&r, n), Some(SkipReason::Label), "the mark {n}");
    }
}

#[test]
fn a_growth_a_year_after_marks_passed_in_turn_is_of_what_passed_them() {
    let r = drafted("marks", MARKS);
    for (v, label) in [(5.9, "地区生产总值"), (4.2, "一般公共预算收入")] {
        let f = figure_of(&r, v);
        assert_eq!(f.label.zh, label, "the growth {v}");
        assert_eq!(f.value, None, "the growth {v} has no level");
        let c = f.change.as_ref().unwrap();
        assert_eq!(c.kind, ChangeKind::Growth);
        assert!(c.yearly, "the growth {v} is a year's average, as printed");
    }
}

#[test]
fn reached_before_an_exact_value_is_no_qualifier() {
    let r = drafted(
        "reached",
        "2025年，全区一般公共预算收入92.4亿元，增长3.9%，其中税收收入占比达81.6%。\
         楼宇企业总数达2150家。全年接待游客达到860万人次以上。",
    );
    assert_eq!(figure_of(&r, 81.6).qualifier, None);
    assert_eq!(figure_of(&r, 2150.0).qualifier, None);
    let floor = figure_of(&r, 860.0).qualifier.map(|q| q.zh());
    assert_eq!(floor, Some("以上"), "达到…以上 keeps its floor");
}

#[test]
fn a_rate_per_mille_given_by_wei_keeps_its_minus_sign() {
    let r = drafted(
        "births",
        "2025年，全县出生人口2870人，出生率为6.94‰；死亡人口3315人，死亡率为8.02‰；\
         人口自然增长率为-1.08‰。",
    );
    let f = figure_of(&r, -1.08);
    assert_eq!(f.label.zh, "人口自然增长率");
    assert_eq!(f.unit.zh, "‰");
    assert_eq!(skipped(&r, "1.08"), None);
}

#[test]
fn businesses_counted_in_hu_stay_businesses_beside_their_total() {
    let r = drafted(
        "businesses",
        "2025年，全区新登记经营主体2.3万户，年末经营主体总数达到18.7万户，\
         市场主体总量21.2万户。全年惠及居民4.1万户。",
    );
    for v in [2.3, 18.7, 21.2] {
        assert_eq!(figure_of(&r, v).unit.en, "businesses", "the count {v}");
    }
    assert_eq!(figure_of(&r, 4.1).unit.en, "households");
}

const MONTHS: &str = "云溪区政府工作报告\n\n\
一、2025年工作回顾\n\n\
2025年，全区实现地区生产总值1186.4亿元，同比增长5.6%。一般公共预算收入78.5亿元，增长4.1%。\n\n\
1—11月，规模以上工业增加值同比增长6.8%，高于全市0.9个百分点；固定资产投资同比下降3.1%，\
其中工业投资增长15.2%。上半年，社会消费品零售总额达到298.6亿元，增长4.4%；全年外贸进出口总额\
188.2亿元，增长2.6%。全年社会消费品零售总额612.4亿元，增长5.1%。\n";

#[test]
fn a_part_of_the_year_before_a_semicolon_is_in_the_source_and_title_of_the_figures_after_it() {
    let r = drafted("months", MONTHS);
    for v in [3.1, 15.2] {
        let f = figure_of(&r, v);
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("1—11月"));
        assert!(
            f.source.starts_with("1—11月"),
            "the source of {v}: {}",
            f.source
        );
    }
    let title = title_of(figure_of(&r, 3.1));
    assert_eq!(title, "固定资产投资1—11月下降3.1%");
}

#[test]
fn a_clause_that_names_the_whole_year_after_a_semicolon_is_the_years() {
    let r = drafted("months", MONTHS);
    let trade = figure_of(&r, 188.2);
    assert_eq!(trade.period, None, "全年 is the year's, not 上半年");
    assert!(trade.source.starts_with("全年"), "source {}", trade.source);
}
