#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a draft proposes to draw, as a news editor read it (tester s-test23 #13, #16,
//! #20, #21): a chart's title states its paragraph's lead figure (粮食总产量, not the
//! biggest bar 秋粮产量; 全体居民, not 城镇居民); a figure's change stands on one chart,
//! never on a growth chart and again on bars beside it; and lower bounds (超3千亿元 and
//! 超2千亿元) are no lengths to compare: which is larger the text does not say. A text of our own, in the shape of a county 统计公报.

use report_charts::check::validate;
use report_charts::draft;
use report_charts::shared::model::{Chart, Figure, Qualifier, Report};

const BULLETIN: &str = "柳岸县2025年国民经济和社会发展统计公报
一、农业
全年粮食总产量38.20万吨，比上年增长1.9%。其中，夏粮产量17.10万吨，增长1.2%；秋粮产量21.10万吨，增长2.4%。
二、工业
电子信息产业年产值超3千亿元，纺织、建材产业超2千亿元，医药、造纸与印刷、化工产业超1千亿元。
三、贸易
全年货物进出口总额41.5亿元，增长8.2%。其中，出口额30.2亿元，增长11.4%；进口额11.3亿元，增长0.9%。
全年社会消费品零售总额102.36亿元，增长4.6%。按经营地分，城镇消费品零售额80.12亿元，增长4.2%；乡村消费品零售额22.24亿元，增长6.1%。
四、收入和投资
全体居民人均可支配收入30100元，增长5.5%。按常住地分，城镇居民人均可支配收入41000元，增长4.8%；农村居民人均可支配收入19500元，增长6.6%。
全年固定资产投资（不含农户）增长3.9%。其中，工业投资增长10.2%，基础设施投资下降2.1%。
";

fn drafted() -> Report {
    let json = draft::to_json(&draft::draft(BULLETIN).unwrap()).unwrap();
    validate::load("liuan.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

fn figures<'a>(r: &'a Report, c: &'a Chart) -> Vec<&'a Figure> {
    c.figures.iter().map(|&k| &r.figures[k]).collect()
}

fn charts_with<'a>(r: &'a Report, label: &str) -> Vec<&'a Chart> {
    (r.charts.iter())
        .filter(|c| figures(r, c).iter().any(|f| f.label.zh == label))
        .collect()
}

#[test]
fn a_title_states_the_paragraphs_lead_figure_not_its_biggest_item() {
    let r = drafted();
    // The sub-items' chart, wherever it is, never headlines a sub-item over its whole.
    for (whole, items) in [
        ("粮食总产量", ["夏粮产量", "秋粮产量"]),
        (
            "全体居民人均可支配收入",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        ("固定资产投资（不含农户）", ["工业投资", "基础设施投资"]),
    ] {
        for c in charts_with(&r, whole) {
            let labels: Vec<&str> = figures(&r, c).iter().map(|f| f.label.zh.as_str()).collect();
            if items.iter().any(|i| labels.contains(i)) {
                assert!(
                    c.title.zh.starts_with(whole),
                    "{}: {} ({labels:?})",
                    c.id,
                    c.title.zh
                );
            }
        }
    }
}

#[test]
fn a_figure_drawn_as_bars_is_not_drawn_again_on_a_growth_chart() {
    let r = drafted();
    for label in ["出口额", "进口额", "城镇消费品零售额", "乡村消费品零售额"]
    {
        let on: Vec<&str> = (charts_with(&r, label).iter())
            .filter(|c| !c.lead)
            .map(|c| c.id.as_str())
            .collect();
        assert!(on.len() <= 1, "{label} on {on:?}");
    }
}

#[test]
fn lower_bounds_whose_order_is_unknown_are_never_bars() {
    let r = drafted();
    let bound = |f: &Figure| {
        matches!(
            f.qualifier,
            Some(Qualifier::Over | Qualifier::OverFully | Qualifier::Passed | Qualifier::OrMore)
        )
    };
    assert!(r.figures.iter().any(bound), "{:#?}", r.figures);
    for c in r.charts.iter().filter(|c| c.kind.name() == "bars") {
        let drawn: Vec<&str> = (figures(&r, c).into_iter())
            .filter(|f| bound(f))
            .map(|f| f.label.zh.as_str())
            .collect();
        assert!(drawn.is_empty(), "{}: {drawn:?}", c.id);
    }
}

#[test]
fn every_item_of_a_list_that_shares_one_bound_is_named() {
    let r = drafted();
    let one = (r.figures.iter())
        .find(|f| f.value == Some(1.0) && f.unit.zh == "千亿元")
        .unwrap_or_else(|| panic!("{:#?}", r.figures));
    for item in ["医药", "造纸与印刷", "化工"] {
        assert!(one.label.zh.contains(item), "{}", one.label.zh);
    }
}

const PLAN: &str = "柳岸县2026年政府工作报告
一、2025年工作回顾
全县地区生产总值186.4亿元，增长5.2%。
二、2026年重点工作
办好民生实事。筹措96.5亿元实施十项民生工程。筹措2.1亿元实施就业工程，稳定重点群体就业。筹措30.4亿元实施社保工程，提高基础养老金。筹措25.2亿元实施健康工程。筹措12.3亿元实施教育工程。筹措3.6亿元实施住房工程。筹措9.8亿元实施助农工程。筹措4.4亿元实施生态工程。筹措5.1亿元实施水利工程。筹措1.2亿元实施文体工程。筹措2.4亿元实施交通工程。
";

#[test]
fn one_paragraphs_list_of_planned_sums_stays_one_chart() {
    let json = draft::to_json(&draft::draft(PLAN).unwrap()).unwrap();
    let r = validate::load("plan.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let on: Vec<(&str, usize)> = (r.charts.iter())
        .filter(|c| figures(&r, c).iter().any(|f| f.label.zh.ends_with("工程")))
        .map(|c| (c.id.as_str(), c.figures.len()))
        .collect();
    assert_eq!(on.len(), 1, "{on:?}");
    assert!(on[0].1 >= 10, "{on:?}");
}

const SECTORS: &str = "柳岸县2026年政府工作报告
一、2025年工作回顾
经济增长稳中有进。全县地区生产总值增长5.2%。一、二、三产业增加值分别增长4.0%、5.1%、5.6%。规上工业增加值增长7.2%，高于全市1.5个百分点。
";

#[test]
fn the_three_industries_are_named_in_full_and_no_other_value_added_joins_them() {
    let json = draft::to_json(&draft::draft(SECTORS).unwrap()).unwrap();
    let r = validate::load("sectors.json", &json).unwrap_or_else(|e| panic!("{e}"));
    for name in ["第一产业增加值", "第二产业增加值", "第三产业增加值"] {
        assert!(
            r.figures.iter().any(|f| f.label.zh == name),
            "{name}: {:#?}",
            r.figures
        );
    }
    // On one axis (cards have each their own scale).
    for c in (r.charts.iter()).filter(|c| ["growth", "bars"].contains(&c.kind.name())) {
        let labels: Vec<&str> = figures(&r, c).iter().map(|f| f.label.zh.as_str()).collect();
        let sector = labels.iter().any(|l| l.contains("产业增加值"));
        let industry = labels.iter().any(|l| l.starts_with("规上工业"));
        assert!(!(sector && industry), "{}: {labels:?}", c.id);
    }
}
