//! The reader's `#[wasm_bindgen]` edge: converts JavaScript values in and errors out, and
//! holds no chart logic. Every error reaches JavaScript as an `Error` with a message;
//! nothing panics across the boundary (the release build aborts on panic, and no code
//! path here unwraps).
//!
//! Texts go out as fields joined by [`FIELD`] and records by [`RECORD`], which no
//! resolved text holds: one string per call, split by the page's script, instead of
//! glue for arrays of strings.

use crate::read::canvas::{context_2d, CanvasMeasure, CanvasSurface};
use crate::shared::charts::shown::{describe, rows};
use crate::shared::layout::{ApproxMeasure, Scene};
use crate::shared::messages::reader::digits;
use crate::shared::spec::{Broken, ChartSpec, Entry, Problems, Resolved};
use crate::shared::theme::{Theme, ThemeName};
use crate::shared::wire::{FIELD, RECORD};
use crate::shared::{charts, messages, render, wire};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// Paints `scene` into `canvas` at pixel ratio `dpr` (nonsense ratios become 1, and at most
/// 4), its growing marks at `progress`.
fn paint(scene: &Scene, canvas: HtmlCanvasElement, dpr: f64, progress: f64) -> Result<(), JsError> {
    let dpr = if dpr.is_finite() && dpr > 0.0 {
        dpr.min(4.0)
    } else {
        1.0
    };
    let mut surface =
        CanvasSurface::new(canvas, scene.width, scene.height, dpr).ok_or_else(|| {
            JsError::new(&messages::reader::drawing_failed(
                "the canvas has no 2D context",
            ))
        })?;
    render::draw_at(scene, &mut surface, progress)
        .map_err(|e| JsError::new(&messages::reader::drawing_failed(&e.to_string())))
}

/// The charts of one resolved file, ready to draw.
#[wasm_bindgen]
pub struct Charts {
    resolved: Resolved,
    measure: Option<CanvasMeasure>,
    /// The last scene drawn of each chart, by index: hit testing uses what was drawn.
    scenes: Vec<Option<Scene>>,
}

impl Charts {
    /// Charts that draw `resolved`, measuring text on `measure`, a canvas that is theirs
    /// alone (without one, or without its 2D context, text is measured by estimate).
    pub fn with(resolved: Resolved, measure: Option<HtmlCanvasElement>) -> Charts {
        let measure = measure
            .as_ref()
            .and_then(context_2d)
            .map(CanvasMeasure::new);
        Charts {
            scenes: std::iter::repeat_with(|| None)
                .take(resolved.charts.len())
                .collect(),
            resolved,
            measure,
        }
    }

    /// Draws `resolved` from now on, keeping the measured text widths, and the scene of
    /// each chart that is the same as before (hit testing reads a chart not drawn again).
    /// Returns, for each place of `resolved`, whether its chart differs from the one that
    /// was at that place: what must be drawn again.
    pub fn replace(&mut self, resolved: Resolved) -> Vec<bool> {
        let changed = (resolved.charts.iter().enumerate())
            .map(|(i, e)| {
                self.resolved.lang != resolved.lang || self.resolved.charts.get(i) != Some(e)
            })
            .collect();
        let mut old: Vec<(Entry, Option<Scene>)> = std::mem::take(&mut self.resolved.charts)
            .into_iter()
            .zip(std::mem::take(&mut self.scenes))
            .collect();
        self.scenes = (resolved.charts.iter())
            .map(|e| {
                // Taken out in order, so that an unchanged chart is the first one compared.
                let same = old.iter().position(|(o, _)| o == e);
                same.and_then(|k| old.remove(k).1)
            })
            .collect();
        self.resolved = resolved;
        changed
    }

    /// The charts drawn: what [`Charts::replace`] was last given.
    pub fn resolved(&self) -> &Resolved {
        &self.resolved
    }

    /// The language of every text.
    pub fn lang(&self) -> crate::shared::model::Lang {
        self.resolved.lang
    }

    fn index(&self, id: &str) -> Option<usize> {
        self.resolved.charts.iter().position(|e| e.id() == Some(id))
    }

    /// The chart at place `i`, or why it cannot be drawn: its problems, or that there is
    /// no such chart (named `name` in the message).
    fn chart_at(&self, i: usize, name: &str) -> Result<&ChartSpec, String> {
        chart_in(&self.resolved.charts, i, name)
    }

    /// The place of chart `id`, or why there is none: its id is unknown, and the first
    /// record that could not be read says where it would most likely have been (a file
    /// cut short loses every chart after it).
    fn place(&self, id: &str) -> Result<usize, String> {
        self.index(id).ok_or_else(|| {
            let mut out = messages::reader::no_such_chart(id);
            let damage = self.resolved.charts.iter().find_map(|e| match e {
                Entry::Broken(b) if matches!(b.problems, Problems::Damaged(_)) => Some(b),
                _ => None,
            });
            if let Some(d) = damage {
                out.push_str(": ");
                out.push_str(&worded(d));
            }
            out
        })
    }

