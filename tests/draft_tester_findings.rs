#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What tester s-test11 found the draft saying that its texts do not (issue 18): a rate
//! named by its growth word read as a change, a 分别 list with a signed item pairing a
//! number with another as its label, a year to come drafted as the review's result, a
//! web subhead of the year's goals that did not make the lines under it targets, and a
//! period reached from the line before over a year the line prints. Sentences of our own.

mod common;

use common::*;
use report_charts::draft::glossary::Glossary;
use report_charts::draft::sentence;
use report_charts::shared::model::{Report, SkipReason, Status};

/// The figure of `r` whose value is `value`.
fn by_value(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(value))
        .unwrap_or_else(|| panic!("no figure of value {value}: {:#?}", r.figures))
}

#[test]
fn a_rate_named_by_its_growth_word_is_the_figures_value_never_a_change() {
    let g = Glossary::bundled().unwrap();
    for (s, label, value) in [
        ("全年出生率6.8‰，人口自然增长率0.9‰", "人口自然增长率", 0.9),
        ("全县户籍人口自然增长率1.4‰", "户籍人口自然增长率", 1.4),
    ] {
        let read = sentence::read(s, &g);
        let f = read
            .figures
            .iter()
            .find(|f| f.value == Some(value))
            .unwrap_or_else(|| panic!("{s}: no figure of {value}: {:#?}", read.figures));
        assert_eq!(f.label, label, "{s}");
        assert_eq!(f.unit, "‰", "{s}");
        assert!(f.change.is_none(), "{s}: {:?}", f.change);
    }
}

#[test]
fn a_list_the_draft_cannot_pair_whole_is_left_unread_whole() {
    let g = Glossary::bundled().unwrap();
    for (s, numbers) in [
        (
            "出口、进口、进出口分别增长6.1%、-1.8%和2.9%",
            ["6.1", "1.8", "2.9"],
        ),
        (
            "货物、服务、技术贸易分别增长4.4%、－0.6%、3.3%",
            ["4.4", "0.6", "3.3"],
        ),
    ] {
        let read = sentence::read(s, &g);
        assert!(read.figures.is_empty(), "{s}: {:#?}", read.figures);
        for n in numbers {
            let reason = read.skips.iter().find(|(k, _)| k == n).map(|(_, r)| *r);
            assert_eq!(reason, Some(SkipReason::Unread), "{s}: {n}");
        }
    }
}

#[test]
fn a_figure_of_a_year_after_the_review_is_a_target_of_that_year_never_a_result() {
    let review = "某县2026年政府工作报告\n2025年，全县地区生产总值356.2亿元，增长6.1%。\n";
    for (line, value, period) in [
        ("到2030年，全县地区生产总值突破500亿元。\n", 500.0, "2030年"),
        (
            "力争到2028年，全县数字经济核心产业增加值达到60亿元。\n",
            60.0,
            "2028年",
        ),
        ("2027年，全县高新技术企业达到300家。\n", 300.0, "2027年"),
    ] {
        let r = drafted("future", &format!("{review}{line}"));
        let f = by_value(&r, value);
        assert_eq!(f.status, Status::Target, "{line}");
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            Some(period),
            "{line}"
        );
        // On no chart of results: only a targets chart, beside the review's result.
        let at = r.figures.iter().position(|g| g.id == f.id).unwrap();
        for c in r.charts.iter().filter(|c| c.figures.contains(&at)) {
            assert_eq!(c.kind.name(), "targets", "{line}: on chart {}", c.id);
        }
    }
}

#[test]
fn a_year_a_line_prints_wins_over_a_period_reached_from_the_line_before() {
    let text = "一、2025年工作回顾
2025年，全县地区生产总值356.2亿元，增长6.1%。
二、2026年工作安排
“十五五”期间，全县地区生产总值年均增长5%以上。
2027年，全县高新技术企业达到300家。
";
    let r = drafted("reach", text);
    let f = by_value(&r, 300.0);
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("2027年"));
    assert_eq!(f.status, Status::Target);
}

/// A WeChat article's text as pasted: numbered subheads, the review's results, then the
/// year's goals under `subhead`.
fn wechat(subhead: &str) -> String {
    format!(
        "一图读懂｜某县2026年政府工作报告
01
2025年成绩单
全县地区生产总值356.2亿元，增长6.1%。
新增城镇就业岗位8600个。
02
{subhead}
全县地区生产总值增长5.5%左右。
一般公共预算收入增长3%以上。
{}",
        filler_lines(3)
    )
}

#[test]
fn a_web_subhead_of_the_years_goals_makes_the_lines_under_it_targets() {
    for subhead in ["2026年目标", "今年目标", "主要预期目标", "2026年主要目标"] {
        let r = drafted("wechat", &wechat(subhead));
        for quote in ["增长5.5%左右", "增长3%以上"] {
            assert_eq!(status_in(&r, quote), Status::Target, "{subhead}: {quote}");
        }
        assert_eq!(status_in(&r, "356.2亿元"), Status::Result, "{subhead}");
    }
}
