#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! How far the words that announce goals reach (issue 18, tester s-test10's findings 1
//! and 4): a web headline 「…提出今年目标：…增长6%左右」 is a target, never the lead's
//! result; a paragraph of goals ends at its end unless the next goes on with goals; 去年
//! and a reporter's own line are the review's, not the plan's. Short texts of our own.

mod common;

use common::{drafted, status_in};
use report_charts::shared::model::{Report, Status};

/// The figure of `r` whose value prints as `value`.
fn valued(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(value))
        .unwrap_or_else(|| panic!("no figure of value {value}: {:#?}", r.figures))
}

/// A city paper's summary: its headline, then the review's line.
const HEADLINE: &str = "市政府工作报告提出今年目标：全市地区生产总值增长6%左右
报告显示，2025年全市地区生产总值完成812.4亿元，比上年增长5.7%。一般公共预算收入64.2亿元，增长3.4%。
";

#[test]
fn a_headline_that_announces_this_years_goal_is_a_target_never_the_leads_result() {
    let r = drafted("headline", HEADLINE);
    assert_eq!(status_in(&r, "今年目标"), Status::Target);
    assert_eq!(valued(&r, 812.4).status, Status::Result);
    assert_eq!(valued(&r, 64.2).status, Status::Result);
    for c in r.charts.iter().filter(|c| c.lead) {
        for f in r.figures_of(c) {
            assert_eq!(f.status, Status::Result, "{} on the lead {}", f.id, c.id);
            assert!(!f.source.contains("今年目标"), "{} on the lead", f.id);
        }
    }
}

#[test]
fn goal_words_before_a_colon_make_a_target_inside_a_review() {
    let r = drafted(
        "review",
        "2025年，全市地区生产总值完成812.4亿元，增长5.7%。会议明确今年目标：全市地区生产总值增长6%左右。\n",
    );
    assert_eq!(valued(&r, 812.4).status, Status::Result);
    assert_eq!(status_in(&r, "今年目标"), Status::Target);
}

/// A summary without headings: the review's line, the goals' line, then lines that say
/// no goal, or say last year, or are the reporter's own.
const SUMMARY: &str = "2025年全市地区生产总值812.4亿元，增长5.7%。
报告提出，2026年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。
全市教育支出达到96.3亿元，占一般公共预算支出的18.4%。
在财政方面，报告提出，市级一般性支出再压减8%。去年全市民生支出达到210亿元，占一般公共预算支出的79.1%。
记者了解到，本次大会共收到代表建议312件。
";

#[test]
fn a_targets_paragraph_ends_where_the_next_paragraph_says_no_goal() {
    let r = drafted("summary", SUMMARY);
    assert_eq!(status_in(&r, "主要预期目标"), Status::Target);
    for value in [96.3, 18.4] {
        assert_eq!(valued(&r, value).status, Status::Result, "{value}");
    }
}

#[test]
fn last_year_in_a_paragraph_that_goes_on_with_goals_is_a_result() {
    let r = drafted("summary", SUMMARY);
    assert_eq!(status_in(&r, "再压减8%"), Status::Target);
    for value in [210.0, 79.1] {
        let f = valued(&r, value);
        assert_eq!(f.status, Status::Result, "{value}");
        assert_eq!(f.period, None, "{value}");
    }
}

#[test]
fn a_reporters_line_after_the_goals_is_no_plan() {
    let r = drafted("summary", SUMMARY);
    for f in r.figures.iter().filter(|f| f.source.contains("记者")) {
        assert_eq!(f.status, Status::Result, "{}", f.id);
    }
}

#[test]
fn a_headline_that_restates_a_result_is_never_the_leads() {
    let r = drafted(
        "restated",
        "报告显示：全市地区生产总值增长5.7%\n报告显示，2025年全市地区生产总值完成812.4亿元，比上年增长5.7%。一般公共预算收入64.2亿元，增长3.4%。规模以上工业增加值增长6.1%。\n",
    );
    let lead = r.charts.iter().find(|c| c.lead);
    let lead = lead.unwrap_or_else(|| panic!("no lead graphic: {:#?}", r.charts));
    for f in r.figures_of(lead) {
        assert_ne!(f.source, "报告显示：全市地区生产总值增长5.7%", "{}", f.id);
    }
    assert!(r.figures_of(lead).any(|f| f.value == Some(812.4)));
}

/// The words a figure's row prints in `lang` (value, or the change where it has no value).
fn row_of(
    f: &report_charts::shared::model::Figure,
    lang: report_charts::shared::model::Lang,
) -> String {
    report_charts::publish::resolve::item(f, false, lang)
        .row()
        .value
}

#[test]
fn a_headline_goal_of_this_year_takes_the_year_the_text_gives_and_no_other() {
    use report_charts::shared::model::Lang;
    let dated = "发布时间：2026-02-03 09:15\n";
    let goals = "报告提出，2026年全市主要预期目标是：一般公共预算收入增长3%左右。\n";
    let titled = "2026年东湖市政府工作报告\n\n";
    // (what the text adds to the headline and the review, the headline goal's period)
    let cases = [
        (dated, Some("2026年")),
        (goals, Some("2026年")),
        (titled, Some("2026年")),
        // Nothing says which year 今年 is: no period, never the review's 2025.
        ("", None),
    ];
    for (added, want) in cases {
        let text = if added.starts_with("2026年东湖") {
            [added, HEADLINE].concat()
        } else {
            let (head, rest) = HEADLINE.split_once('\n').unwrap();
            [head, "\n", added, rest].concat()
        };
        let r = drafted("headline", &text);
        let f = r
            .figures
            .iter()
            .find(|f| f.source.contains("今年目标"))
            .unwrap_or_else(|| panic!("{added}: {:#?}", r.figures));
        assert_eq!(f.status, Status::Target, "{added}");
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), want, "{added}");
        if want.is_some() {
            assert!(
                row_of(f, Lang::Zh).starts_with("2026年目标增长6%左右"),
                "{added}"
            );
            assert!(row_of(f, Lang::En).starts_with("2026 target"), "{added}");
        } else {
            assert!(row_of(f, Lang::Zh).starts_with("目标增长6%左右"), "{added}");
        }
    }
}
