#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The `structure` chart kind: a structure ratio (三次产业结构为3.3:41.9:54.8) as one 100%
//! stacked bar. Its rules, its layout, and SVG snapshots in tests/snapshots/structure/
//! (a mismatch writes `*.new.svg` beside the old one; `UPDATE_SNAPSHOTS=1` rewrites).

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::shared::charts;
use report_charts::shared::layout::{ApproxMeasure, Mark};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

const SENTENCE: &str = "三次产业结构调整为3.3:41.9:54.8";

/// The real data with three structure figures and a structure chart added.
fn with_structure(edit: impl FnOnce(&mut Value)) -> String {
    mutated(|v| {
        let figures = v["figures"].as_array_mut().unwrap();
        for (id, zh, en, value) in [
            ("primary", "第一产业", "primary industry", 3.3),
            ("secondary", "第二产业", "secondary industry", 41.9),
            ("tertiary", "第三产业", "tertiary industry", 54.8),
        ] {
            figures.push(json!({
                "id": id, "section": "economy", "topic": "output",
                "label": {"zh": zh, "en": en}, "value": value,
                "unit": {"zh": "%", "en": "%"}, "kind": "share", "source": SENTENCE
            }));
        }
        v["charts"].as_array_mut().unwrap().push(json!({
            "id": "structure", "kind": "structure", "section": "economy",
            "figures": ["primary", "secondary", "tertiary"],
            "title": {"zh": "第三产业占54.8%", "en": "Services make up 54.8%"},
            "subtitle": {"zh": "单位：%，2024年", "en": "%, 2024"},
            "accent": "tertiary"
        }));
        edit(v);
    })
}

fn load(json: &str) -> Report {
    validate::load("structure.json", json).unwrap_or_else(|e| panic!("{e}"))
}

fn chart_path(v: &Value) -> String {
    format!("charts[{}]", chart_index(v, "structure"))
}

#[test]
fn a_structure_of_three_parts_in_percent_validates() {
    let r = load(&with_structure(|_| {}));
    assert_eq!(r.chart("structure").unwrap().kind, charts::structure::KIND);
}

#[test]
fn a_structure_whose_percentages_do_not_add_up_to_100_is_reported() {
    let json = with_structure(|v| figure(v, "tertiary")["value"] = json!(44.8));
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_problem(
        &problems(&json),
        &format!("{}.figures", chart_path(&v)),
        &msg::data::structure_sum(90.0, true),
    );
}

#[test]
fn a_structure_mixing_units_is_reported_at_the_odd_figure() {
    let json = with_structure(|v| {
        figure(v, "secondary")["unit"] = json!({"zh": "亿元", "en": "yuan"});
        figure(v, "secondary")["kind"] = json!("amount");
    });
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_problem(
        &problems(&json),
        &format!("{}.figures[1]", chart_path(&v)),
        &msg::kinds::mixed_units(charts::structure::KIND, "%", "亿元"),
    );
}

#[test]
fn a_structure_of_one_part_is_reported() {
    let json = with_structure(|v| {
        let i = chart_index(v, "structure");
        v["charts"][i]["figures"] = json!(["tertiary"]);
    });
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_problem(
        &problems(&json),
        &format!("{}.figures", chart_path(&v)),
        &msg::kinds::figure_count(charts::structure::KIND, 1, 2, 8),
    );
}

