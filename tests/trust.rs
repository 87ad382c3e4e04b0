#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Charts say only what the text says (issue 18 §3): the checks every chart passes in
//! validation, so that `check`, the build and the editor all see them, each at its JSON
//! path.

mod common;

use common::*;
use report_charts::check::validate::{JsonPath, Problem};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Text, Vocabulary};
use serde_json::{json, Value};

/// The problems of the real file after `edit`, without their lines (each names one,
/// `tests/validation/json.rs` says which); none is an empty list.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    match report_charts::check::validate::load("edited.json", &mutated(edit)) {
        Ok(_) => Vec::new(),
        Err(e) => (e.problems.into_iter())
            .map(|p| Problem { line: None, ..p })
            .collect(),
    }
}

fn at(chart_id: &str) -> JsonPath {
    JsonPath::item("charts", chart_index(&data_value(), chart_id))
}

#[test]
fn every_title_of_the_curated_report_states_only_its_charts_figures() {
    assert_eq!(problems_after(|_| {}), Vec::new());
}

#[test]
fn a_title_number_that_no_figure_of_its_chart_has_is_reported_in_its_language() {
    // (chart, language, title, the number reported)
    let cases = [
        ("headline", "zh", "地区生产总值突破900亿元，增长4.3%", "900"),
        ("headline", "zh", "工业投资增长12.4%", "12.4"),
        // 800亿元 is 80 billion: 800 billion is wrong by a thousand.
        (
            "headline",
            "en",
            "GDP passes 800 billion yuan, up 4.3%",
            "800 billion",
        ),
        (
            "headline",
            "en",
            "GDP passes 80 billion yuan, up 4.5%",
            "4.5",
        ),
        // A figure of another chart is still not this chart's.
        (
            "consumption",
            "zh",
            "全年接待游客超3000万人次，投资251.64亿元",
            "251.64",
        ),
    ];
    for (chart_id, lang, title, number) in cases {
        let problems = problems_after(|v| chart(v, chart_id)["title"][lang] = json!(title));
        let wording = msg::titles::title_number_not_a_figure(number);
        assert_eq!(
            problems,
            vec![Problem {
                path: at(chart_id).key("title").key(lang),
                message: wording,
                line: None
            }],
            "{chart_id} titled {title}"
        );
    }
}

#[test]
fn an_english_title_may_round_its_figure_but_not_change_its_magnitude() {
    // 2739.63亿元 is 273.963 billion yuan.
    for (title, ok) in [
        ("Banks lent nearly 274 billion yuan", true),
        ("Banks lent 273.96 billion yuan", true),
        ("Banks lent 2,739.63 billion yuan", false),
        ("Banks lent 270 billion yuan", false),
    ] {
        let problems = problems_after(|v| chart(v, "investment")["title"]["en"] = json!(title));
        assert_eq!(problems.is_empty(), ok, "{title}: {problems:?}");
    }
}

#[test]
fn a_superlative_is_reported_where_no_sentence_says_it_even_over_every_figure_of_its_kind() {
    // The growth chart holds every growth rate of the report, and still no sentence of
    // its figures says 最快: 增速最快 would be a ranking of ours (the title Xihu had).
    let problems = problems_after(|v| {
        chart(v, "growth")["title"] = json!({
            "zh": "研发投入增长65.6%，增速最快",
            "en": "R&D spending up 65.6%, the fastest growth"
        });
    });
    assert_eq!(
        problems,
        vec![
            Problem {
                path: at("growth").key("title").key("zh"),
                message: msg::titles::superlative_not_in_text("最快"),
                line: None
            },
            Problem {
                path: at("growth").key("title").key("en"),
                message: msg::titles::superlative_not_in_text("fastest"),
                line: None
            },
        ]
    );
}

#[test]
fn every_rank_word_of_either_language_is_a_claim_the_text_must_make() {
    // The check and the output audit read one list; each word of it is reported on a
    // chart none of whose sentences says a rank (the growth chart's GDP says 第一).
    for (zh, en) in [
        ("投资全区第一", "Investment first in the district"),
        ("投资居全区首位", "Investment ranked first"),
        ("投资增幅最大", "Investment, the largest rise"),
        ("全区投资之最", "The most investment in the district"),
    ] {
        let problems = problems_after(|v| {
            chart(v, "investment")["title"] = json!({ "zh": zh, "en": en });
        });
        let paths: Vec<_> = problems.iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            paths,
            vec![
                at("investment").key("title").key("zh"),
                at("investment").key("title").key("en")
            ],
            "{zh} / {en}: {problems:?}"
        );
    }
}

