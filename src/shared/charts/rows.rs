//! Horizontal bar rows, shared by the bar, growth and small-multiple kinds: a label,
//! a bar from a zero baseline, and the value written at the bar's end.

use super::Ctx;
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::layout::{Anchor, Font, Grow, Motion, Rect};
use crate::shared::model::Bound;
use crate::shared::theme::Color;

/// One bar.
pub struct Row<'a> {
    /// Figure id, for hit testing.
    pub id: &'a str,
    /// Label.
    pub label: &'a str,
    /// Signed value; bars grow left of zero when negative.
    pub value: f64,
    /// Text at the bar's end.
    pub text: &'a str,
    /// Fill.
    pub color: Color,
    /// Bold value text (the story's figure).
    pub strong: bool,
    /// The side the value lies on when it is a bound: the bar's end is drawn open.
    pub bound: Option<Bound>,
}

impl<'a> Row<'a> {
    /// A bar of a figure's value, labelled with the value as printed; the accent colour
    /// for the figure the story is about.
    pub fn of_value(
        item: &'a crate::shared::spec::Item,
        palette: &crate::shared::theme::Palette,
    ) -> Row<'a> {
        Row {
            id: &item.id,
            label: &item.label,
            value: item.value.unwrap_or(0.0),
            text: item.value_text.as_deref().unwrap_or(""),
            color: if item.accent {
                palette.accent
            } else {
                palette.neutral
            },
            strong: item.accent,
            bound: item.bound,
        }
    }
}

/// Where a chart's rows put their parts: one scale for every bar, and the columns.
#[derive(Clone, Copy)]
struct Columns {
    /// The label column's width (0 when labels sit above their bars).
    label_w: f64,
    /// The x of the zero line.
    zero_x: f64,
    /// CSS pixels per unit of value.
    scale: f64,
    /// The gap between a bar's end and its text.
    gap: f64,
    /// A bar's height.
    bar_h: f64,
}

