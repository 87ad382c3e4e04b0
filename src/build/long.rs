//! The long image (长图, native only): the whole story as one graphic at the width of a
//! WeChat article, for channels that take images and text only (WeChat official
//! accounts, Weibo, print, messaging apps).
//!
//! The story is laid out as [`Block`]s in reading order: the headline with its deck and
//! byline, each section's heading, each chart (laid out by the same code as the page at
//! [`ARTICLE_WIDTH`]), and the source. Blocks are stacked into one [`Scene`] and cut
//! into slices between blocks, never through one: WeChat recompresses images taller
//! than [`SLICE_MAX_HEIGHT`] pixels.

use crate::article::{self, ARTICLE_WIDTH, RATIO};
use crate::layout::{Anchor, ApproxMeasure, Builder, Font, Hit, Mark, Rect, Scene};
use crate::model::{Lang, Report};
use crate::theme::{Palette, ThemeName};
use crate::{messages, resolve};
use std::ops::Range;

/// The tallest slice, in image pixels (2000 CSS px at 2×).
pub const SLICE_MAX_HEIGHT: u32 = 4000;
/// Horizontal padding of the text blocks, in CSS pixels (the charts' own at this width).
const PAD: f64 = 16.0;
/// Space below each chart, with a hairline across its middle.
const CHART_GAP: f64 = 28.0;

/// What a block of the long image shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Kicker, headline, deck and byline.
    Head,
    /// A section's heading; the section's id.
    Section(String),
    /// A chart; its id.
    Chart(String),
    /// The source line, and the image credit when the page has one.
    Foot,
}

/// One block: what it is, a name for the slice's alt text, and its scene,
/// [`ARTICLE_WIDTH`] wide and a whole number of CSS pixels tall.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it shows.
    pub kind: Kind,
    /// Its headline, heading or chart title.
    pub name: String,
    /// Its marks, from its own top-left corner.
    pub scene: Scene,
}

impl Block {
    /// Its height in image pixels.
    pub fn pixels(&self) -> u32 {
        (self.scene.height * RATIO).round() as u32
    }
}

/// The long image of one language: its blocks and where it is cut.
#[derive(Debug, Clone)]
pub struct LongImage {
    /// Every block, in reading order.
    pub blocks: Vec<Block>,
    /// The blocks of each slice, in order; together they hold every block once.
    pub slices: Vec<Range<usize>>,
}

fn blank(height: f64, marks: Vec<Mark>) -> Scene {
    Scene {
        width: ARTICLE_WIDTH,
        height: height.ceil(),
        background: Palette::of(ThemeName::Light).background,
        marks,
        hits: Vec::new(),
    }
}

/// How a run of text is set: its font, its line height (a multiple of the size), its colour.
#[derive(Debug, Clone, Copy)]
struct Set(Font, f64, crate::theme::Color);

/// Lines of text stacked downwards from `y`; returns where the next one starts.
fn lines(b: &mut Builder<'_>, y: f64, text: &str, Set(font, leading, color): Set) -> f64 {
    if text.trim().is_empty() {
        return y;
    }
    let max_w = ARTICLE_WIDTH - 2.0 * PAD;
    y + b.paragraph(text, PAD, y, max_w, Anchor::Start, font, leading, color)
}

fn head(report: &Report, lang: Lang) -> Block {
    let (m, p) = (&report.meta, Palette::of(ThemeName::Light));
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    b.rect(
        Rect {
            x: 0.0,
            y: 0.0,
            w: ARTICLE_WIDTH,
            h: 6.0,
        },
        p.accent,
    );
    let kicker = format!("{} · {}", m.publication.pick(lang), m.year);
    let mut y = lines(&mut b, 28.0, &kicker, Set(Font::bold(13.0), 1.45, p.accent));
    y = lines(
        &mut b,
        y + 8.0,
        m.title.pick(lang),
        Set(Font::bold(28.0), 1.3, p.ink),
    );
    y = lines(
        &mut b,
        y + 10.0,
        m.deck.pick(lang),
        Set(Font::regular(16.0), 1.6, p.ink),
    );
    y = lines(
        &mut b,
        y + 10.0,
        &resolve::byline(report, lang),
        Set(Font::regular(13.0), 1.45, p.muted),
    );
    b.line(
        (PAD, y + 20.0),
        (ARTICLE_WIDTH - PAD, y + 20.0),
        1.0,
        p.rule,
    );
    Block {
        kind: Kind::Head,
        name: m.title.pick(lang).to_string(),
        scene: blank(y + 21.0, b.marks),
    }
}

