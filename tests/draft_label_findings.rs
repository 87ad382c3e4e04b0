#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Labels that still stated what the text does not (issue 18 §2): a finding or a deed not
//! done standing for what is counted (审计发现17名…, 非税收入未及时缴库), a level cut in
//! half (以上重点实验室 of 市级以上重点实验室), and 首次 or 新增 alone. The label names
//! what is counted, or the number is left to the desk. Short sentences of our own.

mod common;

use common::sentences::read;
use report_charts::shared::model::SkipReason;

#[test]
fn a_level_and_the_ones_above_it_stay_whole_in_the_label() {
    let cases = [
        ("新增市级以上重点实验室5家", 5.0, "新增市级以上重点实验室"),
        ("区级以上重点实验室达到12家", 12.0, "区级以上重点实验室"),
        ("县级及以上龙头企业36家", 36.0, "县级及以上龙头企业"),
    ];
    for (s, value, want) in cases {
        let r = read(s);
        let f = r.figures.iter().find(|f| f.value == Some(value));
        assert_eq!(f.map(|f| f.label.as_str()), Some(want), "{s}: {r:?}");
    }
}

#[test]
fn a_list_of_levels_stays_whole_in_the_label() {
    let cases = [
        (
            "新增国家级、省级以上重点实验室5家",
            "新增国家级、省级以上重点实验室",
        ),
        (
            "新增国家级和省级以上重点实验室5家",
            "新增国家级和省级以上重点实验室",
        ),
        (
            "拥有国家级、省级、市级重点实验室20家",
            "拥有国家级、省级、市级重点实验室",
        ),
        (
            "全区新增国家级、省级以上重点实验室5家",
            "新增国家级、省级以上重点实验室",
        ),
    ];
    for (s, want) in cases {
        let r = read(s);
        let labels: Vec<&str> = r.figures.iter().map(|f| f.label.as_str()).collect();
        let unread = r.skips.iter().any(|(_, why)| *why == SkipReason::Unread);
        // The whole list as printed, or the number left to the desk; never one level.
        assert!(
            labels == [want] || labels.is_empty() && unread,
            "{s}: {r:?}"
        );
    }
}

#[test]
fn a_number_named_only_by_a_finding_a_deed_undone_or_a_bare_first_or_new_is_the_desks() {
    let cases = [
        ("审计发现17名不符合条件人员领取养老待遇28.6万元", "28.6"),
        ("二是非税收入未及时缴库3.2亿元", "3.2"),
        ("专项资金未按规定使用1500万元", "1500"),
        ("首次突破10家", "10"),
        ("高新技术企业达到520家，首次突破500家", "500"),
        ("新增12家", "12"),
    ];
    for (s, number) in cases {
        let r = read(s);
        let unread = r
            .skips
            .iter()
            .any(|(n, why)| n == number && *why == SkipReason::Unread);
        assert!(unread, "{s}: {r:?}");
        assert!(
            r.figures
                .iter()
                .all(|f| f.label != "首次" && f.label != "新增"),
            "{s}: {r:?}"
        );
    }
}

#[test]
fn new_ones_after_what_the_sentence_counts_are_named_after_it() {
    let r = read("经营主体达6.2万户，新设立1.1万户");
    let labels: Vec<&str> = r.figures.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["经营主体", "新设立经营主体"], "{r:?}");
}

#[test]
fn a_deed_undone_and_a_level_read_the_same_on_every_path_of_a_whole_text() {
    use common::drafted;
    let lines = [
        "区级以上重点实验室达到12家。",
        "专项资金未按规定使用1500万元。",
        "新增国家级、省级以上重点实验室5家。",
        "专项资金未按规定使用和挤占挪用分别为1500万元和800万元。",
    ];
    let head = "东区2025年工作总结\n一、主要成绩\n";
    // A line a sentence, one line for the paragraph, blank lines between, and pasted
    // as one line after its title.
    let texts = [
        format!("{head}{}\n", lines.join("\n")),
        format!("{head}{}\n", lines.concat()),
        format!(
            "东区2025年工作总结\n\n一、主要成绩\n\n{}\n",
            lines.join("\n\n")
        ),
        format!("东区2025年工作总结 {}", lines.concat()),
    ];
    for text in texts {
        let r = drafted("levels", &text);
        let labels: Vec<&str> = r.figures.iter().map(|f| f.label.zh.as_str()).collect();
        assert!(labels.contains(&"区级以上重点实验室"), "{text}: {labels:?}");
        assert!(
            labels.contains(&"新增国家级、省级以上重点实验室"),
            "{text}: {labels:?}"
        );
        for l in &labels {
            assert!(
                !l.contains("未按规定") && !l.starts_with("以上"),
                "{text}: {l}"
            );
        }
        let unread = r
            .skips
            .iter()
            .filter(|s| s.number == "1500" && s.reason == SkipReason::Unread)
            .count();
        assert_eq!(unread, 2, "{text}: {:?}", r.skips);
    }
}
