//! Drawing: replays a [`Scene`] on any plotters [`DrawingBackend`]. The only stage that
//! knows plotters; it draws nothing the layout did not place.
//!
//! plotters takes integer coordinates. To keep rings round and hairlines exact, the
//! scene is drawn at [`UNITS_PER_PX`] units per CSS pixel: the canvas scales by
//! `devicePixelRatio / UNITS_PER_PX`, and the SVG keeps its CSS size with a larger viewBox.

use crate::shared::layout::{Anchor, ApproxMeasure, Font, Grow, Mark, Measure, Motion, Scene};
use crate::shared::theme::{Color, FONT_STACK};
use crate::shared::trig::ring_points;
use plotters::backend::SVGBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};

/// Drawing units per CSS pixel.
pub const UNITS_PER_PX: f64 = 4.0;

/// A plotters backend that can draw our scenes. Backends disagree on what a font size
/// means, so each says how to scale ours: the one place that normalises them.
pub trait Surface: DrawingBackend {
    /// Multiplier from a CSS pixel font size to what this backend writes.
    /// plotters' SVG backend divides sizes by 1.24; the canvas takes them as they are.
    const FONT_SCALE: f64 = 1.0;
}

impl Surface for SVGBackend<'_> {
    const FONT_SCALE: f64 = 1.24;
}

fn unit(v: f64) -> i32 {
    (v * UNITS_PER_PX).round() as i32
}

fn point((x, y): (f64, f64)) -> BackendCoord {
    (unit(x), unit(y))
}

fn color(c: Color) -> BackendColor {
    BackendColor {
        alpha: 1.0,
        rgb: (c.0, c.1, c.2),
    }
}

struct Stroke(Color, u32);

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        color(self.0)
    }
    fn stroke_width(&self) -> u32 {
        self.1
    }
}

/// Text that backends without text support cannot draw.
#[derive(Debug)]
pub struct NoGlyphs;

impl std::fmt::Display for NoGlyphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("this backend cannot draw text without a font file")
    }
}

impl std::error::Error for NoGlyphs {}

/// Our text style, as plotters backends read it.
pub struct TextStyle {
    /// Size and weight, in CSS pixels.
    pub font: Font,
    /// Fill.
    pub color: Color,
    /// Horizontal anchor.
    pub anchor: Anchor,
    /// Units per CSS pixel of font size, including the backend's own factor.
    pub scale: f64,
}

impl BackendTextStyle for TextStyle {
    type FontError = NoGlyphs;

    fn color(&self) -> BackendColor {
        color(self.color)
    }

    fn size(&self) -> f64 {
        // Rounded so the SVG output is the same on every machine.
        (self.font.size * self.scale * 100.0).round() / 100.0
    }

