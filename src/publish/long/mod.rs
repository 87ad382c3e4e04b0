//! The long image (长图, native only): the whole story as one graphic 1080 px wide, for
//! channels that take images and text only (WeChat official accounts, Weibo, print,
//! messaging apps).
//!
//! The story is laid out as [`Block`]s in reading order: the headline with its deck,
//! the lead graphic, each section's heading, each chart (laid out by the page's code in
//! the compact frame, [`Frame::Compact`]: cards as one row a figure, no source line),
//! the section's figures that no chart draws (the page's text carries them; the image
//! has no text, so they stand as compact rows: no figure is dropped), and the source
//! line once, at the end. Type sizes and spacing are the theme's at [`WIDTH`]. Blocks are
//! stacked into one [`Scene`] and cut into slices between blocks, never through one:
//! WeChat recompresses images taller than [`SLICE_MAX_HEIGHT`] pixels. A block taller
//! than a slice is first cut into blocks that fit, between its rows (`split`).

use crate::publish::resolve;
use crate::shared::charts::{self, Frame};
use crate::shared::layout::{ApproxMeasure, Scene};
use crate::shared::messages;
use crate::shared::model::{Lang, Report, Section};
use std::collections::HashSet;
use std::ops::Range;

mod parts;
mod split;
use parts::{blank, chart, foot, head, section, theme};

/// The tallest slice, in image pixels: WeChat recompresses taller images.
pub const SLICE_MAX_HEIGHT: u32 = 4000;
/// The width the long image is laid out at, in CSS pixels. Wider than the article
/// images' [`crate::publish::article::ARTICLE_WIDTH`]: at a phone's width its 26 charts would
/// stand about 22,000 px tall at 1080 px wide, where a reader scrolls a long image as
/// one picture and opens it full screen to read.
pub const WIDTH: f64 = 540.0;
/// Image pixels per CSS pixel: 1080 px wide.
pub const RATIO: f64 = 2.0;

/// What a block of the long image shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Kicker, headline and deck.
    Head,
    /// A section's heading; the section's id.
    Section(String),
    /// A chart; its id.
    Chart(String),
    /// A section's figures on no chart, as compact rows; the section's id.
    Figures(String),
    /// The source line and byline, once for the whole image.
    Foot,
}

/// One block: what it is, a name for the slice's alt text, and its scene,
/// [`WIDTH`] wide and a whole number of CSS pixels tall.
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

/// Chart `id` in the compact frame: its note, if any, but not the source line, which
/// the long image prints once, at its end.
///
/// # Errors
///
/// The no-such-chart message when `report` has no chart `id`.
pub fn chart_scene(report: &Report, id: &str, lang: Lang) -> Result<Scene, String> {
    let chart = report
        .chart(id)
        .ok_or_else(|| messages::reader::no_such_chart(id))?;
    let mut spec = resolve::resolve(report, chart, lang);
    spec.footer = resolve::note(chart, lang).unwrap_or_default();
    Ok(charts::framed(
        &spec,
        theme(),
        WIDTH,
        &mut ApproxMeasure,
        Frame::Compact,
    ))
}

/// The story's blocks in reading order, as the page has them: the lead graphic first,
/// then each section with its charts and its figures on no chart; a section with
/// neither is left out. Every block fits a slice: a taller one is cut between its rows.
///
/// # Errors
///
/// When a chart of a section cannot be laid out.
pub fn blocks(report: &Report, lang: Lang) -> Result<Vec<Block>, String> {
    let mut out = vec![head(report, lang)];
    if let Some(lead) = report.lead_chart() {
        out.extend(split::fit(chart(report, &lead.id, lang)?, SLICE_MAX_HEIGHT));
    }
    // A growth chart prints changes: a value it draws no other chart shows gets a row.
    let drawn: HashSet<usize> = report
        .charts
        .iter()
        .flat_map(|c| {
            let changes_only = c.kind == charts::growth::KIND;
            c.figures
                .iter()
                .copied()
                .filter(move |&k| !changes_only || report.figures[k].value.is_none())
        })
        .collect();
    let shown: Vec<_> = (report.sections.iter())
        .map(|s| {
            let charts = in_page_order(report, s);
            let rest: Vec<usize> = (0..report.figures.len())
                .filter(|k| !drawn.contains(k) && report.figures[*k].section == s.id)
                .collect();
            (s, charts, rest)
        })
        .filter(|(_, charts, rest)| !charts.is_empty() || !rest.is_empty())
        .collect();
    let end = foot(report, lang);
    for (i, (s, charts, rest)) in shown.iter().enumerate() {
        out.push(section(s, lang));
        for id in charts {
            out.extend(split::fit(chart(report, id, lang)?, SLICE_MAX_HEIGHT));
        }
        if !rest.is_empty() {
            // The story's last rows leave room for the source line after them: it never
            // stands alone on a slice (the tester's M3), nor do they part from it.
            let max = if i + 1 == shown.len() {
                SLICE_MAX_HEIGHT.saturating_sub(end.pixels())
            } else {
                SLICE_MAX_HEIGHT
            };
            let first = split::room(&out, SLICE_MAX_HEIGHT).min(max);
            out.extend(split::figure_blocks(report, s, rest, lang, (first, max)));
        }
    }
    out.push(end);
    Ok(out)
}

