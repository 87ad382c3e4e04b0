#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A value below zero on growth and bar charts (issue 18: 增长－1.2%): its bar grows left
//! of the zero baseline, its number stands at the bar's outer end (left of it), with the
//! sign its sentence prints, never clipped, never over another text, at any width; and
//! an SVG snapshot of a growth chart with one negative bar
//! (`tests/snapshots/kinds/growth-negative.WIDTH.svg`). A short text of our own.

mod common;

use report_charts::check::validate;
use report_charts::shared::layout::{ApproxMeasure, Mark, Rect, Scene};
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

/// Four growth rates of one indicator (the draft charts no unrelated ones together), one
/// printed with a full-width minus sign.
const TEXT: &str = "某县2025年经济运行情况\n\n一、工业\n\n\
    全县规上工业增加值增长6.2%，其中轻工业增加值增长－1.2%，重工业增加值增长8.1%，高技术制造业增加值增长12.5%。\n";

/// The draft of [`TEXT`], its growth chart's id.
fn growth() -> (Report, String) {
    let r = common::drafted("county", TEXT);
    let id = (r.charts.iter())
        .find(|c| c.kind.name() == "growth")
        .map(|c| c.id.clone())
        .unwrap_or_else(|| panic!("no growth chart: {:#?}", r.charts));
    (r, id)
}

/// The same rates as values on one `bars` chart (轻工业增速 −1.2 …), as a desk may draw
/// them: rates in one unit, one indicator across the industries.
fn bars() -> Report {
    let (_, json) = common::drafted_json("county", TEXT);
    let mut doc: Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<Value> = (doc["figures"].as_array_mut().unwrap().iter_mut())
        .map(|f| {
            let v = f["change"]["value"].clone();
            f["label"]["zh"] = format!("{}增速", f["label"]["zh"].as_str().unwrap()).into();
            f["value"] = v;
            f["unit"] = json!({"zh": "%", "en": "%"});
            f["kind"] = "rate".into();
            f.as_object_mut().unwrap().remove("change");
            f["id"].clone()
        })
        .collect();
    let chart = doc["charts"][0].clone();
    doc["charts"] = json!([{
        "id": "rates", "kind": "bars", "section": chart["section"], "figures": ids,
        "title": {"zh": "轻工业增速－1.2%"}, "subtitle": {"zh": "%，2025年"},
    }]);
    validate::load("county.json", &doc.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn scene(r: &Report, id: &str, width: u32) -> Scene {
    let view = View {
        width: f64::from(width),
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    report_charts::publish::scene(r, id, view, &mut ApproxMeasure).unwrap()
}

/// The bars of `scene` (filled rectangles taller than a rule) with the number text on
/// their row: each bar's rectangle and its text's box.
fn bars_and_numbers(scene: &Scene) -> Vec<(Rect, String, Rect)> {
    let rects = scene.marks.iter().filter_map(|m| match m {
        Mark::Rect { rect, .. } if rect.h > 4.0 => Some(*rect),
        _ => None,
    });
    rects
        .filter_map(|bar| {
            let mid = bar.y + bar.h / 2.0;
            let (text, bounds) = scene.texts().find(|(t, b)| {
                t.ends_with('%') && b.y <= mid && mid <= b.y + b.h && !t.contains("，")
            })?;
            Some((bar, text.to_string(), *bounds))
        })
        .collect()
}

/// What is wrong with the negative bar of `scene` (chart `id` at `width`): its number
/// must stand left of the bar with the text's own sign, every number outside its bar.
fn faults(scene: &Scene, id: &str, width: u32) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let rows = bars_and_numbers(scene);
    let negative = rows.iter().filter(|(_, t, _)| t.starts_with('－')).count();
    if rows.len() != 4 || negative != 1 {
        out.push(format!(
            "{id} at {width}px: {negative} numbers with －: {rows:?}"
        ));
    }
    for (bar, text, b) in &rows {
        let outer = if text.starts_with('－') {
            b.x + b.w <= bar.x + 0.5
        } else {
            b.x >= bar.x + bar.w - 0.5
        };
        if !outer {
            out.push(format!(
                "{id} at {width}px: {text} {b:?} not at the end of {bar:?}"
            ));
        }
    }
    for t in scene.texts_outside() {
        out.push(format!("{id} at {width}px: {t} clipped"));
    }
    for (a, b) in scene.overlapping_texts() {
        out.push(format!("{id} at {width}px: {a} over {b}"));
    }
    out
}

#[test]
fn a_negative_bar_grows_left_of_zero_with_its_number_at_its_outer_end_at_any_width() {
    let (g, id) = growth();
    let b = bars();
    let mut all = Vec::new();
    for width in (300..=1280).step_by(4) {
        all.extend(faults(&scene(&g, &id, width), &id, width));
        all.extend(faults(&scene(&b, "rates", width), "rates", width));
    }
    assert!(
        all.is_empty(),
        "{} faults, e.g. {:#?}",
        all.len(),
        &all[..all.len().min(6)]
    );
}

#[test]
fn a_growth_chart_with_a_negative_bar_matches_its_svg_snapshot_at_360_and_1280_pixels() {
    let (r, id) = growth();
    let dir = std::path::PathBuf::from(common::path("tests/snapshots/kinds"));
    let update = common::snapshot::updating();
    let mut failures = Vec::new();
    for width in [360, 1280] {
        let view = View {
            width: f64::from(width),
            lang: Lang::Zh,
            theme: ThemeName::Light,
        };
        let svg = report_charts::publish::svg(&r, &id, view).unwrap();
        assert!(
            svg.contains("－1.2%"),
            "the bar's number drops its sign at {width}px"
        );
        let file = dir.join(format!("growth-negative.{width}.svg"));
        failures.extend(common::snapshot::check(&file, &svg, update));
    }
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn a_card_of_a_growth_below_zero_points_its_arrow_down() {
    let (r, _) = growth();
    let f = (r.figures.iter())
        .find(|f| f.change.as_ref().is_some_and(|c| c.value < 0.0))
        .unwrap();
    let item = report_charts::publish::resolve::item(f, false, Lang::Zh);
    let change = item.change.unwrap();
    assert!(change.down, "{change:?}");
    assert_eq!(change.short, "－1.2%");
    assert_eq!(item.number.as_deref(), Some("－1.2"));
}
