#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The draft finds a report's headings and paragraphs however they are printed: numbered
//! or not, between blank lines or running on into their paragraph, broken over two lines,
//! and never a byline or a stray mark. (What status the figures under them take:
//! `draft_sections.rs`.) The texts are short ones of our own.

mod common;

use common::{drafted, filler_lines, status_in};
use report_charts::draft::{self, text};
use report_charts::shared::model::Status;

fn headings(t: &str) -> Vec<String> {
    text::outline(t).sections.into_iter().flatten().collect()
}

#[test]
fn a_numbered_heading_with_its_paragraph_running_on_is_a_heading() {
    let cases = [
        "一、2025年工作回顾 过去一年，全县粮食产量增长2.1%。\n",
        "一、2025年工作回顾。过去一年，全县粮食产量增长2.1%。\n",
    ];
    for case in cases {
        let t = format!("青禾县政府工作报告\n{}{case}", filler_lines(10));
        assert_eq!(headings(&t), ["一、2025年工作回顾"], "{case}");
        let o = text::outline(&t);
        assert!(o.sentences.iter().any(|s| s.text.starts_with("过去一年")));
    }
}

#[test]
fn a_number_glued_to_its_words_is_no_running_on_heading() {
    let t = format!(
        "青禾县政府工作报告\n{}一、回顾过去一年，全县粮食产量增长2.1%。\n",
        filler_lines(10)
    );
    assert!(headings(&t).is_empty());
}

#[test]
fn a_numbered_heading_between_blank_lines_is_a_heading_however_long() {
    let long =
        "二、坚持和加强党的全面领导，全力建设人民满意的法治政府、创新政府、廉洁政府和服务型政府";
    let t = format!(
        "青禾县政府工作报告\n\n一、2025年工作回顾 全县粮食产量增长2.1%。\n\n{long}\n\n政府自身建设不断加强。\n"
    );
    assert_eq!(headings(&t), ["一、2025年工作回顾", long]);
}

#[test]
fn a_spaced_numbered_heading_is_no_byline() {
    let t = format!(
        "青禾县政府工作报告\n{}第一部分 2025年工作回顾\n全县粮食产量增长2.1%。\n",
        filler_lines(10)
    );
    assert_eq!(headings(&t), ["第一部分2025年工作回顾"]);
}

/// The paragraph indexes of the sentences of `t`, with each sentence's first characters.
fn paragraphs(t: &str) -> Vec<(usize, String)> {
    text::outline(t)
        .sentences
        .into_iter()
        .map(|s| (s.paragraph, s.text.chars().take(4).collect()))
        .collect()
}

#[test]
fn a_paragraph_that_ends_without_its_full_stop_still_ends_where_the_next_one_is_indented() {
    // Column lines kept as spaces; each paragraph's first line is two characters shorter
    // (its indent). The first two paragraphs end without 。, the third breaks mid-sentence
    // at a column's end and goes on with a full line after the blank line.
    let t = "标题在这里\n\n\
        新区今年召开全区大会，明确了 建设城市副中心的发展定位以及具体 推进步骤还有各项工作的安排要求\n\n\
        副中心建设要达预期目标，需要 各个街道迎难而上敢作敢为，并且用一 个个成功实践为全区贡献有益经验\n\n\
        作为城市中心城区之一，新区坚持 以高质量发展为主线，牢牢把握迎难而 上敢作善为的工作\n\n\
        主线完成了全年各项任务目标和要求并 交出优质答卷。\n";
    let got = paragraphs(t);
    let index = |start: &str| got.iter().find(|(_, s)| s == start).unwrap().0;
    assert_ne!(index("新区今年"), index("副中心建"), "{got:?}");
    assert_ne!(index("副中心建"), index("作为城市"), "{got:?}");
    assert!(
        got.iter().all(|(_, s)| s != "主线完成"),
        "a break mid-sentence joins: {got:?}"
    );
}

#[test]
fn a_dateline_and_its_speaker_are_no_paragraphs_and_the_salutation_stays_one_of_its_own() {
    // A work report's opening between blank lines, in words of our own: glued, the
    // dateline, the speaker and 各位代表： made one "sentence" with the speech's first;
    // apart, the dateline and the speaker were paragraphs of the article (s14 M3).
    let t = "2026年禾丰县政府工作报告\n\n\
        ——2026年1月9日在禾丰县第十八届人民代表大会第五次会议上\n\
        禾丰县人民政府县长\n\n\
        各位代表：\n\n\
        现在，我代表县人民政府，向大会报告工作，请予审议。\n\n\
        过去一年，全县粮食产量增长2.1%。\n";
    let got = paragraphs(t);
    let starts: Vec<&str> = got.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(starts, ["各位代表", "现在，我", "过去一年"], "{got:?}");
    let mut indexes: Vec<usize> = got.iter().map(|(p, _)| *p).collect();
    indexes.dedup();
    assert_eq!(indexes.len(), 3, "each a paragraph of its own: {got:?}");
}

