//! Blocks taller than a slice, cut into parts that each fit one. A section's figures on
//! no chart are cut between their rows, each part under the heading again, marked as
//! continued; any other block (a chart of very many rows) is cut where no mark crosses,
//! so between its rows and never through a line of text. No block fails the build.

use super::parts::{blank, figures};
use super::{cut, glued, Block, Kind, RATIO};
use crate::shared::layout::{Hit, Mark, Scene};
use crate::shared::model::{Lang, Report, Section};

/// The figures `rest` of `section` as one block when it fits `max` image pixels, else as
/// parts, the first at most `first` (see [`room`]) and the others `max`: as many rows
/// in each as fit, a row never cut. A single row taller than a slice is left to [`fit`].
pub(super) fn figure_blocks(
    report: &Report,
    section: &Section,
    rest: &[usize],
    lang: Lang,
    (first, max): (u32, u32),
) -> Vec<Block> {
    let whole = figures(report, section, rest, lang, false);
    if whole.pixels() <= max {
        return vec![whole];
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < rest.len() {
        let (budget, more) = if out.is_empty() {
            (first, false)
        } else {
            (max, true)
        };
        let part = |n: usize| figures(report, section, &rest[start..start + n], lang, more);
        // The most rows that fit: the height grows with the rows, so a binary search.
        let (mut lo, mut hi) = (1, rest.len() - start);
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if part(mid).pixels() <= budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        out.push(part(lo));
        start += lo;
    }
    out
}

/// The least room, in image pixels, worth starting a section's figures in at the foot
/// of a slice: their title and about eight rows.
const MIN_PART: u32 = 600;

/// The room for the first part of a section's figures that come after the blocks
/// `before`: what the slice these end on has left, when it holds the title and a few
/// rows, so that no slice is left nearly empty; else a whole slice's, less the section's
/// heading when the figures follow it directly (the heading goes along with them).
pub(super) fn room(before: &[Block], max: u32) -> u32 {
    let heights: Vec<u32> = before.iter().map(Block::pixels).collect();
    let left = cut(&heights, &glued(before), max)
        .ok()
        .and_then(|slices| slices.last().cloned())
        .map_or(0, |r| max.saturating_sub(heights[r].iter().sum()));
    if left >= MIN_PART {
        return left;
    }
    match before.last() {
        Some(b) if matches!(b.kind, Kind::Section(_)) => max.saturating_sub(b.pixels()),
        _ => max,
    }
}

/// The vertical extent of a mark, in CSS pixels.
fn extent(mark: &Mark) -> (f64, f64) {
    let span = |ys: &mut dyn Iterator<Item = f64>| {
        ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), y| {
            (a.min(y), b.max(y))
        })
    };
    match mark {
        Mark::Rect { rect, .. } => (rect.y, rect.y + rect.h),
        Mark::Ring { center, radii, .. } => (center.1 - radii.0, center.1 + radii.0),
        Mark::Line {
            from, to, width, ..
        } => (
            from.1.min(to.1) - width / 2.0,
            from.1.max(to.1) + width / 2.0,
        ),
        Mark::Polygon { points, .. } => span(&mut points.iter().map(|p| p.1)),
        Mark::Text { bounds, .. } => (bounds.y, bounds.y + bounds.h),
    }
}

/// The lowest whole CSS pixel `y`, above `limit`, that no mark crosses: where the scene
/// can be cut. Falls back to the lowest line no text crosses, then to `limit` itself.
fn cut_line(scene: &Scene, limit: f64) -> f64 {
    let extents: Vec<(f64, f64, bool)> = scene
        .marks
        .iter()
        .map(|m| {
            let (top, bottom) = extent(m);
            (top, bottom, matches!(m, Mark::Text { .. }))
        })
        .collect();
    let candidates = extents
        .iter()
        .flat_map(|&(top, bottom, _)| [top.floor(), bottom.ceil()])
        .filter(|&y| y > 0.0 && y <= limit);
    let free = |y: f64, texts_only: bool| {
        extents
            .iter()
            .all(|&(top, bottom, text)| (texts_only && !text) || !(top < y && y < bottom))
    };
    let best = |texts_only: bool| {
        candidates
            .clone()
            .filter(|&y| free(y, texts_only))
            .fold(None, |acc: Option<f64>, y| {
                Some(acc.map_or(y, |a| a.max(y)))
            })
    };
    best(false).or_else(|| best(true)).unwrap_or(limit)
}

/// `scene` cut at `y`: the part above, `y` tall, and the part below moved up. A mark
/// that crosses the line (only when no clean line was found) goes into both parts.
fn cut_at(scene: &Scene, y: f64) -> (Scene, Scene) {
    let mut above = blank(y, Vec::new());
    let mut below = blank(scene.height - y, Vec::new());
    above.background = scene.background;
    below.background = scene.background;
    for m in &scene.marks {
        let (top, bottom) = extent(m);
        if top < y {
            above.marks.push(m.clone());
        }
        if bottom > y {
            below.marks.push(m.shifted(0.0, -y));
        }
    }
    let split = |h: &Hit| h.rect.y + h.rect.h / 2.0 < y;
    above.hits = scene.hits.iter().filter(|h| split(h)).cloned().collect();
    below.hits = scene
        .hits
        .iter()
        .filter(|h| !split(h))
        .map(|h| h.shifted(0.0, -y))
        .collect();
    (above, below)
}

/// `block` as it is when it fits `max` image pixels, else cut into parts that do, each
/// of the same kind and name.
pub(super) fn fit(block: Block, max: u32) -> Vec<Block> {
    let limit = (f64::from(max) / RATIO).floor();
    let mut out = Vec::new();
    let mut rest = block.scene;
    while (rest.height * RATIO).round() as u32 > max {
        let y = cut_line(&rest, limit);
        let (above, below) = cut_at(&rest, y);
        out.push(Block {
            kind: block.kind.clone(),
            name: block.name.clone(),
            scene: above,
        });
        rest = below;
    }
    out.push(Block {
        kind: block.kind,
        name: block.name,
        scene: rest,
    });
    out
}
