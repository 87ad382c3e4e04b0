//! Scales and layout: a chart becomes a [`Scene`], a flat list of positioned marks in
//! CSS pixels, with every text box measured. Drawing only replays the scene, so tests
//! can assert on text boxes (no overlap, nothing outside the canvas) without a backend,
//! and hit testing can use the same boxes that were drawn.

use crate::shared::theme::Color;

/// Where a text's `x` is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `x` is the left edge.
    Start,
    /// `x` is the centre.
    Middle,
    /// `x` is the right edge.
    End,
}

pub use super::measure::{is_wide, ApproxMeasure, Font, Measure};

/// An axis-aligned box in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// True when the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w - 0.01
            && o.x < self.x + self.w - 0.01
            && self.y < o.y + o.h - 0.01
            && o.y < self.y + self.h - 0.01
    }

    /// True when `self` lies within `o`, with half a pixel of tolerance for rounding.
    pub fn inside(&self, o: &Rect) -> bool {
        self.x >= o.x - 0.5
            && self.y >= o.y - 0.5
            && self.x + self.w <= o.x + o.w + 0.5
            && self.y + self.h <= o.y + o.h + 0.5
    }

    /// True when the point is inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
}

/// How a mark grows in when the chart first comes into view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Grow {
    /// Drawn whole from the start.
    Still,
    /// A bar growing rightwards from its left edge (the zero baseline).
    Right,
    /// A bar growing leftwards from its right edge (a negative value).
    Left,
    /// Drawn whole once the grow-in reaches this progress (0 to 1): a waffle's cells
    /// fill one after another.
    Appear(f64),
}

/// How a text moves while the marks it belongs to grow in, so that a value never
/// stands at a bar end the bar has not reached yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Motion {
    /// In place from the first frame: titles, labels, anything not tied to a growing mark.
    Still,
    /// Rides on a growing bar's end: this many CSS pixels from its place at progress 0,
    /// moving with the bar's end to its place at 1.
    Travel(f64),
    /// Fades in as its mark arrives: not drawn before this progress, whole at 1.
    Fade(f64),
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A filled rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Fill.
        color: Color,
        /// How it grows in.
        grow: Grow,
    },
    /// A ring or ring segment (a gauge's arc, a dot); it grows in clockwise when `grows`.
    Ring {
        /// Centre.
        center: (f64, f64),
        /// Outer and inner radius; an inner radius of 0 is a disc.
        radii: (f64, f64),
        /// Start and end angle, radians clockwise from 12 o'clock.
        angles: (f64, f64),
        /// Fill.
        color: Color,
        /// Whether it sweeps in.
        grows: bool,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f64, f64),
        /// End.
        to: (f64, f64),
        /// Stroke width in CSS pixels.
        width: f64,
        /// Stroke.
        color: Color,
    },
    /// A filled polygon (arcs, arrow heads).
    Polygon {
        /// Corners, in order.
        points: Vec<(f64, f64)>,
        /// Fill.
        color: Color,
    },
    /// One line of text.
    Text {
        /// The text.
        text: String,
        /// Anchor point x.
        x: f64,
        /// Baseline y.
        baseline: f64,
        /// How `x` anchors the text.
        anchor: Anchor,
        /// Size and weight.
        font: Font,
        /// Fill.
        color: Color,
        /// The measured ink box, for overlap tests and hit testing.
        bounds: Rect,
        /// How it moves during the grow-in; its box is where it comes to rest.
        motion: Motion,
    },
}

/// A region of the chart tied to one figure, for tooltips and keyboard focus.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The figure's id.
    pub figure: String,
    /// Where it was drawn.
    pub rect: Rect,
}

/// A laid-out chart: size, background and marks, all in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// Background colour.
    pub background: Color,
    /// Marks in painting order.
    pub marks: Vec<Mark>,
    /// Figure regions.
    pub hits: Vec<Hit>,
}

impl Scene {
    /// Every text with its box, for tests.
    pub fn texts(&self) -> impl Iterator<Item = (&str, &Rect)> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text { text, bounds, .. } => Some((text.as_str(), bounds)),
            _ => None,
        })
    }

    /// Pairs of texts whose boxes overlap; a correct layout has none.
    pub fn overlapping_texts(&self) -> Vec<(String, String)> {
        let texts: Vec<_> = self.texts().collect();
        let mut out = Vec::new();
        for (i, (a, ra)) in texts.iter().enumerate() {
            for (b, rb) in texts.iter().skip(i + 1) {
                if ra.overlaps(rb) {
                    out.push((a.to_string(), b.to_string()));
                }
            }
        }
        out
    }

    /// Texts that leave the canvas; a correct layout has none.
    pub fn texts_outside(&self) -> Vec<String> {
        let canvas = Rect {
            x: 0.0,
            y: 0.0,
            w: self.width,
            h: self.height,
        };
        self.texts()
            .filter(|(_, r)| !r.inside(&canvas))
            .map(|(t, _)| t.to_string())
            .collect()
    }
}

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
        let Ink {
            font,
            leading,
            color,
        } = ink;
        let lines = self.wrap(text, at.width, font);
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