    fn style(&self) -> FontStyle {
        if self.font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        Pos::new(h, VPos::Top)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_STACK)
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), NoGlyphs> {
        let w = ApproxMeasure.width(text, self.font) * UNITS_PER_PX;
        let h = self.font.size * UNITS_PER_PX;
        Ok(((0, 0), (w.round() as i32, h.round() as i32)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, NoGlyphs> {
        Err(NoGlyphs)
    }
}

/// Where and in what colour a text with `motion` stands at progress `t`; `None` while
/// it is not yet drawn. A fade mixes the colour into the background rather than using
/// alpha, so every backend shows the same frame.
fn in_motion(motion: Motion, x: f64, color: Color, bg: Color, t: f64) -> Option<(f64, Color)> {
    match motion {
        Motion::Still => Some((x, color)),
        Motion::Travel(dx) => Some((x + dx * (1.0 - t), color)),
        Motion::Fade(_) if t >= 1.0 => Some((x, color)),
        Motion::Fade(from) => {
            let a = ((t - from) / (1.0 - from).max(f64::EPSILON)).clamp(0.0, 1.0);
            let mix =
                |c: u8, b: u8| (f64::from(b) + (f64::from(c) - f64::from(b)) * a).round() as u8;
            (a > 0.0).then(|| {
                (
                    x,
                    Color(mix(color.0, bg.0), mix(color.1, bg.1), mix(color.2, bg.2)),
                )
            })
        }
    }
}

/// Draws `scene` on `db`, which must be `scene.width × UNITS_PER_PX` units wide.
///
/// # Errors
///
/// The backend's error, passed on.
pub fn draw<DB: Surface>(
    scene: &Scene,
    db: &mut DB,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    draw_at(scene, db, 1.0)
}

/// Draws `scene` with its growing marks at `progress` (0 = not yet grown, 1 = whole):
/// one frame of the grow-in animation. Text is always drawn whole.
///
/// # Errors
///
/// The backend's error, passed on.
pub fn draw_at<DB: Surface>(
    scene: &Scene,
    db: &mut DB,
    progress: f64,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let t = if progress.is_finite() {
        progress.clamp(0.0, 1.0)
    } else {
        1.0
    };
    db.ensure_prepared()?;
    let w = unit(scene.width);
    let h = unit(scene.height);
    db.draw_rect((0, 0), (w, h), &Stroke(scene.background, 0), true)?;
    for mark in &scene.marks {
        match mark {
            Mark::Rect { rect, color, grow } => {
                let (x0, x1) = match grow {
                    Grow::Still => (rect.x, rect.x + rect.w),
                    Grow::Right => (rect.x, rect.x + rect.w * t),
                    Grow::Left => (rect.x + rect.w * (1.0 - t), rect.x + rect.w),
                    Grow::Appear(at) if t < *at => (rect.x, rect.x),
                    Grow::Appear(_) => (rect.x, rect.x + rect.w),
                };
                if x1 > x0 {
                    db.draw_rect(
                        point((x0, rect.y)),
                        point((x1, rect.y + rect.h)),
                        &Stroke(*color, 0),
                        true,
                    )?;
                }
            }
            Mark::Ring {
                center,
                radii,
                angles,
                color,
                grows,
            } => {
                let a1 = if *grows {
                    angles.0 + (angles.1 - angles.0) * t
                } else {
                    angles.1
                };
                if a1 > angles.0 {
                    let points = ring_points(*center, *radii, angles.0, a1);
                    db.fill_polygon(points.iter().map(|p| point(*p)), &Stroke(*color, 0))?;
                }
            }
            Mark::Line {
                from,
                to,
                width,
                color,
            } => db.draw_line(
                point(*from),
                point(*to),
                &Stroke(*color, unit(*width).max(1) as u32),
            )?,
            Mark::Polygon { points, color } => {
                db.fill_polygon(points.iter().map(|p| point(*p)), &Stroke(*color, 0))?
            }
            Mark::Text {
                text,
                x,
                baseline,
                anchor,
                font,
                color,
                motion,
                ..
            } => {
                let Some((x, color)) = in_motion(*motion, *x, *color, scene.background, t) else {
                    continue;
                };
                let style = TextStyle {
                    font: *font,
                    color,
                    anchor: *anchor,
                    scale: UNITS_PER_PX * DB::FONT_SCALE,
                };
                let top = baseline - Font::ASCENT * font.size;
                db.draw_text(text, &style, point((x, top)))?;
            }
        }
    }
    db.present()
}

/// The scene as a standalone SVG document, `scene.width` CSS pixels wide, that scales
/// to its container (viewBox) and names what it shows for screen readers.
///
/// # Errors
///
/// The SVG backend's message, should it fail.
pub fn svg(scene: &Scene, title: &str) -> Result<String, String> {
    let size = (unit(scene.width) as u32, unit(scene.height) as u32);
    let mut out = String::new();
    {
        let mut db = SVGBackend::with_string(&mut out, size);
        draw(scene, &mut db).map_err(|e| e.to_string())?;
    }
    // plotters writes the drawing-unit size as the CSS size; the CSS size is the scene's.
    let head = format!(
        "<svg width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\"",
        size.0, size.1, size.0, size.1
    );
    // Texts come from the data file, which may hold characters that no XML document can
    // (a NUL pasted with a label): they draw as nothing on a canvas, so they go here too.
    out.retain(xml_char);
    let (out, family) = lean(&out);
    let mut title_el = String::new();
    for c in title.chars().filter(|c| xml_char(*c)) {
        match c {
            '<' => title_el.push_str("&lt;"),
            '>' => title_el.push_str("&gt;"),
            '&' => title_el.push_str("&amp;"),
            c => title_el.push(c),
        }
    }
    let fixed = format!(
        "<svg width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\"{family}",
        scene.width.round(),
        scene.height.round(),
        size.0,
        size.1,
        title_el.replace('"', "&quot;")
    );
    Ok(out.replacen(&head, &fixed, 1).replacen(
        "xmlns=\"http://www.w3.org/2000/svg\">\n",
        &format!("xmlns=\"http://www.w3.org/2000/svg\">\n<title>{title_el}</title>\n"),
        1,
    ))
}

/// plotters' SVG without what repeats at every element and says nothing: the initial
/// values `opacity="1"`, `stroke="none"` and `text-anchor="start"` (no element of it
/// groups others, so none inherits another value), and the font stack, which every text
/// names alike: returned, with its quotes as themselves (an attribute in double quotes may
/// hold them), for the root to name once, which the texts inherit. The first load of a
/// story page fetches five fallbacks: some 400 B gzip less.
fn lean(svg: &str) -> (String, String) {
    const OPEN: &str = " font-family=\"";
    let family = svg
        .find(OPEN)
        .and_then(|at| {
            let len = svg[at + OPEN.len()..].find('"')?;
            Some(svg[at..at + OPEN.len() + len + 1].to_string())
        })
        .unwrap_or_default();
    let mut out = svg.to_string();
    for default in [
        " opacity=\"1\"",
        " stroke=\"none\"",
        " text-anchor=\"start\"",
    ] {
        out = out.replace(default, "");
    }
    if !family.is_empty() {
        out = out.replace(&family, "");
    }
    (out, family.replace("&apos;", "'"))
}

/// True for the characters an XML 1.0 document may hold (control characters other than
/// tab and line breaks, and U+FFFE and U+FFFF, are not among them).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}
