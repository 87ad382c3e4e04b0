//! A share whose story is a comparison, drawn as that comparison (空气质量优良天数比率94%，
//! 高于全市平均水平1.9个百分点): two bars from zero on one scale, the figure's labelled
//! with its value as printed, the reference's by its name (全市平均水平 / the city average), and the comparison
//! as printed under them. The reference's own value (92.1%) is never written: the report
//! does not print it, so its bar only stands where the comparison puts it.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::shared::layout::{Anchor, Font};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::messages;
use crate::shared::spec::ChartSpec;

/// A share beside the reference it is compared with.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "comparison",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("对比", "Comparison"),
    code: 10,
    figures: (1, 3),
});

/// How it is laid out and checked.
pub const PLAN: Plan = Plan {
    kind: KIND,
    layout: body,
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    check: Check {
        needs: Need::ShareAndComparison,
        statuses: super::check::RESULTS,
        rules: super::check::no_rules,
    },
};

/// Lays out a pair of bars per figure; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let (p, s) = (ctx.theme.palette, ctx.theme.scale);
    let gap = s.gap * 2.0;
    let narrow = ctx.narrow();
    let mut y = top;
    for item in &spec.items {
        let (Some(value), Some(change)) = (item.value, item.change.as_ref()) else {
            continue;
        };
        // The check lets only 高于/低于 x个百分点 through: the reference is value − signed.
        let rows = [
            Row {
                color: p.accent,
                strong: true,
                ..Row::of_value(item, &p)
            },
            Row {
                id: &item.id,
                // Named by what it is (全市平均水平), its own value (92.1%) never
                // written: only the comparison below says how far apart they are.
                label: change
                    .reference
                    .as_deref()
                    .unwrap_or(messages::charts::compared_with(spec.lang)),
                value: value - change.signed,
                text: "",
                color: p.neutral,
                strong: false,
                // Worked back from a bound, the reference is bounded alike.
                bound: item.bound,
            },
        ];
        y += bars(ctx, &rows, y, narrow) + s.gap / 2.0;
        y += ctx.b.paragraph(&change.text, Place { x: ctx.x, top: y, width: ctx.w, anchor: Anchor::Start }, Ink { font: Font::bold(s.label), leading: s.leading, color: p.accent });
        y += gap;
    }
    (y - top - gap).max(0.0)
}
