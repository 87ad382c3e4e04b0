#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The score (`report-charts score`): matching drafted figures to a truth list, the
//! classes of wrong figures, and headings (the ratchet, a run and a broken list:
//! `score_runs.rs`). The texts and lists are the short ones of tests/truth-fixtures/; the
//! drafts of the class tests are written here, so that they test the score, not today's
//! draft.

mod common;

use report_charts::draft::score::matching::{self, unnumbered, Class, TextScore};
use report_charts::draft::score::truth::{self, TruthList};
use serde_json::{json, Value};

fn qingshan() -> (TruthList, String) {
    let file = common::truth_fixture("truth/county/qingshan.json");
    let json = std::fs::read_to_string(&file).unwrap();
    let list = truth::parse("qingshan.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let text =
        std::fs::read_to_string(common::truth_fixture("corpus/county/qingshan.txt")).unwrap();
    (list, text)
}

/// A drafted figure as the data file writes it: `label`, `unit` as texts, and `extra`.
fn drafted(source: &str, unit: &str, extra: Value) -> Value {
    let mut f = json!({"id": "f", "label": {"zh": "某项"}, "unit": {"zh": unit}, "source": source});
    for (k, v) in extra.as_object().unwrap() {
        f[k] = v.clone();
    }
    f
}

/// The fixture scored against a draft of `figures`.
fn scored(figures: Vec<Value>) -> TextScore {
    let (list, text) = qingshan();
    matching::score("qingshan", &list, &text, &json!({"figures": figures}))
}

const GDP: &str = "全县地区生产总值实现310.5亿元，可比增长6.1%";
const BUDGET: &str = "一般公共预算收入18.6亿元，增长3.2%";
const TARGETS: &str =
    "今年主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长6%—6.5%，城镇调查失业率控制在5.5%以内";

fn growth(v: f64) -> Value {
    json!({"kind": "growth", "value": v, "unit": "%"})
}

fn classes(s: &TextScore) -> Vec<Class> {
    s.wrong.iter().map(|w| w.class).collect()
}

#[test]
fn a_figure_drafted_as_the_truth_says_is_found_right() {
    let s = scored(vec![drafted(
        GDP,
        "亿元",
        json!({"value": 310.5, "change": growth(6.1)}),
    )]);
    assert_eq!(s.right[0], Some(0));
    assert_eq!((s.found(), classes(&s)), (1, vec![]));
}

#[test]
fn a_figure_with_every_key_of_the_contract_is_read_and_found_right() {
    // period as a Text, status, qualifier after the unit: the model's coming keys.
    let s = scored(vec![drafted(
        TARGETS,
        "%",
        json!({"value": 5.5, "qualifier": "以内", "status": "limit", "period": {"zh": "2026年"}}),
    )]);
    assert_eq!(s.right[6], Some(0), "{:?}", s.wrong);
}

#[test]
fn a_range_is_found_right_only_with_both_ends() {
    let range = |to: Value| {
        let change = json!({"kind": "growth", "value": 6, "to": to, "unit": "%"});
        drafted(
            TARGETS,
            "%",
            json!({"change": change, "status": "target", "period": "2026年"}),
        )
    };
    let s = scored(vec![range(json!(6.5))]);
    assert_eq!(s.right[7], Some(0), "{:?}", s.wrong);
    let s = scored(vec![range(Value::Null)]);
    assert_eq!((s.right[7], classes(&s)), (None, vec![Class::Change]));
}

#[test]
fn a_wrong_magnitude_is_a_unit_error() {
    let s = scored(vec![drafted(
        GDP,
        "万元",
        json!({"value": 310.5, "change": growth(6.1)}),
    )]);
    assert_eq!((s.found(), classes(&s)), (0, vec![Class::Unit]));
}

#[test]
fn an_amount_and_its_change_drafted_apart_are_a_split() {
    let s = scored(vec![
        drafted(GDP, "亿元", json!({"value": 310.5})),
        drafted(GDP, "%", json!({"change": growth(6.1)})),
    ]);
    assert_eq!(s.right[0], None);
    assert_eq!(classes(&s), vec![Class::Split, Class::Split]);
}

#[test]
fn a_target_drafted_as_a_result_is_a_status_error() {
    let change = json!({"kind": "growth", "value": 5.5, "unit": "%", "qualifier": "左右"});
    let s = scored(vec![drafted(TARGETS, "%", json!({"change": change}))]);
    assert_eq!(s.wrong[0].truth, Some(5));
    assert_eq!(classes(&s), vec![Class::Status]);
}

#[test]
fn an_amount_without_its_change_is_a_change_error() {
    let s = scored(vec![drafted(BUDGET, "亿元", json!({"value": 18.6}))]);
    assert_eq!(classes(&s), vec![Class::Change]);
}

#[test]
fn a_lost_qualifier_is_an_other_error() {
    let s = scored(vec![drafted(
        "新增市场主体2600余户",
        "户",
        json!({"value": 2600}),
    )]);
    assert_eq!(classes(&s), vec![Class::Other]);
}

#[test]
fn a_number_that_is_no_figure_of_the_truth_is_not_a_figure() {
    // The 5 of 5G, and the year of a heading glued to its paragraph.
    let s = scored(vec![
        drafted("新建5G基站320个", "G", json!({"value": 5})),
        drafted(
            &format!("一、2025年工作回顾{GDP}"),
            "年",
            json!({"value": 2025}),
        ),
    ]);
    assert_eq!(classes(&s), vec![Class::NotFigure, Class::NotFigure]);
    assert_eq!(s.found(), 0);
}

#[test]
fn a_repeated_quote_is_told_apart_by_its_place_in_the_text() {
    let text = "工业增加值增长5%。服务业增加值增长5%。";
    let list = truth::parse(
        "repeat.json",
        r#"{"text": "repeat.txt", "half": "tune", "figures": [
            {"quote": "增加值增长5%", "label": "工业增加值", "value": null,
             "change": {"kind": "growth", "value": 5, "unit": "%"}},
            {"quote": "增加值增长5%", "nth": 2, "label": "服务业增加值", "value": null,
             "change": {"kind": "growth", "value": 5, "unit": "%"}}]}"#,
    )
    .unwrap();
    // The first sentence's figure is drafted wrong, the second's right: first come
    // first served would give the right one to the first quote.
    let decline = json!({"kind": "decline", "value": 5, "unit": "%"});
    let draft = json!({"figures": [
        drafted("工业增加值增长5%", "%", json!({"change": decline})),
        drafted("服务业增加值增长5%", "%", json!({"change": growth(5.0)})),
    ]});
    let s = matching::score("repeat", &list, text, &draft);
    assert_eq!(s.right, vec![None, Some(1)]);
}

#[test]
fn a_heading_is_found_as_a_section_or_topic_title_with_or_without_its_numbering() {
    let (list, text) = qingshan();
    let draft = json!({"figures": [], "sections": [
        {"id": "a", "title": {"zh": "2025年工作回顾"}, "topics": [{"id": "p1", "title": {"zh": "（一）产业发展"}}]}
    ]});
    let s = matching::score("qingshan", &list, &text, &draft);
    assert_eq!(s.headings[0].expected, 2);
    assert_eq!(s.headings[0].missed, vec!["二、2026年主要目标".to_string()]);
    assert!(s.headings[1].missed.is_empty());
}

#[test]
fn a_heading_loses_only_its_numbering() {
    for (heading, bare) in [
        ("一、经济发展", "经济发展"),
        ("十二、民生保障", "民生保障"),
        ("（三）产业发展", "产业发展"),
        ("(四)城乡建设", "城乡建设"),
        ("第二部分 今年工作", "今年工作"),
        ("一带一路建设", "一带一路建设"),
        ("二〇二五年回顾", "二〇二五年回顾"),
    ] {
        assert_eq!(unnumbered(heading), bare, "{heading}");
    }
}
