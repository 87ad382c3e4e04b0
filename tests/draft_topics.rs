#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A drafted chart's figures belong together (issue 18 §3): bars and growth bars set on
//! one axis only one indicator across items or the parts of one whole, never figures
//! that only share a paragraph, a unit or a kind of change; cards and gauges hold one
//! topic. What fits no chart stays a live number of the text. Texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::Report;

/// A communiqué's paragraphs, each mixing topics as real ones do.
const COMMUNIQUE: &str = "石桥市2025年国民经济和社会发展统计公报

一、农业

全年粮食总产量80.5万吨，增长1.2%。其中，早稻、晚稻产量分别为20.1万吨和30.4万吨，分别增长2.3%和0.8%。全年生猪出栏120.6万头，下降3.1%。

二、投资

全年固定资产投资比上年增长4.5%。其中，工业投资、基础设施投资分别增长10.2%和6.1%，房地产开发投资下降8.3%。全年商品房销售面积300.2万平方米，下降11.5%。

三、贸易

全年社会消费品零售总额900.5亿元，增长4.6%。按经营地分，城镇消费品零售额780.1亿元，增长4.4%；乡村消费品零售额120.4亿元，增长6.0%。全年货物进出口总额500.3亿元，增长7.7%。其中，出口额320.8亿元，增长10.1%；进口额179.5亿元，增长3.5%。全年实际使用外资2.15亿美元，下降12.6%。
";

/// A work report's review: paragraphs of several topics under one lead sentence.
const REVIEW: &str = "政府工作报告

一、2025年工作回顾

过去一年，全区地区生产总值完成420.5亿元，同比增长5.6%。一般公共预算收入30.2亿元，增长3.1%。

产业发展提质增效。新认定高新技术企业55家，总数达到300家。研发经费投入强度达2.5%，比上年提高0.2个百分点。全年招引亿元以上项目50个，签约总额400亿元。

民生福祉持续增进。民生支出占一般公共预算支出的比重达80.1%。新增城镇就业1.5万人，城镇调查失业率为5.0%。空气质量优良天数比例达90.2%。
";

/// The labels of each chart of `kinds`.
fn charts_of(r: &Report, kinds: &[&str]) -> Vec<Vec<String>> {
    r.charts
        .iter()
        .filter(|c| kinds.contains(&c.kind.name()))
        .map(|c| {
            c.figures
                .iter()
                .map(|&k| r.figures[k].label.zh.clone())
                .collect()
        })
        .collect()
}

/// True when one chart of `charts` holds a label containing `a` and one containing `b`.
fn side_by_side(charts: &[Vec<String>], a: &str, b: &str) -> bool {
    charts
        .iter()
        .any(|labels| labels.iter().any(|l| l.contains(a)) && labels.iter().any(|l| l.contains(b)))
}

#[test]
fn growth_bars_never_set_another_indicator_beside_one_whole_and_its_parts() {
    let r = drafted("shiqiao", COMMUNIQUE);
    // Amounts with their growth are bars whose rows print it, rates alone growth bars
    // (a figure's change on one chart of the two: tester s-test23 #21).
    let growth = charts_of(&r, &["growth", "bars"]);
    // (drawn together, never beside it)
    let cases = [
        ("早稻产量", "晚稻产量", "生猪出栏"),
        ("工业投资", "固定资产投资", "商品房销售面积"),
        ("房地产开发投资", "固定资产投资", "商品房销售面积"),
        ("出口额", "进口额", "消费品零售"),
        ("出口额", "进口额", "实际使用外资"),
        ("城镇消费品零售额", "乡村消费品零售额", "进出口"),
    ];
    for (one, other, never) in cases {
        assert!(
            side_by_side(&growth, one, other),
            "{one} and {other} compare: {growth:?}"
        );
        assert!(
            !side_by_side(&growth, one, never),
            "{never} is no item of {one}'s: {growth:?}"
        );
    }
}

#[test]
fn a_paragraphs_cards_and_gauges_hold_one_topic_each() {
    let r = drafted("review", REVIEW);
    let own_scales = charts_of(&r, &["cards", "share", "waffle"]);
    let never = [
        ("研发经费投入强度", "签约总额"),
        ("高新技术企业", "签约总额"),
        ("民生支出", "空气质量优良天数比例"),
        ("新增城镇就业", "空气质量优良天数比例"),
    ];
    for (a, b) in never {
        assert!(
            !side_by_side(&own_scales, a, b),
            "{a} beside {b}: {own_scales:?}"
        );
    }
}

#[test]
fn a_figure_that_fits_no_chart_stays_a_figure_of_the_text() {
    let cases = [
        ("shiqiao", COMMUNIQUE, ["生猪出栏", "商品房销售面积"]),
        ("review", REVIEW, ["签约总额", "空气质量优良天数比例"]),
    ];
    for (slug, text, labels) in cases {
        let r = drafted(slug, text);
        for label in labels {
            assert!(
                r.figures.iter().any(|f| f.label.zh.contains(label)),
                "{slug}: {label} is still a figure"
            );
        }
    }
}
