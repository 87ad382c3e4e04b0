#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a desk must be warned of before 发布 whatever the draft got wrong (issue 18,
//! tester s-test21 A1, A5, C1, D4, B1): a plan kept as a result, two figures a chart
//! cannot tell apart, a five-year sum on one axis with a year's value, and two values
//! that may both be right.

mod common;

use common::*;
use report_charts::check::validate::{self, trust, JsonPath};
use report_charts::edit::desk::review;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Text};
use serde_json::{json, Value};

/// The paths and messages of every problem of Xihu after `edit`.
fn said_after(edit: impl FnOnce(&mut Value)) -> Vec<(JsonPath, msg::Message)> {
    match validate::load("edited.json", &mutated(edit)) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .problems
            .into_iter()
            .map(|p| (p.path, p.message))
            .collect(),
    }
}

fn at(chart_id: &str, i: usize) -> JsonPath {
    JsonPath::item("charts", chart_index(&data_value(), chart_id))
        .key("figures")
        .at(i)
}

#[test]
fn two_figures_a_chart_cannot_tell_apart_are_a_problem() {
    // 同比 and 环比 of one indicator, both drafted as 居民消费价格 of 11月: one growth chart
    // would draw two bars of one name.
    let said = said_after(|v| {
        let gdp = figure(v, "gdp")["label"].clone();
        figure(v, "budget-revenue")["label"] = gdp;
    });
    let alike = msg::periods::one_label_alike("地区生产总值");
    assert!(said.contains(&(at("growth", 4), alike.clone())), "{said:?}");
    // On the headline cards, GDP's 800亿元 beside budget revenue relabelled: both amounts
    // in 亿元, one name.
    assert!(said.contains(&(at("headline", 2), alike)), "{said:?}");
}

#[test]
fn one_label_printed_as_an_amount_and_as_a_change_is_told_apart_on_cards() {
    // 地区生产总值 23562亿元 beside 地区生产总值 +4.9%: a reader sees two kinds of number.
    let said = said_after(|v| {
        let gdp = figure(v, "gdp")["label"].clone();
        let f = figure(v, "budget-revenue");
        f["label"] = gdp;
        remove(f, "value");
        f["unit"] = json!({"zh": "%", "en": "%"});
        f["kind"] = json!("rate");
        let c = chart(v, "growth");
        c["figures"] = json!(["rd-spending", "services-revenue", "gdp", "urban-income"]);
    });
    let alike = msg::periods::one_label_alike("地区生产总值");
    assert!(said.iter().all(|(_, m)| *m != alike), "{said:?}");
}

#[test]
fn bars_of_a_five_year_sum_beside_one_years_value_are_refused() {
    let five_years = json!({"zh": "过去五年", "en": "the past five years"});
    let said = said_after(|v| figure(v, "digital-economy-revenue")["period"] = five_years);
    let [first, other] = [None, Some("过去五年")].map(|p| msg::periods::period_name(p, false));
    let at_bar = at("key-amounts", 1);
    let bars: Vec<_> = said.iter().filter(|(p, _)| *p == at_bar).collect();
    assert_eq!(bars.len(), 1, "{said:?}");
    let want = msg::periods::periods_mixed(
        (&first.0, &first.1),
        (&other.0, &other.1),
        &Text {
            zh: "“数字经济营业收入”".into(),
            en: "\"Digital-economy revenue\"".into(),
        },
    );
    assert_eq!(bars[0].1, want);
    // One year named (2024年) beside the report's year is one year: no problem of mixing.
    let said = said_after(|v| {
        figure(v, "digital-economy-revenue")["period"] = json!({"zh": "2024年", "en": "2024"});
    });
    assert!(said.iter().all(|(p, _)| *p != at_bar), "{said:?}");
}

/// A figure of Xihu labelled `label`, of sentence `source` and change `change` (its value
/// left out), as a desk's edit or a draft leaves it, with `status`.
fn plan_figure(label: &str, source: &str, change: f64, status: &str) -> Value {
    let mut v = data_value();
    let f = figure(&mut v, "gdp");
    f["label"] = json!({"zh": label, "en": ""});
    f["source"] = json!(source);
    f["change"]["value"] = json!(change);
    f["status"] = json!(status);
    v
}