/// The columns of `rows`: a label column as wide as the widest label, up to a third of
/// the width, and one scale for all rows, so that the longest bar plus its text fits.
fn columns(ctx: &mut Ctx<'_, '_>, rows: &[Row<'_>], stacked: bool) -> Columns {
    let s = ctx.theme.scale;
    let font = ctx.label();
    let bold = Font::bold(s.label);
    let bar_h = (s.label * 1.5).round();
    let gap = s.gap / 2.0;
    let widest = rows
        .iter()
        .map(|r| ctx.b.width(r.label, font))
        .fold(0.0, f64::max);
    let label_w = if stacked {
        0.0
    } else {
        widest.min(ctx.w * 0.34).ceil()
    };
    let bar_x = if stacked {
        ctx.x
    } else {
        ctx.x + label_w + s.gap
    };
    let area = ctx.x + ctx.w - bar_x;
    let text_w: Vec<f64> = rows
        .iter()
        .map(|r| ctx.b.width(r.text, if r.strong { bold } else { font }))
        .collect();
    let lo = rows.iter().map(|r| r.value).fold(0.0, f64::min);
    let hi = rows.iter().map(|r| r.value).fold(0.0, f64::max);
    // Left of zero, room for the widest text of all: a negative bar's text stands there.
    // The zero line and the bars' ends are snapped to whole pixels, which may take up to
    // a pixel from a text's room on either side: one pixel more is kept on each.
    let neg_room = if lo < 0.0 {
        text_w.iter().cloned().fold(0.0, f64::max) + gap + 1.0
    } else {
        0.0
    };
    // Each text fits beside the longest bar right of that room. Not beside its own text's
    // room: "+7.3%" has less than its width left when "−5.2%" is wider, as a browser's CJK
    // font draws the minus (issue 21), and it broke off its "%".
    let snap = if lo < 0.0 { neg_room + 1.0 } else { 0.0 };
    let mut scale = f64::INFINITY;
    for (r, tw) in rows.iter().zip(&text_w) {
        let room = area - tw - gap - snap;
        if r.value != 0.0 {
            scale = scale.min(room.max(1.0) / (hi - lo).max(r.value.abs()));
        }
    }
    if !scale.is_finite() {
        scale = 0.0;
    }
    Columns {
        label_w,
        zero_x: (bar_x + neg_room - lo * scale).round(),
        scale,
        gap,
        bar_h,
    }
}

/// Lays out `rows` from `top`; returns the height used. Labels sit beside the bars
/// when there is room and above them on narrow charts (`stacked`).
pub fn bars(ctx: &mut Ctx<'_, '_>, rows: &[Row<'_>], top: f64, stacked: bool) -> f64 {
    let s = ctx.theme.scale;
    let cols = columns(ctx, rows, stacked);
    let mut y = top;
    for r in rows {
        y = row(ctx, r, &cols, y, stacked) + s.gap * if stacked { 1.25 } else { 1.0 };
    }
    if !stacked {
        // The zero baseline, drawn last so bars never cover it.
        let p = ctx.theme.palette;
        ctx.b.line(
            (cols.zero_x, top - 2.0),
            (cols.zero_x, y - s.gap + 2.0),
            1.0,
            p.rule,
        );
    }
    y - top - s.gap
}

/// Lays out row `r` from `y`: its label, its bar and its text; returns the row's bottom.
fn row(ctx: &mut Ctx<'_, '_>, r: &Row<'_>, cols: &Columns, mut y: f64, stacked: bool) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let line_h = ctx.line_h();
    let Columns {
        label_w,
        zero_x,
        scale,
        gap,
        bar_h,
    } = *cols;
    let row_top = y;
    let label_h = if stacked {
        let h = ctx.b.paragraph(
            r.label,
            Place {
                x: ctx.x,
                top: y,
                width: ctx.w,
                anchor: Anchor::Start,
            },
            Ink {
                font,
                leading: s.leading,
                color: p.ink,
            },
        );
        y += h + 2.0;
        0.0
    } else {
        // A bar taller than a line of text: the label is centred on the bar instead.
        let lift = ((bar_h - line_h) / 2.0).max(0.0);
        lift + ctx.b.paragraph(
            r.label,
            Place {
                x: ctx.x,
                top: y + lift,
                width: label_w,
                anchor: Anchor::Start,
            },
            Ink {
                font,
                leading: s.leading,
                color: p.ink,
            },
        )
    };
    // Centre the bar on the first label line beside it, never above the row.
    let bar_top = if stacked {
        y
    } else {
        y + ((line_h - bar_h) / 2.0).max(0.0)
    };
    let len = (r.value.abs() * scale).round();
    let (bx, text_x, anchor) = if r.value >= 0.0 {
        (zero_x, zero_x + len + gap, Anchor::Start)
    } else {
        (zero_x - len, zero_x - len - gap, Anchor::End)
    };
    let bar = Rect {
        x: bx,
        y: bar_top.round(),
        w: len.max(1.0),
        h: bar_h,
    };
    let grow = if r.value < 0.0 {
        Grow::Left
    } else {
        Grow::Right
    };
    let solid = super::ends::bar(ctx.b, bar, r.color, grow, r.bound);
    if stacked {
        // Labels sit on the baseline's line here, so it is drawn bar by bar.
        ctx.b.line(
            (zero_x, bar.y - 2.0),
            (zero_x, bar.y + bar_h + 2.0),
            1.0,
            p.rule,
        );
    }
    let baseline = bar_top + bar_h / 2.0 + 0.32 * s.label;
    let first_text = ctx.b.mark_count();
    let text_bottom = value_text(ctx, r, (text_x, baseline), anchor, row_top);
    // The value rides on the bar's end as it grows, never waiting where it will end; on
    // a bound's, the solid part's end, its open end appearing between them at the last.
    let back = if r.value >= 0.0 { -solid } else { solid };
    ctx.b.moving(first_text, Motion::Travel(back));
    let row_bottom = (bar.y + bar_h).max(row_top + label_h).max(text_bottom);
    // The bar is snapped to whole pixels: the region holds it wherever it landed.
    let hit_top = row_top.min(bar.y);
    ctx.b.hit(
        r.id,
        Rect {
            x: ctx.x,
            y: hit_top,
            w: ctx.w,
            h: row_bottom - hit_top,
        },
    );
    row_bottom
}

/// Writes a bar's value beside its end at `(text_x, baseline)`, wrapping it when it is
/// wider than the room there; returns the bottom of what it wrote (`row_top` for one line).
fn value_text(
    ctx: &mut Ctx<'_, '_>,
    r: &Row<'_>,
    (text_x, baseline): (f64, f64),
    anchor: Anchor,
    row_top: f64,
) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let line_h = ctx.line_h();
    let strong = if r.strong {
        Font::bold(s.label)
    } else {
        ctx.label()
    };
    let room = if r.value >= 0.0 {
        ctx.x + ctx.w - text_x
    } else {
        text_x - ctx.x
    };
    if ctx.b.width(r.text, strong) <= room + 0.5 {
        ctx.b.text(r.text, text_x, baseline, anchor, strong, p.ink);
        row_top
    } else {
        // Wider than all the room beside its bar (10^12 in English on a phone): the
        // text wraps there, its first line where the one line would have been.
        let lead = (line_h - s.label) / 2.0 + Font::BOX_ABOVE * s.label;
        let text_top = baseline - lead;
        let lines = ctx.b.paragraph(
            r.text,
            Place {
                x: text_x,
                top: text_top,
                width: room,
                anchor,
            },
            Ink {
                font: strong,
                leading: s.leading,
                color: p.ink,
            },
        );
        text_top + lines
    }
}
