#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! How far a period reaches (issue 18, tester s-test10's findings 5 and 6): “十四五”时期
//! at the head of a line is that line's, never the next line's; the year a goals list's
//! lead prints is every item's; and a target's CSV row never falls back to the year under
//! review. Short texts of our own.

mod common;

use common::drafted;
use report_charts::publish::resolve;
use report_charts::shared::model::{Lang, Report, Status};

/// The period of the figure of `r` whose value prints as `value`, as printed in Chinese.
fn period_of(r: &Report, value: f64) -> Option<String> {
    let f = r.figures.iter().find(|f| f.value == Some(value));
    let f = f.unwrap_or_else(|| panic!("no figure of value {value}: {:#?}", r.figures));
    f.period.as_ref().map(|p| p.zh.clone())
}

#[test]
fn a_five_year_period_reaches_its_own_line_never_the_next() {
    let five = "2025年全市地区生产总值812.4亿元，增长5.7%。\n“十四五”时期，全市地区生产总值年均增长6.1%，累计新增城镇就业21万人。\n";
    for next in [
        "粮食总产量96.5万吨。空气质量优良天数比率为91.2%。\n",
        "全年粮食总产量96.5万吨。空气质量优良天数比率为91.2%。\n",
    ] {
        let r = drafted("five", &format!("{five}{next}"));
        assert_eq!(period_of(&r, 21.0).as_deref(), Some("“十四五”时期"));
        for value in [96.5, 91.2] {
            assert_eq!(period_of(&r, value), None, "{value} after «{next}»");
        }
    }
}

/// A summary without headings whose goals' lead prints the plan year.
const GOALS: &str = "2025年全市地区生产总值812.4亿元，增长5.7%。
报告提出，2026年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长3%；城镇新增就业4.5万人以上。
";

#[test]
fn every_item_of_a_goals_list_takes_the_year_its_lead_prints() {
    let r = drafted("goals", GOALS);
    let targets: Vec<_> = r
        .figures
        .iter()
        .filter(|f| f.status == Status::Target)
        .collect();
    assert_eq!(targets.len(), 3, "{:#?}", r.figures);
    for f in targets {
        let period = f.period.as_ref().map(|p| p.zh.as_str());
        assert_eq!(period, Some("2026年"), "{}", f.id);
    }
}

#[test]
fn a_targets_csv_row_without_a_period_never_says_the_review_year() {
    let r = drafted(
        "goal",
        "2025年全市地区生产总值812.4亿元，增长5.7%。\n全市力争地区生产总值增长6%左右。\n",
    );
    let mut seen = 0;
    for c in &r.charts {
        let csv = resolve::csv(&r, c, Lang::Zh);
        for line in csv.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split(',').collect();
            if fields.get(6) == Some(&"目标") {
                assert_eq!(fields.get(7), Some(&""), "{line}");
                seen += 1;
            } else {
                assert_eq!(fields.get(7), Some(&"2025年"), "{line}");
            }
        }
    }
    assert!(seen > 0, "no target on a chart: {:#?}", r.charts);
}

#[test]
fn a_five_year_period_opening_a_reported_list_reaches_its_clauses_and_leaves_the_label() {
    let text = |line: &str| {
        format!(
            "东湖市两会开幕\n\n报告显示，2025年全市地区生产总值达到812.4亿元，增长5.7%。{line}\n"
        )
    };
    // (the line, a figure's value or change, its period, its label)
    let cases = [
        ("报告回顾，过去五年全市地区生产总值年均增长6.4%，累计新增城镇就业23.5万人。", 6.4, Some("过去五年"), "地区生产总值"),
        ("报告回顾，过去五年全市地区生产总值年均增长6.4%，累计新增城镇就业23.5万人。", 23.5, Some("过去五年"), "新增城镇就业"),
        ("五年来，全市累计新增城镇就业23.5万人。", 23.5, Some("五年来"), "新增城镇就业"),
        // A clause that names its own years keeps them.
        ("报告回顾，过去五年全市累计新增城镇就业23.5万人，常住人口城镇化率由2020年的61.2%提高到66.8%。", 66.8, None, "常住人口城镇化率"),
    ];
    for (line, value, period, label) in cases {
        let r = drafted("story", &text(line));
        let f = r.figures.iter().find(|f| {
            f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value)
        });
        let f = f.unwrap_or_else(|| panic!("{line}: no {value}: {:#?}", r.figures));
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            period,
            "{line}: {value}"
        );
        assert_eq!(f.label.zh, label, "{line}: {value}");
    }
}
