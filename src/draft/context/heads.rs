//! What a section's heading and a paragraph's opening words say its figures are, by
//! their words alone: the year's goals (二、2026年工作安排, 今年…), a past plan's results
//! (“十四五”时期…, 这五年…), or the coming plan's goals (“十五五”时期…).

use super::words::{FIVE_YEARS, GOALS, GOAL_BESIDE_YEAR, PLAN};
use super::Context;
use crate::draft::plan_years::plans_around;
use crate::draft::years::{years, REVIEW};
use crate::shared::model::Status;

/// True when heading `h` sets out the coming year's work by its words alone.
fn plan_words(h: &str) -> bool {
    let year_ahead = ["今年", "明年"].iter().any(|w| h.contains(w));
    PLAN.iter().any(|w| h.contains(w))
        || year_ahead && GOAL_BESIDE_YEAR.iter().any(|w| h.contains(w))
}

/// What a section's heading says its figures are.
pub(super) fn of_heading(h: &str, plan: i64) -> Context {
    // The plans around the report's year: 十四五 and 十五五 in a report of 2026, 十三五
    // and 十四五 in one of 2021, whose “十四五”时期 sets goals.
    let (before, ahead) = plans_around(plan);
    let past = h.contains(before.as_str());
    let next = h.contains(ahead.as_str());
    // 一、2025年主要工作 under a plan for 2026: the year before the plan is the review's.
    let last_year = plan > 0 && years(h).contains(&(plan - 1)) && !years(h).contains(&plan);
    let review = last_year || REVIEW.iter().any(|w| h.contains(w));
    let by_words = !past && !next && plan_words(h);
    // 图1  2021—2025年…: a range of years names no plan.
    let planned = plan > 0 && crate::draft::years::years_alone(h).contains(&plan) || by_words;
    match (past, next, planned, review) {
        (_, _, true, false) if plan == 0 => Context {
            status: Status::Target,
            ..Context::default()
        },
        (_, _, true, false) => target(&format!("{plan}年")),
        (false, true, _, false) => target(&format!("“{ahead}”时期")),
        (true, false, false, _) if !years(h).iter().any(|y| *y == plan - 1) => Context {
            status: Status::Result,
            period: Some(format!("“{before}”时期")),
        },
        _ => Context::default(),
    }
}

fn target(period: &str) -> Context {
    Context {
        status: Status::Target,
        period: Some(period.to_string()),
    }
}

/// What a paragraph's opening words say its figures are, where they say it: 这五年,
/// “十四五”时期, 2026年 / 今年 (the coming year's goals), “十五五”时期.
pub(super) fn of_opening(p: &str, plan: i64, in_plans: bool) -> Option<Context> {
    // 各位代表！…, and the dash of a bullet: ——这五年，综合实力…
    let p = p
        .trim_start_matches("各位代表！")
        .trim_start_matches("各位代表，")
        .trim_start_matches(['—', '―']);
    let five = FIVE_YEARS
        .iter()
        .find(|w| p.starts_with(*w) && !p.starts_with("这五年是"));
    if let Some(w) = five {
        return Some(Context {
            status: Status::Result,
            period: Some((*w).to_string()),
        });
    }
    let (before, ahead) = plans_around(plan);
    let (before, ahead) = (format!("“{before}”"), format!("“{ahead}”"));
    let fourteenth = [before.as_str(), &format!("回顾{before}"), "这五年是"];
    if fourteenth.iter().any(|w| p.starts_with(w)) || p.starts_with("这是") && p.contains("的五年")
    {
        return Some(Context {
            status: Status::Result,
            period: Some(format!("{before}时期")),
        });
    }
    // 我们编制了“十五五”规划纲要…提出地区生产总值年均增长5%左右: the plan's goals,
    // never the five years under review that the paragraph before spoke of.
    let plan_of_five = p.contains(ahead.as_str())
        && ["规划纲要", "主要目标", "主要指标"]
            .iter()
            .any(|w| p.contains(w));
    if p.starts_with(ahead.as_str()) || plan_of_five && !p.contains(before.as_str()) {
        return Some(target(&format!("{ahead}时期")));
    }
    let year = format!("{plan}年");
    // 今年以来，全市已签约项目12个: a count of the year so far, no plan.
    let this_year = p.starts_with("今年") && !p.starts_with("今年以来");
    if plan > 0 && (p.starts_with(&year) || this_year) {
        return Some(target(&year));
    }
    // 明年，…; 下一步，…: the coming year's work, of the plan year where one is named.
    if ["明年", "下一步"].iter().any(|w| p.starts_with(w)) {
        return Some(match plan {
            0 => Context {
                status: Status::Target,
                ..Context::default()
            },
            _ => target(&year),
        });
    }
    if let Some(at) = GOALS.iter().filter_map(|g| p.find(g)).min() {
        // 报告提出，2026年全省…主要预期目标是：: the year its lead names, where no heading
        // or opening said the plan's.
        let named = years(&p[..at]).last().map(|y| format!("{y}年"));
        return Some(match (plan, named) {
            (0, Some(named)) => target(&named),
            (0, None) => Context {
                status: Status::Target,
                ..Context::default()
            },
            _ => target(&year),
        });
    }
    let past = format!("{}年", plan - 1);
    // 全年粮食总产量…: the year's, after a paragraph of the five years; but 全年 is the
    // year of the section it stands in, and under 二、2026年工作安排 (`in_plans`) its
    // 全年新开工重大项目不少于300个 is the plan's.
    let one_year = ["过去一年", "一年来", "这一年", "刚刚过去"];
    let whole_year = p.starts_with("全年") && !in_plans;
    (whole_year || one_year.iter().any(|w| p.starts_with(w)) || plan > 0 && p.starts_with(&past))
        .then(Context::default)
}