#[test]
fn a_superlative_the_text_says_may_stand_in_a_title() {
    // 加装既有住宅电梯33台,数量居全市第一: the sentence says 第一.
    let problems = problems_after(|v| {
        let c = chart(v, "housing-renewal");
        c["figures"] = json!(["old-estate-households", "urban-village-households", "lifts"]);
        c["title"]["zh"] = json!("加装电梯33台，全市第一");
    });
    assert_eq!(problems, Vec::new());
}

#[test]
fn bars_of_amounts_that_only_share_a_unit_are_reported_at_each_figure_that_does_not_belong() {
    // GDP, investment and budget revenue are all 亿元, and still no comparison.
    let problems = problems_after(|v| {
        chart(v, "key-amounts")["figures"] =
            json!(["gdp", "fixed-asset-investment", "budget-revenue"]);
        chart(v, "key-amounts")["accent"] = json!("gdp");
        chart(v, "key-amounts")["title"] =
            json!({"zh": "地区生产总值突破800亿元", "en": "GDP passes 80 billion yuan"});
    });
    let label = |zh: &str, en: &str| Text {
        zh: zh.to_string(),
        en: en.to_string(),
    };
    let gdp = label("地区生产总值", "GDP");
    let others = [
        (1, label("固定资产投资", "Fixed-asset investment")),
        (
            2,
            label("一般公共预算收入", "General public budget revenue"),
        ),
    ];
    let expected: Vec<Problem> = (others.iter())
        .map(|(j, other)| Problem {
            path: at("key-amounts").key("figures").at(*j),
            message: msg::data::unlike_amounts(&gdp, other),
            line: None,
        })
        .collect();
    assert_eq!(problems, expected);
    // The desk reads its figures by their labels, in its language, never by their ids.
    for p in &problems {
        for lang in [Lang::Zh, Lang::En] {
            let said = p.message.said_in(lang);
            assert!(
                !said.contains("budget-revenue") && !said.contains("\"gdp\""),
                "{said}"
            );
        }
    }
    assert!(problems[1]
        .message
        .said_in(Lang::En)
        .contains("General public budget revenue"));
    assert!(problems[1]
        .message
        .said_in(Lang::Zh)
        .contains("一般公共预算收入"));
}

#[test]
fn bars_of_one_indicator_in_one_topic_are_accepted() {
    // 规上服务业营业收入 and 数字经济营业收入: one indicator, one topic.
    let r = report();
    let c = r.chart("key-amounts").unwrap();
    let labels: Vec<&str> = r.figures_of(c).map(|f| f.label.zh.as_str()).collect();
    assert_eq!(labels, ["规上服务业营业收入", "数字经济营业收入"]);
    assert_eq!(c.kind.name(), "bars");
}

#[test]
fn the_key_amounts_keep_every_figure_on_the_page() {
    let r = report();
    for id in [
        "gdp",
        "services-revenue",
        "fixed-asset-investment",
        "tourism-revenue",
        "digital-economy-revenue",
        "budget-revenue",
    ] {
        let k = r.figures.iter().position(|f| f.id == id).unwrap();
        assert!(
            r.charts.iter().any(|c| c.figures.contains(&k)),
            "{id} is on no chart"
        );
    }
}