/// The charts of section `s` (the lead apart) in the story page's order: each stands
/// after the words of its last figure, and a section's topics follow its text (a draft
/// makes each paragraph a topic); charts of the same topic keep their order in the data.
/// The data's own order of charts is not the page's: a draft proposes its 预期目标
/// charts first.
fn in_page_order<'a>(report: &'a Report, s: &Section) -> Vec<&'a str> {
    let topic = |k: &usize| {
        let f = report.figures.get(*k)?;
        s.topics.iter().position(|t| t.id == f.topic)
    };
    let mut charts: Vec<_> = (report.charts.iter())
        .filter(|c| c.section == s.id && !c.lead)
        .collect();
    charts.sort_by_key(|c| c.figures.iter().filter_map(topic).max());
    charts.iter().map(|c| c.id.as_str()).collect()
}

/// Cuts blocks `heights` pixels tall into runs of at most `max` pixels, filling each
/// run in turn. A block marked in `glued` stays with the one after it (a section's
/// heading is never the last thing on a slice), and a run of them with the block after
/// the run, when they fit together.
///
/// # Errors
///
/// The index of the first block taller than `max`: no cut can hold it.
pub fn cut(heights: &[u32], glued: &[bool], max: u32) -> Result<Vec<Range<usize>>, usize> {
    if let Some(i) = heights.iter().position(|&h| h > max) {
        return Err(i);
    }
    let height = |r: &Range<usize>| heights[r.clone()].iter().sum::<u32>();
    // Units: a glued block with its successors, as long as they fit in one slice (a
    // heading, the section's last chart and the source line after it).
    let mut units: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < heights.len() {
        let mut end = i + 1;
        while end < heights.len()
            && glued.get(end - 1).copied().unwrap_or(false)
            && height(&(i..end + 1)) <= max
        {
            end += 1;
        }
        units.push(i..end);
        i = end;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    for unit in units {
        match out.last_mut() {
            Some(last) if height(&(last.start..unit.end)) <= max => last.end = unit.end,
            _ => out.push(unit),
        }
    }
    Ok(out)
}

/// Which blocks stay with the one after them: the headline, the section headings, and
/// the block before the source line, which never stands alone on a slice (the tester's
/// M3: a last slice 80 px tall).
fn glued(blocks: &[Block]) -> Vec<bool> {
    let before_foot = |i: usize| matches!(blocks.get(i + 1), Some(b) if b.kind == Kind::Foot);
    (blocks.iter().enumerate())
        .map(|(i, b)| matches!(b.kind, Kind::Head | Kind::Section(_)) || before_foot(i))
        .collect()
}

impl LongImage {
    /// The long image of `report` in `lang`, cut into slices.
    ///
    /// # Errors
    ///
    /// When a block cannot be laid out.
    pub fn new(report: &Report, lang: Lang) -> Result<LongImage, String> {
        // A block taller than a slice (a chart of very many rows) is cut between its
        // rows: the image is never refused for its length.
        let blocks: Vec<Block> = blocks(report, lang)?
            .into_iter()
            .flat_map(|b| split::fit(b, SLICE_MAX_HEIGHT))
            .collect();
        let heights: Vec<u32> = blocks.iter().map(Block::pixels).collect();
        let slices = cut(&heights, &glued(&blocks), SLICE_MAX_HEIGHT).map_err(|i| {
            messages::outputs::block_too_tall(&blocks[i].name, heights[i], SLICE_MAX_HEIGHT)
        })?;
        Ok(LongImage { blocks, slices })
    }

    /// The blocks `range` stacked into one scene, each below the last, hits included.
    pub fn stack(&self, range: Range<usize>) -> Scene {
        let mut out = blank(0.0, Vec::new());
        for block in &self.blocks[range] {
            let dy = out.height;
            out.place(&block.scene, 0.0, dy);
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
