//! Counts in unlike units as small multiples: one panel of bars per unit, each with its
//! own scale, so that 栋 and 处 never share an axis. Where there are two panels or more
//! the chart says so above them, or a reader would compare 41座 with 4353盏 by length.

use super::{ChartKind, Kind, Plan};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use super::check::{Check, Need};
use super::rows::{bars, Row};
use super::Ctx;
use crate::shared::layout::{Anchor, Font};
use crate::shared::layout::builder::{Ink, Place};
use crate::shared::model::Lang;
use crate::shared::spec::{ChartSpec, Item};

/// Small bar panels, one per unit.
pub const KIND: ChartKind = ChartKind::new(&Kind {
    name: "multiples",
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    words: ("分组小图", "Small multiples"),
    code: 6,
    figures: (2, 40),
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

/// The figures grouped by unit, in order of first appearance.
pub fn groups(items: &[Item]) -> Vec<Vec<&Item>> {
    let mut out: Vec<Vec<&Item>> = Vec::new();
    for it in items {
        match out
            .iter_mut()
            .find(|g| g.first().is_some_and(|f| f.unit_key == it.unit_key))
        {
            Some(g) => g.push(it),
            None => out.push(vec![it]),
        }
    }
    out
}

/// Lays out the panels; returns the height used.
pub fn body(ctx: &mut Ctx<'_, '_>, spec: &ChartSpec, top: f64) -> f64 {
    let s = ctx.theme.scale;
    let p = ctx.theme.palette;
    let groups = groups(&spec.items);
    let gap = s.gap * 2.5;
    let cols = super::cards::columns(groups.len(), ctx.w, 260.0, gap);
    let panel_w = ((ctx.w - gap * (cols as f64 - 1.0)) / cols as f64).floor();
    let (x0, w0) = (ctx.x, ctx.w);
    let mut y = top;
    if groups.len() > 1 {
        y += ctx.b.paragraph(crate::shared::messages::charts::own_scales(spec.lang), Place { x: x0, top: y, width: w0, anchor: Anchor::Start }, Ink { font: Font::regular(s.small), leading: s.leading, color: p.muted });
        y += s.gap;
    }
    for row in groups.chunks(cols) {
        let mut row_h: f64 = 0.0;
        for (i, g) in row.iter().enumerate() {
            let x = x0 + i as f64 * (panel_w + gap);
            let unit = g.first().map_or("", |f| f.unit_key.as_str());
            let head = match spec.lang {
                Lang::Zh => [crate::shared::messages::charts::unit_head(Lang::Zh), unit].concat(),
                // One Chinese unit (处) can stand for several English nouns (faults, voids).
                Lang::En => {
                    let mut head = String::from(crate::shared::messages::charts::unit_head(Lang::En));
                    let mut nouns: Vec<&str> = Vec::new();
                    for f in g {
                        if !nouns.contains(&f.unit.as_str()) {
                            if !nouns.is_empty() {
                                head.push_str(", ");
                            }
                            head.push_str(&f.unit);
                            nouns.push(&f.unit);
                        }
                    }
                    head
                }
            };
            ctx.x = x;
            ctx.w = panel_w;
            let mut h = ctx.b.paragraph(&head, Place { x, top: y, width: panel_w, anchor: Anchor::Start }, Ink { font: Font::bold(s.small), leading: s.leading, color: p.muted });
            h += s.gap / 2.0;
            let rows: Vec<Row<'_>> = g.iter().map(|it| Row::of_value(it, &p)).collect();
            h += bars(ctx, &rows, y + h, true);
            row_h = row_h.max(h);
        }
        y += row_h + gap;
    }
    ctx.x = x0;
    ctx.w = w0;
    y - top - gap
}
