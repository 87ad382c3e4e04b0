#![cfg(not(target_arch = "wasm32"))]
// Helpers outside #[test] functions unwrap too: clippy.toml only exempts the tests themselves.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Extreme but valid data draws legibly: tiny and huge values, one bar and forty, labels
//! of two hundred characters, markup, right-to-left text and emoji, no change at all.
//! Every chart of each edited report is laid out at a phone's to a desktop's width in
//! both languages with no text overlapping another and nothing leaving the canvas, and
//! its SVG carries the data's text escaped, never as markup.

mod common;

use common::*;
use report_charts::check::validate;
use report_charts::shared::charts::{self, check::Need};
use report_charts::shared::layout::{ApproxMeasure, Mark, Rect, Scene};
use report_charts::shared::messages as msg;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::view::View;
use serde_json::{json, Value};

#[path = "extremes/bars.rs"]
mod bars;
#[path = "extremes/text.rs"]
mod text;
#[path = "extremes/values.rs"]
mod values;
#[path = "extremes/widths.rs"]
mod widths;

const WIDTHS: [f64; 4] = [320.0, 360.0, 768.0, 1280.0];
/// Widths no page asks for but a broken embed might: none may panic or spill.
const ODD_WIDTHS: [f64; 5] = [0.0, 1.0, 50.0, 239.0, 4000.0];
const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];

fn view(width: f64, lang: Lang) -> View {
    View {
        width,
        lang,
        theme: ThemeName::Light,
    }
}

/// Loads an edited file that must validate. These edits change values and figures to
/// test the layout, so the titles lose their digits and superlatives: a title may print
/// only its figures' numbers and the text's claims (tests/trust.rs), which are gone; so may
/// its subtitle and note. One label set on every figure (`every_label`) is one indicator
/// printed with many values, which check refuses (issue 18 §4, H1); what these tests lay
/// out is the label, on every chart, which that problem breaks none of.
fn load(json: &str) -> Report {
    let p = validate::partial::load_partial("extreme.json", &without_title_numbers(json))
        .unwrap_or_else(|e| panic!("{e}"));
    // …nor do two figures of one label on one chart, which a reader cannot tell apart;
    // nor does a value no sentence prints (a trillion, a thousandth), which `check`
    // refuses and which breaks no chart: these tests lay out numbers, not sentences.
    let twice = |m: &str| {
        m.contains("is printed with two values")
            || m.contains("twice, of one period and status")
            || m.contains("is not a number its sentence prints")
    };
    if let Some(e) = p
        .error
        .filter(|e| e.problems.iter().any(|q| !twice(&q.message.en)))
    {
        panic!("{e}");
    }
    p.report
}

/// `json` with the digits and superlatives of every chart title taken out.
fn without_title_numbers(json: &str) -> String {
    let Ok(mut v) = serde_json::from_str::<Value>(json) else {
        return json.to_string();
    };
    for c in v["charts"].as_array_mut().into_iter().flatten() {
        // A subtitle and a note say only what the chart's figures say too (issue 18 §3).
        for (field, lang) in ["title", "subtitle", "note"]
            .into_iter()
            .flat_map(|f| ["zh", "en"].map(|l| (f, l)))
        {
            if let Some(t) = c[field][lang].as_str() {
                let t: String = t.chars().filter(|ch| !ch.is_ascii_digit()).collect();
                c[field][lang] = json!(t.replace("最快", "").replace("fastest", ""));
            }
        }
    }
    serde_json::to_string(&v).unwrap_or_else(|_| json.to_string())
}

