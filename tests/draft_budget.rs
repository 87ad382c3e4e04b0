#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A budget report (预算执行情况和预算草案的报告) drafted as it is written (issue 18,
//! tester s-test14): the growth after an execution ratio is the amount's (C4), a title's
//! 关于 is no part of the place (H1), a budget's sums are named without 加上/减去 and its
//! totals keep 总计, a total, its parts and a deduction are no bars of one chart, and next
//! year's budget stands beside this year's result as a plan (H3). Texts of our own.

mod common;

use common::drafted;
use report_charts::shared::model::{ChangeKind, Figure, FigureKind, Report};

/// A county's budget report: `review` under the execution of 2025, `plan` under the draft
/// budget of 2026.
fn budget(review: &str, plan: &str) -> String {
    format!(
        "关于青石县2025年预算执行情况和2026年预算草案的报告\n一、2025年预算执行情况\n{review}\n二、2026年预算草案\n{plan}\n"
    )
}

/// The figure of `r` whose value is `v`.
fn valued(r: &Report, v: f64) -> &Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(v))
        .unwrap_or_else(|| panic!("no figure of {v}: {:#?}", r.figures))
}

#[test]
fn the_growth_after_an_execution_ratio_is_the_amounts_and_the_ratio_is_named_as_the_text_means() {
    // (sentence, amount, its change, ratio, the ratio's label)
    let cases = [
        (
            "全县一般公共预算收入完成15.8亿元，为预算的101.6%，增长4.3%。",
            15.8,
            (ChangeKind::Growth, 4.3),
            101.6,
            "一般公共预算收入完成预算的比例",
        ),
        (
            "一般公共预算支出完成31.2亿元，完成调整预算的95.4%，比上年增长1.9%。",
            31.2,
            (ChangeKind::Growth, 1.9),
            95.4,
            "一般公共预算支出完成调整预算的比例",
        ),
        (
            "政府性基金预算收入完成9.7亿元，为预算的88.2%，下降10.5%。",
            9.7,
            (ChangeKind::Decline, 10.5),
            88.2,
            "政府性基金预算收入完成预算的比例",
        ),
        (
            "全年一般公共预算收入完成8.6亿元，完成年度预算的100.9%，同口径增长3.7%。",
            8.6,
            (ChangeKind::Growth, 3.7),
            100.9,
            "一般公共预算收入完成年度预算的比例",
        ),
    ];
    for (sentence, amount, (kind, change), ratio, label) in cases {
        let r = drafted("ratio", &budget(sentence, "收支平衡。"));
        let a = valued(&r, amount);
        let c = a.change.as_ref();
        assert_eq!(
            c.map(|c| (c.kind, c.value)),
            Some((kind, change)),
            "{sentence}: the amount's change"
        );
        let p = valued(&r, ratio);
        assert_eq!(p.label.zh, label, "{sentence}");
        assert!(p.change.is_none(), "{sentence}: {:?}", p.change);
        // A ratio to a plan is no share of a whole: never a ring.
        assert_eq!(p.kind, FigureKind::Rate, "{sentence}");
        for ch in &r.charts {
            assert!(
                !ch.title.zh.contains("为预算"),
                "{sentence}: {}",
                ch.title.zh
            );
        }
    }
}

#[test]
fn the_growth_after_a_ratio_to_a_plan_is_the_amounts_or_the_indicators_and_never_the_ratios() {
    // The same rule as a budget's (为预算的): 完成年度计划的, 完成年度目标的, 完成计划的,
    // 为年度计划的. (sentence, the amount if printed, the change, the ratio's label)
    let cases = [
        (
            "全年实现旅游收入86.3亿元，完成年度计划的112.5%，增长5%。",
            Some(86.3),
            5.0,
            "旅游收入完成年度计划的比例",
        ),
        (
            "社会消费品零售总额完成98.2亿元，完成年度目标的112.5%，增长4.6%。",
            Some(98.2),
            4.6,
            "社会消费品零售总额完成年度目标的比例",
        ),
        (
            "固定资产投资完成152.4亿元，完成计划的112.5%，比上年增长6.1%。",
            Some(152.4),
            6.1,
            "固定资产投资完成计划的比例",
        ),
        (
            "工业技改投资完成42.6亿元，为年度计划的112.5%，增长8.2%。",
            Some(42.6),
            8.2,
            "工业技改投资完成年度计划的比例",
        ),
        // No amount before the ratio: the growth is the indicator's, a figure of its own.
        (
            "全县规模以上工业增加值完成年度计划的112.5%，增长5%。",
            None,
            5.0,
            "规模以上工业增加值完成年度计划的比例",
        ),
    ];
    for (sentence, amount, change, label) in cases {
        let r = drafted("plan", &format!("青石县2025年经济运行情况\n{sentence}\n"));
        let ratio = valued(&r, 112.5);
        assert_eq!(ratio.label.zh, label, "{sentence}");
        assert!(ratio.change.is_none(), "{sentence}: {:?}", ratio.change);
        assert_eq!(ratio.kind, FigureKind::Rate, "{sentence}");
        let grew = (r.figures.iter())
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == change))
            .unwrap_or_else(|| panic!("{sentence}: no change of {change}: {:#?}", r.figures));
        assert_eq!(grew.value, amount, "{sentence}: {}", grew.label.zh);
        // The indicator the ratio names grew, never the ratio.
        assert!(
            label.starts_with(&grew.label.zh),
            "{sentence}: {}",
            grew.label.zh
        );
    }
}

