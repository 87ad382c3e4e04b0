//! The browser's drawing surface: plotters-canvas, wrapped so that it is sharp at any
//! `devicePixelRatio` and measures and places text exactly as the SVG backend does.
//!
//! plotters-canvas draws in backing-store pixels and measures text with a DOM `<span>`
//! (where the host page's CSS leaks in and bold is measured as regular). The wrapper
//! sizes the backing store by the pixel ratio, draws in CSS pixels through
//! `setTransform`, and measures with the canvas's own `measureText`.
//!
//! The primitives our scenes use (rect, polygon, line, text) go to the 2D context
//! directly, with the same geometry as plotters-canvas: it writes every colour with
//! `f64`'s `Display` (`rgba(r,g,b,1)`), which would link Rust's float printer, 18 KB,
//! into the reader's wasm for an alpha that is always 1.

use crate::shared::layout::{Font, Measure};
use crate::shared::messages::reader::digits;
use crate::shared::render::{Surface, UNITS_PER_PX};
use crate::shared::theme::FONT_STACK;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// `v` with at most two decimals, written with integer formatting only: the reader's
/// wasm carries no float printer (it is 18 KB).
fn decimal(out: &mut String, v: f64) {
    let hundredths = (v.abs() * 100.0).round() as usize;
    if v < 0.0 && hundredths > 0 {
        out.push('-');
    }
    out.push_str(&digits(hundredths / 100));
    let frac = hundredths % 100;
    if frac > 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if !frac.is_multiple_of(10) {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
}

/// The CSS `font` shorthand for a size in pixels.
fn css_font(size: f64, bold: bool) -> String {
    let mut out = String::from(if bold { "bold " } else { "normal " });
    decimal(&mut out, size);
    out.push_str("px ");
    out.push_str(FONT_STACK);
    out
}

/// A colour as CSS `#rrggbb`. Scenes are opaque, so plotters' alpha is always 1.
fn css_color(c: BackendColor) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::from("#");
    for v in [c.rgb.0, c.rgb.1, c.rgb.2] {
        out.push(char::from(HEX[usize::from(v >> 4)]));
        out.push(char::from(HEX[usize::from(v & 15)]));
    }
    out
}

#[wasm_bindgen]
extern "C" {
    /// A 2D context, seen for the one property web-sys does not bind.
    type TextRendering;
    /// `CanvasRenderingContext2D.textRendering` (browsers without it take the assignment
    /// as a plain property and draw as before).
    #[wasm_bindgen(method, setter = textRendering)]
    fn set_text_rendering(this: &TextRendering, value: &str);
}

/// The 2D context of a canvas, if it has one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Measures text with a canvas's own `measureText`, caching every string: a resize
/// re-lays out every chart, and the same labels come back each time.
pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    /// Widths by [`key`], sorted: a binary search instead of a hash map keeps hashbrown
    /// and SipHash (4 KB) out of the reader's wasm.
    cache: Vec<(u64, f64)>,
    font: String,
}

/// A 64-bit FNV-1a hash of text, size and weight. A few thousand strings make a
/// collision, which would only misplace a label, about as likely as 1 in 10^11.
fn key(text: &str, font: Font) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let size = font.size.to_bits().to_le_bytes();
    for b in text.bytes().chain(size).chain([u8::from(font.bold)]) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl CanvasMeasure {
    /// Measures with `ctx` (a context of its own, so drawing state never interferes).
    pub fn new(ctx: CanvasRenderingContext2d) -> Self {
        CanvasMeasure {
            ctx,
            cache: Vec::new(),
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
        let k = key(text, font);
        let at = match self.cache.binary_search_by_key(&k, |e| e.0) {
            Ok(i) => return self.cache[i].1,
            Err(i) => i,
        };
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
        self.cache.insert(at, (k, w));
        w
    }
}

/// `fillText` refused the text.
#[derive(Debug)]
struct TextFailed;

impl std::fmt::Display for TextFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the canvas could not draw a text")
    }
}

