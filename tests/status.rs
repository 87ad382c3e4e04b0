#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a figure means (data/README.md, "Status, ranges, periods and comparisons"):
//! status, ranges, periods, comparisons and the draft mark, through validation, the
//! resolved charts and the file the reader gets. A target is never shown as a result.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::publish::resolve;
use report_charts::shared::charts::shown::describe;
use report_charts::shared::messages as msg;
use report_charts::shared::model::{FigureKind, Lang, Status};
use report_charts::shared::spec::Entry;
use report_charts::shared::wire;
use serde_json::{json, Value};

/// The Xihu file with its headline chart's first figure (GDP) edited by `edit`. The
/// charts that draw GDP lose the numbers of their titles, which the edit may change (a
/// title states only its figures' numbers: tests/trust.rs), and the growth chart, a
/// chart of results, no longer draws GDP, which the edit may make a target.
fn with_gdp(edit: impl FnOnce(&mut Value)) -> String {
    mutated(|v| {
        edit(figure(v, "gdp"));
        printed(figure(v, "gdp"));
        for id in ["headline", "growth"] {
            chart(v, id)["title"] = json!({"zh": "经济运行", "en": "The economy"});
        }
        off_growth(v, "gdp");
    })
}

/// Figure `f` with every number it holds printed in its sentence, as `check` holds a
/// figure to it: these tests type a status, a range or a comparison, not a sentence.
fn printed(f: &mut Value) {
    let number = |v: &Value| v.as_f64().map(|n| n.to_string());
    let mut said = Vec::new();
    for key in ["value", "to"] {
        said.extend(number(&f[key]));
    }
    for c in ["change", "compare"] {
        for key in ["value", "to"] {
            said.extend(number(&f[c][key]));
        }
    }
    let source = format!(
        "{}（{}）",
        f["source"].as_str().unwrap_or(""),
        said.join("、")
    );
    f["source"] = json!(source);
}

/// Takes figure `id` off the growth chart, a chart of results, for an edit that makes it
/// a target; the chart's title, which claims the fastest growth, says no more.
fn off_growth(v: &mut Value, id: &str) {
    let growth = chart(v, "growth");
    let rest: Vec<Value> = growth["figures"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| *f != id)
        .cloned()
        .collect();
    growth["figures"] = json!(rest);
    growth["title"] = json!({"zh": "经济运行", "en": "The economy"});
}

/// A case of a file broken in one place: what, the edit, the path and the message.
type Case = (&'static str, fn(&mut Value), &'static str, msg::Message);

#[test]
fn the_new_fields_of_a_figure_are_checked_with_their_paths() {
    let cases: [Case; 6] = [
        (
            "an unknown status",
            |f| f["status"] = json!("goal"),
            "figures[0].status",
            msg::data::not_one_of("goal", &["result", "target", "limit"]),
        ),
        (
            "a range whose upper end is below its lower end",
            |f| f["to"] = json!(700),
            "figures[0].to",
            msg::data::range_inverted(800.0, 700.0),
        ),
        (
            "a change range whose upper end equals its lower end",
            |f| f["change"]["to"] = json!(4.3),
            "figures[0].change.to",
            msg::data::range_inverted(4.3, 4.3),
        ),
        (
            "a compare that is not a comparison",
            |f| f["compare"] = json!({"kind": "growth", "value": 1, "unit": "%"}),
            "figures[0].compare.kind",
            msg::data::compare_kind("growth"),
        ),
        (
            "a below without its reference",
            |f| f["compare"] = json!({"kind": "below", "value": 0.4, "unit": "个百分点"}),
            "figures[0].compare.reference",
            msg::data::missing(),
        ),
        (
            "a pull in % instead of points",
            |f| f["compare"] = json!({"kind": "pull", "value": 1.2, "unit": "%"}),
            "figures[0].compare.unit",
            msg::data::change_unit("pull", "%", "个百分点"),
        ),
    ];
    for (what, edit, path, message) in cases {
        let problems = problems(&with_gdp(edit));
        assert!(
            problems
                .iter()
                .any(|p| p.path == path && p.message == message),
            "{what}: expected {path}: {message}, got\n{}",
            list(&problems)
        );
    }
}

