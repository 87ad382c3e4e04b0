//! The browser's drawing surface: plotters-canvas, wrapped so that it is sharp at any
//! `devicePixelRatio` and measures and places text exactly as the SVG backend does.
//!
//! plotters-canvas draws in backing-store pixels and measures text with a DOM `<span>`
//! (where the host page's CSS leaks in and bold is measured as regular). The wrapper
//! sizes the backing store by the pixel ratio, draws in CSS pixels through
//! `setTransform`, and measures with the canvas's own `measureText`.

use crate::layout::{Font, Measure};
use crate::render::{Surface, UNITS_PER_PX};
use crate::theme::FONT_STACK;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use plotters_canvas::CanvasBackend;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The CSS `font` shorthand for a size in pixels.
fn css_font(size: f64, bold: bool) -> String {
    format!(
        "{} {}px {}",
        if bold { "bold" } else { "normal" },
        size,
        FONT_STACK
    )
}

/// The 2D context of a canvas, if it has one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Measures text with a canvas's own `measureText`, caching every string: a resize
/// re-lays out every chart, and the same labels come back each time.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    cache: HashMap<(String, u64, bool), f64>,
    font: String,
}

impl CanvasMeasure {
    /// Measures with `ctx` (a context of its own, so drawing state never interferes).
    pub fn new(ctx: CanvasRenderingContext2d) -> Self {
        CanvasMeasure {
            ctx,
            cache: HashMap::new(),
            font: String::new(),
        }
    }

    /// Forgets all widths: call when a web font finishes loading.
    pub fn clear(&mut self) {
        self.cache.clear();
        self.font.clear();
    }
}

impl Measure for CanvasMeasure {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        let key = (text.to_string(), font.size.to_bits(), font.bold);
        if let Some(w) = self.cache.get(&key) {
            return *w;
        }
        let css = css_font(font.size, font.bold);
        if css != self.font {
            self.ctx.set_font(&css);
            self.font = css;
        }
        let w = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        self.cache.insert(key, w);
        w
    }
}

/// A canvas sized for its CSS box and the screen's pixel ratio.
pub struct CanvasSurface {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    size: (u32, u32),
}

impl CanvasSurface {
    /// Sizes `canvas` to `css_w × css_h` CSS pixels at ratio `dpr` and prepares to draw
    /// the scene's units onto it. `None` when the canvas has no 2D context.
    pub fn new(canvas: HtmlCanvasElement, css_w: f64, css_h: f64, dpr: f64) -> Option<Self> {
        let (bw, bh) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        // Resizing clears the canvas, so only do it when the size really changed.
        if canvas.width() != bw || canvas.height() != bh {
            canvas.set_width(bw);
            canvas.set_height(bh);
        }
        let ctx = context_2d(&canvas)?;
        let k = dpr / UNITS_PER_PX;
        ctx.set_transform(k, 0.0, 0.0, k, 0.0, 0.0).ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        Some(CanvasSurface {
            inner,
            ctx,
            size: (
                (css_w * UNITS_PER_PX).round() as u32,
                (css_h * UNITS_PER_PX).round() as u32,
            ),
        })
    }
}

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Res = Result<(), DrawingErrorKind<CanvasError>>;

impl DrawingBackend for CanvasSurface {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Res {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Res {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Res {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Res {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Res {
        self.inner.draw_rect(ul, br, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Res {
        self.inner.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Res {
        self.inner.fill_polygon(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        style: &S,
        fill: bool,
    ) -> Res {
        self.inner.draw_circle(c, r, style, fill)
    }

    /// Places text as plotters' SVG backend does (`VPos::Top` puts the baseline
    /// 0.76em below `pos`), so canvas and SVG agree to the pixel.
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Res {
        let c = style.color();
        let bold = matches!(style.style(), FontStyle::Bold);
        self.ctx.set_font(&css_font(style.size(), bold));
        self.ctx.set_text_baseline("alphabetic");
        self.ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        });
        self.ctx.set_fill_style_str(&format!(
            "rgba({},{},{},{})",
            c.rgb.0, c.rgb.1, c.rgb.2, c.alpha
        ));
        let baseline = f64::from(pos.1) + Font::ASCENT * style.size();
        self.ctx
            .fill_text(text, f64::from(pos.0), baseline)
            .map_err(|e| DrawingErrorKind::FontError(format!("fillText failed: {e:?}").into()))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.ctx.set_font(&css_font(
            style.size(),
            matches!(style.style(), FontStyle::Bold),
        ));
        let w = self
            .ctx
            .measure_text(text)
            .map(|m| m.width())
            .unwrap_or(0.0);
        Ok((w.ceil() as u32, style.size().ceil() as u32))
    }
}

impl Surface for CanvasSurface {}