impl std::error::Error for TextFailed {}

/// A canvas sized for its CSS box and the screen's pixel ratio.
pub struct CanvasSurface {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    size: (u32, u32),
    /// The context's font: setting `font` makes the canvas parse it, and a chart draws
    /// many texts in few fonts.
    font: std::cell::RefCell<String>,
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
        // Every text of a scene sits on its baseline.
        ctx.set_text_baseline("alphabetic");
        // At a pixel ratio other than 1 Chromium draws text unhinted, at subpixel
        // positions, but a font (family, size, weight) keeps the rendering of whatever
        // used it first in the renderer process, and a static SVG image is drawn in a
        // page of its own at ratio 1, hinted. Our SVGs use the canvas's sizes (the
        // scene's units), so a canvas drawn after its SVG had painted drew hinted text:
        // other pixels than the same chart drawn before it, in another embed or page
        // (embed-hostile.spec.js, 1.8% of the pixels at ratio 2). Asking for the unhinted
        // rendering makes it the same whatever was drawn first; at ratio 1 both are hinted.
        if dpr != 1.0 {
            (ctx.unchecked_ref::<TextRendering>()).set_text_rendering("geometricPrecision");
        }
        Some(CanvasSurface {
            inner,
            ctx,
            font: std::cell::RefCell::new(String::new()),
            size: (
                (css_w * UNITS_PER_PX).round() as u32,
                (css_h * UNITS_PER_PX).round() as u32,
            ),
        })
    }
}

impl CanvasSurface {
    /// Sets the context's font to `css` unless it already is.
    fn use_font(&self, css: String) {
        let mut font = self.font.borrow_mut();
        if *font != css {
            self.ctx.set_font(&css);
            *font = css;
        }
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
        // Shifted half a unit off the grid on a level or plumb line, exactly as
        // plotters-canvas does, so that both draw the same pixels.
        let (mut a, mut b) = (
            (f64::from(from.0), f64::from(from.1)),
            (f64::from(to.0), f64::from(to.1)),
        );
        if from.0 == to.0 {
            a.0 -= 0.5;
            b.0 -= 0.5;
        }
        if from.1 == to.1 {
            a.1 -= 0.5;
            b.1 -= 0.5;
        }
        self.ctx.set_stroke_style_str(&css_color(style.color()));
        self.ctx.set_line_width(f64::from(style.stroke_width()));
        self.ctx.begin_path();
        self.ctx.move_to(a.0, a.1);
        self.ctx.line_to(b.0, b.1);
        self.ctx.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Res {
        let (x, y) = (f64::from(ul.0), f64::from(ul.1));
        let (w, h) = (f64::from(br.0 - ul.0), f64::from(br.1 - ul.1));
        if fill {
            self.ctx.set_fill_style_str(&css_color(style.color()));
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.ctx.set_stroke_style_str(&css_color(style.color()));
            self.ctx.set_line_width(f64::from(style.stroke_width()));
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
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
        self.ctx.set_fill_style_str(&css_color(style.color()));
        self.ctx.begin_path();
        for (i, (x, y)) in path.into_iter().enumerate() {
            if i == 0 {
                self.ctx.move_to(f64::from(x), f64::from(y));
            } else {
                self.ctx.line_to(f64::from(x), f64::from(y));
            }
        }
        self.ctx.close_path();
        self.ctx.fill();
        Ok(())
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
        self.use_font(css_font(style.size(), bold));
        self.ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        });
        self.ctx.set_fill_style_str(&css_color(c));
        let baseline = f64::from(pos.1) + Font::ASCENT * style.size();
        self.ctx
            .fill_text(text, f64::from(pos.0), baseline)
            .map_err(|_| DrawingErrorKind::FontError(Box::new(TextFailed)))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.use_font(css_font(
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
