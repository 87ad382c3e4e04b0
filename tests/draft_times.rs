#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A change in 倍 (增长1.2倍, 提高3倍, 增长1倍多) is its own kind, `times`: the draft
//! reads it, every output prints it as the text does (never as a percentage), `check`
//! knows its unit, the editor offers it, and no growth-bar chart mixes it with changes
//! in %. The sentences are short ones of our own.

mod common;

use common::sentences::read;
use common::*;
use report_charts::check::validate;
use report_charts::draft::sentence::Found;
use report_charts::draft::{self};
use report_charts::edit::desk;
use report_charts::shared::charts::check::Need;
use report_charts::shared::format;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{ChangeKind, Lang, Qualifier};
use serde_json::json;

fn times(f: &Found) -> (f64, Option<Qualifier>) {
    let c = f.change.as_ref().expect("a change");
    assert_eq!(c.kind, ChangeKind::Times, "{f:?}");
    assert_eq!(c.unit, "倍");
    (c.value, c.qualifier)
}

#[test]
fn a_growth_in_bei_is_a_times_change_as_printed() {
    // Each sentence, its one figure's change in 倍 and the qualifier printed with it.
    let cases: [(&str, f64, Option<Qualifier>); 5] = [
        ("科技型企业数增长4.9倍", 4.9, None),
        ("货运量提高3倍", 3.0, None),
        ("监测鸟类增长1倍多", 1.0, Some(Qualifier::Odd)),
        ("算力规模增长超12倍", 12.0, Some(Qualifier::Over)),
        ("两项指标均增长3倍以上", 3.0, Some(Qualifier::OrMore)),
    ];
    for (s, value, qualifier) in cases {
        let r = read(s);
        assert_eq!(r.figures.len(), 1, "{s}: {r:?}");
        let f = &r.figures[0];
        assert_eq!(f.value, None, "{s}: a change in 倍 is no value");
        assert_eq!(f.unit, "倍", "{s}");
        assert_eq!(times(f), (value, qualifier), "{s}");
        assert!(r.skips.is_empty(), "{s}: {:?}", r.skips);
    }
}

#[test]
fn a_growth_in_bei_after_a_value_is_that_values_change() {
    let r = read("其中民营企业16.5万户、增长1.1倍");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(r.figures[0].value, Some(16.5));
    assert_eq!(r.figures[0].unit, "万户");
    assert_eq!(times(&r.figures[0]), (1.1, None));
}

#[test]
fn a_list_in_bei_and_per_cent_keeps_each_kind() {
    let r = read("果蔬、茶叶出口分别增长2.8倍、40.5%");
    assert_eq!(r.figures.len(), 2, "{r:?}");
    assert_eq!(times(&r.figures[0]), (2.8, None));
    let c = r.figures[1].change.as_ref().unwrap();
    assert_eq!(
        (c.kind, c.value, c.unit.as_str()),
        (ChangeKind::Growth, 40.5, "%")
    );
}

#[test]
fn so_many_times_another_figure_is_a_value_in_bei_and_no_change() {
    let r = read("五年利润总额为上一个五年的2.2倍");
    assert_eq!(r.figures.len(), 1, "{r:?}");
    assert_eq!(r.figures[0].value, Some(2.2));
    assert_eq!(r.figures[0].unit, "倍");
    assert!(r.figures[0].change.is_none(), "{r:?}");
}

#[test]
fn a_fall_in_bei_is_left_for_the_desk() {
    // 下降2倍 says no clear amount: never a value of 2 of something, never a change.
    let r = read("能耗下降2倍");
    assert!(r.figures.is_empty(), "{r:?}");
    assert_eq!(r.skips.len(), 1);
}

