//! Scales and layout: a chart becomes a [`Scene`], a flat list of positioned marks in
//! CSS pixels, with every text box measured. Drawing only replays the scene, so tests
//! can assert on text boxes (no overlap, nothing outside the canvas) without a backend,
//! and hit testing can use the same boxes that were drawn.

use crate::theme::Color;

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

/// A font: the family is always [`crate::theme::FONT_STACK`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Size in CSS pixels.
    pub size: f64,
    /// Bold or regular.
    pub bold: bool,
}

impl Font {
    /// A regular font of `size` px.
    pub fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }

    /// A bold font of `size` px.
    pub fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }

    /// Distance from the top of the em box to the baseline, as a fraction of the size.
    /// Both backends place text by this rule (plotters' SVG backend writes `dy="0.76em"`).
    pub const ASCENT: f64 = 0.76;
    /// Ink above the baseline that a box must hold (CJK glyphs reach 0.88em).
    pub const BOX_ABOVE: f64 = 0.88;
    /// Ink below the baseline that a box must hold.
    pub const BOX_BELOW: f64 = 0.12;
}

/// Measures text widths. The browser measures with the canvas's own `measureText`;
/// native rendering uses [`ApproxMeasure`].
pub trait Measure {
    /// The advance width of `text` in CSS pixels.
    fn width(&mut self, text: &str, font: Font) -> f64;
}

/// Deterministic widths for native SVG: CJK 1em, Latin by class. Slightly generous,
/// so that a static SVG viewed with real fonts never overlaps.
#[derive(Debug, Default, Clone, Copy)]
pub struct ApproxMeasure;

/// True for characters that take a full em and may break anywhere.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x2FFFD
        | 0x1F300..=0x1FAFF)
}

impl Measure for ApproxMeasure {
    fn width(&mut self, text: &str, font: Font) -> f64 {
        let em: f64 = text
            .chars()
            // Each class is at least as wide as Noto Sans CJK SC, the first font of the
            // stack, draws it (bold within the 1.05 below).
            .map(|c| match c {
                c if is_wide(c) => 1.0,
                // CJK fonts draw these punctuation marks a full em wide.
                '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '×' => 1.0,
                ' ' => 0.25,
                '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'j' | 'l' | 'I' => 0.32,
                '!' | '(' | ')' | '[' | ']' | '-' | 'f' => 0.38,
                'r' | 't' | '/' => 0.42,
                '%' | 'm' => 0.94,
                'w' | 'M' | 'W' => 0.88,
                'D' | 'G' | 'H' | 'N' | 'O' | 'Q' | 'U' | '&' => 0.74,
                'A'..='Z' => 0.66,
                'b' | 'd' | 'h' | 'n' | 'o' | 'p' | 'q' | 'u' => 0.62,
                // Digits, signs and the other lower-case letters.
                _ => 0.58,
            })
            .sum();
        em * font.size * if font.bold { 1.05 } else { 1.0 }
    }
}

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

/// The angle between the corners of a ring's outline of radius `r`: fine enough that
/// the outline strays less than a twentieth of a CSS pixel from the circle, so small
/// rings (a card's, a dot) take few corners and the static SVGs stay light; never
/// coarser than 15° nor finer than 2°.
fn ring_step(r: f64) -> f64 {
    use std::f64::consts::PI;
    let fine = 2.0 * (1.0 - 0.05 / r.max(0.05)).clamp(-1.0, 1.0).acos();
    fine.clamp(PI / 90.0, PI / 12.0)
}

/// The outline of a ring segment from angle `a0` to `a1` (radians, clockwise from
/// 12 o'clock), as a polygon fine enough to look round at any pixel ratio.
pub fn ring_points(center: (f64, f64), radii: (f64, f64), a0: f64, a1: f64) -> Vec<(f64, f64)> {
    let (cx, cy) = center;
    let (r_out, r_in) = radii;
    let steps = (((a1 - a0).abs() / ring_step(r_out)).ceil() as usize).max(2);
    let at = |r: f64, a: f64| (cx + r * a.sin(), cy - r * a.cos());
    let mut pts: Vec<(f64, f64)> = (0..=steps)
        .map(|i| at(r_out, a0 + (a1 - a0) * i as f64 / steps as f64))
        .collect();
    pts.extend(
        (0..=steps)
            .rev()
            .map(|i| at(r_in, a0 + (a1 - a0) * i as f64 / steps as f64)),
    );
    pts
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

/// Builds a scene: places marks and measures text.
pub struct Builder<'m> {
    /// The scene so far.
    pub marks: Vec<Mark>,
    /// Figure regions so far.
    pub hits: Vec<Hit>,
    measure: &'m mut dyn Measure,
}

impl<'m> Builder<'m> {
    /// An empty builder measuring with `measure`.
    pub fn new(measure: &'m mut dyn Measure) -> Self {
        Builder {
            marks: Vec::new(),
            hits: Vec::new(),
            measure,
        }
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

    /// Wraps `text` to `max_w` and places it with its first line's top at `top`;
    /// returns the height used (a whole number of lines).
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        text: &str,
        x: f64,
        top: f64,
        max_w: f64,
        anchor: Anchor,
        font: Font,
        leading: f64,
        color: Color,
    ) -> f64 {
        let lines = self.wrap(text, max_w, font);
        let line_h = font.size * leading;
        let first_baseline = top + (line_h - font.size) / 2.0 + Font::BOX_ABOVE * font.size;
        for (i, line) in lines.iter().enumerate() {
            self.text(
                line,
                x,
                first_baseline + i as f64 * line_h,
                anchor,
                font,
                color,
            );
        }
        lines.len() as f64 * line_h
    }

