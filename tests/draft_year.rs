#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The year and the periods of what a short text reports (issue 18): a summary of 2025
//! that sets 2026's targets is a report of 2025; a plan, a part of the year or the
//! five-year span is the figure's period; a part is only what its 其中 clause names.
//! The texts are short ones of our own.

mod common;

use common::drafted;
use report_charts::check::validate::advice;
use report_charts::shared::model::Status;

/// A district's summary of 2025 that ends with 2026's targets, naming each year twice.
const SUMMARY: &str = "青禾区2025年经济运行情况

一、经济运行

2025年，全区地区生产总值310.5亿元，增长6.1%。工业投资增长15.3%，固定资产投资增长12.4%。签约总金额86亿元，研发投入12.3亿元。

二、2026年目标

2026年主要预期目标是：地区生产总值增长5.5%左右。
";

#[test]
fn the_year_of_a_reports_figures_is_the_one_its_title_or_results_say() {
    let cases = [
        // A summary of results: its title's year, not its targets' year.
        (SUMMARY.to_string(), 2025),
        // A work report of 2026 reviews 2025, with or without a review heading.
        (
            "2026年青禾县政府工作报告\n\n全县地区生产总值286.4亿元。2026年力争增长6%。\n".to_string(),
            2025,
        ),
        // No title: the year its results name, never its targets' year.
        (
            "全区经济\n\n2025年，全区地区生产总值310.5亿元。\n\n2026年主要预期目标是：地区生产总值增长5%左右。2026年，增长6%。\n"
                .to_string(),
            2025,
        ),
        // The day it was read out is no year of its results.
        (
            "青山县2024年政府工作报告\n\n2024年，全县地区生产总值386.5亿元。\n\n2025年1月18日，县人民代表大会审议通过本报告。\n".to_string(),
            2024,
        ),
        // A city paper's story: the year its results sentence names, never the base year
        // a change starts from (由2020年的…提高到).
        (
            "东湖市两会开幕\n\n报告显示，2025年全市地区生产总值达到812.4亿元，增长5.7%。常住人口城镇化率由2020年的61.2%提高到66.8%。\n".to_string(),
            2025,
        ),
        // Two years named as often and no title that says which: left for the desk.
        (
            "全区经济\n\n2024年，全区地区生产总值300亿元。2025年，全区地区生产总值310.5亿元。\n".to_string(),
            0,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(drafted("t", &text).meta.year, want, "{text}");
    }
}

#[test]
fn a_results_chart_of_a_summary_is_subtitled_with_the_year_of_its_results() {
    let r = drafted("t", SUMMARY);
    let results: Vec<&str> = r
        .charts
        .iter()
        .filter(|c| {
            c.figures
                .iter()
                .all(|&k| r.figures[k].status == Status::Result)
        })
        .map(|c| c.subtitle.zh.as_str())
        .collect();
    assert!(!results.is_empty());
    for s in results {
        assert!(s.contains("2025年") && !s.contains("2026"), "{s}");
    }
}

#[test]
fn check_says_so_when_the_year_is_left_for_the_desk() {
    let r = drafted(
        "t",
        "全区经济\n\n2024年，全区地区生产总值300亿元。2025年，全区地区生产总值310.5亿元。\n",
    );
    let said: Vec<_> = advice::advice(&r)
        .into_iter()
        .filter(|p| p.path == "meta.year")
        .collect();
    assert_eq!(said.len(), 1);
    assert!(said[0].message.zh.contains("年份") && said[0].message.en.contains("year"));
    assert!(advice::advice(&drafted("t", SUMMARY))
        .iter()
        .all(|p| p.path != "meta.year"));
}

/// A county's summary with a plan, part of a year, the five years and a share of a plan.
const PERIODS: &str = "青禾县2025年经济运行简况

2025年1—11月，全县规上工业增加值增长7.2%。“十四五”时期，全县地区生产总值年均增长6.3%。全年接待游客1200万人次，增长8.5%；计划2026年突破1500万人次。全年全县工业企业实现营业收入320亿元，完成年度计划的112.5%。
";

#[test]
fn a_plan_a_part_of_the_year_and_the_five_years_are_the_figures_periods() {
    let r = drafted("t", PERIODS);
    // Each figure by the number it prints: its value, or its change.
    let cases = [
        // The year printed with the months stays with them (s12 finding 12).
        (7.2, Status::Result, Some("2025年1—11月")),
        (6.3, Status::Result, Some("“十四五”时期")),
        (1500.0, Status::Target, Some("2026年")),
        (1200.0, Status::Result, None),
    ];
    for (number, status, period) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| {
                f.value == Some(number) || f.change.as_ref().is_some_and(|c| c.value == number)
            })
            .unwrap_or_else(|| panic!("no figure of {number}"));
        assert_eq!(f.status, status, "{number}");
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), period, "{number}");
        assert!(!f.label.zh.contains("计划"), "{}", f.label.zh);
    }
}

