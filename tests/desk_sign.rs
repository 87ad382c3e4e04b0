#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A number its sentence prints with a minus sign (人口自然增长率由正转负，为-2.4‰) keeps it
//! in the editor: the figure the desk adds for it is proposed negative, a value without
//! the sign is a problem that keeps the file from being done, and the signed value passes
//! (the tester's s8 finding 1: +2.4‰ was proposed and −2.4 refused). The draft leaves this
//! shape to the desk (a clause between the rate's name and its value); it reads
//! 人口自然增长率为-2.4‰ itself since s-test24 F12. A short text of our own.

use report_charts::draft;
use report_charts::edit::desk;
use report_charts::edit::desk::review::About;
use report_charts::shared::model::Lang;
use serde_json::{json, Value};

const TEXT: &str = "2026年北坪县人民政府工作报告\n一、2025年工作回顾\n过去一年，全县地区生产总值达到236.8亿元，增长6.1%。年末常住人口41.2万人，人口自然增长率由正转负，为-2.4‰。\n";
const SENTENCE: &str = "年末常住人口41.2万人，人口自然增长率由正转负，为-2.4‰";

fn drafted() -> Value {
    let d = draft::draft(TEXT).unwrap();
    serde_json::from_str(&draft::to_json(&d).unwrap()).unwrap()
}

/// The drafted file with the desk's figure for −2.4 added, its value `value`.
fn with_figure(value: f64) -> String {
    let mut doc = drafted();
    let proposed: Value = serde_json::from_str(
        &desk::propose_json(TEXT, &doc.to_string(), SENTENCE, "2.4", "zh").unwrap(),
    )
    .unwrap();
    let mut f = proposed;
    f["id"] = json!("natural-growth-rate");
    f["label"] = json!({"zh": "人口自然增长率"});
    f["value"] = json!(value);
    doc["figures"].as_array_mut().unwrap().push(f);
    doc.to_string()
}

fn value_problems(json: &str) -> Vec<String> {
    let r = desk::review::review("x.json", TEXT, json, Lang::Zh);
    r.problems
        .iter()
        .filter(|p| p.about == About::Text || p.message.contains("负"))
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect()
}

#[test]
fn the_figure_proposed_for_a_number_printed_with_a_minus_sign_is_negative() {
    let doc = drafted();
    let proposed: Value = serde_json::from_str(
        &desk::propose_json(TEXT, &doc.to_string(), SENTENCE, "2.4", "zh").unwrap(),
    )
    .unwrap();
    assert_eq!(proposed["value"], json!(-2.4), "{proposed}");
    assert_eq!(proposed["unit"]["zh"], "‰", "{proposed}");
}

#[test]
fn a_value_without_the_minus_sign_its_sentence_prints_is_a_problem_and_the_signed_one_is_not() {
    let unsigned = value_problems(&with_figure(2.4));
    assert!(
        unsigned
            .iter()
            .any(|p| p.contains(".value") && p.contains("与原文不符")),
        "{unsigned:?}"
    );
    let signed = value_problems(&with_figure(-2.4));
    assert_eq!(signed, Vec::<String>::new());
}
