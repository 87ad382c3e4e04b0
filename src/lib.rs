//! # report-charts
//!
//! News-quality charts of a Chinese government work report, drawn by WebAssembly on
//! `<canvas>`, and the same charts as static SVG for tests and for readers without script.
//!
//! One pipeline, each stage a plain function from one type to the next:
//!
//! ```text
//!  data/*.json ──raw──▶ raw::ReportFile ──validate──▶ model::Report
//!        (serde, lenient)          (every problem, with its JSON path)
//!
//!  model::Report + chart id + lang ──spec──▶ spec::ChartSpec     (all text formatted: format)
//!  spec::ChartSpec + width + theme ──charts──▶ layout::Scene    (marks + measured text boxes)
//!  layout::Scene ──render──▶ any plotters DrawingBackend:
//!        canvas::CanvasSurface (browser)   SVGBackend (native, fallback, tests)
//! ```
//!
//! Only `render` and `canvas` know plotters; only `canvas` and `web` know the DOM.
//! Every user-facing message lives in [`messages`].

#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod charts;
pub mod format;
pub mod layout;
pub mod messages;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
pub mod raw;
pub mod render;
pub mod spec;
pub mod theme;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod canvas;
#[cfg(target_arch = "wasm32")]
pub mod web;

use layout::{Measure, Scene};
use model::{Lang, Report};
use theme::{Theme, ThemeName};

/// How to draw one chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Width in CSS pixels.
    pub width: f64,
    /// Language.
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeName,
}

/// Lays out chart `id` of `report`: the stages from spec to scene.
pub fn scene(
    report: &Report,
    id: &str,
    view: View,
    measure: &mut dyn Measure,
) -> Result<Scene, String> {
    let chart = report
        .chart(id)
        .ok_or_else(|| messages::no_such_chart(id))?;
    let spec = spec::resolve(report, chart, view.lang);
    let theme = Theme::new(view.theme, view.width.max(charts::MIN_WIDTH));
    Ok(charts::layout(&spec, theme, view.width, measure))
}

/// Chart `id` of `report` as a standalone SVG document, measured by [`layout::ApproxMeasure`].
pub fn svg(report: &Report, id: &str, view: View) -> Result<String, String> {
    let scene = scene(report, id, view, &mut layout::ApproxMeasure)?;
    let title = report
        .chart(id)
        .map(|c| c.title.pick(view.lang).to_string())
        .unwrap_or_default();
    render::svg(&scene, &title)
}