fn scene(r: &Report, id: &str, width: f64, lang: Lang) -> Scene {
    report_charts::publish::scene(r, id, view(width, lang), &mut ApproxMeasure)
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

fn svg(r: &Report, id: &str, width: f64, lang: Lang) -> String {
    report_charts::publish::svg(r, id, view(width, lang))
        .unwrap_or_else(|e| panic!("chart {id} at {width}px: {e}"))
}

/// Marks other than text that reach outside the canvas (half a pixel of rounding allowed).
fn marks_outside(s: &Scene) -> Vec<String> {
    let canvas = Rect {
        x: 0.0,
        y: 0.0,
        w: s.width,
        h: s.height,
    };
    let inside =
        |(x, y): (f64, f64)| x >= -0.5 && y >= -0.5 && x <= s.width + 0.5 && y <= s.height + 0.5;
    s.marks
        .iter()
        .filter(|m| match m {
            Mark::Rect { rect, .. } => !rect.inside(&canvas),
            Mark::Ring { center, radii, .. } => {
                let r = radii.0;
                !(inside((center.0 - r, center.1 - r)) && inside((center.0 + r, center.1 + r)))
            }
            Mark::Line { from, to, .. } => !(inside(*from) && inside(*to)),
            Mark::Polygon { points, .. } => !points.iter().all(|p| inside(*p)),
            Mark::Text { .. } => false,
        })
        .map(|m| format!("{m:?}"))
        .collect()
}

/// Every way the charts `ids` of `r` are not legible at `widths`, in both languages.
fn illegible(r: &Report, ids: &[String], widths: &[f64]) -> Vec<String> {
    let mut bad = Vec::new();
    for id in ids {
        for &width in widths {
            for lang in LANGS {
                let s = scene(r, id, width, lang);
                let name = format!("chart {id} at {width}px, {lang:?}");
                let overlaps = s.overlapping_texts();
                if !overlaps.is_empty() {
                    bad.push(format!("{name}: overlapping {overlaps:?}"));
                }
                let outside = s.texts_outside();
                if !outside.is_empty() {
                    bad.push(format!(
                        "{name} ({}×{}): outside {outside:?}",
                        s.width, s.height
                    ));
                }
                let marks = marks_outside(&s);
                if !marks.is_empty() {
                    bad.push(format!("{name}: marks outside {marks:?}"));
                }
                if !(s.width >= report_charts::shared::charts::MIN_WIDTH && s.height.is_finite()) {
                    bad.push(format!("{name}: a {}×{} scene", s.width, s.height));
                }
            }
        }
    }
    bad
}

fn all_ids(r: &Report) -> Vec<String> {
    r.charts.iter().map(|c| c.id.clone()).collect()
}

/// Fails with every offender listed, not only the first.
fn assert_legible(r: &Report, ids: &[String]) {
    let bad = illegible(r, ids, &WIDTHS);
    assert!(
        bad.is_empty(),
        "{} illegible views:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

/// Every figure of a JSON tree, to edit.
fn figures(v: &mut Value) -> &mut Vec<Value> {
    v["figures"].as_array_mut().expect("a list of figures")
}

/// Sets every value and every change of the data file: shares to `share`, the rest to `x`.
fn every_value(x: f64, share: f64) -> String {
    mutated(|v| {
        for f in figures(v) {
            let is_share = f["kind"] == "share";
            if f.get("value").is_some() {
                f["value"] = json!(if is_share { share } else { x });
            }
            if let Some(c) = f.get_mut("change") {
                c["value"] = json!(x);
            }
        }
    })
}

/// The real file with `n` copies of figure `like`, named `bar-1` …, drawn by chart `id`.
fn many(n: usize, like: &str, id: &str, edit: impl Fn(usize, &mut Value)) -> String {
    mutated(|v| {
        let template = figure(v, like).clone();
        let ids: Vec<String> = (1..=n).map(|i| format!("bar-{i}")).collect();
        for (i, fid) in ids.iter().enumerate() {
            let mut f = template.clone();
            f["id"] = json!(fid);
            // One indicator across items, as bars may compare.
            f["label"] =
                json!({"zh": format!("第{}项收入", i + 1), "en": format!("Item {}", i + 1)});
            edit(i, &mut f);
            figures(v).push(f);
        }
        let c = chart(v, id);
        c["figures"] = json!(ids);
        c["accent"] = json!("bar-7");
    })
}

/// `unit` repeated to exactly `n` characters.
fn repeat_to(unit: &str, n: usize) -> String {
    unit.chars().cycle().take(n).collect()
}

/// The real file with every figure's label set by `label(i)`.
fn every_label(label: impl Fn(usize) -> (String, String)) -> String {
    mutated(|v| {
        for (i, f) in figures(v).iter_mut().enumerate() {
            let (zh, en) = label(i);
            f["label"] = json!({"zh": zh, "en": en});
        }
    })
}

/// Labels a hostile editor (or a careless paste) might write, in both languages.
const HOSTILE: [&str; 8] = [
    "<script>alert(1)</script>",
    "R&D & \"quotes\" 'apostrophes'",
    "</text><script>alert(1)</script>",
    "الناتج المحلي الإجمالي",
    "התוצר המקומי הגולמי",
    "GDP 📈 增长 🚀🎉",
    "\u{202e}reversed\u{202c} text",
    "a&amp;b &lt;i&gt;",
];

fn hostile_report() -> Report {
    let json = mutated(|v| {
        for (i, f) in figures(v).iter_mut().enumerate() {
            let t = HOSTILE[i % HOSTILE.len()];
            // Ending alike, so that a bars chart may still compare them.
            f["label"] = json!({"zh": format!("{t}收入"), "en": t});
        }
        for (i, c) in v["charts"].as_array_mut().unwrap().iter_mut().enumerate() {
            let t = HOSTILE[i % HOSTILE.len()];
            c["title"] = json!({"zh": format!("{t}标题"), "en": format!("{t} title")});
            c["note"] = json!({"zh": t, "en": t});
        }
    });
    load(&json)
}
