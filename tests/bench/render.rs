//! `make bench`, native part: the time to lay out one chart and render it to SVG, per
//! chart kind, with the real data, at the width the story page gives a chart at 1280 px.
//!
//! `cargo bench --bench render` (criterion); `make bench` runs it with short settings and
//! folds the medians into `dist/bench.json`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use report_charts::check::validate;
use report_charts::publish::scene;
use report_charts::shared::charts;
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::theme::ThemeName;
use report_charts::shared::{render, view::View};
use std::hint::black_box;

/// The data file the page draws.
const DATA: &str = "data/xihu-2024.json";

/// CSS pixels: the width of a chart in the story column at a 1280 px window
/// (`www/style.css`: `.story` is at most 880 px wide with 16 px padding each side).
const WIDTH: f64 = 848.0;

/// One representative chart per kind.
const CHARTS: [(&str, &str); 10] = [
    ("cards", "headline"),
    ("bars", "key-amounts"),
    ("growth", "growth"),
    ("share", SHARE_RINGS),
    ("waffle", "air-water"),
    ("before-after", "service-windows"),
    ("part-whole", "business-entities"),
    ("multiples", MULTIPLES),
    ("structure", STRUCTURE),
    ("targets", TARGETS),
];

/// The page draws no multiples (unlike amounts stand in its text): the kind is timed on
/// the street repairs in three units added here.
const MULTIPLES: &str = "bench-multiples";

/// The report prints no targets: the kind is timed on a target of GDP's growth added
/// here, beside the year's result.
const TARGETS: &str = "bench-targets";

/// The page draws its shares as card rings and a waffle, so the share kind is timed on
/// a chart added here: the two air and water shares as rings.
const SHARE_RINGS: &str = "bench-share-rings";

/// The report prints no structure ratio: the kind is timed on the C- and D-class
/// buildings made safe (栋), one bar of their parts.
const STRUCTURE: &str = "bench-structure";

fn report() -> Report {
    let path = format!("{}/{DATA}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut data: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text_pair = |s: &str| serde_json::json!({ "zh": s, "en": s });
    let rings = serde_json::json!({
        "id": SHARE_RINGS,
        "kind": "share",
        "section": "city",
        "figures": ["good-air-days", "water-quality"],
        "title": text_pair("shares as rings"),
        "subtitle": text_pair("%, 2024"),
        "accent": "good-air-days",
    });
    let structure = serde_json::json!({
        "id": STRUCTURE,
        "kind": "structure",
        "section": "city",
        "figures": ["class-c-buildings", "class-d-buildings"],
        "title": text_pair("buildings made safe, by class"),
        "subtitle": text_pair("buildings, 2024"),
    });
    let multiples = serde_json::json!({
        "id": MULTIPLES,
        "kind": "multiples",
        "section": "city",
        "figures": ["streetlights", "cable-faults", "bridges", "road-voids"],
        "title": text_pair("street repairs"),
        "subtitle": text_pair("2024"),
    });
    let target = serde_json::json!({
        "id": "bench-gdp-target",
        "section": "economy",
        "topic": "output",
        "label": text_pair("GDP"),
        "unit": text_pair("%"),
        "change": {"kind": "growth", "value": 5, "unit": "%", "qualifier": "左右"},
        "kind": "rate",
        "status": "target",
        "period": {"zh": "2025年", "en": "2025"},
        "source": "2025年地区生产总值增长5%左右",
    });
    let targets = serde_json::json!({
        "id": TARGETS,
        "kind": "targets",
        "section": "economy",
        "figures": ["gdp", "bench-gdp-target"],
        "title": text_pair("targets"),
        "subtitle": text_pair("2025"),
    });
    match data["figures"].as_array_mut() {
        Some(figures) => figures.push(target),
        None => panic!("{path}: no figures"),
    }
    match data["charts"].as_array_mut() {
        Some(charts) => charts.extend([rings, structure, targets, multiples]),
        None => panic!("{path}: no charts"),
    }
    validate::load(DATA, &data.to_string())
        .unwrap_or_else(|e| panic!("{DATA} does not validate:\n{e}"))
}

/// Panics unless every kind has exactly its representative chart in the data.
fn check_coverage(report: &Report) {
    for &kind in charts::ALL {
        let name = kind.name();
        let Some((_, id)) = CHARTS.iter().find(|(k, _)| *k == name) else {
            panic!("tests/bench/render.rs: no representative chart for kind {name}");
        };
        match report.chart(id) {
            Some(chart) if chart.kind == kind => {}
            Some(chart) => panic!(
                "tests/bench/render.rs: chart {id} is a {} chart, not {name}",
                chart.kind.name()
            ),
            None => panic!("tests/bench/render.rs: {DATA} has no chart {id} (for kind {name})"),
        }
    }
}

fn layout_and_svg(report: &Report, id: &str, view: View) -> String {
    let scene = scene(report, id, view, &mut ApproxMeasure).unwrap_or_else(|e| panic!("{id}: {e}"));
    render::svg(&scene, id).unwrap_or_else(|e| panic!("{id}: {e}"))
}

fn kinds(c: &mut Criterion) {
    let report = report();
    check_coverage(&report);
    let view = View {
        width: WIDTH,
        lang: Lang::Zh,
        theme: ThemeName::Light,
    };
    let mut group = c.benchmark_group("render");
    for (kind, id) in CHARTS {
        group.bench_with_input(BenchmarkId::new(kind, id), &id, |b, id| {
            b.iter(|| layout_and_svg(&report, black_box(id), black_box(view)));
        });
    }
    group.finish();
}

criterion_group!(benches, kinds);
criterion_main!(benches);
