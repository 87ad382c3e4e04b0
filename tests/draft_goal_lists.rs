#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Targets and plans in a city paper's story of a 两会 are never drawn as results (issue
//! 18, tester s-test15's C1, C2, C3): a list of goals reaches from its opening words,
//! wherever they stand in their paragraph, over its items (；, ①②, 一是二是) to its end;
//! a plan governs every clause of its sentence (完成投资… is the plan's, not a result); a
//! quote of what is to be done this year makes targets or undecided numbers; a headline
//! over the text (锚定6%，…) is no figure and no part of the first sentence. Short
//! texts of our own, with invented figures.

mod common;

use common::drafted;
use report_charts::shared::charts::targets;
use report_charts::shared::model::{Figure, Report, SkipReason, Status};

/// The figure of `r` whose source has `quote` and whose value or change is `value`.
fn figure<'a>(r: &'a Report, quote: &str, value: f64) -> &'a Figure {
    find(r, quote, value).unwrap_or_else(|| panic!("no {value} in «{quote}»: {:#?}", r.figures))
}

fn find<'a>(r: &'a Report, quote: &str, value: f64) -> Option<&'a Figure> {
    r.figures.iter().find(|f| {
        f.source.contains(quote)
            && (f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value))
    })
}

/// A story of 东川市's report of 2026: last year's results, then `paragraph`.
fn story(paragraph: &str) -> String {
    format!(
        "东川市2026年政府工作报告\n2025年，全市地区生产总值达到1526.3亿元，增长5.9%。\n{paragraph}\n"
    )
}

/// Asserts that every figure of `r` with one of `values` in a sentence holding `quote` is
/// a goal of 2026 (a target, or a limit), and that no chart but a targets chart draws one.
fn goals_of_2026(r: &Report, quote: &str, values: &[f64], case: &str) {
    for &value in values {
        let f = figure(r, quote, value);
        assert_ne!(f.status, Status::Result, "{case}: {value}");
        let period = f.period.as_ref().map(|p| p.zh.as_str());
        assert_eq!(period, Some("2026年"), "{case}: {value}");
    }
    for c in r.charts.iter().filter(|c| c.kind != targets::KIND) {
        for g in r.figures_of(c) {
            assert_eq!(g.status, Status::Result, "{case}: {} on {}", g.id, c.id);
        }
    }
}

/// The year's main targets, as a list of items parted by ；.
const TARGETS: &str = "2026年全市经济社会发展主要预期目标是：地区生产总值增长5%—5.5%；一般公共预算收入增长4%左右；固定资产投资增长6%以上；城镇新增就业3.2万人以上，城镇调查失业率控制在5.5%以内；单位地区生产总值能耗下降2%左右。";

#[test]
fn a_list_of_goals_reaches_from_its_opening_words_to_its_last_item_wherever_it_stands() {
    // (what stands before the list in its paragraph)
    let cases = [
        ("own paragraph", ""),
        ("after a sentence", "今年要把招商引资作为一号工程。"),
        (
            "after a quote",
            "“今年，我们要把招商引资作为一号工程。”王海平说。",
        ),
        (
            "after a quote and 根据报告",
            "“今年要稳中求进。”王海平说。根据报告，",
        ),
        ("after a result", "去年全市新增市场主体1.8万户。"),
    ];
    for (case, before) in cases {
        let r = drafted("story", &story(&format!("{before}{TARGETS}")));
        let values = [5.0, 4.0, 6.0, 3.2, 5.5, 2.0];
        goals_of_2026(&r, "", &values, case);
    }
}

#[test]
fn a_result_of_last_year_in_a_list_of_goals_stays_a_result() {
    let text = story("“今年要稳中求进。”王海平说。根据报告，今年主要预期目标是：地区生产总值增长5%左右；去年一般公共预算收入增长3.1%；城镇新增就业3.2万人以上。");
    let r = drafted("story", &text);
    assert_eq!(figure(&r, "去年", 3.1).status, Status::Result);
    goals_of_2026(&r, "", &[5.0, 3.2], "去年 in the list");
}