#[test]
fn the_segments_fill_the_width_in_proportion_and_the_key_never_overlaps() {
    let r = load(&with_structure(|_| {}));
    for width in [240.0, 360.0, 768.0, 1280.0] {
        let view = View {
            width,
            lang: Lang::Zh,
            theme: ThemeName::Light,
        };
        let s = report_charts::publish::scene(&r, "structure", view, &mut ApproxMeasure).unwrap();
        assert!(
            s.overlapping_texts().is_empty(),
            "{:?}",
            s.overlapping_texts()
        );
        assert!(s.texts_outside().is_empty(), "{:?}", s.texts_outside());
        // The segments are the tallest rectangles (the key's swatches are smaller).
        let rects: Vec<_> = s
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Rect { rect, .. } => Some(*rect),
                _ => None,
            })
            .collect();
        let tallest = rects.iter().map(|r| r.h).fold(0.0, f64::max);
        let bars: Vec<f64> = rects
            .iter()
            .filter(|r| r.h == tallest)
            .map(|r| r.w)
            .collect();
        assert_eq!(bars.len(), 3, "one segment a part");
        let total: f64 = bars.iter().sum();
        assert!((bars[2] / total - 0.548).abs() < 0.01, "{bars:?}");
        assert!((bars[0] / total - 0.033).abs() < 0.01, "{bars:?}");
    }
}

#[test]
fn the_structure_chart_matches_its_svg_snapshots() {
    let r = load(&with_structure(|v| {
        // A part with a fall, as a structure's key prints it: 下降17.2%.
        figure(v, "primary")["change"] = json!({"kind": "decline", "value": 17.2, "unit": "%"});
        // …which its sentence prints, as `check` holds a figure to it.
        let printed = format!(
            "{}，第一产业下降17.2%",
            figure(v, "primary")["source"].as_str().unwrap()
        );
        figure(v, "primary")["source"] = json!(printed);
        // The growth chart no longer holds every growth rate: it claims no fastest.
        chart(v, "growth")["title"] =
            json!({"zh": "研发投入增长65.6%", "en": "R&D spending up 65.6%"});
    }));
    let dir = std::path::PathBuf::from(path("tests/snapshots/structure"));
    std::fs::create_dir_all(&dir).unwrap();
    let update = common::snapshot::updating();
    let mut failures = Vec::new();
    for (width, theme, name) in [
        (360.0, ThemeName::Light, "360"),
        (1280.0, ThemeName::Light, "1280"),
        (360.0, ThemeName::Dark, "360.dark"),
    ] {
        let view = View {
            width,
            lang: Lang::Zh,
            theme,
        };
        let svg = report_charts::publish::svg(&r, "structure", view).unwrap();
        let file = dir.join(format!("structure.{name}.svg"));
        failures.extend(common::snapshot::check(&file, &svg, update));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_part_keeps_its_number_over_the_bar_or_none_does() {
    let r = load(&with_structure(|_| {}));
    for width in [240.0, 320.0, 360.0, 768.0, 1280.0] {
        let view = View {
            width,
            lang: Lang::Zh,
            theme: ThemeName::Light,
        };
        let s = report_charts::publish::scene(&r, "structure", view, &mut ApproxMeasure).unwrap();
        let bar_top = s
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Rect { rect, .. } => Some(*rect),
                _ => None,
            })
            .fold(
                None::<report_charts::shared::layout::Rect>,
                |tall, r| match tall {
                    Some(t) if t.h >= r.h => Some(t),
                    _ => Some(r),
                },
            )
            .unwrap()
            .y;
        let over: Vec<&str> = s
            .texts()
            .filter(|(_, r)| r.y + r.h <= bar_top && r.y > 0.0)
            .map(|(t, _)| t)
            .filter(|t| t.ends_with('%') && !t.contains("占"))
            .collect();
        assert!(
            over.is_empty() || over == ["3.3%", "41.9%", "54.8%"],
            "at {width} px: {over:?}"
        );
        assert!(
            s.overlapping_texts().is_empty(),
            "{:?}",
            s.overlapping_texts()
        );
    }
    // At a phone's width the thin first segment's number is written, led to its segment.
    let view = View {
        width: 360.0,
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    let s = report_charts::publish::scene(&r, "structure", view, &mut ApproxMeasure).unwrap();
    assert!(s.texts().any(|(t, _)| t == "3.3%"));
    assert!(s.marks.iter().any(|m| matches!(m, Mark::Line { .. })));
}