    fn scene_at(&self, i: usize) -> Option<&Scene> {
        self.scenes.get(i).and_then(Option::as_ref)
    }

    /// [`Charts::draw`] of the chart at place `i` of the file.
    ///
    /// # Errors
    ///
    /// When there is no chart at `i` or it is broken (its problems), or the canvas cannot
    /// be drawn on.
    pub fn draw_at(&mut self, i: usize, to: Canvas) -> Result<f64, JsError> {
        let height = self.lay_out_at(i, to.css_width, to.theme)?;
        match self.scene_at(i) {
            Some(scene) => paint(scene, to.canvas, to.dpr, 1.0)?,
            None => {
                return Err(JsError::new(&messages::reader::no_such_chart(&digits(
                    i + 1,
                ))))
            }
        }
        Ok(height)
    }

    /// [`Charts::layout`] of the chart at place `i` of the file.
    ///
    /// # Errors
    ///
    /// When there is no chart at `i` or it is broken (its problems).
    pub fn lay_out_at(&mut self, i: usize, css_width: f64, theme: &str) -> Result<f64, JsError> {
        let chart =
            chart_in(&self.resolved.charts, i, &digits(i + 1)).map_err(|e| JsError::new(&e))?;
        let width = if css_width.is_finite() {
            css_width
        } else {
            0.0
        };
        let theme = Theme::new(ThemeName::parse(theme), width.max(charts::MIN_WIDTH));
        let scene = match self.measure.as_mut() {
            Some(m) => charts::layout(chart, theme, width, m),
            None => charts::layout(chart, theme, width, &mut ApproxMeasure),
        };
        let height = scene.height;
        // There is a place for every chart (`with`, `replace`): `get_mut` only keeps a
        // panic's message out of the wasm.
        if let Some(s) = self.scenes.get_mut(i) {
            *s = Some(scene);
        }
        Ok(height)
    }

    /// [`Charts::hit`] on the chart at place `i`.
    pub fn hit_at(&self, i: usize, x: f64, y: f64) -> i32 {
        self.scene_at(i)
            .and_then(|s| s.hits.iter().rposition(|h| h.rect.contains(x, y)))
            .map_or(-1, |i| i as i32)
    }

    /// [`Charts::regions`] of the chart at place `i`.
    pub fn regions_at(&self, i: usize) -> Vec<f64> {
        let (Some(scene), Ok(chart)) = (self.scene_at(i), self.chart_at(i, "")) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(scene.hits.len() * 5);
        for h in &scene.hits {
            let row = chart.items.iter().position(|it| it.id == h.figure);
            let row = row.map_or(-1.0, |r| r as f64);
            out.extend_from_slice(&[h.rect.x, h.rect.y, h.rect.w, h.rect.h, row]);
        }
        out
    }

    /// [`Charts::texts`] of the chart at place `i`.
    ///
    /// # Errors
    ///
    /// When there is no chart at `i`, or it is broken (its problems).
    pub fn texts_at(&self, i: usize) -> Result<String, JsError> {
        let c = self
            .chart_at(i, &digits(i + 1))
            .map_err(|e| JsError::new(&e))?;
        let rows = rows(c);
        let mut out = join([[c.title.as_str(), &c.subtitle, &describe(c)]]);
        if !rows.is_empty() {
            out.push(RECORD);
            out.push_str(&join(rows.iter().map(|r| {
                [&r.id, &r.label, &r.value, &r.change, &r.source].map(String::as_str)
            })));
        }
        Ok(out)
    }
}

/// Where and how a chart is drawn: the canvas, its width in CSS pixels, the pixel ratio
/// and the theme's name.
pub struct Canvas<'t> {
    /// The canvas drawn into.
    pub canvas: HtmlCanvasElement,
    /// Its width in CSS pixels.
    pub css_width: f64,
    /// Device pixels per CSS pixel.
    pub dpr: f64,
    /// `light` or `dark`.
    pub theme: &'t str,
}

/// The chart at place `i` of `charts` (see [`Charts::chart_at`]): a function of the list
/// alone, so that drawing may measure text while it holds the chart.
fn chart_in<'c>(charts: &'c [Entry], i: usize, name: &str) -> Result<&'c ChartSpec, String> {
    match charts.get(i) {
        Some(Entry::Chart(c)) => Ok(c),
        Some(Entry::Broken(b)) => Err(worded(b)),
        None => Err(messages::reader::no_such_chart(name)),
    }
}

/// Why a broken chart cannot be drawn, as the page shows it.
fn worded(b: &Broken) -> String {
    match &b.problems {
        Problems::Listed(text) => text.clone(),
        Problems::Damaged(e) => messages::reader::damaged_chart(b.index, *e),
    }
}