#[test]
fn a_title_that_opens_with_guanyu_names_the_place_after_it() {
    use report_charts::draft::meta::place;
    for (title, want) in [
        (
            "关于青石县2025年预算执行情况和2026年预算草案的报告",
            Some("青石县"),
        ),
        (
            "关于北湖区2025年国民经济和社会发展计划执行情况的报告",
            Some("北湖区"),
        ),
        ("关于2025年全市预算执行情况的报告", None),
        ("青石县2025年预算执行情况", Some("青石县")),
    ] {
        assert_eq!(place(title).as_deref(), want, "{title}");
    }
    let r = drafted(
        "place",
        &budget("全县一般公共预算收入完成15.8亿元。", "收支平衡。"),
    );
    let p = r.meta.place.as_ref().map(|p| p.zh.as_str());
    assert_eq!(p, Some("青石县"));
}

/// A budget's balance, in a sentence of our own.
const BALANCE: &str = "全县一般公共预算支出完成31.2亿元，增长1.9%。其中，民生支出24.6亿元。加上上级补助收入12.4亿元、调入资金2.5亿元等，收入总计40.1亿元；减去上解上级支出1.3亿元等，支出总计40.1亿元，收支平衡。";

#[test]
fn a_budgets_sums_are_named_without_their_sign_and_its_totals_keep_their_name() {
    let r = drafted("balance", &budget(BALANCE, "收支平衡。"));
    for (v, label) in [
        (12.4, "上级补助收入"),
        (1.3, "上解上级支出"),
        (40.1, "收入总计"),
    ] {
        assert_eq!(valued(&r, v).label.zh, label);
    }
    let spent: Vec<&str> = (r.figures.iter())
        .filter(|f| f.value == Some(40.1))
        .map(|f| f.label.zh.as_str())
        .collect();
    assert_eq!(spent, ["收入总计", "支出总计"]);
}

#[test]
fn a_budgets_total_its_parts_and_its_deductions_are_never_bars_of_one_chart() {
    let r = drafted("bars", &budget(BALANCE, "收支平衡。"));
    let label = |k: usize| r.figures[k].label.zh.as_str();
    for c in r.charts.iter().filter(|c| c.kind.name() == "bars") {
        let labels: Vec<&str> = c.figures.iter().map(|&k| label(k)).collect();
        let total = labels.iter().any(|l| l.ends_with("总计"));
        let line = labels.contains(&"一般公共预算支出");
        let deducted = labels.contains(&"上解上级支出");
        let part = labels.contains(&"民生支出");
        assert!(
            [total, line, deducted].iter().filter(|b| **b).count() <= 1 && !(part && deducted),
            "{}: {labels:?}",
            c.title.zh
        );
    }
}

#[test]
fn the_totals_of_a_balance_stay_figures_of_the_text_on_no_chart() {
    // Two equal totals say nothing as two bars or two cards: the sentence says it better.
    // (the sentence, the totals' value)
    let cases = [
        ("收入总计128.4亿元，支出总计128.4亿元，收支平衡。", 128.4),
        (BALANCE, 40.1),
        ("全县收入总计56.2亿元，支出总计56.2亿元。", 56.2),
    ];
    for (sentence, total) in cases {
        let r = drafted("balance", &budget(sentence, "收支平衡。"));
        let totals: Vec<usize> = (0..r.figures.len())
            .filter(|&k| r.figures[k].value == Some(total))
            .collect();
        assert_eq!(totals.len(), 2, "{sentence}: {:#?}", r.figures);
        for c in &r.charts {
            assert!(
                !totals.iter().any(|k| c.figures.contains(k)),
                "{sentence}: {} draws a total",
                c.title.zh
            );
        }
    }
}

#[test]
fn next_years_budget_stands_beside_this_years_result_of_its_line_as_a_plan() {
    let r = drafted(
        "plan",
        &budget(
            "全县一般公共预算收入完成15.8亿元，增长4.3%。一般公共预算支出完成31.2亿元，增长1.9%。政府性基金预算收入完成9.7亿元，下降10.5%。",
            "2026年全县一般公共预算收入预算安排16.3亿元，增长3.2%；一般公共预算支出预算安排31.8亿元，增长1.9%。政府性基金预算收入安排10.1亿元。",
        ),
    );
    for (plan, last) in [(16.3, 15.8), (31.8, 31.2), (10.1, 9.7)] {
        let (p, l) = (valued(&r, plan), valued(&r, last));
        assert_eq!(p.label.zh, l.label.zh, "{plan} plans the line of {last}");
        let k = |v: f64| r.figures.iter().position(|f| f.value == Some(v)).unwrap();
        let chart = r
            .charts
            .iter()
            .find(|c| c.figures.contains(&k(plan)))
            .unwrap_or_else(|| panic!("{plan} is on no chart: {:#?}", r.charts));
        assert_eq!(chart.kind.name(), "targets", "{}", chart.title.zh);
        assert!(chart.figures.contains(&k(last)), "{}", chart.title.zh);
        assert!(
            chart.title.zh.starts_with("2026年安排"),
            "{}",
            chart.title.zh
        );
        assert_eq!(chart.subtitle.zh, "预算安排，2026年");
    }
}