#[test]
fn a_result_its_sentence_plans_is_a_warning_and_a_result_that_meets_a_plan_is_not() {
    let cases = [
        (
            "the clause plans it",
            "规模以上工业增加值",
            "规模以上工业增加值计划增长7%，实际增长7.4%",
            7.0,
            "result",
            true,
        ),
        (
            "the actual beside it",
            "规模以上工业增加值",
            "规模以上工业增加值计划增长7%，实际增长7.4%",
            7.4,
            "result",
            false,
        ),
        (
            "the label keeps 计划",
            "一般公共预算收入计划",
            "一般公共预算收入计划增长4%，实际完成326.8亿元，增长4.3%",
            4.3,
            "result",
            true,
        ),
        (
            "预期 and 左右",
            "地区生产总值",
            "2026年地区生产总值预期增长5.5%左右",
            5.5,
            "result",
            true,
        ),
        (
            "力争",
            "地区生产总值",
            "力争地区生产总值增长6%",
            6.0,
            "result",
            true,
        ),
        (
            "a share of the plan done",
            "一般公共预算收入",
            "一般公共预算收入增长4%，完成年度计划的100.3%",
            100.3,
            "result",
            false,
        ),
        (
            "a name with 预期",
            "人均预期寿命",
            "人均预期寿命提高到79.5岁",
            79.5,
            "result",
            false,
        ),
        (
            "already a target",
            "地区生产总值",
            "地区生产总值预期增长6%左右",
            6.0,
            "target",
            false,
        ),
    ];
    for (case, label, source, change, status, warned) in cases {
        let v = plan_figure(label, source, change, status);
        let json = serde_json::to_string(&v).unwrap();
        let r = validate::partial::load_partial("plan.json", &json)
            .unwrap()
            .report;
        let k = figure_index(&v, "gdp");
        let said = trust::plans_as_results(&r.figures);
        let here = said
            .iter()
            .any(|p| p.path == JsonPath::item("figures", k).key("status"));
        assert_eq!(here, warned, "{case}: {said:?}");
    }
}

#[test]
fn the_editor_lists_a_planned_result_and_never_says_done_over_it() {
    let v = plan_figure(
        "规模以上工业增加值",
        "规模以上工业增加值计划增长7%，实际增长7.4%",
        7.0,
        "result",
    );
    let json = serde_json::to_string(&v).unwrap();
    let k = figure_index(&v, "gdp");
    for lang in [Lang::Zh, Lang::En] {
        let r = review::review("plan.json", "", &json, lang);
        let warned = (r.problems.iter())
            .find(|p| p.path == JsonPath::item("figures", k).key("status"))
            .unwrap_or_else(|| panic!("{:?}", r.problems));
        assert!(warned.warning && !r.done);
        let said = msg::trust::plan_as_result("规模以上工业增加值", "计划");
        assert_eq!(warned.message, said.said_in(lang));
    }
}

#[test]
fn two_values_of_one_indicator_are_told_to_get_their_periods_not_to_lose_one() {
    let said = said_after(|v| {
        let f = figure(v, "budget-revenue").clone();
        let mut last_year = f;
        last_year["id"] = json!("budget-revenue-2023");
        last_year["value"] = json!(23.1);
        last_year["source"] = json!("2023年决算数：一般公共预算收入23.1亿元");
        v["figures"].as_array_mut().unwrap().push(last_year);
    });
    let twice = said
        .iter()
        .find(|(p, _)| p.to_string().ends_with("].value"))
        .unwrap_or_else(|| panic!("{said:?}"));
    assert!(twice.1.zh.contains("写上时期") && twice.1.en.contains("give each its period"));
    assert!(!twice.1.zh.contains("删去错的"), "{}", twice.1.zh);
}

#[test]
fn the_card_advice_counts_every_chart_of_the_file_broken_or_not() {
    // Xihu: 4 of 12 charts are cards. One more made cards, and a bar chart broken (a
    // figure it names is no figure): still 12 charts the desk sees, 5 of them cards.
    let json = mutated(|v| {
        chart(v, "office-buildings")["kind"] = json!("cards");
        chart(v, "safety-fixes")["figures"] = json!(["class-c-buildings", "no-such-figure"]);
    });
    let r = review::review("cards.json", "", &json, Lang::Zh);
    let advice: Vec<&str> = (r.problems.iter())
        .filter(|p| p.path == JsonPath::root().key("charts"))
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        advice,
        [msg::data::too_many_cards(5, 12).zh.as_str()],
        "{:#?}",
        r.problems
    );
}