#[test]
fn status_range_period_compare_and_draft_marks_are_read_into_the_model() {
    let json = with_gdp(|f| {
        f["status"] = json!("target");
        f["to"] = json!(850);
        f["qualifier"] = json!("以上");
        f["period"] = json!({"zh": "2025年", "en": "2025"});
        f["change"] =
            json!({"kind": "growth", "value": 5, "to": 5.5, "unit": "%", "qualifier": "左右"});
        f["compare"] = json!({"kind": "pull", "value": 1.2, "unit": "个百分点", "reference": {"zh": "全市经济", "en": "the city's economy"}});
        f["draft"] = json!(true);
    });
    let r = validate::load("x.json", &json).unwrap_or_else(|e| panic!("{e}"));
    let f = &r.figures[0];
    assert_eq!(f.status, Status::Target);
    assert_eq!(f.to, Some(850.0));
    let c = f.change.as_ref().unwrap();
    assert_eq!(
        (c.to, c.qualifier.map(|q| q.zh())),
        (Some(5.5), Some("左右"))
    );
    assert_eq!(f.compare.as_ref().unwrap().kind.name(), "pull");
    assert_eq!(f.period.as_ref().unwrap().zh, "2025年");
    assert!(f.draft);
    assert_eq!(r.unconfirmed(), 1);
}

#[test]
fn a_target_says_it_is_a_target_and_keeps_its_qualifier_in_every_text_of_the_chart() {
    let json = with_gdp(|f| {
        f["status"] = json!("target");
        f["qualifier"] = json!("左右");
        f["change"] = json!({"kind": "growth", "value": 5.5, "unit": "%", "qualifier": "左右"});
    });
    let r = validate::load("x.json", &json).unwrap();
    let chart = r.chart("headline").unwrap();
    for (lang, word, around) in [(Lang::Zh, "目标", "左右"), (Lang::En, "target", "about")] {
        let spec = resolve::resolve(&r, chart, lang);
        let it = &spec.items[0];
        assert_eq!(it.status, Status::Target);
        let value = it.value_text.as_deref().unwrap();
        assert!(value.contains(word) && value.contains(around), "{value}");
        assert!(it.before.contains(word), "{}", it.before);
        let change = &it.change.as_ref().unwrap().text;
        assert!(change.contains(word) && change.contains(around), "{change}");
        let row = it.row();
        assert!(row.value.contains(word) && row.change.contains(word));
        assert!(describe(&spec).contains(word));
    }
    assert_eq!(
        resolve::resolve(&r, chart, Lang::Zh).items[0]
            .value_text
            .as_deref(),
        Some("目标800亿元左右")
    );
}

#[test]
fn a_change_only_target_shows_its_range_and_qualifier_beside_its_number() {
    let json = mutated(|v| {
        let f = figure(v, "urban-income");
        f["status"] = json!("target");
        f["change"] = json!({"kind": "growth", "value": 6, "to": 6.5, "unit": "%"});
        printed(f);
        off_growth(v, "urban-income");
        // A card shows a target as printed.
        chart(v, "headline")["figures"]
            .as_array_mut()
            .unwrap()
            .push(json!("urban-income"));
    });
    let r = validate::load("x.json", &json).unwrap();
    let k = r
        .figures
        .iter()
        .position(|f| f.id == "urban-income")
        .unwrap();
    let chart = r.charts.iter().find(|c| c.figures.contains(&k)).unwrap();
    let spec = resolve::resolve(&r, chart, Lang::Zh);
    let it = spec.items.iter().find(|i| i.id == "urban-income").unwrap();
    assert_eq!(it.number.as_deref(), Some("6—6.5"));
    assert_eq!(it.before, "目标增长");
    assert_eq!(it.value_text.as_deref(), Some("目标增长6%—6.5%"));
}

#[test]
fn a_limit_is_never_a_share_ring() {
    let json = mutated(|v| {
        let f = figure(v, "tax-share");
        f["status"] = json!("limit");
        f["qualifier"] = json!("以内");
    });
    let r = validate::load("x.json", &json).unwrap();
    let spec = resolve::resolve(&r, r.chart("headline").unwrap(), Lang::Zh);
    let it = spec.items.iter().find(|i| i.id == "tax-share").unwrap();
    assert_ne!(it.kind, FigureKind::Share);
    assert!(it.value_text.as_deref().unwrap().ends_with("%以内"));
}

#[test]
fn a_comparison_travels_with_its_figures_change() {
    let json = with_gdp(|f| {
        f["compare"] = json!({"kind": "below", "value": 0.4, "unit": "个百分点", "reference": {"zh": "全省平均水平", "en": "the provincial average"}});
    });
    let r = validate::load("x.json", &json).unwrap();
    let chart = r.chart("headline").unwrap();
    let zh = resolve::resolve(&r, chart, Lang::Zh);
    assert_eq!(
        zh.items[0].change.as_ref().unwrap().text,
        "增长4.3%，低于全省平均水平0.4个百分点"
    );
    let en = resolve::resolve(&r, chart, Lang::En);
    assert!(en.items[0]
        .change
        .as_ref()
        .unwrap()
        .text
        .ends_with("0.4 percentage points below the provincial average"));
}

