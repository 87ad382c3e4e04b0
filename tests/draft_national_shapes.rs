#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Shapes a national work report prints that the provincial ones printed rarely (round
//! 58): second-level headings between blank lines with their full stop, a web page's
//! zero-width spaces inside a number, and 多 inside a magnitude. The texts are short ones
//! of our own.

mod common;

use common::drafted;
use common::sentences::{only, read, skipped};
use report_charts::draft::text;
use report_charts::shared::model::{ChangeKind, Qualifier, SkipReason};

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

#[test]
fn a_second_level_heading_between_blank_lines_is_a_heading_with_its_full_stop_or_its_text_after_it()
{
    let cases = [
        // Alone on its line, with its full stop.
        (
            "（一）稳住农业基本盘，促进农民持续增收。\n\n全县粮食产量增长2.1%。",
            "（一）稳住农业基本盘，促进农民持续增收",
        ),
        // Its paragraph running on after the full stop.
        (
            "（二）加快发展先进制造业。全县规模以上工业增加值增长7.3%。",
            "（二）加快发展先进制造业",
        ),
    ];
    for (body, heading) in cases {
        let t = blank_lined(body);
        let o = text::outline(&t);
        let lead = o.sentences.iter().find(|s| s.lead);
        assert_eq!(lead.map(|s| s.text.as_str()), Some(heading), "{body}");
        assert!(
            topic_titles(&t).iter().any(|h| h == heading),
            "{body}: {:?}",
            topic_titles(&t)
        );
    }
    // A review's sentence opens with a bracket where a note opens it, never with a
    // numeral: no heading; nor is a list's 一是.
    let body =
        "（据初步核算）全县地区生产总值增长5.2%。\n\n一是稳住农业基本盘。全县粮食产量增长2.1%。";
    let o = text::outline(&blank_lined(body));
    assert!(o.sentences.iter().all(|s| !s.lead), "{:?}", o.sentences);
}

#[test]
fn a_pages_zero_width_space_inside_a_number_or_on_a_line_of_its_own_is_no_text() {
    let cases = [
        "全县地区生产总值达到74.4\u{200b}万亿元，增长6.7%。",
        "全县地区生产总值达到74.4\n\u{200b}\n万亿元，增长6.7%。",
        "全县地区生产总值\u{200b}达到74.4万亿元，增\u{feff}长6.7%。",
    ];
    for body in cases {
        let r = drafted("qinghe-2027", &blank_lined(body));
        let f = r.figures.iter().find(|f| f.value == Some(74.4));
        let f = f.unwrap_or_else(|| panic!("{body}: {:#?}", r.figures));
        assert_eq!(f.unit.zh, "万亿元", "{body}");
        assert_eq!(f.change.as_ref().map(|c| c.value), Some(6.7), "{body}");
        assert_eq!(
            f.source, "全县地区生产总值达到74.4万亿元，增长6.7%",
            "{body}"
        );
    }
}

#[test]
fn a_pages_licence_notice_after_the_report_is_no_paragraph_of_it() {
    let notice = "本作品是\n依法\n公布的文件，属于公有领域。\n\n注：本页由维基文库的志愿者录入。\n\nPublic domain\nfalse\n";
    let t = blank_lined(&format!(
        "全县粮食产量增长2.1%。\n\n让我们携手奋进！\n\n{notice}"
    ));
    let o = text::outline(&t);
    let last = o.sentences.last().map(|s| s.text.as_str());
    assert_eq!(last, Some("让我们携手奋进"), "{:?}", o.sentences);
    assert!(
        o.left.iter().any(|l| l.contains("维基文库")),
        "{:?}",
        o.left
    );
    // A notice the report's numbers follow is none: nothing of the report is lost.
    let t = blank_lined(&format!("{notice}\n全县粮食产量增长2.1%。"));
    let o = text::outline(&t);
    assert!(o.sentences.iter().any(|s| s.text.contains("公有领域")));
    assert!(o.sentences.iter().any(|s| s.text.contains("2.1%")));
}

#[test]
fn a_bare_magnitude_counts_the_people_or_households_after_it_never_a_unit_they_open_with() {
    // (sentence, value, unit, 多 printed)
    let cases = [
        ("全县有12万多人口", 12.0, "万", true),
        ("全市近300万人口的城乡居民", 300.0, "万", false),
        ("惠及全县1.2万家庭", 1.2, "万", false),
        ("为3万多失业人员发放补贴", 3.0, "万", true),
        ("帮助2万多高校毕业生实现就业", 2.0, "万", true),
        ("助学贷款惠及5万多在校生", 5.0, "万", true),
        ("新政让40多万纳税人受益", 40.0, "万", true),
        ("为1万多残疾人发放补贴", 1.0, "万", true),
        ("全省有2000多万劳动力", 2000.0, "万", true),
    ];
    for (s, value, unit, odd) in cases {
        let f = only(s);
        assert_eq!((f.value, f.unit.as_str()), (Some(value), unit), "{s}");
        assert_eq!(
            f.qualifier.is_some_and(|q| q != Qualifier::Nearly),
            odd,
            "{s}"
        );
    }
    // A bound after the people counted is a class's: 20万人口以上的县.
    assert_eq!(
        skipped("特殊教育学校覆盖20万人口以上的县", "20"),
        Some(SkipReason::Label)
    );
}

#[test]
fn a_number_printed_half_in_chinese_numerals_is_left_to_the_desk_with_the_old_value_it_rose_from() {
    let cases = [
        ("全县日均新增市场主体1万2千多户", vec!["1", "2"]),
        ("客运量由6500万增加到1亿2千多万", vec!["6500", "1", "2"]),
        (
            "农村公路从8000多公里增加到1万3千公里",
            vec!["8000", "1", "3"],
        ),
    ];
    for (s, numbers) in cases {
        let r = read(s);
        assert!(r.figures.is_empty(), "{s}: {:?}", r.figures);
        for n in numbers {
            assert_eq!(skipped(s, n), Some(SkipReason::Unread), "{s}: {n}");
        }
    }
    // An old value whose new one is read stays the figure's change.
    let f = only("农村公路从8000多公里增加到9500公里");
    assert_eq!(f.value, Some(9500.0), "{f:?}");
    assert_eq!(f.change.map(|c| c.value), Some(8000.0));
}

#[test]
fn a_cut_printed_as_a_verb_of_cutting_before_its_percentage_is_a_decline_of_what_the_clause_names()
{
    for (s, v) in [
        ("全市行政审批事项削减35%", 35.0),
        ("市级定价项目缩减60%以上", 60.0),
    ] {
        let f = only(s);
        let c = f.change.as_ref().unwrap_or_else(|| panic!("{s}: {f:?}"));
        assert_eq!(
            (c.kind, c.value, f.value),
            (ChangeKind::Decline, v, None),
            "{s}"
        );
    }
}
