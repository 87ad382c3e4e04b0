#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Short texts as a desk pastes them (issue 18, a tester's two most harmful finds): lines
//! parted by single line breaks, a title run straight into the text, next year's targets
//! on the line after last year's results, and numbers printed with a minus sign. Texts of
//! our own, in the registers of a district report and a statistical summary.

mod common;

use common::drafted;
use report_charts::check::validate;
use report_charts::draft::{self, text};
use report_charts::shared::model::{Qualifier, Report, SkipReason, Status};

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
    let r = drafted("pasted", REPORT);
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
        let r = drafted("pasted", text);
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
    let r = drafted("pasted", SUMMARY);
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
    let r = drafted("pasted", &glued);
    assert_eq!(r.meta.year, 2025);
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("南岸区"));
}

#[test]
fn a_summarys_title_run_straight_into_the_text_stays_the_title() {
    let glued = SUMMARY.replacen("\n\n", "\n", 1);
    let o = text::outline(&glued);
    assert_eq!(o.title.as_deref(), Some("南岸区2025年经济运行情况"));
    assert!(
        o.sentences[0].text.starts_with("全区地区生产总值"),
        "{:?}",
        o.sentences[0]
    );
    let r = drafted("pasted", &glued);
    assert_eq!(r.meta.place.as_ref().map(|p| p.zh.as_str()), Some("南岸区"));
    assert!(
        r.figures.iter().all(|f| !f.label.zh.contains("情况")),
        "a label took the title: {:?}",
        r.figures.iter().map(|f| &f.label.zh).collect::<Vec<_>>()
    );
}

/// A summary with numbers printed with a minus sign, in one of the three signs texts use.
fn minus_text(sign: char) -> String {
    format!(
        "南岸区2025年经济运行情况\n\n全区居民消费价格同比增长{sign}0.3%，工业生产者出厂价格下降2.1%。全区人口自然增长率为{sign}1.2‰。规上工业利润总额{sign}3.5亿元。\n"
    )
}

#[test]
fn a_number_printed_with_a_minus_sign_is_left_for_the_desk_unless_a_word_of_growth_or_a_rates_name_leads_it(
) {
    for sign in ['-', '－', '−'] {
        let r = drafted("pasted", &minus_text(sign));
        // 同比增长-0.3%: a growth of −0.3, with its sign (tests/draft_signed.rs).
        let cpi = (r.figures.iter())
            .find(|f| f.label.zh.contains("居民消费价格"))
            .unwrap_or_else(|| panic!("{sign}: {:?}", r.figures));
        assert_eq!(cpi.change.as_ref().map(|c| c.value), Some(-0.3), "{sign}");
        // 人口自然增长率为-1.2‰: a rate in ‰ given by 为 after its name, read with its
        // sign (s-test24 F12).
        let rate = (r.figures.iter()).find(|f| f.label.zh == "人口自然增长率");
        assert_eq!(rate.and_then(|f| f.value), Some(-1.2), "{sign}");
        let skip = r.skips.iter().find(|s| s.number == "3.5");
        assert_eq!(
            skip.map(|s| s.reason),
            Some(SkipReason::Unread),
            "{sign}3.5: {:?}",
            r.skips
        );
        let falls = r
            .figures
            .iter()
            .find(|f| f.label.zh.contains("出厂价格"))
            .unwrap();
        assert_eq!(falls.change.as_ref().map(|c| c.value), Some(2.1));
        assert!(
            r.figures.iter().all(|f| !f.label.zh.contains(sign)),
            "{:?}",
            r.figures
        );
    }
}

#[test]
fn a_minus_number_never_reaches_the_data_file_as_a_positive_one() {
    // Every output (page, SVG, CSV, English) is written from the figures of the data
    // file: a positive 0.3 that is not there reaches none of them.
    for sign in ['-', '－', '−'] {
        let d = draft::draft(&minus_text(sign)).unwrap();
        let json: serde_json::Value = serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap();
        for f in json["figures"].as_array().unwrap() {
            for v in [
                &f["value"],
                &f["to"],
                &f["change"]["value"],
                &f["change"]["to"],
            ] {
                let v = v.as_f64();
                assert!(
                    ![Some(0.3), Some(1.2), Some(3.5)].contains(&v),
                    "{sign}: {f}"
                );
            }
        }
    }
}

#[test]
fn a_dash_between_two_numbers_is_a_range_not_a_minus() {
    let r = drafted("pasted", SUMMARY);
    let gdp = of_sentence(&r, "2026年，")
        .into_iter()
        .find(|f| f.label.zh.contains("地区生产总值"))
        .unwrap();
    let change = gdp.change.as_ref().unwrap();
    assert_eq!((change.value, change.to), (5.0, Some(5.5)), "{gdp:?}");
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