#[test]
fn the_items_of_a_numbered_list_of_goals_are_goals_of_its_year() {
    // (the paragraph, the values of its goals)
    let cases = [
        (
            "过去一年成绩来之不易。今年主要预期目标：①地区生产总值增长5.5%左右；②一般公共预算收入增长4%；③城镇调查失业率5.5%以内；④粮食产量稳定在95万吨。",
            vec![5.5, 4.0, 95.0],
        ),
        (
            "过去一年成绩来之不易。报告提出今年重点抓好四方面工作：一是扩大有效投资，全年实施重点项目260个；二是培育新动能，新增专精特新企业80家；三是提振消费，社会消费品零售总额增长5%左右；四是推进城市更新，改造老旧小区64个。",
            vec![260.0, 80.0, 5.0, 64.0],
        ),
        (
            "过去一年成绩来之不易。报告提出今年重点抓好两方面工作。一是培育新动能，新增专精特新企业80家。二是推进城市更新，改造老旧小区64个。",
            vec![80.0, 64.0],
        ),
    ];
    for (paragraph, values) in cases {
        let r = drafted("story", &story(paragraph));
        goals_of_2026(&r, "", &values, paragraph);
    }
}

#[test]
fn a_plan_governs_every_clause_of_its_sentence_and_a_plan_met_stays_a_result() {
    // (the paragraph, a figure's value, its status)
    let plan = "报告提出今年重点抓好三方面工作：一是扩大有效投资，全年实施重点项目260个，完成投资980亿元以上；二是新增专精特新企业80家。";
    let will = "今年，全市要新开工项目150个，完成投资600亿元。";
    let met = "今年以来，全市新开工项目150个，完成年度计划的108%。";
    let cases = [
        (plan, 260.0, Status::Target),
        (plan, 980.0, Status::Target),
        (plan, 80.0, Status::Target),
        (will, 150.0, Status::Target),
        (will, 600.0, Status::Target),
        (met, 150.0, Status::Result),
    ];
    for (paragraph, value, status) in cases {
        let r = drafted("story", &story(paragraph));
        assert_eq!(figure(&r, "", value).status, status, "{paragraph}: {value}");
    }
}

#[test]
fn a_quote_of_what_is_to_be_done_this_year_is_never_a_result() {
    let text = story("“今年，我们要跑出6.5%的增速，新开工项目180个。”市长王海平说。");
    let r = drafted("story", &text);
    // The count is a goal of this year; the speed, whose words name no subject, is the
    // desk's to read.
    goals_of_2026(&r, "新开工项目", &[180.0], "quote");
    assert!(find(&r, "跑出", 6.5).is_none(), "{:#?}", r.figures);
    let unread = r.skips.iter().find(|s| s.number == "6.5");
    assert_eq!(unread.map(|s| s.reason), Some(SkipReason::Unread));
}

#[test]
fn a_headline_over_the_text_is_no_figure_and_no_part_of_the_first_sentence() {
    let body = "1月12日，东川市十六届人大四次会议开幕。过去一年，全市地区生产总值达到1526.3亿元，增长5.9%。\n";
    // (the headline and what parts it from the text)
    let cases = [
        "锚定6%，东川这样干\n",
        "锚定6%，东川这样干\n\n",
        "瞄准6%，东川再出发\n",
        "锚定6%，东川这样干——聚焦东川市政府工作报告\n",
    ];
    for head in cases {
        let r = drafted("story", &format!("{head}{body}"));
        let gdp = figure(&r, "全市地区生产总值", 1526.3);
        assert!(!gdp.source.contains("东川这样干"), "{head}: {}", gdp.source);
        assert!(!gdp.source.contains("东川再出发"), "{head}: {}", gdp.source);
        let six = r.figures.iter().find(|f| f.value == Some(6.0));
        assert!(six.is_none(), "{head}: {six:#?}");
        let skip = r.skips.iter().find(|s| s.number == "6");
        assert!(skip.is_some(), "{head}: {:#?}", r.skips);
        let glued = r.skips.iter().find(|s| s.sentence.contains("锚定1月"));
        assert!(glued.is_none(), "{head}: {glued:#?}");
    }
}

#[test]
fn a_first_line_a_column_break_cuts_is_no_headline() {
    // A text of hard line breaks: the first line is as wide as the one after it.
    let text = "过去一年，东川市全市上下坚持稳中求进，地区生产总值达\n到1526.3亿元，增长5.9%，一般公共预算收入112.4亿元，增长3.1%。\n";
    let r = drafted("story", text);
    let gdp = figure(&r, "地区生产总值", 1526.3);
    assert!(gdp.source.starts_with("过去一年"), "{}", gdp.source);
}