/// Xihu with one more figure, a copy of gdp on no chart whose change is `change`.
fn gdp_in_times(change: serde_json::Value) -> report_charts::shared::model::Report {
    let json = mutated(|v| {
        let mut f = figure(v, "gdp").clone();
        f["id"] = json!("gdp-times");
        // The sentence prints the change, as `check` holds a figure to it.
        let times = change["value"].as_f64().unwrap();
        f["source"] = json!(format!("全区地区生产总值突破800亿元，增长{times}倍"));
        f["change"] = change;
        v["figures"].as_array_mut().unwrap().push(f);
    });
    validate::load("times.json", &json).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_times_change_prints_as_the_text_does_in_both_languages() {
    let r = gdp_in_times(json!({"kind": "times", "value": 1.2, "unit": "倍"}));
    let f = r.figures.iter().find(|f| f.id == "gdp-times").unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!(format::change(c, f, Lang::Zh), "增长1.2倍");
    assert_eq!(format::change(c, f, Lang::En), "grew by 1.2 times");
    assert_eq!(format::change_short(c, Lang::Zh), "+1.2倍");
    assert_eq!(format::change_short(c, Lang::En), "+1.2 times");
    // Nothing prints a percentage the text does not: 增长1.2倍 is not 120%.
    for lang in [Lang::Zh, Lang::En] {
        assert!(!format::change(c, f, lang).contains('%'));
        assert!(!format::change(c, f, lang).contains("120"));
    }
}

#[test]
fn more_than_prints_after_bei() {
    let r = gdp_in_times(json!({"kind": "times", "value": 1, "unit": "倍", "qualifier": "多"}));
    let f = r.figures.iter().find(|f| f.id == "gdp-times").unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!(format::change(c, f, Lang::Zh), "增长1倍多");
    assert_eq!(format::change(c, f, Lang::En), "grew by more than 1 times");
    assert_eq!(format::change_unit_after(c, Lang::Zh), "倍多");
}

#[test]
fn a_times_change_in_per_cent_is_reported_with_the_right_unit() {
    let json = mutated(|v| {
        figure(v, "urban-income")["change"] = json!({"kind": "times", "value": 1.2, "unit": "%"});
    });
    let i = figure_index(&data_value(), "urban-income");
    let problems = problems(&json);
    assert_problem(
        &problems,
        &format!("figures[{i}].change.unit"),
        &msg::data::change_unit("times", "%", "倍"),
    );
}

#[test]
fn a_growth_bar_chart_never_draws_a_change_in_bei() {
    let f = |kind| {
        let json = mutated(|v| {
            figure(v, "gdp")["change"] = json!({"kind": kind, "value": 1.2, "unit": "倍"});
        });
        validate::load("times.json", &json)
    };
    // Xihu's growth chart draws gdp: in 倍 it no longer fits beside changes in %.
    let e = f("times").expect_err("a change in 倍 on growth bars");
    assert!(e.to_string().contains("growth"), "{e}");
    let r = validate::load("ok.json", &data_text()).unwrap();
    let gdp = r.figures.iter().find(|f| f.id == "gdp").unwrap();
    assert!(Need::GrowthChange.fits(gdp));
}

#[test]
fn the_draft_never_puts_a_times_change_on_growth_bars() {
    let text = "一、工作回顾\n全县地区生产总值增长6.1%，工业增加值增长8.2%，\
                技术合同成交额增长2.4倍，5G基站数量增长1.5倍，社会消费品零售总额增长5.3%。\n";
    let d = draft::draft(text).unwrap();
    let json = draft::to_json(&d).unwrap();
    let r = validate::load("draft.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let times: Vec<&str> = r
        .figures
        .iter()
        .filter(|f| {
            f.change
                .as_ref()
                .is_some_and(|c| c.kind == ChangeKind::Times)
        })
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(times.len(), 2, "{json}");
    for c in r.charts.iter().filter(|c| c.kind.name() == "growth") {
        assert!(
            c.figures
                .iter()
                .all(|&i| !times.contains(&r.figures[i].id.as_str())),
            "{} mixes 倍 with %",
            c.id
        );
    }
}

#[test]
fn the_editor_offers_times_in_both_languages() {
    let v: serde_json::Value = serde_json::from_str(&desk::vocabulary()).unwrap();
    let kinds = v["changeKinds"].as_array().unwrap();
    let times = kinds.iter().find(|k| k["name"] == "times").expect("times");
    assert_eq!(times["zh"], "增长（倍）");
    assert_eq!(times["en"], "Growth in times");
}

#[test]
fn the_json_schema_names_times_among_the_change_kinds() {
    let schema = schemars::schema_for!(report_charts::check::raw::ReportFile);
    let text = serde_json::to_string(&schema).unwrap();
    assert!(text.contains("\"times\""), "the schema lacks times");
}
