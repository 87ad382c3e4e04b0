//! Build time: the stages that run natively in `make build` (and in the editor's wasm):
//! parse and validate the data file, resolve and format every chart, and write the
//! static site around the charts. The reader's wasm has none of this.

pub mod article;
pub mod bundle;
pub mod card;
pub mod cover;
pub mod coverage;
pub mod demo;
pub mod desk;
pub mod disclosure;
pub mod draft;
pub mod files;
pub mod format;
pub mod html;
pub mod long;
pub mod page;
pub mod prose;
pub mod publish;
pub mod punctuation;
pub mod raw;
pub mod resolve;
pub mod site;
pub mod social;
pub mod story_text;
pub mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
#[cfg(not(target_arch = "wasm32"))]
pub mod register;
#[cfg(not(target_arch = "wasm32"))]
pub mod score;
pub mod zip;

use crate::layout::{self, Measure, Scene};
use crate::model::Report;
use crate::theme::Theme;
use crate::{charts, messages, render, View};

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
    let spec = resolve::resolve(report, chart, view.lang);
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
