#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the second tester (s11) found the draft writing that a desk would not (issue 18):
//! a session's count of its delegates drafted as a result (H3), a page's 来源 missed where
//! it shares its line with 发布时间 (M3), no year for a half-year bulletin whose title
//! names it, and targets charts titled with a label run into its year (新增…2026年目标
//! 500家以上). Sentences of our own.

mod common;

use common::drafted;
use report_charts::shared::model::Report;

/// The reason of the skip of `number`, by its name in the data file.
fn skip_reason<'a>(r: &'a Report, number: &str) -> Option<&'a str> {
    r.skips
        .iter()
        .find(|k| k.number == number)
        .map(|k| k.reason.name())
}

#[test]
fn a_sessions_count_of_its_members_is_the_meetings_never_a_figure() {
    // (the sentence, its counts): a paper's report of a session, and a county's.
    let cases = [
        (
            "大会应到代表386名，实到代表371名，符合法定人数。",
            &["386", "371"][..],
        ),
        ("出席本次会议的委员有214人，列席人员35人。", &["214", "35"]),
    ];
    for (sentence, numbers) in cases {
        let text = format!("2025年，全市地区生产总值812.4亿元，增长5.6%。\n\n{sentence}\n");
        let r = drafted("session", &text);
        assert_eq!(r.figures.len(), 1, "{sentence}: {:#?}", r.figures);
        for n in numbers {
            assert_eq!(skip_reason(&r, n), Some("meeting"), "{sentence}: {n}");
        }
    }
}

#[test]
fn a_count_of_people_that_names_no_attendance_stays_a_figure() {
    let r = drafted(
        "jobs",
        "2025年，全市新增城镇就业2.3万人，培训技能人才4800人。\n",
    );
    assert_eq!(r.figures.len(), 2, "{:#?}", r.figures);
}

#[test]
fn a_pages_source_is_the_source_line_wherever_its_page_line_prints_it() {
    let body = "2025年，全县地区生产总值196.2亿元，增长5.1%。\n";
    // (the page's line, the source line the draft offers)
    let cases = [
        ("来源：某县融媒体中心", "来源：某县融媒体中心"),
        (
            "发布时间：2026-01-21 来源：某县人民政府办公室",
            "来源：某县人民政府办公室",
        ),
        (
            "发布时间：2026-01-21　来源：某县统计局　作者：李明",
            "来源：某县统计局",
        ),
        ("发布时间：2026-01-21 浏览次数：320", "来源：待填写"),
    ];
    for (line, want) in cases {
        let r = drafted(
            "sourced",
            &format!("某县2026年政府工作报告\n{line}\n{body}"),
        );
        assert_eq!(r.meta.source_line.zh, want, "{line}");
    }
}

#[test]
fn a_bulletin_of_part_of_a_year_is_of_the_year_its_title_or_its_results_name() {
    let body = "上半年，全省地区生产总值15320.6亿元，同比增长5.3%。\n\n\
                上半年，全省固定资产投资同比增长2.8%。\n";
    let dated = "2025年上半年，全省地区生产总值15320.6亿元，同比增长5.3%。\n\n\
                 2025年上半年，全省固定资产投资同比增长2.8%。\n";
    // (the headline, the text under it, the year of its results)
    let cases = [
        ("2025年上半年全省经济运行稳中有进", body, 2025),
        ("2025年一季度全省经济平稳开局", body, 2025),
        ("上半年全省经济运行稳中有进", dated, 2025),
        ("上半年全省经济运行稳中有进", body, 0),
        ("2026年上半年重点工作安排", body, 0),
    ];
    for (title, text, year) in cases {
        let r = drafted("half", &format!("{title}\n\n{text}"));
        assert_eq!(r.meta.year, year, "{title}");
    }
}

/// The targets charts' titles of the draft of `text`.
fn targets_titles(text: &str) -> Vec<String> {
    let r = drafted("goals", text);
    r.charts
        .iter()
        .filter(|c| c.kind.name() == "targets")
        .map(|c| c.title.zh.clone())
        .collect()
}

#[test]
fn a_targets_chart_is_titled_as_a_sub_editor_would_with_its_goal_as_printed() {
    // (the goals, the title): a count, a growth, a five-year plan's average and a goal of
    // a text of no known year.
    let review = "一、2025年工作回顾\n\n2025年，全市地区生产总值812.4亿元，增长5.6%。\n\n";
    let cases = [
        (
            "二、2026年工作安排\n\n2026年，新增高新技术企业260家以上，新建5G基站1200个，新增城镇就业1.8万人。\n",
            "2026年目标：新增高新技术企业260家以上",
        ),
        (
            "二、2026年工作安排\n\n2026年主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长4%，一般公共预算收入增长3%。\n",
            "2026年目标：地区生产总值增长5.5%左右",
        ),
        (
            "二、“十五五”时期目标\n\n“十五五”时期，全市地区生产总值年均增长5%左右，研发经费投入年均增长8%以上，城镇调查失业率5.5%以内。\n",
            "“十五五”时期目标：地区生产总值年均增长5%左右",
        ),
    ];
    for (goals, want) in cases {
        let titles = targets_titles(&[review, goals].concat());
        assert_eq!(
            titles.first().map(String::as_str),
            Some(want),
            "{goals}: {titles:?}"
        );
    }
    let undated = "报告提出，今年全市地区生产总值预期增长5%左右，固定资产投资增长4%以上，新增城镇就业2万人。\n";
    let titles = targets_titles(undated);
    // 预期 is the goal's word, said by 目标 already: no part of the label.
    assert_eq!(titles, ["目标：地区生产总值增长5%左右"], "{undated}");
}
