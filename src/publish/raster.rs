//! Social cards (native only): each chart as a 1200 × 630 PNG for `og:image`.
//!
//! The scene is replayed by [`render::draw`] on [`CardSurface`], which hands shapes to
//! plotters' bitmap backend and draws text itself: [`render::TextStyle`] has no glyphs,
//! so the surface rasterises them with ab_glyph in the fonts of [`crate::publish::fonts`].
//! Text sits by the rule every backend follows: the baseline [`Font::ASCENT`] em below
//! the anchor's top.
//!
//! Rectangles are snapped to whole pixels (crisp bars, no seams between neighbours);
//! polygons, rings and lines are filled with exact coverage by ab_glyph's rasteriser,
//! so their edges are smooth without drawing the card larger and scaling it down.

use crate::publish::card::{Placement, CARD_HEIGHT, CARD_WIDTH};
use crate::publish::fonts::{em_scale, invisible, Fonts};
use crate::shared::layout::{Font, Scene};
use crate::shared::render::{self, Surface, UNITS_PER_PX};
use ab_glyph::{point, Font as _, GlyphId, ScaleFont as _};
use ab_glyph_rasterizer::Rasterizer;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use plotters_bitmap::bitmap_pixel::RGBPixel;
use plotters_bitmap::{BitMapBackend, BitMapBackendError};

/// A plotters backend for cards: shapes go to a bitmap backend, text is rasterised here.
/// Takes drawing units ([`UNITS_PER_PX`] per CSS pixel) and maps them onto the bitmap.
pub struct CardSurface<'a> {
    inner: BitMapBackend<'a, RGBPixel>,
    fonts: &'a Fonts,
    /// Bitmap pixels per drawing unit.
    k: f64,
    /// Where the scene's origin lands, in bitmap pixels.
    origin: (f64, f64),
}

/// A style with the stroke width scaled to the bitmap.
struct Scaled {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Scaled {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

impl<'a> CardSurface<'a> {
    /// A surface over `buf`, an RGB bitmap of `size` pixels, placing drawing-unit
    /// coordinates `k` bitmap pixels apart from `origin`.
    ///
    /// # Errors
    ///
    /// When `buf` does not hold `size` RGB pixels.
    pub fn new(
        buf: &'a mut [u8],
        size: (u32, u32),
        fonts: &'a Fonts,
        k: f64,
        origin: (f64, f64),
    ) -> Result<CardSurface<'a>, String> {
        let inner = BitMapBackend::<RGBPixel>::with_buffer_and_format(buf, size)
            .map_err(|e| e.to_string())?;
        Ok(CardSurface {
            inner,
            fonts,
            k,
            origin,
        })
    }

    fn at(&self, (x, y): BackendCoord) -> (f64, f64) {
        (
            self.origin.0 + f64::from(x) * self.k,
            self.origin.1 + f64::from(y) * self.k,
        )
    }

    fn map(&self, p: BackendCoord) -> BackendCoord {
        let (x, y) = self.at(p);
        (x.round() as i32, y.round() as i32)
    }

    /// Fills the polygon `points` (bitmap pixels), blending each pixel by the share of
    /// it the polygon covers.
    fn fill_smooth(
        &mut self,
        points: &[(f64, f64)],
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        if points.len() < 3 || points.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
            return Ok(());
        }
        let (w, h) = self.inner.get_size();
        let (w, h) = (f64::from(w), f64::from(h));
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in points {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        let (x0, y0, x1, y1) = (x0.floor(), y0.floor(), x1.ceil(), y1.ceil());
        if x1 <= 0.0 || y1 <= 0.0 || x0 >= w || y0 >= h || x1 <= x0 || y1 <= y0 {
            return Ok(());
        }
        if x1 - x0 > 2.0 * w || y1 - y0 > 2.0 * h {
            // Far larger than the card (no layout draws such a thing): the bitmap
            // backend's own fill clips it pixel by pixel, with harder edges.
            let vert: Vec<BackendCoord> = points
                .iter()
                .map(|&(x, y)| (x.round() as i32, y.round() as i32))
                .collect();
            return self.inner.fill_polygon(vert, &Scaled { color, width: 1 });
        }
        // The raster spans the whole polygon, so its coverage is exact; pixels off the
        // bitmap are skipped as they are blended.
        let mut r = Rasterizer::new((x1 - x0) as usize, (y1 - y0) as usize);
        let at = |(x, y): (f64, f64)| point((x - x0) as f32, (y - y0) as f32);
        for (i, &p) in points.iter().enumerate() {
            let q = points[(i + 1) % points.len()];
            r.draw_line(at(p), at(q));
        }
        let (ox, oy) = (x0 as i32, y0 as i32);
        let inner = &mut self.inner;
        r.for_each_pixel_2d(|x, y, coverage| {
            blend(inner, (ox + x as i32, oy + y as i32), color, coverage);
        });
        Ok(())
    }

