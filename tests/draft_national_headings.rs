#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Headings as the older national reports print them between blank lines (round 61):
//! a second-level heading of two phrases alone on its line without its full stop, a
//! heading right after a line that announces it with a colon, and a book title (《…》)
//! that a web page cuts onto lines of its own; and what a second-level heading says of
//! the figures under it. The texts are short ones of our own.

mod common;

use common::{drafted, status_in};
use report_charts::draft::text;
use report_charts::shared::model::Status;

/// A report of paragraphs between blank lines, as an encyclopedia's page prints one: a
/// numbered heading, then `body`.
fn blank_lined(body: &str) -> String {
    format!(
        "2027年青禾县政府工作报告\n\n各位代表：\n\n一、2026年工作回顾\n\n过去一年，全县经济运行总体平稳。\n\n{body}\n"
    )
}

/// The draft's topic titles of `t`, in order.
fn topic_titles(t: &str) -> Vec<String> {
    let r = drafted("qinghe-2027", t);
    r.sections
        .iter()
        .flat_map(|s| s.topics.iter().map(|t| t.title.zh.clone()))
        .collect()
}

/// The lead sentences of `t`'s outline, and the sentence that holds `figure`.
fn leads_and_sentence(t: &str, figure: &str) -> (Vec<String>, Option<String>) {
    let o = text::outline(t);
    let leads = o
        .sentences
        .iter()
        .filter(|s| s.lead)
        .map(|s| s.text.clone())
        .collect();
    let holder = o.sentences.iter().find(|s| s.text.contains(figure));
    (leads, holder.map(|s| s.text.clone()))
}

#[test]
fn a_second_level_heading_of_two_phrases_alone_between_blank_lines_is_its_paragraphs_heading() {
    let cases = [
        // Two phrases parted by a comma, no full stop.
        (
            "（一）稳住农业基本盘，促进农民持续增收\n\n全县粮食产量增长2.1%。",
            "（一）稳住农业基本盘，促进农民持续增收",
        ),
        // A list of fields parted by 、.
        (
            "（二）加快教育、卫生、体育等社会事业发展\n\n全县新建中小学3所。",
            "（二）加快教育、卫生、体育等社会事业发展",
        ),
        // A space after the number, as a page may print it.
        (
            "（三） 深化改革，扩大开放\n\n全县进出口总额增长4.5%。",
            "（三）深化改革，扩大开放",
        ),
    ];
    for (body, heading) in cases {
        let t = blank_lined(body);
        let figure = body.rsplit("\n\n").next().unwrap().trim_end_matches('。');
        let (leads, holder) = leads_and_sentence(&t, figure);
        assert_eq!(leads, vec![heading.to_string()], "{body}");
        // The figure's sentence is its own, never glued to the heading.
        assert_eq!(holder.as_deref(), Some(figure), "{body}");
        assert!(
            topic_titles(&t).iter().any(|h| h == heading),
            "{body}: {:?}",
            topic_titles(&t)
        );
    }
}

#[test]
fn a_second_level_heading_after_a_line_that_announces_it_with_a_colon_opens_its_own_paragraph() {
    let cases = [
        // A heading alone.
        (
            "今年要着重抓好以下几个方面：\n\n（一）坚持扩大有效投资\n\n全县完成固定资产投资120亿元。",
            "（一）坚持扩大有效投资",
            "全县完成固定资产投资120亿元",
        ),
        // A heading with its paragraph running on after its full stop.
        (
            "一年来，我们主要做了以下工作：\n\n（一）稳定工业增长。全县规上工业增加值增长6%。",
            "（一）稳定工业增长",
            "全县规上工业增加值增长6%",
        ),
    ];
    for (body, heading, figure) in cases {
        let t = blank_lined(body);
        let (leads, holder) = leads_and_sentence(&t, figure);
        assert_eq!(leads, vec![heading.to_string()], "{body}");
        assert_eq!(holder.as_deref(), Some(figure), "{body}");
    }
}

#[test]
fn a_bracketed_line_that_is_no_heading_is_never_a_paragraph_of_its_own() {
    let cases = [
        // Too long for a heading: a paragraph whose full stop the page lost.
        "（一）全县上下坚持以人民为中心的发展思想，坚定不移贯彻新发展理念，推动经济社会发展取得新的显著成效，人民群众获得感、幸福感不断增强",
        // Figures: a paragraph whose full stop the page lost.
        "（一）全县地区生产总值增长5.2%，规模以上工业增加值增长6.1%",
        // It closes with a colon: it announces what follows.
        "（一）今年全县经济社会发展的主要预期目标是：",
        // It closes with a comma: its sentence goes on in the next block.
        "（一）全县生产总值增长5.2%，",
    ];
    for line in cases {
        let body = format!("{line}\n\n全县粮食产量增长2.1%。");
        let (leads, _) = leads_and_sentence(&blank_lined(&body), "粮食产量");
        let bare = line.trim_end_matches(['：', '，']);
        assert!(
            leads.iter().all(|l| l != bare && l != line),
            "{line}: {leads:?}"
        );
    }
}

