//! Compact rows: one line a figure, its label on the left and its value on the right,
//! with the change beside the value. What cards become where height is scarce (the
//! long image): every figure keeps its label, number, unit, qualifier and change, and
//! loses only the card's picture, which the number already states.

use super::Ctx;
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::spec::{ChartSpec, Item};

/// Lays out one row per item from `top`, two to a line when every row fits half the
/// width on one line; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let (x, w) = (ctx.x, ctx.w);
    let gutter = s.gap * 2.0;
    let half = ((w - gutter) / 2.0).floor();
    let cols = if spec.items.len() > 2 && spec.items.iter().all(|it| one_line(ctx, it) <= half) {
        2
    } else {
        1
    };
    let cell_w = if cols == 2 { half } else { w };
    let mut y = top;
    for (i, line) in spec.items.chunks(cols).enumerate() {
        if i > 0 {
            // A hairline between rows, so that a label and its value read as one.
            ctx.b.line((x, y), (x + w, y), 1.0, p.track);
        }
        let mut h: f64 = 0.0;
        for (j, item) in line.iter().enumerate() {
            ctx.x = x + j as f64 * (cell_w + gutter);
            ctx.w = cell_w;
            let cell_h = row(ctx, item, y + s.gap / 4.0) + s.gap / 2.0;
            let cell = Rect {
                x: ctx.x,
                y,
                w: cell_w,
                h: cell_h,
            };
            ctx.b.hit(&item.id, cell);
            h = h.max(cell_h);
        }
        (ctx.x, ctx.w) = (x, w);
        y += h;
    }
    y - top
}

/// The width `item`'s row takes on one line: its label, its value and its change.
fn one_line(ctx: &mut Ctx<'_, '_>, item: &Item) -> f64 {
    let s = ctx.theme.scale;
    let v = measure(ctx, item, number_font(ctx));
    let label = ctx.b.width(&item.label, ctx.label());
    let change = v.change.map_or(0.0, |c| c.1 + s.gap);
    label + s.gap * 2.0 + v.value_w() + change
}

/// The parts of the value side, measured: the qualifier, the number, the unit and
/// the change, each with its width.
struct Value<'a> {
    accent: bool,
    before: (&'a str, f64),
    number: (&'a str, f64),
    unit: (&'a str, f64),
    change: Option<(&'a str, f64, bool)>,
}

/// The space between the parts of a value.
const SPACE: f64 = 3.0;

impl Value<'_> {
    /// The qualifier, number and unit together.
    fn value_w(&self) -> f64 {
        let parts = [self.before.1, self.number.1, self.unit.1];
        let gaps = parts.iter().filter(|w| **w > 0.0).count().saturating_sub(1);
        parts.iter().sum::<f64>() + gaps as f64 * SPACE
    }
}

fn measure<'a>(ctx: &mut Ctx<'_, '_>, item: &'a Item, number: Font) -> Value<'a> {
    let s = ctx.theme.scale;
    let (small, label) = (Font::regular(s.small), ctx.label());
    let before = item.before.as_str();
    let digits = item.number.as_deref().unwrap_or("");
    let change = match (&item.change, item.value) {
        (Some(c), Some(_)) => Some((
            c.text.as_str(),
            ctx.b.width(&c.text, small) + arrow(s.small) + 4.0,
            c.down,
        )),
        _ => None,
    };
    Value {
        accent: item.accent,
        before: (before, ctx.b.width(before, small)),
        number: (digits, ctx.b.width(digits, number)),
        unit: (&item.unit, ctx.b.width(&item.unit, label)),
        change,
    }
}

/// The number's font: bold, a step above the label, as a before → after chart sets it.
fn number_font(ctx: &Ctx<'_, '_>) -> Font {
    Font::bold((ctx.theme.scale.label * 1.3).round())
}

/// The side of a change's arrow at `size`.
fn arrow(size: f64) -> f64 {
    size * 0.6
}