#[test]
fn numbered_headings_are_found_however_the_page_printed_them() {
    // A numbered first line, a full-width or ASCII point, a space before the mark, and
    // zero-width characters a web page leaves: every one a heading, none a title.
    let t = "\u{feff}一、2025年工作回顾\n全县地区生产总值增长5.8%。\n二．2026年工作安排\n地区生产总值增长6%左右。\n三 、加强政府建设\n\u{200b}四.保障措施\n一是稳投资。\n";
    assert_eq!(
        headings(t),
        [
            "一、2025年工作回顾",
            "二．2026年工作安排",
            "三、加强政府建设",
            "四.保障措施"
        ]
    );
    assert_eq!(text::outline(t).title, None);
    let r = drafted("t", t);
    assert_eq!(status_in(&r, "增长5.8%"), Status::Result);
    assert_eq!(status_in(&r, "增长6%左右"), Status::Target);
}

#[test]
fn headings_are_found_in_the_other_forms_web_pages_print_them() {
    // (line, the heading it holds, the paragraph's first words after it, if any)
    let cases = [
        ("四、着力扩大内需。", "四、着力扩大内需", None),
        ("一　2025年工作回顾", "一2025年工作回顾", None),
        ("十二 加强政府建设", "十二加强政府建设", None),
        (
            "一、2025年工作回顾过去一年，全县粮食产量增长2.1%。",
            "一、2025年工作回顾",
            Some("过去一年"),
        ),
        (
            "二、2026年工作安排：今年全县地区生产总值增长5%左右。",
            "二、2026年工作安排",
            Some("今年全县"),
        ),
        ("2025年工作回顾", "2025年工作回顾", None),
        ("2026年重点工作", "2026年重点工作", None),
    ];
    for (line, heading, after) in cases {
        let t = format!(
            "青禾县政府工作报告\n{}{line}\n下一段文字。\n",
            filler_lines(10)
        );
        assert_eq!(headings(&t), [heading], "{line}");
        if let Some(after) = after {
            let o = text::outline(&t);
            assert!(
                o.sentences.iter().any(|s| s.text.starts_with(after)),
                "{line}: {:?}",
                o.sentences
            );
        }
    }
}

#[test]
fn a_reporters_byline_between_blank_lines_is_no_heading() {
    for byline in ["本报记者 王青", "本报记者王青", "记者 王青 通讯员 李禾"] {
        let t = format!(
            "前三季度青禾经济稳中有进\n\n{byline}\n\n1—9月，全市规上工业增加值增长6.2%。\n"
        );
        assert!(headings(&t).is_empty(), "{byline}: {:?}", headings(&t));
        let r = drafted("t", &t);
        let titles: Vec<&str> = r.sections.iter().map(|s| s.title.zh.as_str()).collect();
        assert!(titles.iter().all(|h| !h.contains("王青")), "{titles:?}");
    }
}

#[test]
fn short_lines_that_name_no_part_of_a_report_are_no_headings() {
    for line in [
        "一批项目开工建设",
        "一是稳投资",
        "一、回顾过去一年，全县粮食产量增长2.1%。",
        "2026年青禾县政府工作报告",
        "县长 李青禾",
    ] {
        let t = format!(
            "青禾县政府工作报告\n{}{line}\n下一段文字。\n",
            filler_lines(10)
        );
        assert!(headings(&t).is_empty(), "{line}: {:?}", headings(&t));
    }
}

#[test]
fn a_numbered_lead_parted_from_its_paragraph_by_a_space_is_its_heading() {
    for line in [
        "（一）聚力稳增长 全年地区生产总值增长5.1%。",
        "(二)聚力稳增长　全年地区生产总值增长5.1%。",
    ] {
        let t = format!("青禾县政府工作报告\n{}{line}\n", filler_lines(10));
        let o = text::outline(&t);
        let lead = o.sentences.iter().find(|s| s.lead).map(|s| s.text.as_str());
        assert!(
            lead.is_some_and(|l| l.ends_with("聚力稳增长")),
            "{line}: {lead:?}"
        );
        assert!(o
            .sentences
            .iter()
            .any(|s| s.text == "全年地区生产总值增长5.1%"));
    }
}