/// A city paper's summary of nine months: a sentence going on from one of 1—9月
/// (其中，…) and one month's price index (9月份).
const MONTHS: &str = "青禾市经济运行情况

2025年1—9月，全市规上工业增加值增长6.2%。其中，电子信息制造业增长12.5%，汽车制造业增长9.1%，纺织业增长3.4%。
9月份，全市居民消费价格同比上涨0.3%。
";

#[test]
fn a_sentence_going_on_from_a_period_takes_it_and_one_month_is_a_period() {
    let r = drafted("t", MONTHS);
    // The year printed with the months stays with them (s12 finding 12).
    let cases = [
        (6.2, Some("2025年1—9月")),
        (12.5, Some("2025年1—9月")),
        (9.1, Some("2025年1—9月")),
        (3.4, Some("2025年1—9月")),
        (0.3, Some("9月")),
    ];
    for (number, period) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| f.change.as_ref().is_some_and(|c| c.value == number))
            .unwrap_or_else(|| panic!("no figure of {number}"));
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), period, "{number}");
    }
    // No chart says the whole year over figures of nine months or of one.
    for c in &r.charts {
        let sub = &c.subtitle.zh;
        let whole_year = sub.replace("2025年1—9月", "").contains("2025年");
        assert!(!whole_year, "{}: {sub}", c.id);
    }
}

#[test]
fn a_share_of_a_plan_is_named_after_its_amount() {
    let r = drafted("t", PERIODS);
    let f = r.figures.iter().find(|f| f.value == Some(112.5)).unwrap();
    assert_eq!(f.label.zh, "工业企业营业收入完成年度计划的比例");
}

/// The parts of each part-whole chart the draft proposes, as (whole, part) values.
fn part_whole_pairs(text: &str) -> Vec<Vec<f64>> {
    let r = drafted("t", text);
    r.charts
        .iter()
        .filter(|c| c.kind.name() == "part-whole")
        .map(|c| {
            c.figures
                .iter()
                .filter_map(|&k| r.figures[k].value)
                .collect()
        })
        .collect()
}

#[test]
fn a_part_is_only_what_its_qizhong_clause_names() {
    // The GDP leads, so that the lead graphic takes no whole of parts (and its part-whole).
    let text = "青禾县2025年经济运行情况

全县地区生产总值210.5亿元，增长5.6%。

新增造林50万亩、其中防护林12万亩，修复草原80万亩，治理水土流失9万亩。高校毕业生就业率95%以上，其中县外就业占13%以上。
";
    let pairs = part_whole_pairs(text);
    for pair in &pairs {
        for v in [80.0, 9.0, 95.0, 13.0] {
            assert!(
                !pair.contains(&v),
                "{v} drawn as a part or whole: {pairs:?}"
            );
        }
    }
    assert!(
        pairs.iter().any(|p| p.contains(&50.0) && p.contains(&12.0)),
        "{pairs:?}"
    );
}

#[test]
fn a_summary_titled_by_its_year_is_of_that_year_though_a_heading_names_it_bare_after_a_look_back() {
    // A look back over five years, then a heading that names the summary's own year bare:
    // that heading is no plan, so the year before it is not the report's.
    let text = "南湖区2025年经济运行情况\n\n一、五年回顾\n\n“十四五”时期，全区人均地区生产总值由2020年的9.8万元提高到2025年的12.6万元。\n\n二、2025年\n\n全区地区生产总值812.4亿元，增长5.6%。\n";
    let r = drafted("nanhu", text);
    assert_eq!(r.meta.year, 2025);
    for f in &r.figures {
        assert_eq!(f.status, Status::Result, "{}: {:?}", f.id, f.status);
    }
}
