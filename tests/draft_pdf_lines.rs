#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A work report pasted from its PDF (the s14 tester's C1–C3, M3 and M4), in short texts
//! of our own: its table of contents is no heading and no text, its lines are joined
//! whatever width it was wrapped at, a number its line break cuts is one number, its
//! dateline and speaker are no paragraphs, and a footnote stands with the paragraph
//! that calls it.

mod common;

use common::*;
use report_charts::draft::text::outline;
use report_charts::shared::model::{Report, Status};

/// The figure of `r` whose value is `value`.
fn valued(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    r.figures
        .iter()
        .find(|f| f.value == Some(value))
        .unwrap_or_else(|| panic!("no figure of {value}: {:#?}", r.figures))
}

/// A district's report with its table of contents drawn by `leader` (its page numbers
/// after), its summary line, and its two parts.
fn with_contents(entries: [&str; 2]) -> String {
    format!(
        "云港区2026年政府工作报告\n目  录\n{}\n{}\n\
         2025年，全区地区生产总值356.8亿元，增长5.6%。\n\
         一、2025年工作回顾\n过去一年，全区一般公共预算收入24.6亿元，增长3.1%。\n\
         二、2026年工作安排\n今年全区地区生产总值预期增长5.5%左右。\n",
        entries[0], entries[1]
    )
}

#[test]
fn a_table_of_contents_is_never_a_heading_nor_text_and_the_real_headings_follow_it() {
    let tables = [
        (
            "leaders after a space",
            [
                "一、2025年工作回顾 ………………… 1",
                "二、2026年工作安排 ………………… 3",
            ],
        ),
        (
            "leaders glued",
            ["一、2025年工作回顾…………………1", "二、2026年工作安排…………………3"],
        ),
        (
            "spaced dots",
            [
                "一、2025年工作回顾 . . . . . . . 1",
                "二、2026年工作安排 . . . . . . . 3",
            ],
        ),
        (
            "middle dots",
            [
                "一、2025年工作回顾··········1",
                "二、2026年工作安排··········3",
            ],
        ),
        ("no leaders", ["一、2025年工作回顾", "二、2026年工作安排"]),
    ];
    for (shape, entries) in tables {
        for lines in ["few", "many"] {
            let mut text = with_contents(entries);
            if lines == "many" {
                text.push_str(&filler_lines(12));
            }
            let o = outline(&text);
            let headings: Vec<&str> = o.sections.iter().flatten().map(String::as_str).collect();
            assert_eq!(
                headings,
                ["一、2025年工作回顾", "二、2026年工作安排"],
                "{shape}, {lines}"
            );
            for s in &o.sentences {
                let toc = ["…", "··", ". .", "目"].iter().any(|m| s.text.contains(m));
                assert!(!toc, "{shape}, {lines}: {}", s.text);
            }
            // The summary stands before the first heading: a result, never a target.
            let summary = o
                .sentences
                .iter()
                .find(|s| s.text.contains("356.8"))
                .unwrap();
            assert_eq!(summary.section, 0, "{shape}, {lines}");
            let r = drafted("yungang", &text);
            assert_eq!(
                status_in(&r, "356.8亿元"),
                Status::Result,
                "{shape}, {lines}"
            );
        }
    }
}

/// Our own review and targets, as one paragraph each.
const REVIEW: &str = "过去一年，全区经济运行稳中有进。全年实现地区生产总值356.8亿元，按可比价格计算，比上年增长5.6%。规模以上工业增加值增长6.9%，固定资产投资增长2.8%，社会消费品零售总额118.4亿元，增长4.7%。一般公共预算收入24.6亿元，增长3.1%。新登记市场主体0.98万户。";
const GOALS: &str =
    "今年全区发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%。";

/// `paragraph` cut into lines of `width` characters, as a PDF pastes it.
fn wrapped(paragraph: &str, width: usize) -> String {
    let chars: Vec<char> = paragraph.chars().collect();
    chars
        .chunks(width)
        .map(|c| c.iter().collect::<String>() + "\n")
        .collect()
}

/// The report wrapped at `width`, with `filler` lines of other text after it.
fn pdf(width: usize, filler: usize) -> String {
    format!(
        "云港区2026年政府工作报告（摘要）\n一、2025年工作回顾\n{}二、2026年工作安排\n{}{}",
        wrapped(REVIEW, width),
        wrapped(GOALS, width),
        filler_lines(filler)
    )
}

