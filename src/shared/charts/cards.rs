//! Big-number cards in a grid: the qualifier, the number in big type, its unit, the
//! picture its figure supports ([`super::pictures`]), the change with an arrow, and the
//! label. Columns follow the width; on a phone they stack two or one to a row.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::pictures::{self, Picture};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::{ChartSpec, Item};
use crate::shared::theme::Color;

/// A grid of big-number cards.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "cards",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("数字卡片", "Number cards"),
    code: 0,
    figures: (1, 12),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Nothing,
        statuses: super::check::ANY_STATUS,
        rules: super::check::no_rules,
    },
};

/// How many columns `n` cells take in `w` pixels, balanced so the last row is not a widow
/// (rings, waffles and panels: a chart of its own).
pub fn columns(n: usize, w: f64, min_card: f64, gap: f64) -> usize {
    if n == 0 {
        return 1;
    }
    let fit = columns_at(w, min_card, gap).min(n);
    let rows = n.div_ceil(fit);
    n.div_ceil(rows).max(1)
}

/// How many columns of cells at least `min_card` wide fit in `w` pixels, whatever their
/// number: card grids take this, so that every card chart on a page has the same columns
/// at a given width (two cards leave the other columns empty rather than widen).
pub fn columns_at(w: f64, min_card: f64, gap: f64) -> usize {
    (((w + gap) / (min_card + gap)).floor() as usize).max(1)
}

/// The gap between the cells of a grid, across and down.
pub fn grid_gap(ctx: &Ctx<'_, '_>) -> f64 {
    ctx.theme.scale.gap * 2.0
}

/// Lays out the grid; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let min_card = if ctx.narrow() { 140.0 } else { 170.0 };
    let cols = columns_at(ctx.w, min_card, grid_gap(ctx));
    grid(ctx, &spec.items, top, cols, card)
}

/// One cell of a grid: its figure, the row it stands in, and its box.
pub struct Cell<'a> {
    /// The figure it draws.
    pub item: &'a Item,
    /// Every figure of its row, itself included, for what the row must share.
    pub row: &'a [Item],
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub top: f64,
    /// Width.
    pub w: f64,
}