#[test]
fn a_stray_mark_between_blank_lines_is_no_heading() {
    // Found by draft_props: a section named by a lone quotation mark has an empty short
    // name, which validation refuses.
    for t in [
        "全区\n\n\"\n\n、",
        "全区\n\n、\n\n增长5%。",
        "“\n\n工作回顾\n\n增长5%。",
    ] {
        assert!(
            headings(t)
                .iter()
                .all(|h| h.chars().any(char::is_alphanumeric)),
            "{t:?}: {:?}",
            headings(t)
        );
        drafted("t", t);
    }
}

#[test]
fn a_heading_broken_after_its_opening_bracket_is_one_line() {
    // A web page's line break inside the number: "（" alone, then "二）…" on the next line.
    // In a text of single lines the heading leads its paragraph again.
    let single = format!(
        "青禾县政府工作报告\n{}（\n二）改革开放持续深化。全县外贸进出口增长6.2%。\n",
        filler_lines(10)
    );
    let o = text::outline(&single);
    let leads: Vec<&str> = (o.sentences.iter())
        .filter(|s| s.lead)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(leads, ["（二）改革开放持续深化"], "{:?}", o.sentences);
    // Between blank lines too, the bracket and the words are one line of the text.
    let blank = "青禾县政府工作报告\n\n（\n\n二）改革开放持续深化\n\n全县外贸进出口增长6.2%。\n";
    for t in [single.as_str(), blank] {
        let o = text::outline(t);
        let texts: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
        assert!(texts.contains(&"（二）改革开放持续深化"), "{texts:?}");
        assert!(
            texts.iter().all(|s| *s != "（" && !s.starts_with("二）")),
            "{texts:?}"
        );
    }
}

#[test]
fn a_second_level_heading_spaced_after_its_number_is_no_byline() {
    // Web pages print a space after （一）: ideographic, ASCII, no-break, em or a tab. A
    // short line with a space looked like a byline (省长 刘小涛) and was dropped.
    for space in ['\u{3000}', ' ', '\u{a0}', '\u{2003}', '\t'] {
        let t = format!(
            "青禾县政府工作报告\n一、2025年工作回顾\n{}（一）{space}产业发展提质增效\n规上工业增加值增长8.3%。\n",
            filler_lines(10)
        );
        let d = report_charts::draft::draft(&t).unwrap();
        let titles: Vec<String> = d
            .sections
            .iter()
            .flat_map(|s| s.topics.iter())
            .filter_map(|t| t.title.as_ref()?.zh.clone())
            .collect();
        assert!(
            titles.iter().any(|t| t == "（一）产业发展提质增效"),
            "{space:?}: {titles:?}"
        );
    }
}

#[test]
fn a_papers_byline_and_photo_credit_are_not_the_reports_text() {
    for tail in [
        "李明/文 (本版图片由湖滨日报社提供)",
        "李明／文",
        "（本版图片由湖滨区融媒体中心提供）",
    ] {
        let o = text::outline(&format!(
            "湖滨区生态公报\n\n全年优良天数比率92.6%。\n\n{tail}\n"
        ));
        let texts: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["全年优良天数比率92.6%"], "{tail}");
    }
    // A sentence that names a source in passing is still text.
    let o = text::outline("湖滨区生态公报\n\n全区图片由市局统一发布，共计120张。\n");
    assert_eq!(o.sentences.len(), 1);
}

#[test]
fn headings_are_short_lines_between_blank_lines_and_the_first_is_the_title() {
    let o = text::outline("湖滨区生态公报\n\n空气与水\n\n全年优良天数比率92.6%。\n\n绿色发展\n\n森林覆盖率41.7%。\n\n李明/文\n");
    assert_eq!(o.title.as_deref(), Some("湖滨区生态公报"));
    assert_eq!(
        o.sections,
        [None, Some("空气与水".into()), Some("绿色发展".into())]
    );
    let texts: Vec<&str> = o.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["全年优良天数比率92.6%", "森林覆盖率41.7%"],
        "the byline is the page's, not the report's text"
    );
    let o = text::outline("今年以来，全区森林覆盖率\n\n41.7%，绿地率38.2%。");
    assert_eq!(
        o.sentences[0].text, "今年以来，全区森林覆盖率41.7%，绿地率38.2%",
        "a column break"
    );
}

#[test]
fn a_text_without_headings_is_one_section_and_its_draft_validates() {
    let d =
        draft::draft("全区森林覆盖率达到41.7%，建成区绿地率38.2%。新增城市绿地65公顷。").unwrap();
    assert_eq!(d.sections.len(), 1);
    assert_eq!(d.sections[0].id.as_deref(), Some("report"));
    let json = draft::to_json(&d).unwrap();
    let r = report_charts::check::validate::load("one.json", &json).unwrap();
    assert_eq!(r.figures.len(), 3);
    assert!(
        !json.contains("\"en\": null"),
        "unknown English is left out, not null"
    );
}
