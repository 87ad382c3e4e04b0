//! A structure ratio (三次产业结构为3.3:41.9:54.8) as one 100% stacked bar: each part a
//! segment as wide as its share of the sum, the story's part in the accent colour, and a
//! key underneath that writes every part as printed, one a line, so nothing overlaps.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::{ChartSpec, Item};
use crate::shared::theme::{Color, Palette};

/// One 100% stacked bar: the parts of a structure ratio (3.3:41.9:54.8).
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "structure",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("结构条", "Structure"),
    code: 8,
    figures: (2, 8),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Value,
        statuses: super::check::RESULTS,
        rules,
    },
};

/// The gap between two segments, in the background colour, so like colours stay apart.
const SEAM: f64 = 2.0;

/// Lays out the bar and its key; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let bar_h = (s.label * 2.4).round();
    let items: Vec<&Item> = spec
        .items
        .iter()
        .filter(|i| i.value.is_some_and(|v| v >= 0.0))
        .collect();
    let sum: f64 = items.iter().filter_map(|i| i.value).sum();
    let mut y = top.round();
    if sum <= 0.0 {
        return 0.0;
    }
    let seams = SEAM * (items.len().saturating_sub(1)) as f64;
    let room = (ctx.w - seams).max(1.0);
    let widths: Vec<f64> = items
        .iter()
        .map(|i| (room * i.value.unwrap_or(0.0) / sum).max(1.0))
        .collect();
    y = numbers_over(ctx, &items, &widths, y);
    let mut x = ctx.x;
    for ((k, item), &w) in items.iter().enumerate().zip(&widths) {
        let rect = Rect {
            x: x.round(),
            y,
            w: w.round().max(1.0),
            h: bar_h,
        };
        // Drawn whole: segments growing in each from its own left edge would open gaps
        // in the one bar while they grow.
        ctx.b.rect(rect, colour(p, item, k));
        ctx.b.hit(&item.id, rect);
        x += w + SEAM;
    }
    y += bar_h + s.gap;
    let font = ctx.label();
    let swatch = (s.label * 0.8).round();
    for (k, item) in items.iter().enumerate() {
        let text = match &item.change {
            Some(c) => [
                &item.label,
                " ",
                item.value_text.as_deref().unwrap_or(""),
                "，",
                &c.text,
            ]
            .concat(),
            None => [&item.label, " ", item.value_text.as_deref().unwrap_or("")].concat(),
        };
        let line_top = y;
        ctx.b.rect(
            Rect {
                x: ctx.x,
                y: (y + (ctx.line_h() - swatch) / 2.0).round(),
                w: swatch,
                h: swatch,
            },
            colour(p, item, k),
        );
        let indent = swatch + s.gap / 2.0;
        let f = if item.accent {
            Font::bold(s.label)
        } else {
            font
        };
        y += ctx.b.paragraph(&text, Place { x: ctx.x + indent, top: y, width: ctx.w - indent, anchor: Anchor::Start }, Ink { font: f, leading: s.leading, color: p.ink });
        ctx.b.hit(
            &item.id,
            Rect {
                x: ctx.x,
                y: line_top,
                w: ctx.w,
                h: y - line_top,
            },
        );
    }
    y - top
}