/// Lays `items` out in rows of `cols` equal cells, each drawn by `cell` returning its
/// height; returns the height used.
pub fn grid(
    ctx: &mut Ctx<'_, '_>,
    items: &[Item],
    top: f64,
    cols: usize,
    cell: fn(&mut Ctx<'_, '_>, &Cell<'_>) -> f64,
) -> f64 {
    let gap = grid_gap(ctx);
    let cols = cols.max(1);
    let cell_w = ((ctx.w - gap * (cols as f64 - 1.0)) / cols as f64).floor();
    let mut y = top;
    for row in items.chunks(cols) {
        let mut row_h: f64 = 0.0;
        for (i, item) in row.iter().enumerate() {
            let at = Cell {
                item,
                row,
                x: ctx.x + i as f64 * (cell_w + gap),
                top: y,
                w: cell_w,
            };
            row_h = row_h.max(cell(ctx, &at));
        }
        y += row_h + gap;
    }
    y - top - gap
}

/// Picks the largest big-type size at which the number line fits the card.
fn number_size(ctx: &mut Ctx<'_, '_>, item: &Item, w: f64) -> f64 {
    let s = ctx.theme.scale;
    let small = Font::regular(s.label);
    let fixed = ctx.b.width(&item.before, small) + ctx.b.width(&item.unit, small) + 6.0;
    let number = item.number.as_deref().unwrap_or("");
    let mut size = s.big;
    while size > s.label * 1.4 && fixed + ctx.b.width(number, Font::bold(size)) > w {
        size -= 1.0;
    }
    // A number that alone is wider than the card (10^12 亿元 in English) shrinks further,
    // to the label size; past that it wraps.
    while size > s.label && ctx.b.width(number, Font::bold(size)) > w {
        size -= 1.0;
    }
    size
}

fn card(ctx: &mut Ctx<'_, '_>, cell: &Cell<'_>) -> f64 {
    let (item, x, top, w) = (cell.item, cell.x, cell.top, cell.w);
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    ctx.b.rect(
        Rect {
            x,
            y: top,
            w,
            h: 2.0,
        },
        if item.accent { p.accent } else { p.rule },
    );
    let y0 = top + 2.0 + s.gap;

    // Every card of a row ends its number block where the tallest one does, so that a
    // unit pushed under its number or a wrapped qualifier does not stagger the row.
    let level = cell
        .row
        .iter()
        .map(|it| dry_run(ctx, |ctx| number_block(ctx, it, (x, y0, w))))
        .fold(y0, f64::max);
    let mut y = number_block(ctx, item, (x, y0, w)).max(level);

    // The band under the number: every card of a row keeps it when one has a picture
    // there, so that changes and labels stay on one line across the row.
    if cell.row.iter().any(|it| in_band(ctx, it, w)) {
        if in_band(ctx, item, w) {
            if let Some(pic) = pictures::of(item) {
                pictures::band(ctx, &pic, (x, y, w), item.accent);
            }
        }
        y += pictures::BAND + s.gap * 0.75;
    }

    change_and_label(ctx, item, x, y, top, w)
}

/// Runs a layout step only to learn where it ends, leaving no marks behind.
fn dry_run(ctx: &mut Ctx<'_, '_>, step: impl FnOnce(&mut Ctx<'_, '_>) -> f64) -> f64 {
    let (marks, hits) = (ctx.b.marks.len(), ctx.b.hits.len());
    let end = step(ctx);
    ctx.b.marks.truncate(marks);
    ctx.b.hits.truncate(hits);
    end
}

/// The qualifier, the number and the unit from `y`, with a share's ring beside them
/// when both fit; returns the y below them.
fn number_block(ctx: &mut Ctx<'_, '_>, item: &Item, (x, mut y, full_w): (f64, f64, f64)) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let color = if item.accent { p.accent } else { p.ink };
    // A ring stands beside the number when both fit; the number keeps the rest.
    let ring = match pictures::of(item) {
        Some(Picture::Ring(share)) => ring_beside(ctx, item, full_w).map(|d| (share, d)),
        _ => None,
    };
    let w = ring.map_or(full_w, |(_, d)| full_w - d - s.gap);

    // The number line: qualifier, number and unit share one baseline.
    let size = number_size(ctx, item, w);
    let big = Font::bold(size);
    let small = Font::regular(s.label);
    let number = item.number.as_deref().unwrap_or("");
    let number_w = ctx.b.width(number, big);
    let mut before = item.before.as_str();
    if !before.is_empty() && ctx.b.width(before, small) + 3.0 + number_w > w {
        // A number too long to share its line: the qualifier goes above it.
        y += ctx
            .b
            .paragraph(before, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: small, leading: s.leading, color: p.muted });
        before = "";
    }
    if number_w > w {
        // Longer than the card even at the label size: the number wraps, the unit below.
        y += ctx
            .b
            .paragraph(number, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: big, leading: 1.15, color });
        y += ctx
            .b
            .paragraph(&item.unit, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: small, leading: s.leading, color });
        return y + s.gap * 0.5;
    }
    let line_top = y;
    let y = number_line(ctx, item, (before, number), (x, y, w), size, color);
    if let Some((share, d)) = ring {
        let centre = (x + full_w - d / 2.0, line_top + size / 2.0);
        pictures::ring(ctx, centre, d, share);
    }
    y
}

/// The diameter of the ring beside the number of a share card `w` wide, or `None`
/// when the number would have to shrink too far to make room for it.
fn ring_beside(ctx: &mut Ctx<'_, '_>, item: &Item, w: f64) -> Option<f64> {
    let s = ctx.theme.scale;
    let d = (s.big * 1.2).round().min(48.0);
    (number_size(ctx, item, w - d - s.gap) >= s.big * 0.75).then_some(d)
}

