//! One place across years: a column a year for the value, labelled above with the value
//! as printed, and the year's growth as printed under its year. The register gives each
//! item its value in base units, so that a year printed in 亿元 and one in 万亿元 share
//! the scale.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Grow, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::spec::ChartSpec;

/// Columns of one indicator of one place across years.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "trend",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("历年趋势", "Trend"),
    code: 13,
    figures: (2, 20),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::Value,
        statuses: super::check::RESULTS,
        rules: super::check::no_rules,
    },
};

/// The tallest column, in CSS px, as a share of the chart's width (and at most this).
const TALLEST: f64 = 180.0;

/// Lays out the columns; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let font = ctx.label();
    let small = Font::regular(s.small);
    let n = spec.items.len().max(1) as f64;
    let slot = ctx.w / n;
    let col_w = (slot * 0.6).min(72.0).round();
    let line_h = ctx.line_h();
    let tallest = TALLEST.min(ctx.w * 0.45);
    let hi = spec.items.iter().filter_map(|it| it.value).fold(0.0, f64::max);
    let base = top + line_h + tallest;
    let mut bottom = base;
    for (i, it) in spec.items.iter().enumerate() {
        let cx = ctx.x + slot * (i as f64 + 0.5);
        let h = if hi > 0.0 {
            (it.value.unwrap_or(0.0).max(0.0) / hi * tallest).round()
        } else {
            0.0
        };
        let color = if i + 1 == spec.items.len() { p.accent } else { p.neutral };
        let bar = Rect {
            x: (cx - col_w / 2.0).round(),
            y: base - h,
            w: col_w,
            h: h.max(1.0),
        };
        ctx.b.bar(bar, color, Grow::Still);
        let value = it.value_text.as_deref().unwrap_or("");
        ctx.b
            .text(value, cx, base - h - s.gap / 2.0, Anchor::Middle, font, p.ink);
        let mut y = base + s.gap / 2.0;
        y += ctx.b.paragraph(&it.label, Place { x: cx, top: y, width: slot, anchor: Anchor::Middle }, Ink { font, leading: s.leading, color: p.ink });
        if let Some(c) = &it.change {
            y += ctx.b.paragraph(&c.short, Place { x: cx, top: y, width: slot, anchor: Anchor::Middle }, Ink { font: small, leading: s.leading, color: p.muted });
        }
        ctx.b.hit(&it.id, Rect { x: cx - slot / 2.0, y: top, w: slot, h: y - top });
        bottom = bottom.max(y);
    }
    ctx.b.line((ctx.x, base), (ctx.x + ctx.w, base), 1.0, p.rule);
    bottom - top
}