#[wasm_bindgen]
impl Charts {
    /// Reads the resolved file `bytes`, named `file` in messages, to measure text on
    /// `measure`. A damaged chart record breaks that chart alone; a file that is not
    /// ours, or of another build, is an error.
    ///
    /// # Errors
    ///
    /// The unreadable-file message, with `file`, when `bytes` are not a charts file of this
    /// build.
    #[wasm_bindgen(constructor)]
    pub fn new(file: &str, bytes: &[u8], measure: HtmlCanvasElement) -> Result<Charts, JsError> {
        wire::decode(bytes)
            .map(|r| Charts::with(r, Some(measure)))
            .map_err(|e| {
                JsError::new(&[file, ": ", &messages::reader::unreadable_file(e)].concat())
            })
    }

    /// Draws chart `id` into `canvas` at `css_width` CSS pixels and pixel ratio `dpr`;
    /// returns the chart's height in CSS pixels, which the caller gives the canvas.
    ///
    /// # Errors
    ///
    /// When chart `id` is unknown or broken (its problems), or the canvas cannot be drawn
    /// on.
    pub fn draw(
        &mut self,
        id: &str,
        canvas: HtmlCanvasElement,
        css_width: f64,
        dpr: f64,
        theme: &str,
    ) -> Result<f64, JsError> {
        let i = self.place(id).map_err(|e| JsError::new(&e))?;
        let to = Canvas {
            canvas,
            css_width,
            dpr,
            theme,
        };
        self.draw_at(i, to)
    }

    /// Lays chart `id` out at `css_width` CSS pixels without drawing it; returns its height
    /// in CSS pixels. [`Charts::draw_frame`] at progress 1 then draws it as
    /// [`Charts::draw`] would have: the page may do the two in separate tasks, each short
    /// enough to leave the browser free for a tap (issue 19, no long tasks).
    ///
    /// # Errors
    ///
    /// When chart `id` is unknown or broken (its problems).
    pub fn layout(&mut self, id: &str, css_width: f64, theme: &str) -> Result<f64, JsError> {
        let i = self.place(id).map_err(|e| JsError::new(&e))?;
        self.lay_out_at(i, css_width, theme)
    }

    /// Redraws chart `id` as last laid out, with its bars and arcs grown to `progress`
    /// (0 to 1): one frame of the grow-in animation, without laying it out again.
    ///
    /// # Errors
    ///
    /// When chart `id` has not been laid out, or the canvas cannot be drawn on.
    pub fn draw_frame(
        &mut self,
        id: &str,
        canvas: HtmlCanvasElement,
        dpr: f64,
        progress: f64,
    ) -> Result<(), JsError> {
        let scene = self
            .index(id)
            .and_then(|i| self.scene_at(i))
            .ok_or_else(|| JsError::new(&messages::reader::no_such_chart(id)))?;
        paint(scene, canvas, dpr, progress)
    }

    /// The index of the figure region under (`x`, `y`) CSS pixels of chart `id` as last
    /// drawn, or -1. Later regions win, as they were drawn on top.
    pub fn hit(&self, id: &str, x: f64, y: f64) -> i32 {
        self.index(id).map_or(-1, |i| self.hit_at(i, x, y))
    }

    /// Every figure region of chart `id` as last drawn, five numbers each: `x`, `y`,
    /// width and height in CSS pixels, and the index of its figure's row in [`Self::texts`].
    /// Arrow keys step through them in this order.
    pub fn regions(&self, id: &str) -> Vec<f64> {
        self.index(id)
            .map(|i| self.regions_at(i))
            .unwrap_or_default()
    }

    /// The texts of chart `id`: first a record of its title, subtitle and description (for
    /// captions and alt text), then one record per figure of id, label, value, change and
    /// source, for the tooltips.
    ///
    /// # Errors
    ///
    /// When chart `id` is unknown or broken (its problems).
    pub fn texts(&self, id: &str) -> Result<String, JsError> {
        let i = self.place(id).map_err(|e| JsError::new(&e))?;
        self.texts_at(i)
    }

    /// Forgets measured text widths; call when web fonts finish loading.
    pub fn fonts_changed(&mut self) {
        if let Some(m) = self.measure.as_mut() {
            m.clear();
        }
    }
}

/// Records of fields, joined by [`FIELD`] and [`RECORD`].
fn join<'a, const N: usize>(records: impl IntoIterator<Item = [&'a str; N]>) -> String {
    let mut out = String::new();
    for (i, fields) in records.into_iter().enumerate() {
        if i > 0 {
            out.push(RECORD);
        }
        for (j, f) in fields.iter().enumerate() {
            if j > 0 {
                out.push(FIELD);
            }
            out.push_str(f);
        }
    }
    out
}