/// True when the card of `item`, `w` wide, draws its picture in the band under the
/// number: a part bar, a before → after pair, or a share whose ring did not fit.
fn in_band(ctx: &mut Ctx<'_, '_>, item: &Item, w: f64) -> bool {
    match pictures::of(item) {
        Some(Picture::Ring(_)) => ring_beside(ctx, item, w).is_none(),
        Some(_) => true,
        None => false,
    }
}

/// The qualifier, the number and the unit on one baseline (the unit underneath when it
/// does not fit beside); returns the y below them.
fn number_line(
    ctx: &mut Ctx<'_, '_>,
    item: &Item,
    (before, number): (&str, &str),
    (x, y, w): (f64, f64, f64),
    size: f64,
    color: Color,
) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let big = Font::bold(size);
    let small = Font::regular(s.label);
    let baseline = y + Font::BOX_ABOVE * size;
    let mut cx = x;
    if !before.is_empty() {
        cx = ctx
            .b
            .text(before, cx, baseline, Anchor::Start, small, p.muted)
            .w
            + cx
            + 3.0;
    }
    cx += ctx
        .b
        .text(number, cx, baseline, Anchor::Start, big, color)
        .w
        + 3.0;
    if cx + ctx.b.width(&item.unit, small) <= x + w {
        ctx.b
            .text(&item.unit, cx, baseline, Anchor::Start, small, color);
        baseline + Font::BOX_BELOW * size + s.gap * 0.5
    } else {
        // Too narrow for the unit beside the number: it goes underneath.
        let ub = baseline + Font::BOX_BELOW * size + s.label;
        ctx.b.text(&item.unit, x, ub, Anchor::Start, small, color);
        ub + Font::BOX_BELOW * s.label + s.gap * 0.5
    }
}

/// The change with its arrow, then the label, from `y`; returns the card's height.
fn change_and_label(
    ctx: &mut Ctx<'_, '_>,
    item: &Item,
    x: f64,
    mut y: f64,
    top: f64,
    w: f64,
) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;

    // The change, with an arrow drawn as a shape so every font shows it.
    if let (Some(c), Some(_)) = (&item.change, item.value) {
        let font = Font::regular(s.small);
        let a = s.small * 0.6;
        let line_h = s.small * s.leading;
        let arrow_color = if c.down { p.decrease } else { p.accent };
        let mid = y + line_h / 2.0;
        let tip = if c.down { mid + a / 2.0 } else { mid - a / 2.0 };
        let base = if c.down { mid - a / 2.0 } else { mid + a / 2.0 };
        ctx.b.polygon(
            vec![(x, base), (x + a, base), (x + a / 2.0, tip)],
            arrow_color,
        );
        y += ctx.b.paragraph(&c.text, Place { x: x + a + 4.0, top: y, width: w - a - 4.0, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.muted });
    }
    y += ctx.b.paragraph(&item.label, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: Font::regular(s.label), leading: s.leading, color: p.ink });
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

#[cfg(test)]
mod tests {
    use super::{columns, columns_at};

    #[test]
    fn seven_panels_on_a_wide_chart_do_not_leave_a_widow() {
        assert_eq!(columns(7, 1240.0, 170.0, 24.0), 4);
        assert_eq!(columns(4, 336.0, 140.0, 16.0), 2);
        assert_eq!(columns(1, 336.0, 140.0, 16.0), 1);
    }

    #[test]
    fn card_grids_take_the_same_columns_at_a_width_whatever_their_number() {
        // The story column's widths less the chart's padding: phone, tablet, desktop.
        for (w, min, gap, cols) in [
            (336.0, 140.0, 16.0, 2),
            (704.0, 170.0, 20.0, 3),
            (808.0, 170.0, 24.0, 4),
        ] {
            assert_eq!(columns_at(w, min, gap), cols, "at {w} px");
        }
        assert_eq!(columns_at(100.0, 140.0, 16.0), 1);
    }

    #[test]
    fn a_chart_with_no_cards_takes_one_column_and_does_not_divide_by_zero() {
        // Found by the fuzzing of the reader's decoder: a damaged file can hold such a chart.
        assert_eq!(columns(0, 1240.0, 170.0, 24.0), 1);
    }
}
