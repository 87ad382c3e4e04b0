//! Model → every output: resolve and format each chart, lay it out, and write the static
//! site around the charts (pages, embeds, fallbacks, images, downloads). Natively in
//! `make build`; the part that needs no fonts or bitmaps also in the editor's wasm. The
//! reader's wasm has none of this.

pub mod archive;
pub mod article;
pub mod bundle;
pub mod card;
pub mod cover;
pub mod demo;
pub mod disclosure;
pub mod files;
#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
pub mod html;
pub mod inline_svg;
pub mod kicker;
pub mod long;
pub mod nobreak;
pub mod page;
pub mod pixels;
pub mod prose;
pub mod punctuation;
#[cfg(not(target_arch = "wasm32"))]
pub mod raster;
pub mod register;
pub mod resolve;
pub mod site;
pub mod social;
pub mod story_text;
pub mod zip;

use crate::shared::layout::{self, Measure, Scene};
use crate::shared::model::Report;
use crate::shared::theme::Theme;
use crate::shared::{charts, messages, render, view::View};

/// Lays out chart `id` of `report`: the stages from spec to scene.
///
/// # Errors
///
/// The no-such-chart message when `report` has no chart `id`.
pub fn scene(
    report: &Report,
    id: &str,
    view: View,
    measure: &mut dyn Measure,
) -> Result<Scene, String> {
    let chart = report
        .chart(id)
        .ok_or_else(|| messages::reader::no_such_chart(id))?;
    let spec = resolve::resolve(report, chart, view.lang);
    let theme = Theme::new(view.theme, view.width.max(charts::MIN_WIDTH));
    Ok(charts::layout(&spec, theme, view.width, measure))
}

/// Chart `id` of `report` as a standalone SVG document, measured by [`layout::ApproxMeasure`].
///
/// # Errors
///
/// When `report` has no chart `id`, or its SVG cannot be written.
pub fn svg(report: &Report, id: &str, view: View) -> Result<String, String> {
    let scene = scene(report, id, view, &mut layout::ApproxMeasure)?;
    let title = report
        .chart(id)
        .map(|c| c.title.pick(view.lang).to_string())
        .unwrap_or_default();
    render::svg(&scene, &title)
}
