//! A headline share as a waffle: 100 cells in a ten-by-ten square, one per per cent,
//! the share filled in reading order (a fraction of a per cent fills part of a cell),
//! with the number in big type, the label and the change beside the square, or under
//! it when the chart is too narrow for both.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::cards::{columns, grid, grid_gap, Cell};
use super::share::ARRIVING;
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Grow, Motion, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::messages;
use crate::shared::spec::ChartSpec;

/// A hundred cells, the share filled: one headline share that deserves the space.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "waffle",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("百格图", "Waffle"),
    code: 7,
    figures: (1, 3),
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

/// Cells to a side.
const SIDE: usize = 10;

/// Lays out one waffle per figure; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let min_w = if ctx.narrow() { 300.0 } else { 380.0 };
    let h = grid(
        ctx,
        &spec.items,
        top,
        columns(spec.items.len(), ctx.w, min_w, grid_gap(ctx)),
        panel,
    );
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    // What one cell stands for, once, under the panels.
    let y = top + h + s.gap;
    h + s.gap
        + ctx.b.paragraph(messages::charts::waffle_key(spec.lang), Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font: Font::regular(s.small), leading: s.leading, color: p.muted })
}

/// The square's side: under half the panel beside the text, the whole panel's width
/// (up to a comfortable size) when the text goes underneath.
fn square_side(ctx: &Ctx<'_, '_>, w: f64) -> (f64, bool) {
    let s = ctx.theme.scale;
    let beside = (w * 0.46)
        .min(if ctx.narrow() { 170.0 } else { 230.0 })
        .floor();
    if w - beside - s.gap * 2.0 >= 120.0 {
        (beside, true)
    } else {
        (w.min(200.0).floor(), false)
    }
}

fn panel(ctx: &mut Ctx<'_, '_>, cell: &Cell<'_>) -> f64 {
    let (item, x, top, w) = (cell.item, cell.x, cell.top, cell.w);
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let (side, beside) = square_side(ctx, w);
    let share = item.value.unwrap_or(0.0).clamp(0.0, 100.0);
    let fill = if item.accent { p.accent } else { p.neutral };
    cells(ctx, (x, top, side), share, fill);

    // The text: beside the square, its top level with the square's, or underneath.
    let (tx, mut y, tw) = if beside {
        let tx = x + side + s.gap * 2.0;
        (tx, top, x + w - tx)
    } else {
        (x, top + side + s.gap, w)
    };
    let text = [
        item.before.as_str(),
        item.number.as_deref().unwrap_or(""),
        &item.unit,
    ]
    .concat();
    let mut size = (s.big * 1.3).round();
    while size > s.label && ctx.b.width(&text, Font::bold(size)) > tw {
        size -= 1.0;
    }
    let first = ctx.b.mark_count();
    let number_color = if item.accent { p.accent } else { p.ink };
    y += ctx.b.paragraph(&text, Place { x: tx, top: y, width: tw, anchor: Anchor::Start }, Ink { font: Font::bold(size), leading: 1.15, color: number_color });
    // The number labels the cells: it arrives as they fill, like a ring's.
    ctx.b.moving(first, Motion::Fade(ARRIVING));
    y += s.gap * 0.5;
    y += ctx.b.paragraph(&item.label, Place { x: tx, top: y, width: tw, anchor: Anchor::Start }, Ink { font: Font::regular(s.label), leading: s.leading, color: p.ink });
    if let Some(c) = &item.change {
        y += ctx.b.paragraph(&c.text, Place { x: tx, top: y, width: tw, anchor: Anchor::Start }, Ink { font: Font::regular(s.small), leading: s.leading, color: p.muted });
    }
    let bottom = if beside { y.max(top + side) } else { y };
    ctx.b.hit(
        &item.id,
        Rect {
            x,
            y: top,
            w,
            h: bottom - top,
        },
    );
    bottom - top
}

/// The hundred cells of a square `side` wide at (`x`, `y`), `share` of them filled in
/// reading order; filled cells appear one after another as the chart grows in.
fn cells(
    ctx: &mut Ctx<'_, '_>,
    (x, y, side): (f64, f64, f64),
    share: f64,
    fill: crate::shared::theme::Color,
) {
    let track = ctx.theme.palette.track;
    let pitch = side / SIDE as f64;
    let gap = (pitch * 0.14).max(1.5);
    let size = (pitch - gap).max(1.0);
    let whole = share.floor() as usize;
    let filled = share.ceil().max(1.0);
    for i in 0..SIDE * SIDE {
        let cell = Rect {
            x: (x + (i % SIDE) as f64 * pitch).round(),
            y: (y + (i / SIDE) as f64 * pitch).round(),
            w: size.round(),
            h: size.round(),
        };
        ctx.b.rect(cell, track);
        let part = if i < whole {
            1.0
        } else if i == whole {
            share - whole as f64
        } else {
            0.0
        };
        if part > 0.0 {
            let at = (i as f64 + 1.0) / filled;
            let w = (cell.w * part).round().max(1.0);
            ctx.b.bar(Rect { w, ..cell }, fill, Grow::Appear(at));
        }
    }
}
