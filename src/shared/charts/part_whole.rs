//! A part and its whole as proportional bars: the whole as a light track, the part
//! filled over it, both values written as printed (370万元 of 6912万元). The part's share
//! of the whole is drawn, never written: the report does not print it (占5.4% would be a
//! number of ours).

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Grow, Rect, Ink, Place};
use crate::shared::spec::ChartSpec;

/// Proportional bars of a part and its whole.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "part-whole",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("部分与整体", "Part of a whole"),
    code: 5,
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

/// Lays out one pair of bars per part and whole; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let bold = Font::bold(s.label);
    let bar_h = (s.label * 1.8).round();
    let mut y = top;
    for pair in spec.items.chunks_exact(2) {
        let (part, whole) = (&pair[0], &pair[1]);
        let (Some(pv), Some(wv)) = (part.value, whole.value) else {
            continue;
        };
        let row_top = y;
        // Joined, not `format!`: the reader's wasm formats nothing (`shared::spec`).
        let part_text = [&part.label, " ", part.value_text.as_deref().unwrap_or("")].concat();
        let whole_text = [&whole.label, " ", whole.value_text.as_deref().unwrap_or("")].concat();
        // Part on the left, whole on the right; one line each when they do not fit together.
        let pw = ctx.b.width(&part_text, bold);
        let ww = ctx.b.width(&whole_text, font);
        if pw + ww + s.gap * 2.0 <= ctx.w {
            let baseline = y + (ctx.line_h() - s.label) / 2.0 + Font::BOX_ABOVE * s.label;
            ctx.b
                .text(&part_text, ctx.x, baseline, Anchor::Start, bold, p.accent);
            ctx.b.text(
                &whole_text,
                ctx.x + ctx.w,
                baseline,
                Anchor::End,
                font,
                p.muted,
            );
            y += ctx.line_h();
        } else {
            y += ctx.b.paragraph(&part_text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font: bold, leading: s.leading, color: p.accent });
            y += ctx.b.paragraph(&whole_text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.muted });
        }
        y += s.gap / 2.0;
        let track = Rect {
            x: ctx.x,
            y: y.round(),
            w: ctx.w.round(),
            h: bar_h,
        };
        ctx.b.rect(track, p.track);
        let share = if wv > 0.0 {
            (pv / wv).clamp(0.0, 1.0)
        } else {
            0.0
        };
        ctx.b.bar(
            Rect {
                w: (ctx.w * share).round().max(1.0),
                ..track
            },
            p.accent,
            Grow::Right,
        );
        ctx.b.hit(
            &part.id,
            Rect {
                x: ctx.x,
                y: track.y,
                w: ctx.w * share,
                h: bar_h,
            },
        );
        ctx.b.hit(
            &whole.id,
            Rect {
                x: ctx.x,
                y: row_top,
                w: ctx.w,
                h: track.y - row_top,
            },
        );
        y += bar_h + s.gap * 2.5;
    }
    y - top - s.gap * 2.5
}

/// Pairs of a part and its whole, each pair in one unit, the part no larger.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::Finding;
    let mut out = Vec::new();
    if figs.len() % 2 == 1 {
        out.push(Finding::Unpaired);
    }
    for (j, pair) in figs.chunks_exact(2).enumerate() {
        let (part, whole) = (pair[0], pair[1]);
        if part.unit.zh != whole.unit.zh {
            out.push(Finding::MixedUnits {
                at: 2 * j + 1,
                first: part.unit.zh.clone(),
                other: whole.unit.zh.clone(),
            });
        } else if part.value > whole.value {
            out.push(Finding::PartExceedsWhole {
                at: 2 * j,
                part: part.id.clone(),
                whole: whole.id.clone(),
            });
        }
    }
    out
}