#[test]
fn a_pdf_line_cut_inside_a_sentence_is_joined_whatever_width_the_pdf_wrapped_it_at() {
    // A fixed width alone left lines of 30 characters or fewer unjoined in a text of a
    // paragraph a line: 值 and 以上工业增加值 became labels, and 5.5%左 / 右 lost 左右.
    for width in [18, 20, 22, 24, 25, 26, 28, 30, 34] {
        for filler in [0, 12] {
            let text = pdf(width, filler);
            let o = outline(&text);
            let said: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
            for sentence in [
                "全年实现地区生产总值356.8亿元，按可比价格计算，比上年增长5.6%",
                "规模以上工业增加值增长6.9%，固定资产投资增长2.8%，社会消费品零售总额118.4亿元，增长4.7%",
                "新登记市场主体0.98万户",
                "今年全区发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%",
            ] {
                assert!(said.contains(&sentence), "{width}/{filler}: {said:#?}");
            }
            let r = drafted("yungang", &text);
            for (value, label) in [
                (356.8, "地区生产总值"),
                (118.4, "社会消费品零售总额"),
                (24.6, "一般公共预算收入"),
                (0.98, "新登记市场主体"),
            ] {
                assert_eq!(valued(&r, value).label.zh, label, "{width}/{filler}");
            }
            assert_eq!(
                status_in(&r, "5.5%左右"),
                Status::Target,
                "{width}/{filler}"
            );
        }
    }
}

#[test]
fn a_number_cut_by_a_line_break_is_read_whole_or_not_at_all() {
    // Cut after its first digit, after its point, before its point, before its %.
    for (cut, whole) in [
        (
            "社会消费品零售总额1\n18.4亿元，增长4.7%。",
            "社会消费品零售总额118.4亿元，增长4.7%",
        ),
        (
            "一般公共预算收入24.\n6亿元，增长3.1%。",
            "一般公共预算收入24.6亿元，增长3.1%",
        ),
        ("地区生产总值增长5\n.6%。", "地区生产总值增长5.6%"),
        (
            "规模以上工业增加值增长6.9\n%。",
            "规模以上工业增加值增长6.9%",
        ),
    ] {
        for filler in [0, 12] {
            let text = format!(
                "过去一年，全区经济运行稳中有进，{cut}\n{}",
                filler_lines(filler)
            );
            let o = outline(&text);
            assert!(
                o.sentences.iter().any(|s| s.text.ends_with(whole)),
                "{cut:?}/{filler}: {:#?}",
                o.sentences
            );
            drafted("yungang", &text);
        }
    }
    // An item's number on the next line opens an item: 2.… is never glued to 10.
    let o = outline("一是投资增长10\n2.消费增长5%。\n");
    assert!(
        !o.sentences.iter().any(|s| s.text.contains("102")),
        "{o:#?}"
    );
}

#[test]
fn a_dateline_and_its_speaker_are_no_paragraphs_and_the_speaker_is_the_author() {
    let lines = "2026年云港区政府工作报告\n\
        ——2026年1月14日在云港区第五届人民代表大会第六次会议上\n\
        云港区人民政府区长 周明远\n\
        一、2025年工作回顾\n\
        过去一年，全区地区生产总值356.8亿元，增长5.6%。\n";
    for (shape, text) in [
        ("single lines", format!("{lines}{}", filler_lines(12))),
        ("few lines", lines.to_string()),
        ("blank lines", lines.replace('\n', "\n\n")),
    ] {
        let o = outline(&text);
        for s in &o.sentences {
            let byline = s.text.contains("会议上") || s.text.contains("周明远");
            assert!(!byline, "{shape}: {}", s.text);
        }
        let r = drafted("yungang", &text);
        assert_eq!(r.meta.author.zh, "云港区人民政府区长 周明远", "{shape}");
    }
    // A heading that holds a title's characters names no speaker.
    let r = drafted("yungang", "（三）推进城区长效管理\n全区绿地增加12公顷。\n");
    assert_ne!(r.meta.author.zh, "效管理");
}

#[test]
fn a_footnote_stands_with_the_paragraph_that_calls_it_never_in_the_next_section() {
    let body = "一、2025年工作回顾\n全区地区生产总值356.8亿元，增长5.6%①。\n\
        二、2026年工作安排\n今年全区地区生产总值预期增长5.5%左右。\n— 3 —\n\
        ①按可比价格计算，下同。\n";
    for (shape, text) in [
        ("few lines", body.to_string()),
        ("single lines", format!("{}{body}", filler_lines(12))),
    ] {
        let o = outline(&text);
        let note = o
            .sentences
            .iter()
            .find(|s| s.text.contains("下同"))
            .unwrap();
        let called = o
            .sentences
            .iter()
            .find(|s| s.text.contains("356.8"))
            .unwrap();
        assert_eq!(note.section, called.section, "{shape}: {o:#?}");
        assert_eq!(
            o.sections[note.section].as_deref(),
            Some("一、2025年工作回顾"),
            "{shape}"
        );
        // The deck quotes the sentence without the note's call: 增长5.6%。, not 5.6%①。
        let r = drafted("yungang", &text);
        assert!(
            r.meta.deck.zh.contains("增长5.6%"),
            "{shape}: {}",
            r.meta.deck.zh
        );
        assert!(!r.meta.deck.zh.contains('①'), "{shape}: {}", r.meta.deck.zh);
    }
}
