#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A report reviews, then plans: the draft gives the figures under its headings their
//! status from where they stand (how it finds the headings: `draft_headings.rs`). The
//! texts are short ones of our own.

mod common;

use common::{drafted, filler_lines, status_in};
use report_charts::draft;
use report_charts::shared::model::Status;

/// A report whose plan heading does not name its year, and a last heading that names no
/// period at all.
const PLANS: &str = "青禾县政府工作报告
一、工作回顾
过去一年，全县地区生产总值增长5.1%，粮食产量达到40.2万吨。
各项事业协调发展，城镇新增就业1.2万人。
二、2026年经济社会发展主要目标
全县地区生产总值增长5.5%左右。
三、今年工作安排
粮食产量稳定在40万吨。
新增城镇就业1.3万人。
四、全面加强政府自身建设
政府一般性支出压减5%。
这一段没有数字。
这一段也没有数字。
";

#[test]
fn figures_take_their_status_from_the_part_of_the_report_they_stand_in() {
    let r = drafted("t", PLANS);
    let cases = [
        ("地区生产总值增长5.1%", Status::Result),
        ("城镇新增就业1.2万人", Status::Result),
        ("地区生产总值增长5.5%左右", Status::Target),
        ("粮食产量稳定在40万吨", Status::Target),
        ("新增城镇就业1.3万人", Status::Target),
        ("政府一般性支出压减5%", Status::Target),
    ];
    for (quote, want) in cases {
        assert_eq!(status_in(&r, quote), want, "{quote}");
    }
}

#[test]
fn a_heading_without_review_or_plan_before_the_plans_keeps_results() {
    let t = PLANS.replace("一、工作回顾", "一、砥砺奋进的一年");
    let r = drafted("t", &t);
    assert_eq!(status_in(&r, "地区生产总值增长5.1%"), Status::Result);
}

#[test]
fn a_goal_word_makes_a_target_among_results_and_only_in_its_clause_when_it_is_weak() {
    let t = "青禾县政府工作报告
一、2025年工作回顾
过去一年，全县地区生产总值增长5.1%。全县粮食产量达到40.2万吨，努力实现居民收入增长6%。
确保明年粮食产量稳定在41万吨。
力争新开工项目50个。
";
    let r = drafted("t", t);
    let cases = [
        ("地区生产总值增长5.1%", Status::Result),
        ("全县粮食产量达到40.2万吨", Status::Result),
        ("居民收入增长6%", Status::Target),
        ("稳定在41万吨", Status::Target),
        ("新开工项目50个", Status::Target),
    ];
    for (quote, want) in cases {
        let f = r
            .figures
            .iter()
            .find(|f| {
                let v = f.value.or(f.change.as_ref().map(|c| c.value));
                f.source.contains(quote) && quote.contains(&v.unwrap().to_string())
            })
            .unwrap_or_else(|| panic!("no figure in «{quote}»: {:#?}", r.figures));
        assert_eq!(f.status, want, "{quote}");
    }
}

#[test]
fn a_horizon_year_in_a_heading_is_not_the_plan_year() {
    let t = "青禾县政府工作报告
一、2025年工作回顾
过去一年，全县地区生产总值增长5.1%。
二、到2035年基本实现现代化的远景
三、2026年经济社会发展的主要任务
全县地区生产总值增长5.5%左右。
";
    let r = drafted("t", t);
    let f = r
        .figures
        .iter()
        .find(|f| f.source.contains("增长5.5%左右"))
        .unwrap();
    assert_eq!(f.status, Status::Target);
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("2026年"));
    assert_eq!(status_in(&r, "增长5.1%"), Status::Result);
}

#[test]
fn figures_under_unnumbered_part_headings_take_their_status_from_them() {
    let t = format!(
        "青禾县政府工作报告\n{}2025年工作回顾\n全县地区生产总值增长5.1%。\n2026年工作安排\n全县地区生产总值增长6%。\n",
        filler_lines(10)
    );
    let r = drafted("t", &t);
    assert_eq!(status_in(&r, "增长5.1%"), Status::Result);
    assert_eq!(status_in(&r, "增长6%"), Status::Target);
}

#[test]
fn a_summary_of_the_year_and_its_plans_for_the_next_says_which_is_which() {
    // A district's year-end summary, pasted with single line breaks: its review heading
    // names the past year without 回顾, and 主要工作 is part of it.
    let t = "青禾区2025年工作总结和2026年工作思路
2025年，全区地区生产总值完成520亿元，同比增长6.2%。
一、2025年主要工作成效
（一）经济运行稳中向好。规上工业增加值增长8.5%。
（二）民生保障有力。新增城镇就业1.2万人。
二、明年工作思路
地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。
（一）扩大有效投资。实施重点项目120个。
（二）提升民生福祉。新增城镇就业1.1万人。
三、2024年工作进展
全区粮食产量增长1.1%。
四、2026年主要任务
建成保障性住房3000套。
";
    let t = format!("{t}{}", filler_lines(4));
    let r = drafted("t", &t);
    let cases = [
        ("同比增长6.2%", Status::Result),
        ("规上工业增加值增长8.5%", Status::Result),
        ("新增城镇就业1.2万人", Status::Result),
        ("地区生产总值增长5.5%左右", Status::Target),
        ("实施重点项目120个", Status::Target),
        ("新增城镇就业1.1万人", Status::Target),
        ("粮食产量增长1.1%", Status::Result),
        ("建成保障性住房3000套", Status::Target),
    ];
    for (quote, want) in cases {
        assert_eq!(status_in(&r, quote), want, "{quote}");
    }
}

#[test]
fn a_summary_without_headings_sets_its_goals_in_the_paragraph_of_the_next_year() {
    let t = "青禾区经济运行情况\n\n2025年，全区地区生产总值增长6.2%；固定资产投资增长7.5%。\n\n\
        2026年，全区地区生产总值预期增长6%左右；固定资产投资增长8%以上；城镇调查失业率控制在5%以内。\n\n\
        明年，全区计划新建学校5所。\n";
    let r = drafted("t", t);
    let cases = [
        ("增长6.2%", Status::Result),
        ("固定资产投资增长7.5%", Status::Result),
        ("预期增长6%左右", Status::Target),
        ("固定资产投资增长8%以上", Status::Target),
        ("控制在5%以内", Status::Limit),
        ("新建学校5所", Status::Target),
    ];
    for (quote, want) in cases {
        assert_eq!(status_in(&r, quote), want, "{quote}");
    }
    // Two years of results, and no goal word: both stay results.
    let t = "青禾区经济运行情况\n\n2024年，全区地区生产总值增长5.8%。\n\n2025年，全区地区生产总值增长6.2%。\n";
    assert_eq!(status_in(&drafted("t", t), "增长6.2%"), Status::Result);
}

#[test]
fn a_summary_is_of_the_year_it_reviews_not_of_the_year_it_plans() {
    // A summary titled with both years and no 回顾, and one without headings: the
    // results, and so the report's year, are the year before the plan.
    let titled = format!(
        "青禾区2025年工作总结和2026年工作思路\n2025年，全区地区生产总值增长6.2%。\n一、2025年主要工作成效\n规上工业增加值增长8.5%。\n二、2026年工作思路\n地区生产总值增长5.5%左右。\n{}",
        filler_lines(8)
    );
    let plain = "青禾区经济运行情况\n\n2025年，全区地区生产总值增长6.2%。\n\n2026年，全区地区生产总值预期增长6%左右。\n";
    for t in [titled.as_str(), plain] {
        assert_eq!(
            draft::draft(t).unwrap().meta.unwrap().year,
            Some(2025),
            "{t}"
        );
    }
}
