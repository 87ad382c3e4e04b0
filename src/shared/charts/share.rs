//! Shares of a whole as rings: the filled arc is the share, the number sits in the
//! hole, and the label and the change in points sit underneath.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::cards::{columns, grid, grid_gap, Cell};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Motion, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::{ChartSpec, Item};
use std::f64::consts::PI;

/// A gauge per percentage of a whole.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "share",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("占比", "Shares"),
    code: 3,
    figures: (1, 6),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::ShareValue,
        statuses: super::check::RESULTS,
        rules: super::check::no_rules,
    },
};

/// The progress from which a ring's number fades in, so that it is whole as the arc
/// closes (the grow-in eases out, so the last 40 % of progress is its slow half).
pub const ARRIVING: f64 = 0.6;

/// Lays out the rings; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let min_w = if ctx.narrow() { 140.0 } else { 180.0 };
    grid(
        ctx,
        &spec.items,
        top,
        columns(spec.items.len(), ctx.w, min_w, grid_gap(ctx)),
        cell,
    )
}

fn cell(ctx: &mut Ctx<'_, '_>, cell: &Cell<'_>) -> f64 {
    let (item, x, top, w): (&Item, f64, f64, f64) = (cell.item, cell.x, cell.top, cell.w);
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let d = (w * 0.62)
        .min(if ctx.narrow() { 120.0 } else { 150.0 })
        .floor();
    let (r_out, r_in) = (d / 2.0, d / 2.0 - (d * 0.13).max(8.0));
    let cx = x + w / 2.0;
    let cy = top + r_out;
    let share = item.value.unwrap_or(0.0).clamp(0.0, 100.0) / 100.0;
    let color = if item.accent { p.accent } else { p.neutral };
    ctx.b
        .ring((cx, cy), (r_out, r_in), (0.0, 2.0 * PI), p.track, false);
    if share > 0.0 {
        ctx.b.ring(
            (cx, cy),
            (r_out, r_in),
            (0.0, 2.0 * PI * share),
            color,
            true,
        );
    }
    // The number in the hole as printed, its qualifier with it (超过20%), shrunk until
    // it fits: a bound drawn as a bare 20% reads as the share itself (tester s-test23 #35).
    let text = [
        item.before.as_str(),
        item.number.as_deref().unwrap_or(""),
        &item.unit,
    ]
    .concat();
    let mut size = s.big * 0.8;
    while size > s.label && ctx.b.width(&text, Font::bold(size)) > r_in * 1.7 {
        size -= 1.0;
    }
    let baseline = cy + 0.32 * size;
    let first = ctx.b.mark_count();
    ctx.b
        .text(&text, cx, baseline, Anchor::Middle, Font::bold(size), p.ink);
    // The number is the arc's label: it arrives with the arc, not before it.
    ctx.b.moving(first, Motion::Fade(ARRIVING));
    let mut y = top + d + s.gap;
    let label = item.label.clone();
    y += ctx.b.paragraph(&label, Place { x: cx, top: y, width: w, anchor: Anchor::Middle }, Ink { font: Font::regular(s.label), leading: s.leading, color: p.ink });
    if let Some(c) = &item.change {
        y += ctx.b.paragraph(&c.text, Place { x: cx, top: y, width: w, anchor: Anchor::Middle }, Ink { font: Font::regular(s.small), leading: s.leading, color: p.muted });
    }
    ctx.b.hit(
        &item.id,
        Rect {
            x,
            y: top,
            w,
            h: y - top,
        },
    );
    y - top
}
