//! Scales and layout: a chart becomes a [`Scene`], a flat list of positioned marks in
//! CSS pixels, with every text box measured. Drawing only replays the scene, so tests
//! can assert on text boxes (no overlap, nothing outside the canvas) without a backend,
//! and hit testing can use the same boxes that were drawn.

use crate::shared::theme::Color;

pub mod builder;

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