#[test]
fn a_figure_below_its_reference_is_drawn_falling_and_one_above_rising() {
    for (kind, down) in [("below", true), ("above", false)] {
        let json = with_gdp(|f| {
            f.as_object_mut().unwrap().remove("change");
            f["change"] = json!({"kind": kind, "value": 0.3, "unit": "个百分点", "reference": {"zh": "全省平均水平", "en": "the provincial average"}});
        });
        let r = validate::load("x.json", &json).unwrap_or_else(|e| panic!("{e}"));
        let spec = resolve::resolve(&r, r.chart("headline").unwrap(), Lang::Zh);
        let change = spec.items[0].change.as_ref().unwrap();
        assert_eq!(change.down, down, "{kind}: {}", change.text);
    }
}

#[test]
fn the_status_survives_the_file_the_reader_gets() {
    let json = with_gdp(|f| f["status"] = json!("target"));
    let r = validate::load("x.json", &json).unwrap();
    for status in [Status::Target, Status::Limit, Status::Result] {
        let mut r = r.clone();
        r.figures[0].status = status;
        let resolved = resolve::resolved(&r, &[], "x.json", Lang::Zh);
        let back = wire::decode(&wire::encode(&resolved)).unwrap();
        let Entry::Chart(c) = &back.charts[0] else {
            panic!("the headline chart did not survive")
        };
        assert_eq!(c.items[0].status, status);
        assert_eq!(back, resolved);
    }
}

#[test]
fn the_xihu_file_keeps_every_figure_a_result_and_unconfirmed_nothing() {
    let r = report();
    assert!(r
        .figures
        .iter()
        .all(|f| f.status == Status::Result && !f.draft));
    assert_eq!(r.unconfirmed(), 0);
}

#[test]
fn an_odd_number_prints_its_duo_before_the_magnitude() {
    let json = mutated(|v| {
        let f = figure(v, "gdp");
        f["qualifier"] = json!("多");
    });
    let r = validate::load("x.json", &json).unwrap();
    let spec = resolve::resolve(&r, r.chart("headline").unwrap(), Lang::Zh);
    assert_eq!(spec.items[0].value_text.as_deref(), Some("800多亿元"));
    let en = resolve::resolve(&r, r.chart("headline").unwrap(), Lang::En);
    assert!(en.items[0]
        .value_text
        .as_deref()
        .unwrap()
        .starts_with("more than 80 billion"));
}

#[test]
fn last_years_result_on_a_targets_chart_says_so_outside_the_canvas_too() {
    let json = mutated(with_targets);
    let r = validate::load("x.json", &json).unwrap();
    let chart = r.chart("targets").unwrap();
    for (lang, last_year) in [(Lang::Zh, "上年 "), (Lang::En, "Last year: ")] {
        let rows = resolve::rows(&r, chart, lang);
        let gdp = rows.iter().find(|row| row.id == "gdp").unwrap();
        assert!(gdp.value.starts_with(last_year), "{lang:?}: {}", gdp.value);
        let targets = rows.iter().filter(|row| row.id != "gdp");
        assert!(targets.clone().all(|row| !row.value.contains(last_year)));
        let alt = describe(&resolve::resolve(&r, chart, lang));
        assert!(alt.contains(&gdp.value), "{lang:?}: {alt}");
        // The same result on a chart of results is the year's own: no 上年.
        let headline = resolve::rows(&r, r.chart("headline").unwrap(), lang);
        let own = headline.iter().find(|row| row.id == "gdp").unwrap();
        assert!(!own.value.contains(last_year), "{lang:?}: {}", own.value);
    }
}

#[test]
fn a_charts_csv_says_whether_each_row_is_a_result_a_target_or_a_limit() {
    let json = mutated(with_targets);
    let r = validate::load("x.json", &json).unwrap();
    let chart = r.chart("targets").unwrap();
    let cases = [
        ("gdp", "结果", "result"),
        ("gdp-target", "目标", "target"),
        ("investment-target", "目标", "target"),
        ("jobless-limit", "上限", "limit"),
    ];
    for (lang, column) in [(Lang::Zh, "性质"), (Lang::En, "status")] {
        let csv = resolve::csv(&r, chart, lang);
        let mut lines = csv.lines();
        let head: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = head.iter().position(|h| *h == column).unwrap();
        for (id, zh, en) in cases {
            let line = csv
                .lines()
                .find(|l| l.starts_with(&format!("{id},")))
                .unwrap();
            let want = if lang == Lang::Zh { zh } else { en };
            assert_eq!(line.split(',').nth(at), Some(want), "{lang:?}: {line}");
        }
    }
}