#[test]
fn targets_and_limits_are_drawn_only_by_the_targets_chart_and_cards() {
    // (chart, figure, what it becomes)
    let cases = [
        ("growth", "gdp", "target"),
        ("key-amounts", "services-revenue", "target"),
        ("air-water", "good-air-days", "limit"),
        ("growth", "rd-spending", "limit"),
    ];
    for (chart_id, figure_id, status) in cases {
        let problems = problems_after(|v| {
            figure(v, figure_id)["status"] = json!(status);
            // Its titles keep their numbers out of the question.
            chart(v, chart_id)["title"] = json!({"zh": "图", "en": "Chart"});
            for id in [
                "headline",
                "growth",
                "key-amounts",
                "air-water",
                "investment",
            ] {
                chart(v, id)["title"] = json!({"zh": "图", "en": "Chart"});
            }
        });
        let c = chart_index(&data_value(), chart_id);
        let j = data_value()["charts"][c]["figures"]
            .as_array()
            .unwrap()
            .iter()
            .position(|f| f == figure_id)
            .unwrap();
        let kind = report().chart(chart_id).unwrap().kind;
        let expected = Problem {
            path: JsonPath::item("charts", c).key("figures").at(j),
            message: msg::kinds::status_not_drawn(
                kind,
                &named(figure_id),
                <report_charts::shared::model::Status as Vocabulary>::from_name(status).unwrap(),
            ),
            line: None,
        };
        assert!(
            problems.contains(&expected),
            "{figure_id} as a {status} on {chart_id}: {problems:?}"
        );
    }
}

#[test]
fn a_targets_chart_shows_each_target_beside_last_years_result_and_validates() {
    assert_eq!(problems_after(with_targets), Vec::new());
}

#[test]
fn a_result_on_the_targets_chart_stands_before_its_target_or_is_reported() {
    let edit = |v: &mut Value| {
        with_targets(v);
        chart(v, "targets")["figures"] = json!([
            "gdp-target",
            "investment-target",
            "retail-target",
            "jobless-limit",
            "gdp"
        ]);
        chart(v, "targets")["title"] = json!({"zh": "预期目标", "en": "Targets"});
    };
    let problems = problems_after(edit);
    let c = data_value()["charts"].as_array().unwrap().len();
    assert_eq!(
        problems,
        vec![Problem {
            path: JsonPath::item("charts", c).key("figures").at(4),
            message: msg::data::lone_result(&named_in(&mutated(edit), "gdp")),
            line: None
        }]
    );
}

#[test]
fn a_growth_chart_of_changes_of_two_periods_or_bases_is_refused() {
    // GDP's growth as if it were over the five years: not the 同比 of the others.
    let five_years = json!({"zh": "“十四五”时期", "en": "the 14th Five-Year Plan period"});
    let problems = problems_after(|v| figure(v, "gdp")["period"] = five_years.clone());
    let [first, other] = [(None, false), (Some("“十四五”时期"), false)]
        .map(|(p, y)| msg::periods::period_name(p, y));
    assert_eq!(
        problems,
        vec![Problem {
            path: at("growth").key("figures").at(4),
            message: msg::periods::periods_mixed(
                (&first.0, &first.1),
                (&other.0, &other.1),
                &named("gdp")
            ),
            line: None
        }]
    );
    // 年均 right before the change makes it an average a year, another basis.
    let problems = problems_after(|v| {
        let f = figure(v, "rd-spending");
        let source = f["source"]
            .as_str()
            .unwrap()
            .replace("增长65.6%", "年均增长65.6%");
        f["source"] = json!(source);
    });
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, at("growth").key("figures").at(1));
}

#[test]
fn a_growth_chart_whose_figures_share_a_period_names_it_in_its_subtitle() {
    let five_years = json!({"zh": "“十四五”时期", "en": "the 14th Five-Year Plan period"});
    let problems = problems_after(|v| {
        for id in [
            "rd-spending",
            "services-revenue",
            "digital-economy-revenue",
            "budget-revenue",
            "gdp",
            "urban-income",
        ] {
            figure(v, id)["period"] = five_years.clone();
        }
    });
    // The subtitle's 2024年 is now the year of none of them: that is said too, here and
    // on any other chart all of whose figures were moved to the five years.
    let growth = at("growth").key("subtitle").key("zh");
    let said = |p: &Problem| (p.path.clone(), p.message.clone());
    let said: Vec<_> = problems.iter().map(said).collect();
    for want in [
        msg::periods::subtitle_year_no_figure_has("2024年"),
        msg::periods::period_not_in_subtitle("“十四五”时期"),
    ] {
        assert!(said.contains(&(growth.clone(), want)), "{problems:?}");
    }
    let year = msg::periods::subtitle_year_no_figure_has("2024年");
    assert!(
        problems
            .iter()
            .all(|p| p.message == year || p.path == growth),
        "{problems:?}"
    );
}