/// One row from `top`: the value right-aligned, the change beside it (or under it when
/// the two would leave the label less than half the row), the label wrapped in what is
/// left. Returns the row's height.
fn row(ctx: &mut Ctx<'_, '_>, item: &Item, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let number = number_font(ctx);
    let v = measure(ctx, item, number);
    let change_w = v.change.map_or(0.0, |c| c.1);
    // The change stays beside the value when the whole row holds one line, or when
    // the two leave the label half the row.
    let beside = one_line(ctx, item) <= ctx.w || v.value_w() + s.gap + change_w <= ctx.w / 2.0;
    let right_w = if beside {
        v.value_w()
            + if change_w > 0.0 {
                s.gap + change_w
            } else {
                0.0
            }
    } else {
        v.value_w().max(change_w)
    };
    let line_h = (number.size * 1.15).max(ctx.line_h());
    if right_w + s.gap * 2.0 > ctx.w * 0.8 {
        // Too wide to share the row with its label: the label goes above it.
        let h = label(ctx, item, top, ctx.w);
        return h + value_side(ctx, &v, top + h, beside, line_h);
    }
    let label_w = ctx.w - right_w - s.gap * 2.0;
    let label_top = top + ((line_h - ctx.line_h()) / 2.0).max(0.0);
    let label_h = label_top - top + label(ctx, item, label_top, label_w);
    label_h.max(value_side(ctx, &v, top, beside, line_h))
}

/// The label wrapped to `w` from `top`; returns its height.
fn label(ctx: &mut Ctx<'_, '_>, item: &Item, top: f64, w: f64) -> f64 {
    let s = ctx.theme.scale;
    let font = ctx.label();
    ctx.b.paragraph(
        &item.label,
        Place {
            x: ctx.x,
            top,
            width: w,
            anchor: Anchor::Start,
        },
        Ink {
            font,
            leading: s.leading,
            color: ctx.theme.palette.ink,
        },
    )
}

/// The value right-aligned on a line `line_h` tall from `top`, the change beside it or
/// on the line below; returns the height used.
fn value_side(ctx: &mut Ctx<'_, '_>, v: &Value<'_>, top: f64, beside: bool, line_h: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let number = number_font(ctx);
    let baseline = top + (line_h - number.size) / 2.0 + Font::ASCENT * number.size;
    let right = ctx.x + ctx.w;
    let mut h = line_h;
    let mut end = right;
    if let Some((text, w, down)) = v.change {
        let change_base = if beside {
            end -= w + s.gap;
            baseline
        } else {
            h += s.small * s.leading;
            top + line_h + Font::ASCENT * s.small + (s.leading - 1.0) * s.small / 2.0
        };
        let x = right - w;
        let a = arrow(s.small);
        let mid = change_base - s.small * 0.35;
        let (tip, base) = if down {
            (mid + a / 2.0, mid - a / 2.0)
        } else {
            (mid - a / 2.0, mid + a / 2.0)
        };
        let color = if down { p.decrease } else { p.accent };
        ctx.b
            .polygon(vec![(x, base), (x + a, base), (x + a / 2.0, tip)], color);
        let font = Font::regular(s.small);
        ctx.b
            .text(text, right, change_base, Anchor::End, font, p.muted);
    }
    let ink = if v.accent { p.accent } else { p.ink };
    // Laid out from the right, drawn in reading order (qualifier, number, unit): the
    // marks are the image's text as a reader and an audit read it.
    let parts = [
        (v.before, Font::regular(s.small), p.muted),
        (v.number, number, ink),
        (v.unit, Font::regular(s.label), ink),
    ];
    let shown = parts.iter().filter(|((t, _), _, _)| !t.is_empty());
    let width: f64 = shown.clone().map(|((_, w), _, _)| w + SPACE).sum::<f64>() - SPACE;
    let mut x = end - width;
    for ((text, w), font, color) in shown {
        ctx.b.text(text, x, baseline, Anchor::Start, *font, *color);
        x += w + SPACE;
    }
    h
}
