//! The targets of a report (预期目标), each as printed: its word (目标, 限值), its number
//! or range and its 左右/以上/以内, one row a target, and where the text gives last year's
//! result of the same indicator, that result beside it, muted. No scale: a target is a
//! promise, not an amount to compare with what was done.
//!
//! A result stands right before the target it belongs to (result, target, target,
//! result, target …); the rules check that no result stands alone.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::Ctx;
use crate::shared::layout::{Anchor, Font, Rect};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::messages;
use crate::shared::model::Status;
use crate::shared::spec::{ChartSpec, Item};

/// Targets and limits as printed, each beside last year's result where the text gives it.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "targets",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("预期目标", "Targets"),
    code: 9,
    figures: (1, 16),
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

/// What a row prints of a figure: its value and its change, as printed.
fn printed(it: &Item) -> String {
    let value = it.value_text.as_deref().unwrap_or_default();
    match (&it.change, it.value) {
        (Some(c), Some(_)) if !c.text.is_empty() => [value, " ", &c.text].concat(),
        _ => value.to_string(),
    }
}

/// The rows: each target or limit, with the result that stands right before it.
fn rows(items: &[Item]) -> Vec<(Option<&Item>, &Item)> {
    let mut out = Vec::new();
    let mut result = None;
    for it in items {
        if it.status == Status::Result {
            result = Some(it);
        } else {
            out.push((result.take(), it));
        }
    }
    out
}

/// Lays out one row per target; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let (x, w) = (ctx.x, ctx.w);
    let bold = Font::bold(s.label * 1.15);
    let mut y = top;
    for (i, (result, target)) in rows(&spec.items).into_iter().enumerate() {
        if i > 0 {
            ctx.b.line((x, y), (x + w, y), 1.0, p.rule);
            y += s.gap;
        }
        let row_top = y;
        y += ctx.b.paragraph(&target.label, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: ctx.label(), leading: s.leading, color: p.muted });
        let color = if target.accent { p.accent } else { p.ink };
        let target_top = y;
        y += ctx.b.paragraph(&printed(target), Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: bold, leading: s.leading, color });
        ctx.b.hit(&target.id, rect(x, target_top, w, y - target_top));
        if let Some(r) = result {
            let text = [messages::charts::last_year(spec.lang), &printed(r)].concat();
            let result_top = y;
            y += ctx.b.paragraph(&text, Place { x, top: y, width: w, anchor: Anchor::Start }, Ink { font: ctx.label(), leading: s.leading, color: p.muted });
            ctx.b.hit(&r.id, rect(x, result_top, w, y - result_top));
        }
        y = y.max(row_top) + s.gap;
    }
    y - top
}

fn rect(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect { x, y, w, h }
}

/// Every result stands right before a target or a limit: a result alone would make
/// this a chart of results.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn rules(figs: &[&crate::shared::model::Figure]) -> Vec<super::check::Finding> {
    use super::check::Finding;
    let mut out: Vec<Finding> = figs
        .iter()
        .enumerate()
        .filter(|(at, f)| {
            f.status == Status::Result
                && figs
                    .get(at + 1)
                    .is_none_or(|next| next.status == Status::Result)
        })
        .map(|(at, f)| Finding::LoneResult {
            at,
            id: f.id.clone(),
        })
        .collect();
    if figs.iter().all(|f| f.status == Status::Result) {
        out.push(Finding::NoTarget);
    }
    out
}
