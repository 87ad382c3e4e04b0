//! Targets against results (the 两会 chart): for each place, its result of last year
//! (grey) right above its target for this year (in colour), each bar labelled with the
//! number as printed (增长5.4%, 目标增长5%左右, 目标增长5%—5.5%). A range's bar reaches
//! its lower end; its label prints both.
//!
//! Items come in pairs, the result first; the place's name stands once, beside the pair.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Grow, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::{ChartSpec, Item};

/// Each place's target beside its result of the year before.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "target-result",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("目标与实绩", "Targets and results"),
    code: 12,
    figures: (2, 80),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Nothing,
        statuses: super::check::ANY_STATUS,
        rules,
    },
};

/// Lays out one pair of bars a place; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let bar_h = (s.label * 1.1).round();
    let pairs: Vec<(&Item, &Item)> = spec
        .items
        .chunks_exact(2)
        .filter_map(|c| Some((c.first()?, c.get(1)?)))
        .collect();
    let narrow = ctx.narrow();
    let label_w = if narrow {
        0.0
    } else {
        let widest = pairs
            .iter()
            .map(|(r, _)| ctx.b.width(&r.label, font))
            .fold(0.0, f64::max);
        widest.min(ctx.w * 0.3).ceil() + s.gap
    };
    let bar_x = ctx.x + label_w;
    let area = ctx.x + ctx.w - bar_x;
    // A target's text is bold, as drawn below: measured so, it never runs off the edge.
    let texts: Vec<f64> = spec
        .items
        .iter()
        .map(|it| {
            let f = if it.status == crate::shared::model::Status::Result {
                font
            } else {
                Font::bold(s.label)
            };
            ctx.b.width(it.value_text.as_deref().unwrap_or(""), f)
        })
        .collect();
    let hi = spec.items.iter().filter_map(|it| it.value).fold(0.0, f64::max);
    let widest_text = texts.iter().cloned().fold(0.0, f64::max);
    let scale = if hi > 0.0 {
        ((area - widest_text - s.gap).max(1.0)) / hi
    } else {
        0.0
    };
    let mut y = top;
    for (result, target) in pairs {
        let row_top = y;
        if narrow {
            y += ctx
                .b
                .paragraph(&result.label, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.ink })
                + 2.0;
        } else {
            let line_h = ctx.line_h();
            ctx.b.paragraph(&result.label, Place { x: ctx.x, top: y + bar_h + 1.0 - line_h / 2.0, width: label_w - s.gap, anchor: Anchor::Start }, Ink { font, leading: s.leading, color: p.ink });
        }
        for (it, color) in [(result, p.neutral), (target, p.accent)] {
            let len = (it.value.unwrap_or(0.0).max(0.0) * scale).round();
            let bar = Rect {
                x: bar_x,
                y: y.round(),
                w: len.max(1.0),
                h: bar_h,
            };
            ctx.b.bar(bar, color, Grow::Right);
            let baseline = bar.y + bar_h / 2.0 + 0.32 * s.label;
            let text = it.value_text.as_deref().unwrap_or("");
            let f = if it.status == crate::shared::model::Status::Result {
                font
            } else {
                Font::bold(s.label)
            };
            ctx.b.text(text, bar_x + len + s.gap / 2.0, baseline, Anchor::Start, f, p.ink);
            ctx.b.hit(&it.id, Rect { x: ctx.x, y: bar.y, w: ctx.w, h: bar_h });
            y = bar.y + bar_h + 2.0;
        }
        y = y.max(row_top) + s.gap;
    }
    ctx.b.line((bar_x, top - 2.0), (bar_x, y - s.gap + 2.0), 1.0, p.rule);
    y - top - s.gap
}

/// Pairs: a result, then a target or a limit, and again.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::Finding;
    use crate::shared::model::Status;
    if figs.len() % 2 == 1 {
        return vec![Finding::Unpaired];
    }
    figs.chunks_exact(2)
        .enumerate()
        .filter_map(|(i, pair)| match pair {
            [r, t] if r.status == Status::Result && t.status != Status::Result => None,
            [r, _] => Some(Finding::LoneResult {
                at: 2 * i,
                id: r.id.clone(),
            }),
            _ => None,
        })
        .collect()
}