fn section(section: &crate::model::Section, lang: Lang) -> Block {
    let p = Palette::of(ThemeName::Light);
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    let mut y = lines(
        &mut b,
        24.0,
        section.short.pick(lang),
        Set(Font::bold(13.0), 1.45, p.accent),
    );
    y = lines(
        &mut b,
        y + 2.0,
        section.title.pick(lang),
        Set(Font::bold(21.0), 1.35, p.ink),
    );
    Block {
        kind: Kind::Section(section.id.clone()),
        name: section.title.pick(lang).to_string(),
        scene: blank(y + 8.0, b.marks),
    }
}

fn chart(report: &Report, id: &str, lang: Lang) -> Result<Block, String> {
    let mut scene = article::chart_scene(report, id, lang)?;
    let h = scene.height.ceil();
    let p = Palette::of(ThemeName::Light);
    scene.marks.push(Mark::Line {
        from: (PAD, h + CHART_GAP / 2.0),
        to: (ARTICLE_WIDTH - PAD, h + CHART_GAP / 2.0),
        width: 1.0,
        color: p.track,
    });
    scene.height = h + CHART_GAP;
    let name = report
        .chart(id)
        .map(|c| c.title.pick(lang).to_string())
        .unwrap_or_default();
    Ok(Block {
        kind: Kind::Chart(id.to_string()),
        name,
        scene,
    })
}

fn foot(report: &Report, lang: Lang) -> Block {
    let (m, p) = (&report.meta, Palette::of(ThemeName::Light));
    let mut measure = ApproxMeasure;
    let mut b = Builder::new(&mut measure);
    let mut y = lines(
        &mut b,
        12.0,
        &resolve::source_line(report, lang),
        Set(Font::regular(13.0), 1.5, p.muted),
    );
    if let Some(credit) = &m.image_credit {
        y = lines(
            &mut b,
            y + 4.0,
            credit.pick(lang),
            Set(Font::regular(12.0), 1.5, p.muted),
        );
    }
    b.rect(
        Rect {
            x: 0.0,
            y: y + 24.0,
            w: ARTICLE_WIDTH,
            h: 6.0,
        },
        p.accent,
    );
    Block {
        kind: Kind::Foot,
        name: resolve::source_line(report, lang),
        scene: blank(y + 30.0, b.marks),
    }
}

/// The story's blocks in reading order, as the page has them: sections without charts
/// are left out, as on the page.
pub fn blocks(report: &Report, lang: Lang) -> Result<Vec<Block>, String> {
    let mut out = vec![head(report, lang)];
    for s in &report.sections {
        let charts: Vec<&str> = report
            .charts
            .iter()
            .filter(|c| c.section == s.id)
            .map(|c| c.id.as_str())
            .collect();
        if charts.is_empty() {
            continue;
        }
        out.push(section(s, lang));
        for id in charts {
            out.push(chart(report, id, lang)?);
        }
    }
    out.push(foot(report, lang));
    Ok(out)
}

/// Cuts blocks `heights` pixels tall into runs of at most `max` pixels, filling each
/// run in turn. A block marked in `glued` stays with the one after it (a section's
/// heading is never the last thing on a slice) when the two fit together.
pub fn cut(heights: &[u32], glued: &[bool], max: u32) -> Result<Vec<Range<usize>>, usize> {
    if let Some(i) = heights.iter().position(|&h| h > max) {
        return Err(i);
    }
    // Units: a glued block with its successor, when they fit in one slice.
    let mut units: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < heights.len() {
        let together = glued.get(i).copied().unwrap_or(false)
            && i + 1 < heights.len()
            && heights[i] + heights[i + 1] <= max;
        let end = if together { i + 2 } else { i + 1 };
        units.push(i..end);
        i = end;
    }
    let height = |r: &Range<usize>| heights[r.clone()].iter().sum::<u32>();
    let mut out: Vec<Range<usize>> = Vec::new();
    for unit in units {
        match out.last_mut() {
            Some(last) if height(&(last.start..unit.end)) <= max => last.end = unit.end,
            _ => out.push(unit),
        }
    }
    Ok(out)
}

