#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a tester (s-test16) found in texts of its own (issue 18): one line that says what
//! a year achieved turned a story's results into targets and lost its heading (C3); a
//! figure counted at 截至2026年5月底 took the report's year and stood as 上年 beside a
//! target (H1); a short line, a dateline and a byline left the text without a word, and
//! `check` did not count their numbers (H6, M1); two paragraphs a blank line parts were
//! glued, a paper's closing source line filled nothing, the deck kept ASCII marks (M3).
//! Sentences of our own.

mod common;

use common::{drafted, AnySize};
use report_charts::draft::{coverage, text};
use report_charts::publish::page;
use report_charts::shared::model::{Lang, Report, SkipReason, Status};

/// A district's story of 2025: `line` alone under its first heading, then results.
fn story(line: &str) -> String {
    format!(
        "青湾区2025年经济社会发展图解\n\n一、经济\n\n{line}\n\n2025年，全区地区生产总值达612.4亿元，增长5.3%。\n\n二、民生\n\n2025年，完成老旧小区改造38个。\n"
    )
}

#[test]
fn a_line_that_says_what_a_year_achieved_opens_no_plan_and_keeps_its_heading() {
    for line in [
        "今年青湾区推动经济社会发展再上新台阶",
        "明年青湾区的发展更有底气",
        "青湾区经济社会发展再上新台阶",
    ] {
        let r = drafted("line", &story(line));
        for f in &r.figures {
            assert_eq!(f.status, Status::Result, "{line}: {} is a result", f.id);
        }
        assert_eq!(
            r.meta.year, 2025,
            "{line}: the year the title and results name"
        );
        let economy = r.sections.iter().find(|s| s.title.zh == "一、经济");
        let economy = economy.unwrap_or_else(|| panic!("{line}: 一、经济 lost"));
        assert!(
            !economy.topics.is_empty(),
            "{line}: 一、经济 holds its text"
        );
        assert!(
            r.sections.iter().all(|s| s.title.zh != line),
            "{line}: a line of text is no section"
        );
    }
}

#[test]
fn a_heading_that_names_the_coming_years_work_still_sets_out_targets() {
    for heading in ["二、今年目标", "二、明年怎么干", "二、今年工作安排"] {
        let text = format!(
            "青湾区2025年经济社会发展图解\n\n一、2025年回顾\n\n2025年，全区地区生产总值达612.4亿元，增长5.3%。\n\n{heading}\n\n全区固定资产投资增长5%。\n"
        );
        let r = drafted("plan", &text);
        let f = r.figures.iter().find(|f| f.source.contains("固定资产投资"));
        assert_eq!(f.map(|f| f.status), Some(Status::Target), "{heading}");
    }
}

#[test]
fn a_story_whose_results_name_no_year_takes_the_year_its_title_names() {
    // (title, the year of the report)
    let cases = [
        ("青湾区2025年经济社会发展图解", 2025),
        ("青湾县2025年度审计工作报告", 2025),
        // A work report of 2026 reviews 2025; a plan's title names no year of results.
        ("2026年青湾区政府工作报告", 2025),
        ("青湾区2026年重点工作安排", 0),
    ];
    for (title, year) in cases {
        let text = format!("{title}\n\n全区地区生产总值达612.4亿元，增长5.3%。\n");
        assert_eq!(drafted("titled", &text).meta.year, year, "{title}");
    }
}

/// An audit of 2025 with what was put right by a date of 2026, then a goal.
fn audit(title: &str) -> String {
    format!(
        "{title}\n\n一、整改情况\n\n截至2026年5月底，已整改问题金额3.18亿元，整改率82.4%。\n\n二、下一步\n\n下一步，将力争审计整改率达到95%以上。\n"
    )
}

#[test]
fn a_figure_counted_at_a_date_has_that_date_for_its_period_and_no_year_of_its_own() {
    // (title, the report's year)
    let cases = [
        ("青湾县2025年度审计工作报告", 2025),
        // The only year the text names is the date: the report takes it.
        ("青湾县审计整改情况", 2026),
    ];
    for (title, year) in cases {
        let r = drafted("asof", &audit(title));
        assert_eq!(r.meta.year, year, "{title}");
        for id in ["3.18", "82.4"] {
            let f = r
                .figures
                .iter()
                .find(|f| f.value.map(|v| v.to_string()) == Some(id.into()));
            let f = f.unwrap_or_else(|| panic!("{title}: no figure of {id}: {:#?}", r.figures));
            let period = f.period.as_ref().map(|p| p.zh.as_str());
            assert_eq!(period, Some("2026年5月底"), "{title}: {id}");
        }
    }
}

#[test]
fn a_result_of_a_date_never_stands_as_last_years_beside_a_target() {
    let r = drafted("asof", &audit("青湾县2025年度审计工作报告"));
    for c in &r.charts {
        for &i in &c.figures {
            let f = &r.figures[i];
            let dated = f.status == Status::Result && f.period.is_some();
            let targets = c
                .figures
                .iter()
                .any(|&k| r.figures[k].status != Status::Result);
            assert!(
                !(dated && targets),
                "{}: {} beside a target as 上年",
                c.id,
                f.id
            );
        }
    }
}