    /// The lines `text` breaks into at `max_w`: Chinese by character, Latin by word,
    /// never a closing mark at the start of a line.
    pub fn wrap(&mut self, text: &str, max_w: f64, font: Font) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for token in tokens(text) {
            let candidate = format!("{line}{token}");
            if line.is_empty() || self.width(candidate.trim_end(), font) <= max_w {
                line = candidate;
            } else {
                lines.push(line.trim_end().to_string());
                line = token.trim_start().to_string();
            }
            // A single token wider than the line is cut by character.
            if self.width(line.trim_end(), font) > max_w && line.chars().count() > 1 {
                line = cut_to_fit(self, &line, max_w, font, &mut lines);
            }
        }
        if !line.trim().is_empty() || lines.is_empty() {
            lines.push(line.trim_end().to_string());
        }
        avoid_widow(&mut lines);
        lines
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

/// A last line of one Chinese character (百分 / 点) takes a companion from the line
/// before, which then only gets shorter, so both still fit.
fn avoid_widow(lines: &mut [String]) {
    let n = lines.len();
    if n < 2 {
        return;
    }
    let last: Vec<char> = lines[n - 1].chars().collect();
    let prev: Vec<char> = lines[n - 2].chars().collect();
    let single_wide = last.iter().filter(|c| is_wide(**c)).count() == 1
        && last.iter().all(|c| is_wide(*c) || is_closing(*c));
    if !single_wide || prev.len() < 4 {
        return;
    }
    let Some(&moved) = prev.last() else { return };
    if !is_wide(moved) {
        return;
    }
    lines[n - 2] = prev[..prev.len() - 1].iter().collect();
    lines[n - 1] = format!("{moved}{}", lines[n - 1]);
}

/// Cuts heads off `line`, each the longest that fits `max_w` (at least one character),
/// until the rest fits or is one character; pushes the heads onto `lines` and returns
/// the rest. A word thousands of characters long takes a few short measurements per
/// line: never a measurement of the whole word per line, or of every head per character.
fn cut_to_fit(
    b: &mut Builder<'_>,
    line: &str,
    max_w: f64,
    font: Font,
    lines: &mut Vec<String>,
) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    while chars.len() - start > 1 {
        let rest = &chars[start..];
        let trimmed = rest.len() - rest.iter().rev().take_while(|c| c.is_whitespace()).count();
        let n = longest_fit(b, &rest[..trimmed], max_w, font);
        if n >= trimmed {
            break;
        }
        lines.push(rest[..n].iter().collect());
        start += n;
    }
    chars[start..].iter().collect()
}

/// The length of the longest head of `chars` that fits `max_w`, at least 1. Widths grow
/// with length, so the head is found by doubling, then halving the gap.
fn longest_fit(b: &mut Builder<'_>, chars: &[char], max_w: f64, font: Font) -> usize {
    let fits = |b: &mut Builder<'_>, n: usize| {
        b.width(&chars[..n].iter().collect::<String>(), font) <= max_w
    };
    // `lo` fits (0 always does); `hi` does not, or is the whole.
    let (mut lo, mut hi) = (0, 1.min(chars.len()));
    while hi > lo && fits(b, hi) {
        lo = hi;
        hi = (hi * 2).min(chars.len());
    }
    if hi == lo {
        return lo.max(1);
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fits(b, mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo.max(1)
}

/// Closing marks that must not begin a line (禁则).
fn is_closing(c: char) -> bool {
    "，。、；：！？）」』”’》〉%,.;:!?)]".contains(c)
}

/// Break units: a wide character each, a Latin word with its trailing space, and
/// closing marks glued to what precedes them.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_closing(c) {
            word.push(c);
            continue;
        }
        if is_wide(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
            out.push(std::mem::take(&mut word));
            continue;
        }
        if c == ' ' {
            word.push(c);
            out.push(std::mem::take(&mut word));
            continue;
        }
        // A Latin character right after a wide one starts a new word.
        word.push(c);
    }
    if !word.is_empty() {
        out.push(word);
    }
    // Glue closing marks that began a token onto the token before.
    let mut glued: Vec<String> = Vec::new();
    for t in out {
        match (t.chars().next(), glued.last_mut()) {
            (Some(c), Some(prev)) if is_closing(c) && t.chars().all(is_closing) => {
                prev.push_str(&t)
            }
            _ => glued.push(t),
        }
    }
    glued
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_marks_stay_with_the_character_before() {
        let t = tokens("增长，好。");
        assert_eq!(t, vec!["增", "长，", "好。"]);
    }

    #[test]
    fn latin_words_do_not_break_inside() {
        let t = tokens("GDP up 4.3%");
        assert_eq!(t, vec!["GDP ", "up ", "4.3%"]);
    }
}
