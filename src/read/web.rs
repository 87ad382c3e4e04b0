//! The `#[wasm_bindgen]` edge: converts JavaScript values in and errors out, and holds
//! no chart logic. Every error reaches JavaScript as an `Error` with a message; nothing
//! panics across the boundary (the release build aborts on panic, and no code path here
//! unwraps).

use crate::canvas::{context_2d, CanvasMeasure, CanvasSurface};
use crate::layout::{ApproxMeasure, Scene};
use crate::model::{Lang, Report};
use crate::theme::ThemeName;
use crate::validate::{load_partial, Problem};
use crate::{messages, render, resolve as spec, scene, View};
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

fn problems_text(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| {
            if p.path.is_empty() {
                p.message.clone()
            } else {
                format!("{}: {}", p.path, p.message)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paints `scene` into `canvas` at pixel ratio `dpr` (nonsense ratios become 1, and at most
/// 4), its growing marks at `progress`.
fn paint(scene: &Scene, canvas: HtmlCanvasElement, dpr: f64, progress: f64) -> Result<(), JsError> {
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let mut surface = CanvasSurface::new(canvas, scene.width, scene.height, dpr)
        .ok_or_else(|| JsError::new(&messages::drawing_failed("the canvas has no 2D context")))?;
    render::draw_at(scene, &mut surface, progress)
        .map_err(|e| JsError::new(&messages::drawing_failed(&e.to_string())))
}

/// The charts of one data file, ready to draw.
#[wasm_bindgen]
pub struct Charts {
    file: String,
    report: Report,
    broken: Vec<(String, Vec<Problem>)>,
    measure: Option<CanvasMeasure>,
    /// The last scene drawn of each chart: hit testing uses what was drawn.
    scenes: HashMap<String, Scene>,
}

#[wasm_bindgen]
impl Charts {
    /// Reads and validates `json`, named `file` in messages. Charts with problems are
    /// kept aside with their messages; malformed JSON is an error for the whole file.
    #[wasm_bindgen(constructor)]
    pub fn new(file: &str, json: &str) -> Result<Charts, JsError> {
        let partial = load_partial(file, json).map_err(|e| JsError::new(&e.to_string()))?;
        // A canvas of our own for measuring: the page's CSS cannot reach it.
        let measure = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
            .and_then(|c| context_2d(&c))
            .map(CanvasMeasure::new);
        Ok(Charts {
            file: file.to_string(),
            report: partial.report,
            broken: partial.broken,
            measure,
            scenes: HashMap::new(),
        })
    }

    /// Ids of the charts that can be drawn, in page order.
    pub fn ids(&self) -> Vec<String> {
        self.report.charts.iter().map(|c| c.id.clone()).collect()
    }

    /// The problems of chart `id` if its data is broken, as `file: path: message` lines;
    /// `undefined` when it is fine.
    pub fn problems(&self, id: &str) -> Option<String> {
        self.broken
            .iter()
            .find(|(b, _)| b == id)
            .map(|(_, p)| format!("{}:\n{}", self.file, problems_text(p)))
    }

    /// Ids of broken charts (or `charts[N]` where the id itself is broken).
    pub fn broken_ids(&self) -> Vec<String> {
        self.broken.iter().map(|(id, _)| id.clone()).collect()
    }

    /// Draws chart `id` into `canvas` at `css_width` CSS pixels and pixel ratio `dpr`;
    /// returns the chart's height in CSS pixels, which the caller gives the canvas.
    pub fn draw(
        &mut self,
        id: &str,
        canvas: HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
        lang: &str,
        theme: &str,
    ) -> Result<f64, JsError> {
        if let Some(p) = self.problems(id) {
            return Err(JsError::new(&p));
        }
        let view = View {
            width: css_width,
            lang: Lang::parse(lang),
            theme: ThemeName::parse(theme),
        };
        let scene = match self.measure.as_mut() {
            Some(m) => scene(&self.report, id, view, m),
            None => scene(&self.report, id, view, &mut ApproxMeasure),
        }
        .map_err(|e| JsError::new(&e))?;
        paint(&scene, canvas, dpr, 1.0)?;
        let height = scene.height;
        self.scenes.insert(id.to_string(), scene);
        Ok(height)
    }

    /// Redraws chart `id` as last laid out, with its bars and arcs grown to `progress`
    /// (0 to 1): one frame of the grow-in animation, without laying it out again.
    pub fn draw_frame(
        &mut self,
        id: &str,
        canvas: HtmlCanvasElement,
        dpr: f64,
        progress: f64,
    ) -> Result<(), JsError> {
        let scene = self
            .scenes
            .get(id)
            .ok_or_else(|| JsError::new(&messages::no_such_chart(id)))?;
        paint(scene, canvas, dpr, progress)
    }

    /// The index of the figure region under (`x`, `y`) CSS pixels of chart `id` as last
    /// drawn, or -1. Later regions win, as they were drawn on top.
    pub fn hit(&self, id: &str, x: f64, y: f64) -> i32 {
        self.scenes
            .get(id)
            .and_then(|s| s.hits.iter().rposition(|h| h.rect.contains(x, y)))
            .map_or(-1, |i| i as i32)
    }

    /// How many figure regions chart `id` has, for arrow-key navigation.
    pub fn hit_count(&self, id: &str) -> u32 {
        self.scenes.get(id).map_or(0, |s| s.hits.len() as u32)
    }

    /// Region `i` of chart `id` as `[x, y, width, height]` in CSS pixels; empty if none.
    pub fn hit_box(&self, id: &str, i: u32) -> Vec<f64> {
        self.scenes
            .get(id)
            .and_then(|s| s.hits.get(i as usize))
            .map_or_else(Vec::new, |h| vec![h.rect.x, h.rect.y, h.rect.w, h.rect.h])
    }

    /// The figure id of region `i` of chart `id`.
    pub fn hit_figure(&self, id: &str, i: u32) -> Option<String> {
        self.scenes
            .get(id)
            .and_then(|s| s.hits.get(i as usize))
            .map(|h| h.figure.clone())
    }

    /// The rows of chart `id` in `lang` as JSON: `[{id, label, value, change, source}]`.
    pub fn rows(&self, id: &str, lang: &str) -> Result<String, JsError> {
        let chart = self
            .report
            .chart(id)
            .ok_or_else(|| JsError::new(&messages::no_such_chart(id)))?;
        serde_json::to_string(&spec::rows(&self.report, chart, Lang::parse(lang)))
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Chart `id` as a standalone SVG document `width` CSS pixels wide, for downloads.
    pub fn svg(&self, id: &str, width: f64, lang: &str, theme: &str) -> Result<String, JsError> {
        let view = View {
            width,
            lang: Lang::parse(lang),
            theme: ThemeName::parse(theme),
        };
        crate::svg(&self.report, id, view).map_err(|e| JsError::new(&e))
    }

    /// Chart `id`'s data as CSV (UTF-8 with a byte-order mark), for downloads.
    pub fn csv(&self, id: &str, lang: &str) -> Result<String, JsError> {
        let chart = self
            .report
            .chart(id)
            .ok_or_else(|| JsError::new(&messages::no_such_chart(id)))?;
        Ok(spec::csv(&self.report, chart, Lang::parse(lang)))
    }

    /// Every text of the page in `lang` as JSON, for the language switch.
    pub fn page_text(&self, lang: &str) -> Result<String, JsError> {
        serde_json::to_string(&spec::page_text(&self.report, Lang::parse(lang)))
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Forgets measured text widths; call when web fonts finish loading.
    pub fn fonts_changed(&mut self) {
        if let Some(m) = self.measure.as_mut() {
            m.clear();
        }
    }
}
