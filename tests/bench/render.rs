//! `make bench`, native part: the time to lay out one chart and render it to SVG, per
//! chart kind, with the real data, at the width the story page gives a chart at 1280 px.
//!
//! `cargo bench --bench render` (criterion); `make bench` runs it with short settings and
//! folds the medians into `dist/bench.json`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use report_charts::check::validate;
use report_charts::publish::resolve::resolve;
use report_charts::shared::charts::{self, ranking, target_result, trend, ChartKind};
use report_charts::shared::layout::ApproxMeasure;
use report_charts::shared::model::{Lang, Report};
use report_charts::shared::render;
use report_charts::shared::spec::ChartSpec;
use report_charts::shared::theme::{Theme, ThemeName};
use std::hint::black_box;

/// The data file the page draws.
const DATA: &str = "data/xihu-2024.json";

/// CSS pixels: the width of a chart in the story column at a 1280 px window
/// (`www/style.css`: the story column is at most 848 px wide, and a plot bleeds out to
/// its whole width).
const WIDTH: f64 = 848.0;

/// One representative chart per kind of the report's page.
const CHARTS: [(&str, &str); 11] = [
    ("cards", "headline"),
    ("bars", "key-amounts"),
    ("growth", "growth"),
    ("share", "office-buildings"),
    ("waffle", WAFFLE),
    ("comparison", "air-water"),
    ("before-after", "service-windows"),
    ("part-whole", "business-entities"),
    ("multiples", MULTIPLES),
    ("structure", STRUCTURE),
    ("targets", TARGETS),
];

/// The register's kinds (the indicator pages of a site of many reports, drawn at build
/// time only), each timed on the items of one of the charts above: what they lay out is
/// a list of items like theirs (values; result and target pairs; values with growth).
const REGISTER: [(ChartKind, &str); 3] = [
    (ranking::KIND, "key-amounts"),
    (target_result::KIND, TARGETS),
    (trend::KIND, "growth"),
];

/// The page draws its air quality as a comparison with the city: the waffle is timed on
/// the same share added here.
const WAFFLE: &str = "bench-waffle";

/// The page draws no multiples (unlike amounts stand in its text): the kind is timed on
/// the street repairs in three units added here.
const MULTIPLES: &str = "bench-multiples";

/// The report prints no targets: the kind is timed on a target of GDP's growth added
/// here, beside the year's result.
const TARGETS: &str = "bench-targets";

/// The report prints no structure ratio: the kind is timed on the C- and D-class
/// buildings made safe (栋), one bar of their parts.
const STRUCTURE: &str = "bench-structure";

fn report() -> Report {
    let path = format!("{}/{DATA}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut data: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text_pair = |s: &str| serde_json::json!({ "zh": s, "en": s });
    let waffle = serde_json::json!({
        "id": WAFFLE,
        "kind": "waffle",
        "section": "city",
        "figures": ["good-air-days"],
        "title": text_pair("good air days"),
        "subtitle": text_pair("%, 2024"),
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
        Some(charts) => charts.extend([waffle, structure, targets, multiples]),
        None => panic!("{path}: no charts"),
    }
    validate::load(DATA, &data.to_string())
        .unwrap_or_else(|e| panic!("{DATA} does not validate:\n{e}"))
}

/// Panics unless every kind has exactly its representative chart in the data, or is a
/// register kind timed on another chart's items.
fn check_coverage(report: &Report) {
    for &kind in charts::ALL {
        let name = kind.name();
        if REGISTER.iter().any(|(k, _)| k.name() == name) {
            continue;
        }
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

/// Chart `id` resolved in Chinese, drawn as `kind` when given (a register kind).
fn spec(report: &Report, id: &str, kind: Option<ChartKind>) -> ChartSpec {
    let chart = report
        .chart(id)
        .unwrap_or_else(|| panic!("{DATA} has no chart {id}"));
    let mut spec = resolve(report, chart, Lang::Zh);
    if let Some(kind) = kind {
        spec.kind = kind;
    }
    spec
}

/// What the build does for one chart after resolving it (`publish::scene`, then the SVG).
fn layout_and_svg(spec: &ChartSpec) -> String {
    let theme = Theme::new(ThemeName::Light, WIDTH.max(charts::MIN_WIDTH));
    let scene = charts::layout(spec, theme, WIDTH, &mut ApproxMeasure);
    render::svg(&scene, &spec.id).unwrap_or_else(|e| panic!("{}: {e}", spec.id))
}

fn kinds(c: &mut Criterion) {
    let report = report();
    check_coverage(&report);
    // Resolving is timed too, as the page's build does it for every chart.
    let all = CHARTS.iter().map(|&(name, id)| (name, id, None)).chain(
        REGISTER
            .iter()
            .map(|&(kind, id)| (kind.name(), id, Some(kind))),
    );
    let mut group = c.benchmark_group("render");
    for (name, id, kind) in all {
        group.bench_with_input(BenchmarkId::new(name, id), &id, |b, id| {
            b.iter(|| layout_and_svg(&spec(&report, black_box(id), kind)));
        });
    }
    group.finish();
}

criterion_group!(benches, kinds);
criterion_main!(benches);