    fn scaled<S: BackendStyle>(&self, style: &S) -> Scaled {
        Scaled {
            color: style.color(),
            width: ((f64::from(style.stroke_width()) * self.k).round() as u32).max(1),
        }
    }
}

impl DrawingBackend for CardSurface<'_> {
    type ErrorType = BitMapBackendError;

    fn get_size(&self) -> (u32, u32) {
        let (w, h) = self.inner.get_size();
        (
            ((f64::from(w) - self.origin.0) / self.k).max(0.0) as u32,
            ((f64::from(h) - self.origin.1) / self.k).max(0.0) as u32,
        )
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let p = self.map(point);
        self.inner.draw_pixel(p, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        // A line is the rectangle its stroke covers, filled with coverage.
        let ((x0, y0), (x1, y1)) = (self.at(from), self.at(to));
        let half = (f64::from(style.stroke_width()) * self.k).max(1.0) / 2.0;
        let len = (x1 - x0).hypot(y1 - y0);
        let (nx, ny) = if len > 0.0 {
            (-(y1 - y0) / len * half, (x1 - x0) / len * half)
        } else {
            (0.0, half)
        };
        let quad = [
            (x0 + nx, y0 + ny),
            (x1 + nx, y1 + ny),
            (x1 - nx, y1 - ny),
            (x0 - nx, y0 - ny),
        ];
        self.fill_smooth(&quad, style.color())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let (a, b, style) = (
            self.map(upper_left),
            self.map(bottom_right),
            self.scaled(style),
        );
        self.inner.draw_rect(a, b, &style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let path: Vec<BackendCoord> = path.into_iter().map(|p| self.map(p)).collect();
        let style = self.scaled(style);
        self.inner.draw_path(path, &style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let center = self.map(center);
        let radius = (f64::from(radius) * self.k).round() as u32;
        let style = self.scaled(style);
        self.inner.draw_circle(center, radius, &style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let vert: Vec<(f64, f64)> = vert.into_iter().map(|p| self.at(p)).collect();
        self.fill_smooth(&vert, style.color())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<BitMapBackendError>> {
        let font = self.fonts.pick(matches!(style.style(), FontStyle::Bold));
        let scaled = font.as_scaled(em_scale(font, style.size()));
        let w: f32 = text
            .chars()
            .filter(|c| !invisible(*c))
            .map(|c| scaled.h_advance(font.glyph_id(c)))
            .sum();
        Ok((w.ceil() as u32, style.size().ceil() as u32))
    }

    /// Draws `text` with its anchor at `pos` (drawing units): glyph coverage blended
    /// over what is already drawn, in the style's colour, weight and size.
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<BitMapBackendError>> {
        let fonts = self.fonts;
        let font = fonts.pick(matches!(style.style(), FontStyle::Bold));
        let em = style.size() * self.k;
        let scale = em_scale(font, em);
        let scaled = font.as_scaled(scale);
        let mut glyphs: Vec<(GlyphId, f32)> = Vec::new();
        let mut caret = 0.0_f32;
        let mut prev: Option<GlyphId> = None;
        // A character missing from the subset draws as the font's box (glyph 0); see
        // `Fonts::missing`, which the `og` command reports.
        for c in text.chars().filter(|c| !invisible(*c)) {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                caret += scaled.kern(p, id);
            }
            glyphs.push((id, caret));
            caret += scaled.h_advance(id);
            prev = Some(id);
        }
        let width = f64::from(caret);
        let anchor = style.anchor();
        let (x, y) = self.at(pos);
        let left = match anchor.h_pos {
            HPos::Left => x,
            HPos::Center => x - width / 2.0,
            HPos::Right => x - width,
        };
        // The em box runs from ASCENT above the baseline to 1 - ASCENT below it.
        let baseline = match anchor.v_pos {
            VPos::Top => y + Font::ASCENT * em,
            VPos::Center => y + (Font::ASCENT - 0.5) * em,
            VPos::Bottom => y - (1.0 - Font::ASCENT) * em,
        };
        let color = style.color();
        let inner = &mut self.inner;
        for (id, dx) in glyphs {
            let glyph = id.with_scale_and_position(
                scale,
                point((left + f64::from(dx)) as f32, baseline as f32),
            );
            if let Some(outline) = font.outline_glyph(glyph) {
                let b = outline.px_bounds();
                let (x0, y0) = (b.min.x as i32, b.min.y as i32);
                outline.draw(|gx, gy, coverage| {
                    blend(inner, (x0 + gx as i32, y0 + gy as i32), color, coverage);
                });
            }
        }
        Ok(())
    }
}

impl Surface for CardSurface<'_> {}

/// Blends `color` over the pixel at `p` by `coverage` (0 to 1).
fn blend(
    inner: &mut BitMapBackend<'_, RGBPixel>,
    p: BackendCoord,
    color: BackendColor,
    coverage: f32,
) {
    let a = f64::from(coverage.clamp(0.0, 1.0));
    if a > 0.0 {
        // The bitmap backend blends by alpha and skips pixels off the bitmap: never fails.
        let _ = inner.draw_pixel(p, color.mix(a));
    }
}

/// The card for `scene` as RGB bytes, [`CARD_WIDTH`] × [`CARD_HEIGHT`]: the scene fitted
/// and centred on its own background colour.
///
/// # Errors
///
/// When the scene has no finite, non-empty size, or cannot be drawn.
pub fn card_rgb(scene: &Scene, fonts: &Fonts) -> Result<Vec<u8>, String> {
    if !(scene.width.is_finite() && scene.height.is_finite())
        || scene.width <= 0.0
        || scene.height <= 0.0
    {
        return Err(format!(
            "a {} × {} scene has no card",
            scene.width, scene.height
        ));
    }
    let (w, h) = (CARD_WIDTH, CARD_HEIGHT);
    let mut buf = vec![0_u8; (w * h * 3) as usize];
    let place = Placement::fit(scene.width, scene.height);
    {
        let k = place.scale / UNITS_PER_PX;
        let mut surface = CardSurface::new(&mut buf, (w, h), fonts, k, (place.x, place.y))?;
        let bg = Scaled {
            color: BackendColor {
                alpha: 1.0,
                rgb: (scene.background.0, scene.background.1, scene.background.2),
            },
            width: 0,
        };
        surface
            .inner
            .draw_rect((0, 0), (w as i32, h as i32), &bg, true)
            .map_err(|e| e.to_string())?;
        render::draw(scene, &mut surface).map_err(|e| e.to_string())?;
    }
    Ok(buf)
}

/// RGB bytes of `size` pixels as a PNG file.
///
/// # Errors
///
/// When the PNG encoder fails.
pub fn encode_png(rgb: &[u8], (w, h): (u32, u32)) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Flat colour compresses best unfiltered: smaller than adaptive filtering, and
        // several times faster in the debug build that `make build` runs.
        encoder.set_compression(png::Compression::Balanced);
        encoder.set_filter(png::Filter::NoFilter);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// The card for `scene` as a PNG file.
///
/// # Errors
///
/// As [`card_rgb`] and [`encode_png`].
pub fn card_png(scene: &Scene, fonts: &Fonts) -> Result<Vec<u8>, String> {
    encode_png(&card_rgb(scene, fonts)?, (CARD_WIDTH, CARD_HEIGHT))
}
