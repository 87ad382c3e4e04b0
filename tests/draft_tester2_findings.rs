#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the second tester (s11) found the draft writing that a desk would not (issue 18):
//! a session's count of its delegates drafted as a result (H3), a page's 来源 missed where
//! it shares its line with 发布时间 (M3), and no year for a half-year bulletin whose
//! title names it. Sentences of our own.

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
