#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A year's result and the next year's goal in one sentence (issue 18 §1, a figure's
//! status and its period; §3, labels): 2025年，全区地区生产总值增长5.1%，今年力争增长
//! 5.5%左右 is a result of 2025 and a target of 2026 with its 左右, both of 地区生产总值,
//! never two targets of 2025 and never a label 力争. A figure after a goal word stays a
//! target or is left to the desk, never a result. Short texts of our own, in a district
//! report's register, a 统计公报's, and pasted without a title.

mod common;

use common::drafted;
use report_charts::shared::model::{Figure, Qualifier, Report, SkipReason, Status};

/// The figure of `r` whose change is `change`, or `None` when the draft made none.
fn by_change(r: &Report, change: f64) -> Option<&Figure> {
    r.figures
        .iter()
        .find(|f| f.change.as_ref().is_some_and(|c| c.value == change))
}

/// True when the number `number` of `r` was left to the desk.
fn unread(r: &Report, number: &str) -> bool {
    r.skips
        .iter()
        .any(|s| s.number == number && s.reason == SkipReason::Unread)
}

/// Each sentence in three registers: a district's 2026 work report under its review's
/// heading, a 统计公报 of 2025, and the sentence pasted alone.
fn texts(sentence: &str) -> [(&'static str, String); 3] {
    [
        (
            "report",
            format!("东区2026年政府工作报告\n一、2025年工作回顾\n全区经济平稳运行。\n{sentence}\n二、2026年工作安排\n全区要做好以下工作。\n"),
        ),
        (
            "bulletin",
            format!("东区2025年国民经济和社会发展统计公报\n一、综合\n{sentence}\n"),
        ),
        ("pasted", format!("{sentence}\n")),
    ]
}

/// (sentence, the result's label, its growth, the target's growth and its number as
/// printed, whether 左右 is printed, whether the sentence names the goal's year itself)
const SHAPES: [(&str, &str, f64, f64, &str, bool, bool); 5] = [
    (
        "2025年，全区地区生产总值增长5.1%，今年力争增长5.5%左右。",
        "地区生产总值",
        5.1,
        5.5,
        "5.5",
        true,
        true,
    ),
    (
        "去年，全区地区生产总值增长5.1%，今年预期增长5.5%左右。",
        "地区生产总值",
        5.1,
        5.5,
        "5.5",
        true,
        false,
    ),
    (
        "2025年全县规模以上工业增加值增长6.8%，2026年力争增长7%。",
        "规模以上工业增加值",
        6.8,
        7.0,
        "7",
        false,
        true,
    ),
    (
        "全年实现地区生产总值520.4亿元、增长5.3%，今年目标为增长5.5%。",
        "地区生产总值",
        5.3,
        5.5,
        "5.5",
        false,
        false,
    ),
    (
        "2025年，全区地区生产总值增长5.1%，2026年力争增长5.5%左右。",
        "地区生产总值",
        5.1,
        5.5,
        "5.5",
        true,
        true,
    ),
];

#[test]
fn a_years_result_before_next_years_goal_in_one_sentence_is_a_result() {
    for (sentence, label, result, _, _, _, _) in SHAPES {
        for (register, text) in texts(sentence) {
            let r = drafted(register, &text);
            let f = by_change(&r, result).unwrap_or_else(|| panic!("{register} {sentence}"));
            assert_eq!(f.status, Status::Result, "{register} {sentence}");
            assert_eq!(f.label.zh, label, "{register} {sentence}");
            let period = f.period.as_ref().map(|p| p.zh.as_str());
            assert!(
                period.is_none() || period == Some("2025年"),
                "{register} {sentence}: {period:?}"
            );
        }
    }
}

#[test]
fn the_goal_after_it_is_a_target_of_the_plan_year_named_as_the_result_with_its_qualifier() {
    for (sentence, label, _, goal, printed, about, names_year) in SHAPES {
        for (register, text) in texts(sentence) {
            let r = drafted(register, &text);
            let Some(f) = by_change(&r, goal) else {
                // Left to the desk is safe; a goal dropped without a word is not.
                assert!(unread(&r, printed), "{register} {sentence}: {r:#?}");
                continue;
            };
            assert_eq!(f.status, Status::Target, "{register} {sentence}");
            assert_eq!(f.label.zh, label, "{register} {sentence}");
            let q = f.change.as_ref().and_then(|c| c.qualifier);
            assert_eq!(q == Some(Qualifier::Around), about, "{register} {sentence}");
            // The plan year where the text says it: the report's title, or the sentence's
            // own 2025年…今年 or 2026年; a pasted 去年…今年 names no year.
            let period = f.period.as_ref().map(|p| p.zh.as_str());
            if register == "report" || names_year {
                assert_eq!(period, Some("2026年"), "{register} {sentence}");
            }
            assert_ne!(period, Some("2025年"), "{register} {sentence}");
        }
    }
}

#[test]
fn a_review_paragraph_then_this_years_goals_keep_each_its_own_year() {
    let review = "2025年，全区地区生产总值增长5.1%，一般公共预算收入增长3.2%。";
    let goals = "今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%。";
    // One paragraph, and two.
    for sentences in [format!("{review}{goals}"), format!("{review}\n{goals}")] {
        for (register, text) in texts(&sentences) {
            let r = drafted(register, &text);
            for (change, status) in [
                (5.1, Status::Result),
                (3.2, Status::Result),
                (5.5, Status::Target),
                (4.0, Status::Target),
            ] {
                let f = by_change(&r, change).unwrap_or_else(|| panic!("{register} {change}"));
                assert_eq!(f.status, status, "{register} {change}: {sentences}");
                let period = f.period.as_ref().map(|p| p.zh.as_str());
                // 今年 is 2026 where the text says so (the report's title); where nothing
                // says which year it is, the goal keeps no period, never the review's.
                if status == Status::Target {
                    assert_ne!(period, Some("2025年"), "{register} {change}");
                    if register == "report" {
                        assert_eq!(period, Some("2026年"), "{register} {change}");
                    }
                } else {
                    assert!(period.is_none() || period == Some("2025年"), "{register}");
                }
            }
        }
    }
}

#[test]
fn a_figure_after_a_goal_word_is_never_a_result() {
    let cases = [
        "全区地区生产总值增长5.1%，力争增长5.5%左右。",
        "今年全区地区生产总值力争增长5.5%左右，确保增长5%。",
        "全区地区生产总值增长5.1%，今年力争增长5.5%左右。",
    ];
    for sentence in cases {
        for (register, text) in texts(sentence) {
            let r = drafted(register, &text);
            for goal in [5.5, 5.0] {
                if let Some(f) = by_change(&r, goal) {
                    assert_ne!(f.status, Status::Result, "{register} {sentence}");
                }
            }
        }
    }
}

#[test]
fn a_goal_that_names_no_indicator_takes_the_one_named_right_before_it_or_is_the_desks() {
    use common::sentences::read;
    // (sentence, the goal's number as printed, the label it takes; None: left unread)
    let cases = [
        (
            "全区社会消费品零售总额增长5.6%，今年力争增长6%以上",
            "6",
            Some("社会消费品零售总额"),
        ),
        (
            "全区规模以上工业增加值增长5%，力争全年增长6%",
            "6",
            Some("规模以上工业增加值"),
        ),
        (
            "全区地区生产总值2418.6亿元，2026年力争增长6%",
            "6",
            Some("地区生产总值"),
        ),
        ("今年力争增长5.5%左右", "5.5", None),
        ("2026年，力争增长6%", "6", None),
        // Last year's words are no name for next year's goal.
        (
            "全区外贸进出口总额去年完成126亿元，今年的目标是突破140亿元",
            "140",
            None,
        ),
    ];
    for (s, number, want) in cases {
        let r = read(s);
        let value: f64 = number.parse().unwrap();
        let goal = r.figures.iter().find(|f| {
            f.value == Some(value) || f.change.as_ref().is_some_and(|c| c.value == value)
        });
        match want {
            Some(label) => assert_eq!(goal.map(|f| f.label.as_str()), Some(label), "{s}"),
            None => {
                assert!(goal.is_none(), "{s}: {r:?}");
                let unread = r
                    .skips
                    .iter()
                    .any(|(n, why)| n == number && *why == SkipReason::Unread);
                assert!(unread, "{s}: {r:?}");
            }
        }
    }
}

#[test]
fn a_bulletins_result_then_the_work_ahead_keeps_the_result_and_names_the_goal() {
    let text = "东区2025年国民经济和社会发展统计公报\n一、综合\n全年粮食总产量12.5万吨，增长1.2%，下一步力争稳定在12万吨以上。\n全年城镇新增就业1.2万人，2026年预期新增1.3万人。\n";
    let r = drafted("bulletin", text);
    // (value, status, label, period)
    let cases = [
        (12.5, Status::Result, "粮食总产量", None),
        (12.0, Status::Target, "粮食总产量", None),
        (1.2, Status::Result, "城镇新增就业", None),
        (1.3, Status::Target, "城镇新增就业", Some("2026年")),
    ];
    for (value, status, label, period) in cases {
        let f = r.figures.iter().find(|f| f.value == Some(value));
        let f = f.unwrap_or_else(|| panic!("{value}: {:#?}", r.figures));
        assert_eq!(f.status, status, "{value}");
        assert_eq!(f.label.zh, label, "{value}");
        assert_eq!(f.period.as_ref().map(|p| p.zh.as_str()), period, "{value}");
    }
}