/// Where a line of the text went: a sentence of the text, or left out as the page's.
#[derive(Debug, PartialEq)]
enum Went {
    Text,
    Left,
}

#[test]
fn no_line_of_the_text_is_lost_and_check_counts_every_number() {
    // (the line under 一、经济, where it goes)
    let cases = [
        ("记者走访了老旧小区改造现场", Went::Text),
        ("记者走访了老旧小区改造现场之一的3", Went::Text),
        ("记者在青湾区老旧小区改造现场看到", Went::Text),
        ("本报记者 李明", Went::Left),
        ("记者李明", Went::Left),
        (
            "——2026年1月8日在青湾区第三届人民代表大会第五次会议上",
            Went::Left,
        ),
    ];
    for (line, want) in cases {
        let t = story(line);
        let o = text::outline(&t);
        let as_text = o.sentences.iter().any(|s| s.text == line);
        let left = o.left.iter().any(|l| *l == line.replace(' ', ""));
        let went = match (as_text, left) {
            (true, false) => Went::Text,
            (false, true) => Went::Left,
            _ => panic!("{line}: in the text {as_text}, left out {left}"),
        };
        assert_eq!(went, want, "{line}");
        let r = drafted("lines", &t);
        assert_eq!(coverage::uncovered(&t, &r), [], "{line}");
        if want == Went::Left {
            for k in r
                .skips
                .iter()
                .filter(|k| k.sentence == line.replace(' ', ""))
            {
                assert_eq!(k.reason, SkipReason::Page, "{line}: {}", k.number);
            }
        }
    }
}

#[test]
fn check_counts_the_numbers_of_a_line_left_out() {
    let t = story("——2026年1月8日在青湾区第三届人民代表大会第五次会议上");
    let mut r: Report = drafted("dateline", &t);
    r.skips.retain(|k| k.reason != SkipReason::Page);
    let missing: Vec<String> = (coverage::uncovered(&t, &r).into_iter())
        .map(|u| u.number)
        .collect();
    assert_eq!(missing, ["2026", "1", "8"]);
}

#[test]
fn an_offices_head_under_the_dateline_is_the_author_and_the_meeting_names_the_place() {
    let t = "关于2025年度县级预算执行的审计工作报告\n\n——2026年6月20日在青湾县第九届人民代表大会常务委员会第十次会议上\n\n县审计局局长 周文远\n\n一、总体情况\n\n2025年，县审计局共完成审计项目31个。\n";
    let r = drafted("audit", t);
    assert_eq!(r.meta.author.zh, "县审计局局长 周文远");
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("青湾县"));
    assert!(r.sections.iter().all(|s| !s.title.zh.contains("周文远")));
}

#[test]
fn a_blank_line_before_a_year_and_its_comma_parts_two_paragraphs() {
    let t = "青湾区2025年经济社会发展图解\n\n今年年初召开的全区大会，明确了目标，推动发展再上新台阶\n\n2025年，青湾区坚持稳中求进，交出了优质答卷\n\n过去一年，全区地区生产总值达612.4亿元，增长5.3%。\n";
    let o = text::outline(t);
    let of = |w: &str| {
        o.sentences
            .iter()
            .find(|s| s.text.contains(w))
            .unwrap()
            .paragraph
    };
    assert_ne!(of("新台阶"), of("稳中求进"), "{:#?}", o.sentences);
    // A column break inside a sentence still goes on.
    let o = text::outline("今年以来，全区森林覆盖率\n\n41.7%，绿地率38.2%。");
    assert_eq!(o.sentences.len(), 1, "{:#?}", o.sentences);
}

#[test]
fn a_papers_closing_source_line_names_the_paper_and_the_writer() {
    for line in [
        "（来源：青湾日报 记者 林小雨）",
        "(来源:青湾日报 记者 林小雨)",
    ] {
        let t = format!("青湾区2025年经济社会发展图解\n\n过去一年，全区地区生产总值达612.4亿元，增长5.3%。\n\n{line}\n");
        let r = drafted("source", &t);
        assert_eq!(r.meta.publication.zh, "青湾日报", "{line}");
        assert_eq!(r.meta.author.zh, "林小雨", "{line}");
        assert_eq!(r.meta.source_line.zh, "来源：青湾日报", "{line}");
        assert!(text::outline(&t)
            .sentences
            .iter()
            .all(|s| !s.text.contains("来源")));
    }
}

#[test]
fn the_deck_is_shown_with_full_width_marks_and_kept_as_printed() {
    let t = "青湾区2025年经济社会发展图解\n\n过去一年,全区地区生产总值达612.4亿元,增长5.3%。\n";
    let r = drafted("deck", t);
    assert!(
        r.meta.deck.zh.contains(",增长"),
        "the data keeps the sentence as printed"
    );
    let html = page::story(&r, &AnySize, Lang::Zh, None);
    let deck = html.split("class=\"deck\">").nth(1).unwrap();
    let deck = &deck[..deck.find("</p>").unwrap()];
    assert!(deck.contains("，增长5.3%") && !deck.contains(','), "{deck}");
}
