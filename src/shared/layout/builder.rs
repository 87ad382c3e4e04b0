//! The [`Builder`] that makes a [`super::Scene`]: it places marks, measures text and sets
//! paragraphs where a [`Place`] and an [`Ink`] say. Apart from the scene's own types in
//! [`super`], which drawing, hit testing and the tests read without building anything.

use super::{Anchor, Font, Grow, Hit, Mark, Measure, Motion, Rect};
use crate::shared::theme::Color;

/// Where a paragraph goes: the left, middle or right `x` per `anchor`, the top of its
/// first line and the width it wraps to.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// The x the lines are anchored at.
    pub x: f64,
    /// The top of the first line.
    pub top: f64,
    /// The width the text wraps to.
    pub width: f64,
    /// How each line sits on `x`.
    pub anchor: Anchor,
}

/// How a paragraph is set: its font, line height as a multiple of the font size, and colour.
#[derive(Clone, Copy, Debug)]
pub struct Ink {
    /// The font of every line.
    pub font: Font,
    /// Line height over font size.
    pub leading: f64,
    /// The text colour.
    pub color: Color,
}

/// Builds a scene: places marks and measures text.
pub struct Builder<'m> {
    /// The scene so far.
    pub marks: Vec<Mark>,
    /// Figure regions so far.
    pub hits: Vec<Hit>,
    measure: &'m mut dyn Measure,
    /// Words no line breaks inside, separated by spaces ([`crate::shared::spec::ChartSpec::keep`]).
    pub(crate) keep: String,
}

impl<'m> Builder<'m> {
    /// An empty builder measuring with `measure`.
    pub fn new(measure: &'m mut dyn Measure) -> Self {
        Builder {
            marks: Vec::new(),
            hits: Vec::new(),
            measure,
            keep: String::new(),
        }
    }

    /// The builder keeping `words` (separated by spaces) whole: no line of
    /// [`Builder::wrap`] breaks inside one.
    #[must_use]
    pub fn keeping(mut self, words: &str) -> Self {
        words.clone_into(&mut self.keep);
        self
    }

    /// The width of `text` in `font`.
    pub fn width(&mut self, text: &str, font: Font) -> f64 {
        self.measure.width(text, font)
    }

    /// Places one line of text with its baseline at `baseline`; returns its box.
    pub fn text(
        &mut self,
        text: &str,
        x: f64,
        baseline: f64,
        anchor: Anchor,
        font: Font,
        color: Color,
    ) -> Rect {
        let w = self.width(text, font);
        let left = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        let bounds = Rect {
            x: left,
            y: baseline - Font::BOX_ABOVE * font.size,
            w,
            h: (Font::BOX_ABOVE + Font::BOX_BELOW) * font.size,
        };
        if !text.is_empty() {
            self.marks.push(Mark::Text {
                text: text.to_string(),
                x,
                baseline,
                anchor,
                font,
                color,
                bounds,
                motion: Motion::Still,
            });
        }
        bounds
    }

    /// How many marks are placed so far: a start for [`Builder::moving`].
    pub fn mark_count(&self) -> usize {
        self.marks.len()
    }

    /// Makes the texts placed since mark `start` move with `motion` during the grow-in.
    pub fn moving(&mut self, start: usize, motion: Motion) {
        for mark in self.marks.iter_mut().skip(start) {
            if let Mark::Text { motion: m, .. } = mark {
                *m = motion;
            }
        }
    }

    /// Wraps `text` to `at.width` and places it with its first line's top at `at.top`;
    /// returns the height used (a whole number of lines).
    pub fn paragraph(&mut self, text: &str, at: Place, ink: Ink) -> f64 {
        let lines = self.wrap(text, at.width, ink.font);
        self.set_lines(&lines, at, ink)
    }

    /// Sets `lines`, already broken, at `at` as [`Builder::paragraph`] sets its own (a
    /// cover's kicker, broken between its parts); returns the height used.
    pub fn set_lines(&mut self, lines: &[String], at: Place, ink: Ink) -> f64 {
        let Ink {
            font,
            leading,
            color,
        } = ink;
        let line_h = font.size * leading;
        let first_baseline = at.top + (line_h - font.size) / 2.0 + Font::BOX_ABOVE * font.size;
        for (i, line) in lines.iter().enumerate() {
            self.text(
                line,
                at.x,
                first_baseline + i as f64 * line_h,
                at.anchor,
                font,
                color,
            );
        }
        lines.len() as f64 * line_h
    }

    /// Adds a filled rectangle.
    pub fn rect(&mut self, rect: Rect, color: Color) {
        self.bar(rect, color, Grow::Still);
    }

    /// Adds a rectangle that grows in from one side.
    pub fn bar(&mut self, rect: Rect, color: Color, grow: Grow) {
        if rect.w > 0.0 && rect.h > 0.0 {
            self.marks.push(Mark::Rect { rect, color, grow });
        }
    }

    /// Adds a ring segment; `grows` makes it sweep in.
    pub fn ring(
        &mut self,
        center: (f64, f64),
        radii: (f64, f64),
        angles: (f64, f64),
        color: Color,
        grows: bool,
    ) {
        if radii.0 > 0.0 && radii.0 > radii.1 {
            self.marks.push(Mark::Ring {
                center,
                radii,
                angles,
                color,
                grows,
            });
        }
    }

    /// Adds a line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), width: f64, color: Color) {
        self.marks.push(Mark::Line {
            from,
            to,
            width,
            color,
        });
    }

    /// Adds a filled polygon.
    pub fn polygon(&mut self, points: Vec<(f64, f64)>, color: Color) {
        if points.len() >= 3 {
            self.marks.push(Mark::Polygon { points, color });
        }
    }

    /// Records where a figure was drawn.
    pub fn hit(&mut self, figure: &str, rect: Rect) {
        self.hits.push(Hit {
            figure: figure.to_string(),
            rect,
        });
    }
}
