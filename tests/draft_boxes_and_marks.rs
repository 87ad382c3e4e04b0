#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What the fourth tester (s-test15) found in labels (issue 18): a paper's fact box read
//! as one sentence, each number labelled by its neighbour (C4), or dropped as a byline
//! (H2); a list's mark kept in a label (H3); a sector's name cut at its 、, a part's
//! English the whole's, a revision clause kept in a label (C6); a list of things given
//! the English of its last (M2). Texts of our own.

mod common;

use common::{drafted, filler_lines};
use report_charts::draft::coverage;
use report_charts::shared::model::{Report, SkipReason};

/// The label of the figure of `r` whose value (or, printed only as a change, whose
/// change) is `value`.
fn figure_of(r: &Report, value: f64) -> &report_charts::shared::model::Figure {
    let f = r.figures.iter().find(|f| {
        f.value == Some(value)
            || f.value.is_none() && f.change.as_ref().map(|c| c.value) == Some(value)
    });
    f.unwrap_or_else(|| panic!("{value}: {:#?}", r.figures))
}

/// The boxes of a city paper's story, in each layout it prints them: the numbers
/// (16.6% printed nowhere else in the text) and the box's lines.
const BOXES: [&str; 5] = [
    "【数读】\n5.8% 地区生产总值增速\n2418.6亿元 2025年地区生产总值\n16.6% 工业投资增速\n",
    "数读\n地区生产总值增速 5.8%\n2025年地区生产总值 2418.6亿元\n工业投资增速 16.6%\n",
    "【数读】\n5.8%\n地区生产总值增速\n2418.6亿元\n2025年地区生产总值\n16.6%\n工业投资增速\n",
    "地区生产总值增速\n5.8%\n2025年地区生产总值\n2418.6亿元\n工业投资增速\n16.6%\n",
    "【数读】\n\n5.8%　地区生产总值增速\n\n2418.6亿元　2025年地区生产总值\n\n16.6%　工业投资增速\n",
];

#[test]
fn a_number_of_a_fact_box_is_left_for_the_desk_never_labelled_by_its_neighbour() {
    let story = "某市2026年政府工作报告\n过去一年，全市地区生产总值达到2418.6亿元，增长5.8%。\n";
    // In a text of blank-line paragraphs, and in one of single lines (a web page's).
    for text in BOXES.iter().flat_map(|b| {
        [
            format!("{story}{b}"),
            format!("{story}{}{b}", filler_lines(12)),
        ]
    }) {
        let r = drafted("box", &text);
        for f in &r.figures {
            assert!(
                !f.source.contains("工业投资增速") && !f.source.contains("数读"),
                "{text}: a figure read from the box: {f:#?}"
            );
        }
        for n in ["5.8", "2418.6", "16.6"] {
            let undecided = r.skips.iter().any(|s| {
                s.number == n && s.reason == SkipReason::Unread && !s.sentence.contains("过去一年")
            });
            assert!(
                undecided,
                "{text}: {n} of the box is no undecided skip: {:#?}",
                r.skips
            );
        }
        assert_eq!(coverage::uncovered(&text, &r), [], "{text}");
    }
}

#[test]
fn a_number_and_what_it_counts_on_a_short_line_is_never_a_byline() {
    let text = format!(
        "某市2026年政府工作报告\n过去一年，全市地区生产总值增长5.8%。\n{}16.6%　工业投资增速\n",
        filler_lines(12)
    );
    let r = drafted("line", &text);
    let kept = r.figures.iter().any(|f| f.source.contains("16.6"))
        || r.skips.iter().any(|s| s.number == "16.6");
    assert!(kept, "16.6 is lost: {:#?} {:#?}", r.figures, r.skips);
}

#[test]
fn a_label_never_opens_with_the_mark_of_its_item_in_a_list() {
    let cases = [
        (
            "今年主要预期目标：①地区生产总值增长5.5%左右；②一般公共预算收入增长5%。",
            5.5,
            "地区生产总值",
        ),
        (
            "今年主要预期目标：①地区生产总值增长5.5%左右；②一般公共预算收入增长5%。",
            5.0,
            "一般公共预算收入",
        ),
        (
            "今年主要预期目标：⑴城镇新增就业3.2万人；⑵粮食产量稳定在120万吨。",
            120.0,
            "粮食产量",
        ),
        (
            "全年工作成效明显：一是地区生产总值增长6.1%；二是城镇新增就业3.1万人。",
            6.1,
            "地区生产总值",
        ),
        (
            "全年工作成效明显：一是地区生产总值增长6.1%；二是城镇新增就业3.1万人。",
            3.1,
            "城镇新增就业",
        ),
    ];
    for (sentence, value, want) in cases {
        let r = drafted("marks", &format!("某市2025年政府工作报告\n{sentence}\n"));
        assert_eq!(figure_of(&r, value).label.zh, want, "{sentence}");
    }
}

#[test]
fn a_label_keeps_the_whole_name_of_a_sector_and_leaves_out_how_it_was_revised() {
    let cases = [
        (
            "电力、热力、燃气及水生产和供应业增长4.6%。",
            4.6,
            "电力、热力、燃气及水生产和供应业",
        ),
        (
            "分门类看，采矿业增长2.3%，交通运输、仓储和邮政业增长5.1%。",
            5.1,
            "交通运输、仓储和邮政业",
        ),
        (
            "农、林、牧、渔业增加值增长3.2%。",
            3.2,
            "农、林、牧、渔业增加值",
        ),
        (
            "2024年地区生产总值经第五次全国经济普查修订后为3150.2亿元。",
            3150.2,
            "地区生产总值",
        ),
        (
            "2024年全市地区生产总值修订后为3150.2亿元。",
            3150.2,
            "地区生产总值",
        ),
    ];
    for (sentence, value, want) in cases {
        let r = drafted(
            "sectors",
            &format!("某市2025年国民经济和社会发展统计公报\n{sentence}\n"),
        );
        assert_eq!(figure_of(&r, value).label.zh, want, "{sentence}");
    }
}

#[test]
fn a_part_or_a_list_is_never_given_the_english_of_the_whole_or_of_its_last_item() {
    // (the sentence, the value, the label's English, the unit's English)
    let cases = [
        (
            "年末全市常住人口375.2万人。",
            375.2,
            "resident population",
            None,
        ),
        (
            "其中，城镇常住人口253.6万人。",
            253.6,
            "urban resident population",
            None,
        ),
        (
            "新建改扩建中小学和幼儿园12所。",
            12.0,
            "",
            Some("institutions"),
        ),
    ];
    for (sentence, value, label, unit) in cases {
        let r = drafted("en", &format!("某市2025年统计公报\n{sentence}\n"));
        let f = figure_of(&r, value);
        if !label.is_empty() {
            assert_eq!(f.label.en, label, "{sentence}");
        }
        if let Some(unit) = unit {
            assert_eq!(f.unit.en, unit, "{sentence}");
        }
    }
}
