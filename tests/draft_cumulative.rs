#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A sum over a period says so (issue 18, tester s-test14 M2): 五年来，累计完成固定资产
//! 投资286.4亿元 is printed “十四五”时期累计286.4亿元 and "cumulative" in English, never
//! as the period's value alone. Texts of our own.

mod common;

use common::drafted;
use report_charts::check::raw;
use report_charts::shared::format;
use report_charts::shared::model::{Lang, Report};

/// A county's report of 2026 with a review of the five years and of 2025.
const TEXT: &str = "2026年青石县政府工作报告\n一、过去五年工作回顾\n五年来，全县累计完成固定资产投资286.4亿元，累计新增城镇就业1.6万人，地区生产总值达到198.5亿元。\n二、2025年工作回顾\n全县地区生产总值198.5亿元，增长5.8%。1—9月，规模以上工业增加值累计增长6.2%。一般公共预算收入12.7亿元，增长3.1%。\n";

fn printed(r: &Report, source: &str, value: Option<f64>, lang: Lang) -> (bool, String) {
    let f = r
        .figures
        .iter()
        .find(|f| f.source.contains(source) && (value.is_none() || f.value == value))
        .unwrap_or_else(|| panic!("no figure of {value:?} in «{source}»: {:#?}", r.figures));
    (f.cumulative, format::printed(f, lang).unwrap_or_default())
}

#[test]
fn a_sum_over_a_period_says_cumulative_in_both_languages_and_nothing_else_does() {
    let r = drafted("cumulative", TEXT);
    // (the sentence, the value, cumulative, what the Chinese prints, what the English has)
    let cases = [
        (
            "五年来",
            Some(286.4),
            true,
            "累计286.4亿元",
            Some("cumulative"),
        ),
        ("五年来", Some(1.6), true, "累计1.6万人", Some("cumulative")),
        ("五年来", Some(198.5), false, "198.5亿元", None),
        ("增长5.8%", Some(198.5), false, "198.5亿元", None),
        // 累计增长: the change's 累计, after the number; no sum of values.
        ("累计增长6.2%", None, false, "增长6.2%", None),
        ("12.7亿元", Some(12.7), false, "12.7亿元", None),
    ];
    for (source, value, cumulative, zh, en) in cases {
        let (is, p) = printed(&r, source, value, Lang::Zh);
        assert_eq!(is, cumulative, "{source} {value:?}");
        assert!(p.contains(zh), "{source} {value:?}: {p}");
        assert_eq!(p.contains("累计"), cumulative, "{source} {value:?}: {p}");
        let (_, p_en) = printed(&r, source, value, Lang::En);
        assert_eq!(
            p_en.contains("cumulative"),
            en.is_some(),
            "{source} {value:?}: {p_en}"
        );
    }
}

#[test]
fn a_cumulative_figure_is_kept_by_the_data_file_and_read_back() {
    let d = report_charts::draft::draft(TEXT).unwrap();
    let json = report_charts::draft::to_json(&d).unwrap();
    assert_eq!(json.matches("\"cumulative\": true").count(), 2, "{json}");
    let back: raw::ReportFile = serde_json::from_str(&json).unwrap();
    let kept = back.figures.iter().filter(|f| f.cumulative).count();
    assert_eq!(kept, 2);
}

#[test]
fn a_figure_marked_cumulative_whose_sentence_never_says_so_is_a_problem() {
    use report_charts::check::validate;
    let d = report_charts::draft::draft(TEXT).unwrap();
    let json = report_charts::draft::to_json(&d).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let figures = v["figures"].as_array().unwrap();
    // 一般公共预算收入12.7亿元: a year's sum, never called 累计.
    let k = figures
        .iter()
        .position(|f| f["value"] == serde_json::json!(12.7))
        .unwrap();
    let path = format!("figures[{k}].cumulative");
    let flagged = |v: &serde_json::Value| match validate::load("x.json", &v.to_string()) {
        Ok(_) => false,
        Err(e) => e.problems.iter().any(|p| p.path == path.as_str()),
    };
    assert!(!flagged(&v), "{json}");
    v["figures"][k]["cumulative"] = serde_json::json!(true);
    assert!(flagged(&v));
    // The five years' 累计完成固定资产投资 stays cumulative without a problem.
    let j = figures_of(&v, 286.4);
    assert_eq!(v["figures"][j]["cumulative"], serde_json::json!(true));
    v["figures"][k]["cumulative"] = serde_json::json!(false);
    assert!(!flagged(&v));
}

fn figures_of(v: &serde_json::Value, value: f64) -> usize {
    let figures = v["figures"].as_array().unwrap();
    let at = figures
        .iter()
        .position(|f| f["value"] == serde_json::json!(value));
    at.unwrap()
}
