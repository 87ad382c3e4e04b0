#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Short texts as a desk pastes them (issue 18, a tester's two most harmful finds): lines
//! parted by single line breaks, a title run straight into the text, next year's targets
//! on the line after last year's results, and numbers printed with a minus sign. Texts of
//! our own, in the registers of a district report and a statistical summary.

use report_charts::check::validate;
use report_charts::draft::{self, text};
use report_charts::shared::model::{Qualifier, Report, Status};

/// A district work report pasted with single line breaks: the review's line, then the
/// targets' line.
const REPORT: &str = "2026年南岸区政府工作报告

过去一年，全区地区生产总值完成210.4亿元，增长5.2%，社会消费品零售总额88.6亿元，增长6.3%。
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，社会消费品零售总额增长6%，城镇新增就业9000人。
";

/// A district summary of 2025 whose last line opens with 2026年: every figure of it a
/// goal for 2026, with or without a goal word.
const SUMMARY: &str = "南岸区2025年经济运行情况

全区地区生产总值210.4亿元，增长5.2%。一般公共预算收入15.1亿元，增长2.8%。
2026年，全区地区生产总值预期增长5-5.5%，一般公共预算收入增长不低于3%，城镇新增就业9000人。
";

fn drafted(text: &str) -> Report {
    let d = draft::draft(text).unwrap();
    let json = draft::to_json(&d).unwrap();
    validate::load("pasted.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

/// The figures whose source sentence contains `words`.
fn of_sentence<'a>(r: &'a Report, words: &str) -> Vec<&'a report_charts::shared::model::Figure> {
    r.figures
        .iter()
        .filter(|f| f.source.contains(words))
        .collect()
}

#[test]
fn each_line_of_a_text_with_single_line_breaks_is_a_paragraph() {
    let o = text::outline(REPORT);
    let paragraphs: Vec<usize> = o.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 1], "{:?}", o.sentences);
}

#[test]
fn a_targets_line_after_a_results_line_drafts_every_figure_as_a_target() {
    let r = drafted(REPORT);
    let targets = of_sentence(&r, "主要预期目标");
    assert_eq!(targets.len(), 3, "{targets:?}");
    for f in targets {
        assert_eq!(f.status, Status::Target, "{}", f.id);
    }
    for f in of_sentence(&r, "过去一年") {
        assert_eq!(f.status, Status::Result, "{}", f.id);
    }
}

#[test]
fn a_target_is_never_drawn_beside_a_result_outside_a_targets_chart() {
    for text in [REPORT, SUMMARY] {
        let r = drafted(text);
        for c in r.charts.iter().filter(|c| c.kind.name() != "targets") {
            let statuses: Vec<Status> = c.figures.iter().map(|&i| r.figures[i].status).collect();
            assert!(
                statuses.windows(2).all(|w| w[0] == w[1]),
                "{}: {statuses:?}",
                c.id
            );
        }
    }
}

#[test]
fn a_line_opened_by_the_next_year_sets_targets_of_that_year() {
    let r = drafted(SUMMARY);
    let goals = of_sentence(&r, "2026年，");
    assert_eq!(goals.len(), 3, "{goals:?}");
    for f in &goals {
        assert_eq!(f.status, Status::Target, "{}", f.id);
        assert_eq!(
            f.period.as_ref().map(|p| p.zh.as_str()),
            Some("2026年"),
            "{}",
            f.id
        );
    }
    let revenue = goals
        .iter()
        .find(|f| f.label.zh.contains("一般公共预算收入"))
        .unwrap();
    let change = revenue.change.as_ref().unwrap();
    assert_eq!(change.qualifier, Some(Qualifier::AtLeast), "{revenue:?}");
    assert_eq!(r.meta.year, 2025);
}

#[test]
fn a_title_run_straight_into_the_text_stays_the_title() {
    let glued = REPORT.replacen("\n\n", "\n", 1);
    let o = text::outline(&glued);
    assert_eq!(o.title.as_deref(), Some("2026年南岸区政府工作报告"));
    assert!(
        o.sentences[0].text.starts_with("过去一年"),
        "{:?}",
        o.sentences[0]
    );
    let r = drafted(&glued);
    assert_eq!(r.meta.year, 2025);
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("南岸区"));
}

#[test]
fn check_flags_a_chart_that_holds_a_target_and_a_result_of_one_label() {
    let d = draft::draft(REPORT).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
    let kept = validate::load("pasted.json", &json.to_string());
    assert!(
        kept.is_ok(),
        "a targets chart sets them side by side: {kept:?}"
    );
    let charts = json["charts"].as_array_mut().unwrap();
    let targets = charts.iter_mut().find(|c| c["kind"] == "targets").unwrap();
    targets["kind"] = "cards".into();
    let err = validate::load("pasted.json", &json.to_string())
        .unwrap_err()
        .to_string();
    assert!(err.contains("本图有两个") || err.contains("twice"), "{err}");
}