impl LongImage {
    /// The long image of `report` in `lang`, cut into slices.
    pub fn new(report: &Report, lang: Lang) -> Result<LongImage, String> {
        let blocks = blocks(report, lang)?;
        let heights: Vec<u32> = blocks.iter().map(Block::pixels).collect();
        let glued: Vec<bool> = blocks
            .iter()
            .map(|b| matches!(b.kind, Kind::Head | Kind::Section(_)))
            .collect();
        let slices = cut(&heights, &glued, SLICE_MAX_HEIGHT)
            .map_err(|i| messages::block_too_tall(&blocks[i].name, heights[i], SLICE_MAX_HEIGHT))?;
        Ok(LongImage { blocks, slices })
    }

    /// The blocks `range` stacked into one scene, each below the last, hits included.
    pub fn stack(&self, range: Range<usize>) -> Scene {
        let mut out = blank(0.0, Vec::new());
        for block in &self.blocks[range] {
            let dy = out.height;
            out.marks
                .extend(block.scene.marks.iter().map(|m| shifted(m, dy)));
            out.hits.extend(block.scene.hits.iter().map(|h| Hit {
                figure: h.figure.clone(),
                rect: Rect {
                    y: h.rect.y + dy,
                    ..h.rect
                },
            }));
            out.height += block.scene.height;
        }
        out
    }

    /// The whole long image as one scene: what the slices are cut from.
    pub fn scene(&self) -> Scene {
        self.stack(0..self.blocks.len())
    }

    /// Slice `i` as a scene.
    pub fn slice(&self, i: usize) -> Scene {
        self.stack(self.slices.get(i).cloned().unwrap_or(0..0))
    }

    /// Each slice's top and bottom in the whole image, in image pixels.
    pub fn slice_bounds(&self) -> Vec<(u32, u32)> {
        let heights: Vec<u32> = self.blocks.iter().map(Block::pixels).collect();
        self.slices
            .iter()
            .map(|r| {
                let top: u32 = heights[..r.start].iter().sum();
                (top, top + heights[r.clone()].iter().sum::<u32>())
            })
            .collect()
    }

    /// Each block's top and bottom in the whole image, in image pixels.
    pub fn block_bounds(&self) -> Vec<(u32, u32)> {
        let mut top = 0;
        self.blocks
            .iter()
            .map(|b| {
                let bounds = (top, top + b.pixels());
                top = bounds.1;
                bounds
            })
            .collect()
    }
}

/// `mark` moved down by `dy` CSS pixels.
fn shifted(mark: &Mark, dy: f64) -> Mark {
    let p = |(x, y): (f64, f64)| (x, y + dy);
    let r = |r: &Rect| Rect { y: r.y + dy, ..*r };
    match mark {
        Mark::Rect { rect, color, grow } => Mark::Rect {
            rect: r(rect),
            color: *color,
            grow: *grow,
        },
        Mark::Ring {
            center,
            radii,
            angles,
            color,
            grows,
        } => Mark::Ring {
            center: p(*center),
            radii: *radii,
            angles: *angles,
            color: *color,
            grows: *grows,
        },
        Mark::Line {
            from,
            to,
            width,
            color,
        } => Mark::Line {
            from: p(*from),
            to: p(*to),
            width: *width,
            color: *color,
        },
        Mark::Polygon { points, color } => Mark::Polygon {
            points: points.iter().map(|&q| p(q)).collect(),
            color: *color,
        },
        Mark::Text {
            text,
            x,
            baseline,
            anchor,
            font,
            color,
            bounds,
            motion,
        } => Mark::Text {
            text: text.clone(),
            x: *x,
            baseline: baseline + dy,
            anchor: *anchor,
            font: *font,
            color: *color,
            bounds: r(bounds),
            motion: *motion,
        },
    }
}