#[test]
fn a_book_title_a_page_cuts_onto_lines_of_its_own_is_one_line_again() {
    let t = "2027年青禾县政府工作报告\n\n各位代表：\n\n一、2026年工作回顾\n\n全县粮食产量增长2.1%。\n\n三、关于《\n青禾县国民经济和社会发展第十五个五年规划纲要（草案）\n》的说明\n\n县政府编制了《\n青禾县国民经济和社会发展第十五个五年规划纲要（草案）\n》，提请大会审议。\n\n（一）规划《\n纲要（草案）\n》的编制过程\n\n规划纲要共设置指标26项。\n";
    let o = text::outline(t);
    let heading = "三、关于《青禾县国民经济和社会发展第十五个五年规划纲要（草案）》的说明";
    assert!(
        o.sections.iter().any(|s| s.as_deref() == Some(heading)),
        "{:?}",
        o.sections
    );
    let sentence =
        "县政府编制了《青禾县国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审议";
    assert!(
        o.sentences.iter().any(|s| s.text == sentence),
        "{:?}",
        o.sentences
    );
    let leads: Vec<&str> = o
        .sentences
        .iter()
        .filter(|s| s.lead)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(leads, vec!["（一）规划《纲要（草案）》的编制过程"]);
    // Every sentence of the outline stands in the flat text, as the score needs.
    let flat = text::flat(t);
    for s in &o.sentences {
        assert!(flat.contains(&s.text), "{} not in {flat}", s.text);
    }
}

/// A report of 2006 as the older reports print one, between blank lines: a review, the
/// year's tasks, then a part that explains a plan of five years, whose second-level
/// headings say which five years their paragraphs are of.
const PLAN_EXPLAINED: &str = "2006年青禾县政府工作报告

各位代表：

一、去年工作回顾

2005年，全县生产总值增长9.2%。

二、今年主要任务

2006年全县经济社会发展的主要预期目标是：生产总值增长8.5%左右。

（一）扩大就业，稳定增长

一年来，全县新增就业1.2万人。

（二）改善住房，保障民生

新建保障性住房3000套。

三、关于《青禾县国民经济和社会发展第十一个五年规划纲要（草案）》的说明

（一）“十五”期间全县发展主要情况

过去五年，全县生产总值年均增长9.5%。

（二）“十一五”时期的发展方向

《纲要（草案）》提出，全县生产总值年均增长8%。

单位生产总值能耗降低20%左右。
";

#[test]
fn a_second_level_heading_that_names_five_years_says_what_its_figures_are() {
    let r = drafted("qinghe-2006", PLAN_EXPLAINED);
    // Under “十五”期间…情况 (the five years before 2006): results.
    assert_eq!(status_in(&r, "年均增长9.5%"), Status::Result);
    // Under “十一五”时期的发展方向 (the five years from 2006), though the paragraph
    // before spoke of 过去五年: the plan's targets.
    assert_eq!(status_in(&r, "年均增长8%"), Status::Target);
    assert_eq!(status_in(&r, "降低20%左右"), Status::Target);
}

#[test]
fn a_paragraph_of_last_years_results_in_a_part_of_plans_ends_at_the_next_heading() {
    let r = drafted("qinghe-2006", PLAN_EXPLAINED);
    assert_eq!(status_in(&r, "新增就业1.2万人"), Status::Result);
    // Under the next heading of the year's tasks: the year's plan again.
    assert_eq!(status_in(&r, "保障性住房3000套"), Status::Target);
}

#[test]
fn a_reviews_five_years_reach_on_over_its_items_whose_headings_say_nothing() {
    let t = "2018年青禾县政府工作报告

各位代表：

一、过去五年工作回顾

过去五年，全县经济实力跃上新台阶。

（一）坚持稳中求进，经济保持平稳

全县生产总值年均增长7.1%。
";
    let r = drafted("qinghe-2018", t);
    let f = r
        .figures
        .iter()
        .find(|f| f.source.contains("7.1%"))
        .unwrap();
    assert_eq!(f.status, Status::Result);
    assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), Some("过去五年"));
}

/// A report as a web page prints it, a paragraph a line, with `body` in its review.
fn single_lined(body: &str) -> String {
    format!(
        "2026年青禾县政府工作报告\n——2026年1月12日在青禾县第五届人民代表大会第六次会议上\n各位代表：\n一、2025年工作回顾\n{}{body}\n二、2026年工作安排\n全县生产总值增长5%左右。\n",
        common::filler_lines(8)
    )
}

#[test]
fn a_line_of_its_own_that_a_dash_opens_is_a_heading_over_the_paragraphs_after_it() {
    let cases = [
        // Without its full stop, after a line that announces it.
        (
            "一年来，我们重点做了以下工作：\n——扎实抓好稳增长、防风险、保民生，发展的底盘持续夯实\n经济运行稳中有进。全县生产总值增长5.1%。",
            "——扎实抓好稳增长、防风险、保民生，发展的底盘持续夯实",
        ),
        // With its full stop, alone on its line.
        (
            "——着力深化改革、扩大开放，发展的动力更加强劲。\n改革举措释放新动能。新设经营主体1.2万户。",
            "——着力深化改革、扩大开放，发展的动力更加强劲",
        ),
    ];
    for (body, heading) in cases {
        let t = single_lined(body);
        let titles = topic_titles(&t);
        assert!(titles.iter().any(|h| h == heading), "{body}: {titles:?}");
        // The paragraph after it keeps its own sentences and figures.
        let o = text::outline(&t);
        assert!(
            o.sentences
                .iter()
                .any(|s| s.text.starts_with("经济运行稳中有进")
                    || s.text.starts_with("改革举措释放新动能")),
            "{:?}",
            o.sentences
        );
    }
    // The speech's dateline stays the page's, and a dashed line of figures is text.
    let t = single_lined("——全县生产总值增长5.2%，规模以上工业增加值增长6.1%\n就业总体稳定。");
    let o = text::outline(&t);
    assert!(o.sentences.iter().all(|s| !s.text.contains("会议上")));
    assert!(o
        .sentences
        .iter()
        .all(|s| !(s.lead && s.text.contains("5.2%"))));
}