/// Writes each part's number over its segment from `y` (see [`number_row`]); returns
/// where the bar starts.
fn numbers_over(ctx: &mut Ctx<'_, '_>, items: &[&Item], widths: &[f64], y: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    // Each part's number over its segment, as printed; one wider than its segment moves
    // clear of its neighbours, with a leader down to it. Where the row cannot hold every
    // number, none is written over the bar: a part never loses its number there while the
    // others keep theirs (the key below has them all).
    let bold = Font::bold(s.label);
    let texts: Vec<String> = items
        .iter()
        .map(|i| [i.number.as_deref().unwrap_or(""), &i.unit].concat())
        .collect();
    // Each segment's left edge, and its number's width.
    let (mut starts, mut sizes) = (Vec::new(), Vec::new());
    let mut x = ctx.x;
    for (text, w) in texts.iter().zip(widths) {
        starts.push(x);
        sizes.push(ctx.b.width(text, bold));
        x += w + SEAM;
    }
    let Some(lefts) = number_row(&starts, &sizes, (ctx.x, ctx.x + ctx.w), s.gap / 2.0)
    else {
        return y;
    };
    // A number that does not stand wholly over its own segment is led down to it.
    let led = |left: f64, start: f64, w: f64, size: f64| left < start || left + size > start + w;
    let marks = lefts.iter().zip(&starts).zip(widths.iter().zip(&sizes));
    let leaders = marks.clone().any(|((&l, &x), (&w, &t))| led(l, x, w, t));
    let baseline = y + (ctx.line_h() - s.label) / 2.0 + Font::BOX_ABOVE * s.label;
    let bar_top = y + (ctx.line_h() + if leaders { s.gap } else { s.gap / 3.0 }).round();
    for ((item, text), ((&left, &start), (&w, &size))) in items.iter().zip(&texts).zip(marks) {
        let colour = if item.accent { p.accent } else { p.ink };
        ctx.b
            .text(text, left.round(), baseline, Anchor::Start, bold, colour);
        if led(left, start, w, size) {
            let centre = start + w / 2.0;
            // min and max, not clamp: clamp's check of its bounds prints floats, which
            // would bring a float printer into the reader's wasm (26 KB).
            let from = centre.min(left + size - 2.0).max(left + 2.0);
            ctx.b
                .line((from, y + ctx.line_h()), (centre, bar_top), 1.0, p.muted);
        }
    }
    bar_top
}

/// Where each number over the bar starts, for segments at `starts` and numbers of
/// `sizes`: at its segment's left edge, pushed right, and back left from the bar's end,
/// until no two are closer than `gap`. `None` when the row `bar` (its start and end)
/// cannot hold them all.
fn number_row(starts: &[f64], sizes: &[f64], bar: (f64, f64), gap: f64) -> Option<Vec<f64>> {
    let (start, end) = bar;
    let mut lefts = Vec::with_capacity(sizes.len());
    let mut after = f64::NEG_INFINITY;
    for (&x, &size) in starts.iter().zip(sizes) {
        let left = x.max(after + gap);
        after = left + size;
        lefts.push(left);
    }
    let mut limit = end;
    for (left, &size) in lefts.iter_mut().zip(sizes).rev() {
        *left = left.min(limit - size);
        limit = *left - gap;
    }
    lefts
        .first()
        .is_none_or(|l| *l >= start - 0.5)
        .then_some(lefts)
}

/// The story's part in the accent colour; the others in steps of the neutral colour
/// towards the background, so that neighbours differ without a rainbow.
fn colour(p: Palette, item: &Item, k: usize) -> Color {
    if item.accent {
        return p.accent;
    }
    let t = [0.0, 0.45, 0.7, 0.25, 0.55][k % 5];
    mix(p.neutral, p.track, t)
}

fn mix(a: Color, b: Color, t: f64) -> Color {
    let m = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    Color(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// How far printed percentages may miss 100 through rounding (3 parts of one decimal each).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
const ROUNDING: f64 = 1.0;

/// The parts of one whole: one unit, none negative; parts in % add up to 100, give or
/// take rounding.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::Finding;
    let Some(first) = figs.first() else {
        return Vec::new();
    };
    for (at, f) in figs.iter().enumerate() {
        if f.unit.zh != first.unit.zh {
            return vec![Finding::MixedUnits {
                at,
                first: first.unit.zh.clone(),
                other: f.unit.zh.clone(),
            }];
        }
        if let Some(value) = f.value.filter(|v| *v < 0.0) {
            return vec![Finding::Negative { at, value }];
        }
    }
    let sum: f64 = figs.iter().filter_map(|f| f.value).sum();
    let percent = first.unit.zh == "%";
    if sum <= 0.0 || (percent && (sum - 100.0).abs() > ROUNDING) {
        return vec![Finding::StructureSum { sum, percent }];
    }
    Vec::new()
}
